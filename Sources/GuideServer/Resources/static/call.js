// Ariane console: the calls for a person, live. The server sends the whole list at every change
// (server-sent events); this script redraws it. Without the script, the list is as the page loaded.
(function () {
  "use strict";
  var section = document.getElementById("calls");
  var list = document.getElementById("call-list");
  if (!section || !list || !window.EventSource) { return; }
  var tokenField = document.querySelector("meta[name='csrf-token']");
  var csrf = tokenField ? tokenField.getAttribute("content") : "";

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) { made.className = className; }
    if (text) { made.textContent = text; }
    return made;
  }

  function item(call) {
    var row = element("li");
    var title = element("strong", null, call.procedure);
    title.id = "call-" + call.id;
    row.appendChild(title);
    row.appendChild(document.createTextNode(" "));
    row.appendChild(element("span", "where", call.step));
    var when = element("span", "when", call.language + (call.terminal ? ", borne " + call.terminal : "") +
      ", depuis " + call.since + ", code ");
    when.appendChild(element("span", "call-code", call.code));
    row.appendChild(when);
    var form = element("form");
    form.method = "post";
    form.action = "/console/calls/" + encodeURIComponent(call.id) + "/answer";
    var token = element("input");
    token.type = "hidden";
    token.name = "csrf";
    token.value = csrf;
    form.appendChild(token);
    var accept = element("button", "primary", "Accepter et reprendre");
    accept.setAttribute("aria-describedby", title.id);
    form.appendChild(accept);
    row.appendChild(form);
    return row;
  }

  function draw(calls) {
    // Only when the list changed: a redraw would take the focus away from a worker's button.
    var ids = calls.map(function (call) { return call.id; }).join(" ");
    if (list.dataset.ids === ids) { return; }
    list.dataset.ids = ids;
    list.textContent = "";
    if (!calls.length) {
      list.appendChild(element("p", null, "Aucune personne n'attend."));
      return;
    }
    var rows = element("ul", "sessions");
    rows.setAttribute("role", "list");
    calls.forEach(function (call) { rows.appendChild(item(call)); });
    list.appendChild(rows);
  }

  list.dataset.ids = Array.prototype.map.call(list.querySelectorAll("strong[id^='call-']"), function (title) {
    return title.id.slice("call-".length);
  }).join(" ");
  var source = new EventSource(section.dataset.events);
  source.addEventListener("calls", function (event) {
    try { draw(JSON.parse(event.data).calls || []); } catch (error) { /* a broken message: keep the list shown */ }
  });
})();
