// Ariane kiosk: once the session went on to the resident's phone (/kiosk/carry/…), this screen goes
// back to the welcome page by itself, with nothing personal left on it.
(function () {
  "use strict";
  setInterval(function () {
    fetch("/kiosk/carry-status", { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) { if (answer.status === 410) { window.location.assign("/kiosk"); } })
      .catch(function () {});
  }, 2000);
})();
