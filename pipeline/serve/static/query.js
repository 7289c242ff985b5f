// The query page: Ctrl+Enter (or Cmd+Enter) in the editor runs the query; Tab indents.
(function () {
  "use strict";
  var area = document.getElementById("sparql-text");
  if (!area) return;
  area.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      document.getElementById("sparql-form").submit();
    } else if (ev.key === "Tab" && !ev.shiftKey) {
      ev.preventDefault();
      var s = area.selectionStart, e = area.selectionEnd;
      area.value = area.value.slice(0, s) + "  " + area.value.slice(e);
      area.selectionStart = area.selectionEnd = s + 2;
    }
  });
})();
