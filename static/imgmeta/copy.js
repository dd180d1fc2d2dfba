// Copy buttons: <button data-copy="ID" hidden> copies the text of the element with that id (the
// raw workflow JSON of the image report). Hidden without script, where it could do nothing.
(function () {
  "use strict";

  var SHOWN_MS = 2000;

  function say(button, message) {
    var label = button.dataset.label || button.textContent;
    button.dataset.label = label;
    button.textContent = message;
    window.setTimeout(function () { button.textContent = label; }, SHOWN_MS);
  }

  // Without the Clipboard API (pages over plain http other than localhost): select the text
  // in a scratch field and let the browser copy the selection.
  function copyBySelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "offscreen";
    document.body.appendChild(field);
    field.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    field.remove();
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent;
      var copying = navigator.clipboard && window.isSecureContext
        ? navigator.clipboard.writeText(text)
        : copyBySelection(text);
      copying.then(
        function () { say(button, "Copied"); },
        function () { say(button, "Copy failed: select the text and copy it"); }
      );
    });
  });
})();
