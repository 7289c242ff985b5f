// The entity page: its deal neighbourhood drawn with the vendored cytoscape.js.
// Nodes are parties (the entity itself larger and dark), edges deals coloured by type and
// as wide as log10 of the US$ figure; clicking a company opens its page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var box = document.getElementById("graph");
  if (typeof cytoscape === "undefined") {
    box.textContent = "cytoscape.js did not load: the graph cannot be drawn.";
    return;
  }
  var elements = [];
  data.nodes.forEach(function (n) { elements.push({ group: "nodes", data: n, classes: (n.focus ? "focus " : "") + n.kind }); });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: e, classes: e.usd === null ? "no-amount" : "" });
  });
  var kindColour = { org: "#60a5fa", person: "#fb923c", place: "#84cc16", facility: "#a78bfa",
                     product: "#f87171", media: "#9ca3af", ghost: "#e5e7eb" };
  var cy = cytoscape({
    container: box,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "font-family": "Noto Sans CJK TC, Noto Sans CJK SC, sans-serif",
          "background-color": function (n) { return kindColour[n.data("kind")] || "#60a5fa"; },
          "width": 18, "height": 18, "text-background-color": "#fff", "text-background-opacity": 0.7 } },
      { selector: "node.focus", style: { "background-color": "#111827", "width": 30, "height": 30, "font-weight": "bold", "font-size": 13 } },
      { selector: "node.ghost", style: { "width": 10, "height": 10, "font-size": 9, "color": "#9ca3af" } },
      { selector: "edge", style: {
          "width": "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.8, "arrow-scale": 0.8 } },
      { selector: "edge.hover", style: { "opacity": 1, "label": "data(label)", "font-size": 10,
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: "edge.no-amount", style: { "line-style": "dashed" } }
    ],
    // the entity in the middle, its partners around it, their own partners further out
    layout: { name: "concentric", animate: false, padding: 24, minNodeSpacing: 34, avoidOverlap: true,
              concentric: function (n) { return n.hasClass("focus") ? 2 : 1; },
              levelWidth: function () { return 1; } }
  });
  var info = document.getElementById("graph-info");
  function party(id) { var n = cy.getElementById(id); return n.length ? n.data("label") : "?"; }
  cy.on("mouseover", "edge", function (ev) {
    var e = ev.target;
    e.addClass("hover");
    info.textContent = e.data("type") + ": " + party(e.data("source")) + " → " + party(e.data("target")) +
      (e.data("usd") !== null ? ", " + e.data("label").replace(e.data("type") + " ", "") : ", no amount stated");
  });
  cy.on("mouseout", "edge", function (ev) { ev.target.removeClass("hover"); });
  cy.on("tap", "node", function (ev) {
    var url = ev.target.data("url");
    if (url && !ev.target.hasClass("focus")) window.location.href = url;
  });
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  box.dataset.ready = "true";
  window.finkgGraph = cy;
})();
