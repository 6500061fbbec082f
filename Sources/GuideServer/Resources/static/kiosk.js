// Ariane kiosk: audio buttons and the idle timer. Everything else works without this script.
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

  // Idle: ask "Vous êtes toujours là ?" after a while, then end the session so the next person
  // finds a clean screen. "Oui, je continue" gives the full time again (WCAG 2.2.1).
  var seconds = parseInt(body.dataset.idleSeconds || "0", 10);
  var prompts = parseInt(body.dataset.idlePrompts || "2", 10);
  var onSession = !!document.querySelector("form[action='/kiosk/step']") && !document.querySelector(".code");
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
      post("timeout").finally(function () { window.location.assign("/kiosk/ended"); });
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
