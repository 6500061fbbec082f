// Ariane kiosk: audio buttons, the idle timer, going back to the start, noticing a takeover.
// Everything else works without this script.
(function () {
  "use strict";
  var body = document.body;

  function post(action) {
    var data = new URLSearchParams();
    data.set("action", action);
    return fetch("/kiosk/step", {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json" }
    });
  }

  // Audio: play in place and only log the press (the form post stays as the no-script path).
  function play(url) {
    if (!url) { return; }
    // One voice at a time, with a stop button (sound.js).
    if (window.ArianeSound) { window.ArianeSound.play(url); return; }
    var audio = new Audio(url);
    audio.play().catch(function () {});
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-audio]");
    if (!button || !button.dataset.audio) { return; }
    event.preventDefault();
    play(button.dataset.audio);
    if (button.name === "action" && button.value === "listen") { post("listen"); }
  });
  var printButton = document.querySelector("[data-print]");
  if (printButton) { printButton.addEventListener("click", function () { window.print(); }); }
  if (body.dataset.autoplay === "true") {
    var first = document.getElementById("step-audio");
    if (first && first.getAttribute("src")) { first.play().catch(function () {}); }
  }

  // The thank-you page goes back to the start by itself for the next person, unless someone touches
  // the screen (a page refresh would be a time limit nobody can extend, WCAG 2.2.1).
  var home = document.querySelector("[data-home-after]");
  if (home) {
    var homeTimer = null;
    var goHome = function () {
      clearTimeout(homeTimer);
      homeTimer = setTimeout(function () { window.location.assign(home.getAttribute("href")); },
        parseInt(home.dataset.homeAfter, 10) * 1000);
    };
    ["pointerdown", "keydown"].forEach(function (name) { document.addEventListener(name, goHome, { passive: true }); });
    goHome();
  }

  // While the resident shows the hand-off code, the kiosk watches for a mediator taking the session
  // over (the page then redirects), and says so; the code itself stays still on the screen.
  // One move only, shared with carry.js on the same screen: on a slow machine two looks can overlap, and
  // a second move would find the session gone and land on the language page instead of saying the
  // screen is free.
  if (document.querySelector(".code")) {
    var watch = setInterval(function () {
      fetch(window.location.pathname, { credentials: "same-origin", redirect: "manual", cache: "no-store" })
        .then(function (answer) {
          if (answer.type !== "opaqueredirect" || window.arianeLeaving) { return; }
          window.arianeLeaving = true;
          clearInterval(watch);
          window.location.assign("/kiosk/step");
        })
        .catch(function () {});
    }, 3000);
  }

  // Idle: ask "Vous êtes toujours là ?" after a while, then end the session so the next person
  // finds a clean screen. "Oui, je continue" gives the full time again (WCAG 2.2.1).
  var seconds = parseInt(body.dataset.idleSeconds || "0", 10);
  var prompts = parseInt(body.dataset.idlePrompts || "2", 10);
  // Only pages of a running session: a question, its help, an outcome (the layout's own idle form
  // does not count). Not the hand-off code, which the resident is reading to a mediator.
  var onSession = !!document.querySelector("main [action='/kiosk/step'], main [action='/kiosk/handoff']") &&
    !document.querySelector(".code");
  if (!seconds || !onSession) { return; }
  var dialog = document.getElementById("idle");
  var asked = 0;
  var timer = null;

  function reset() {
    asked = 0;
    if (dialog) { dialog.hidden = true; }
    clearTimeout(timer);
    timer = setTimeout(tick, seconds * 1000);
  }
  function tick() {
    if (asked >= prompts) {
      var ended = "/kiosk/ended?lang=" + encodeURIComponent(document.documentElement.lang || "fr");
      // On an outcome the session is already complete: it is finished, so that it is forgotten too.
      var action = document.querySelector("main button[value='finish']") ? "finish" : "timeout";
      post(action).finally(function () { window.location.assign(ended); });
      return;
    }
    asked += 1;
    post("no-input");
    if (dialog) {
      dialog.hidden = false;
      var voice = document.getElementById("idle-audio");
      if (voice && voice.getAttribute("src")) { voice.play().catch(function () {}); }
      var yes = dialog.querySelector("button");
      if (yes) { yes.focus(); }
    }
    timer = setTimeout(tick, seconds * 1000);
  }
  if (dialog) {
    dialog.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      post("still-here");
      reset();
    });
  }
  ["pointerdown", "keydown"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      if (dialog && !dialog.hidden && dialog.contains(event.target)) { return; }
      if (!dialog || dialog.hidden) { reset(); }
    }, { passive: true });
  });
  reset();
})();
