// Ariane kiosk sound: one voice at a time, a stop button while a voice plays, and lists of words said
// one after the other (a hand-off code, digit by digit). kiosk.js plays through `ArianeSound.play`.
(function () {
  "use strict";
  var stopButton = document.getElementById("stop-sound");
  // The voice this script plays now, and the words still to say after it.
  var current = null;
  var queue = [];

  function anyPagePlaying() {
    return Array.prototype.some.call(document.querySelectorAll("audio"), function (audio) { return !audio.paused; });
  }
  function showStop() {
    if (stopButton) { stopButton.hidden = !current && !anyPagePlaying(); }
  }
  function pausePage(except) {
    document.querySelectorAll("audio").forEach(function (audio) {
      if (audio !== except && !audio.paused) { audio.pause(); }
    });
  }
  function stop() {
    queue = [];
    if (current) { current.pause(); current = null; }
    pausePage(null);
    showStop();
  }
  function next() {
    var url = queue.shift();
    if (!url) { current = null; showStop(); return; }
    var audio = new Audio(url);
    current = audio;
    var goOn = function () { if (current === audio) { next(); } };
    audio.addEventListener("ended", goOn);
    audio.addEventListener("error", goOn);
    showStop();
    audio.play().catch(function () {
      if (current === audio) { queue = []; current = null; showStop(); }
    });
  }
  function playList(urls) {
    stop();
    queue = urls.filter(function (url) { return !!url; });
    next();
  }

  // The page's own audio elements (a step said by itself, "Vous êtes toujours là ?") are voices too:
  // the one that starts silences every other.
  document.addEventListener("play", function (event) {
    queue = [];
    if (current) { current.pause(); current = null; }
    pausePage(event.target);
    showStop();
  }, true);
  ["pause", "ended"].forEach(function (name) { document.addEventListener(name, showStop, true); });

  if (stopButton) {
    stopButton.addEventListener("click", function () {
      stop();
      // Back to where the person was, not left on a button that disappears.
      var main = document.getElementById("main");
      if (main) { main.setAttribute("tabindex", "-1"); main.focus(); }
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-audio-list]");
    if (!button) { return; }
    event.preventDefault();
    playList(button.dataset.audioList.split(/\s+/));
  });

  window.ArianeSound = {
    play: function (url) { playList([url]); },
    playList: playList,
    stop: stop
  };

  // A page that answers the person's own touch says itself ("Une personne arrive" and the code).
  var sayNow = document.querySelector("[data-say-now]");
  if (sayNow) { playList(sayNow.dataset.audioList.split(/\s+/)); }
})();
