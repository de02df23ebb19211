// The object page's relationship graph, drawn with cytoscape.js from /intel/objects/{id}/graph.json.
// The table beside it is the same graph without script; this only adds the picture, a filter and expansion.
(() => {
  const box = document.getElementById("graph");
  if (!box || typeof cytoscape !== "function") {
    return;
  }
  const card = box.closest(".graph-card");
  const picture = card.querySelector(".graph-picture");
  const legend = card.querySelector(".graph-legend");
  // The page's translations of STIX type names; a type without one is shown as it is.
  const typeNames = new Map([...card.querySelectorAll(".graph-type-names li")].map((li) => [li.dataset.type, li.textContent]));
  const filter = card.querySelector("#graph-filter");
  const status = card.querySelector(".graph-status");
  const selected = card.querySelector(".graph-selected");
  const limit = 400; // nodes in the picture, expansions included: past that it is no longer readable
  picture.hidden = false;
  card.querySelector(".graph-tools").hidden = false;

  // Colours per STIX type live in sipar.css (.swatch[data-stix=...]) so that the table and the legend agree.
  const colours = new Map();
  const probe = document.createElement("span");
  probe.className = "swatch";
  probe.hidden = true; // computed styles resolve without it being drawn
  legend.after(probe);
  const colour = (type) => {
    if (!colours.has(type)) {
      probe.dataset.stix = type;
      colours.set(type, getComputedStyle(probe).backgroundColor);
    }
    return colours.get(type);
  };

  const cy = cytoscape({
    container: box,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 10,
          "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 120,
          width: 18, height: 18, color: "#14231f", "text-outline-color": "#ffffff", "text-outline-width": 2 } },
      { selector: "node.centre", style: { width: 30, height: 30, "font-weight": "bold", "border-width": 3, "border-color": "#a8741a" } },
      { selector: "node.hidden", style: { "background-opacity": 0.35, "border-width": 1, "border-style": "dashed", "border-color": "#4d5d58" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#0b5d4b" } },
      { selector: "node:selected", style: { "overlay-color": "#1a73e8", "overlay-opacity": 0.25 } },
      { selector: "edge", style: { width: 1.5, "line-color": "#8a9a95", "target-arrow-color": "#8a9a95",
          "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(type)", "font-size": 8, color: "#4d5d58",
          "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.8 } },
      { selector: "edge.CREATED_BY", style: { "line-style": "dashed", "line-color": "#a8741a", "target-arrow-color": "#a8741a" } },
      { selector: "edge.OBJECT_REF", style: { "line-style": "dotted", "line-color": "#0b5d4b", "target-arrow-color": "#0b5d4b",
          "target-arrow-shape": "circle", "arrow-scale": 0.6 } },
      { selector: ".filtered", style: { display: "none" } }
    ]
  });
  box.cy = cy; // the browser tests read the graph through cytoscape's own API

  const add = (graph) => {
    const fresh = [];
    for (const n of graph.nodes) {
      if (cy.getElementById(n.id).empty() && cy.nodes().length + fresh.length < limit) {
        fresh.push({ group: "nodes", classes: [n.visible ? "" : "hidden", n.id === graph.centre && cy.nodes().empty() ? "centre" : ""].join(" ").trim(),
          data: { id: n.id, label: n.label, type: n.type, href: n.href || "", colour: colour(n.type) } });
      }
    }
    cy.add(fresh);
    for (const e of graph.edges) {
      if (cy.getElementById(e.id).empty() && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty()) {
        cy.add({ group: "edges", classes: e.kind, data: { id: e.id, source: e.source, target: e.target, type: e.type } });
      }
    }
    return fresh.length;
  };

  const layout = () => {
    cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true, randomize: false,
      idealEdgeLength: () => 90, nodeRepulsion: () => 9000, padding: 24 }).run();
    if (cy.zoom() > 1.4) { // a graph of a few nodes would otherwise be blown up to fill the box
      cy.zoom(1.4);
      cy.center();
    }
  };

  const refresh = () => {
    const types = [...new Set(cy.nodes().map((n) => n.data("type")))].sort();
    legend.replaceChildren(...types.map((t) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.dataset.stix = t;
      item.title = t;
      item.append(swatch, typeNames.get(t) || t);
      return item;
    }));
    const known = new Set([...filter.options].map((o) => o.value));
    for (const t of new Set(cy.edges().map((e) => e.data("type")))) {
      if (!known.has(t)) {
        filter.add(new Option(t, t));
      }
    }
    applyFilter();
  };

  // Edges of other types are hidden, and so is every node that is then linked to nothing shown; the table follows.
  const applyFilter = () => {
    const chosen = filter.value;
    card.querySelectorAll(".graph-table tr[data-type]").forEach((row) => {
      row.hidden = Boolean(chosen) && row.dataset.type !== chosen;
    });
    cy.batch(() => {
      cy.elements().removeClass("filtered");
      if (chosen) {
        cy.edges().filter((e) => e.data("type") !== chosen).addClass("filtered");
        cy.nodes().filter((n) => !n.hasClass("centre") && !n.hasClass("expanded")
          && n.connectedEdges().filter((e) => !e.hasClass("filtered")).empty()).addClass("filtered");
      }
    });
  };

  const load = (url) => fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));

  const expand = (node) => {
    if (!node.data("href") || node.hasClass("expanded")) {
      return;
    }
    if (cy.nodes().length >= limit) {
      status.textContent = box.dataset.full;
      return;
    }
    node.addClass("expanded");
    load(node.data("href") + "/graph.json").then((graph) => {
      if (add(graph) > 0) {
        layout();
      }
      refresh();
    }).catch(() => {
      node.removeClass("expanded");
      status.textContent = box.dataset.failed;
    });
  };

  let chosenNode = null;
  cy.on("tap", "node", (event) => {
    chosenNode = event.target;
    selected.hidden = false;
    selected.querySelector(".name").textContent = chosenNode.data("label");
    const open = selected.querySelector(".open");
    open.hidden = !chosenNode.data("href");
    open.href = chosenNode.data("href") || "#";
    selected.querySelector(".expand").hidden = !chosenNode.data("href") || chosenNode.hasClass("expanded");
  });
  cy.on("dbltap", "node", (event) => expand(event.target));
  selected.querySelector(".expand").addEventListener("click", () => {
    if (chosenNode) {
      expand(chosenNode);
      selected.querySelector(".expand").hidden = true;
    }
  });
  filter.addEventListener("change", applyFilter);
  card.querySelector("#graph-fit").addEventListener("click", () => cy.fit(undefined, 24));

  load(box.dataset.src).then((graph) => {
    add(graph);
    cy.nodes().first().addClass("expanded");
    layout();
    refresh();
    box.dataset.ready = "true";
  }).catch(() => {
    status.textContent = box.dataset.failed;
  });
})();
