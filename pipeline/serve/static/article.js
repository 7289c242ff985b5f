// The article page: the side panel shows what a highlighted span was read as; the legend
// toggles a kind's highlights; a deal row lights up its evidence sentence in the text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("panel-data").textContent);
  var panel = document.getElementById("panel");
  var text = document.getElementById("article-text");
  var active = [];

  function clear(list) { list.forEach(function (el) { el.classList.remove("active"); }); }

  function show(id) {
    var d = data[id];
    if (!d) return;
    clear(active);
    active = Array.prototype.slice.call(document.querySelectorAll('#article-text mark[data-span="' + id + '"]'));
    active.forEach(function (el) { el.classList.add("active"); });
    panel.textContent = "";
    var kind = document.createElement("div");
    kind.className = "kind";
    kind.textContent = d.kind;
    var h = document.createElement("h3");
    h.textContent = d.text;
    panel.appendChild(kind);
    panel.appendChild(h);
    var dl = document.createElement("dl");
    d.rows.forEach(function (row) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = row[0];
      dd.textContent = row[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    if (d.entity) {
      var dt = document.createElement("dt"), dd = document.createElement("dd"), a = document.createElement("a");
      dt.textContent = "links to";
      a.href = d.entity.url;
      a.textContent = d.entity.label;
      a.id = "panel-entity-link";
      dd.appendChild(a);
      dl.appendChild(dt);
      dl.appendChild(dd);
    }
    panel.appendChild(dl);
    panel.dataset.span = id;
  }

  function markOf(target) { return target && target.closest ? target.closest("mark[data-span]") : null; }
  document.addEventListener("mouseover", function (ev) { var m = markOf(ev.target); if (m) show(m.dataset.span); });
  document.addEventListener("focusin", function (ev) { var m = markOf(ev.target); if (m) show(m.dataset.span); });
  document.addEventListener("click", function (ev) { var m = markOf(ev.target); if (m) show(m.dataset.span); });

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });

  var lit = [];
  document.querySelectorAll("tr.deal-row").forEach(function (row) {
    function light(scroll) {
      clear(lit);
      document.querySelectorAll("tr.deal-row.active").forEach(function (r) { r.classList.remove("active"); });
      row.classList.add("active");
      lit = Array.prototype.slice.call(text.querySelectorAll('span.evidence[data-deal="' + row.dataset.deal + '"]'));
      lit.forEach(function (el) { el.classList.add("active"); });
      if (scroll && lit.length) lit[0].scrollIntoView({ behavior: "smooth", block: "center" });
    }
    row.addEventListener("mouseenter", function () { light(false); });
    row.addEventListener("click", function (ev) { if (!ev.target.closest("a")) light(true); });
  });
})();
