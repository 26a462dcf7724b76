// The network view: draws /network's JSON (embedded in the page) with Cytoscape.js.
// window.kgNetwork is the Cytoscape instance (the browser test reads its model).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("network-data").textContent);
  const container = document.getElementById("network");
  if (typeof cytoscape !== "function") {
    container.textContent = "The graph library is missing (scripts/vendor_js.sh).";
    return;
  }
  const colours = {Person: "#1f77b4", Country: "#d62728", Organization: "#2ca02c", Place: "#9467bd", Treaty: "#8c564b"};
  const elements = [];
  for (const node of data.nodes) {
    elements.push({group: "nodes", data: {id: node.id, label: node.label, type: node.type, href: node.href,
                                          qid: node.qid || "", focus: node.focus ? 1 : 0}});
  }
  for (const edge of data.edges) {
    elements.push({group: "edges", data: {id: edge.id, source: edge.source, target: edge.target, kind: edge.kind,
                                          label: edge.label, date: edge.date || "", documents: edge.documents,
                                          confidence: edge.confidence, directed: edge.directed ? 1 : 0}});
  }
  const cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      {selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": (n) => colours[n.data("type")] || "#7f7f7f", "width": 18, "height": 18,
        "text-outline-color": "#fff", "text-outline-width": 2}},
      {selector: "node[focus = 1]", style: {"width": 28, "height": 28, "border-width": 3, "border-color": "#222"}},
      {selector: "edge", style: {
        "curve-style": "bezier", "width": (e) => 1 + Math.min(4, e.data("documents") || 1),
        "line-color": "#aab", "target-arrow-color": "#aab", "label": "data(label)", "font-size": 9,
        "color": "#555", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8}},
      {selector: "edge[directed = 1]", style: {"target-arrow-shape": "triangle"}},
      {selector: "edge[kind = 'Sanction'], edge[kind = 'Accusation']", style: {"line-color": "#e08080",
        "target-arrow-color": "#e08080"}},
      {selector: "edge[kind = 'Meeting'], edge[kind = 'Agreement']", style: {"line-color": "#7fb07f"}},
    ],
    layout: {name: data.nodes.length > 400 ? "grid" : "cose", animate: false, randomize: false,
             nodeDimensionsIncludeLabels: true, padding: 20},
  });
  cy.on("tap", "node", (event) => { window.location.href = event.target.data("href"); });
  cy.on("mouseover", "edge", (event) => {
    const e = event.target;
    container.title = `${e.data("kind")} ${e.data("date")} · ${e.data("documents")} document(s)` +
      (e.data("confidence") == null ? "" : ` · confidence ${Number(e.data("confidence")).toFixed(2)}`);
  });
  window.kgNetwork = cy;
})();
