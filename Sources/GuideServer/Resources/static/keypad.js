// Ariane kiosk: the number keypad types into its form field. Without this script the keypad stays
// hidden and the field takes the device's own keyboard.
(function () {
  "use strict";
  document.querySelectorAll("[data-keypad]").forEach(function (keypad) {
    var field = document.getElementById(keypad.dataset.keypad);
    if (!field) { return; }
    keypad.hidden = false;
    keypad.addEventListener("click", function (event) {
      var key = event.target.closest("button");
      if (!key) { return; }
      if (key.hasAttribute("data-erase")) {
        field.value = field.value.slice(0, -1);
      } else if (key.dataset.key === ",") {
        // One decimal comma, after a digit: the engine refuses "2,,5" and ",5" anyway.
        if (/^[0-9]+$/.test(field.value)) { field.value += ","; }
      } else if (field.value.replace(/[^0-9]/g, "").length < 15) {
        field.value += key.dataset.key;
      }
    });
  });
})();
