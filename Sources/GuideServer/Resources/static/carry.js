// Ariane kiosk: once the session left this screen, for the resident's phone (/kiosk/carry/…) or for a
// mediator's desk, the screen moves on by itself, with nothing personal left on it. /kiosk/step knows
// which: it says a person took over, or goes back to the welcome page.
// One move per page, shared with kiosk.js's watch on the hand-off screen: a second move would cancel the
// first after the server had answered it, and find nothing to say.
(function () {
  "use strict";
  var watch = setInterval(function () {
    fetch("/kiosk/carry-status", { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) {
        if (answer.status !== 410 || window.arianeLeaving) { return; }
        window.arianeLeaving = true;
        clearInterval(watch);
        window.location.assign("/kiosk/step");
      })
      .catch(function () {});
  }, 2000);
})();
