/* tracker story page: draws the claim graph embedded in #story-data with Cytoscape.js.
 *
 * Sources stand in one column (voices that only appear inside chains further out), claims in a
 * column beside them, articles (on demand) beyond the claims: left to right for English, right
 * to left for Arabic. Only the shown part of the
 * graph is handed to Cytoscape, so a corpus of thousands of claims opens as fast as its focus.
 * All text goes into the page through textContent, never as HTML.
 */
(function () {
  "use strict";

  window.storyStart = performance.now();
  const data = JSON.parse(document.getElementById("story-data").textContent);
  const nodes = data.nodes.map((row) => {
    const node = {};
    data.columns[row[0]].forEach((column, k) => { node[column] = row[k]; });
    return node;
  });
  const edges = data.edges.map(([u, v, r, count]) => [u, v, data.relations[r], count]);
  const chainsOf = (i) => (data.chains[String(i)] || []).map(
    ([article, voices, stance, cue]) => ({ article, voices, stance, cue }));
  const STATUSES = ["corroborated", "single-sourced", "contested", "unattributed"];
  const COLOUR = {
    corroborated: "#009e73", "single-sourced": "#e69f00", contested: "#d55e00",
    unattributed: "#8c8c8c", source: "#0072b2", article: "#cc79a7",
  };
  // How each relation is drawn, and explained in the legend.
  const RELATION = {
    asserts: { colour: "#777777", dash: "solid", text: "asserts" },
    denies: { colour: COLOUR.contested, dash: "dashed", text: "denies" },
    cites: { colour: COLOUR.source, dash: "dotted", text: "cites (relays)" },
    copies: { colour: COLOUR.article, dash: "dashed", text: "copies (article)" },
    reports: { colour: "#cccccc", dash: "solid", text: "reports / publishes" },
  };
  const STANCE = new Set(["asserts", "denies"]);
  const FONT = '"Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "Segoe UI", Tahoma, ' +
    '"DejaVu Sans", Arial, sans-serif';
  const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
  const ARABIC_RUN = /([\u0600-\u06ff](?:[\u0600-\u06ff\s]*[\u0600-\u06ff])?)/;
  const GAP = 36;
  // Arabic stories are drawn mirrored: sources on the right, claims to their left, each label
  // starting at its node, so the graph reads in the direction its text does.
  const claimTexts = nodes.filter((n) => n.kind === "claim").map((n) => n.text || "");
  const RTL = claimTexts.filter((t) => ARABIC.test(t)).length * 2 > claimTexts.length;
  const SIDE = RTL ? -1 : 1;
  const X = { citer: -340 * SIDE, source: 0, claim: 420 * SIDE, article: 940 * SIDE };
  const AFTER = RTL ? "left" : "right";  // where a claim's or article's label goes
  const BEFORE = RTL ? "right" : "left";  // where a source's label goes
  const LARGE = 2500;  // nodes; above this, draw cheaply while panning and zooming
  const LIMIT = 120;  // claims drawn at once, so a large corpus stays quick and readable
  let limit = LIMIT;

  const $ = (id) => document.getElementById(id);
  const into = [];  // incoming edge indexes per node
  const from = [];  // outgoing edge indexes per node
  nodes.forEach(() => { into.push([]); from.push([]); });
  edges.forEach((e, k) => { from[e[0]].push(k); into[e[1]].push(k); });
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const textOf = (i) => (nodes[i].kind === "claim" ? nodes[i].text : nodes[i].label) || "";
  let haystacks = null;

  function normalise(text) {
    // Arabic search ignores harakat, tatweel and the spelling variants of alef, ya, ta marbuta.
    return text.toLowerCase()
      .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647");
  }

  function matches(i, query) {
    if (haystacks === null) haystacks = nodes.map((_, k) => normalise(textOf(k)));
    return haystacks[i].includes(query);
  }

  function shorten(text, size) {
    return text.length > size ? text.slice(0, size - 1) + "\u2026" : text;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  function prose(tag, text, attrs) {
    // Content text: its own direction, and lang="ar" for the Arabic font stack.
    const a = Object.assign({ dir: "auto" }, attrs || {});
    if (ARABIC.test(text)) a.lang = "ar";
    return el(tag, a, text);
  }

  function isolated(text) {
    // English prose naming Arabic voices: each Arabic run in its own <bdi>, so punctuation
    // between two names does not merge them into one right-to-left run.
    return text.split(ARABIC_RUN)
      .map((part, k) => (k % 2 ? el("bdi", { lang: "ar" }, part) : part));
  }

  // ---- what is shown ----------------------------------------------------------------------

  function shownSets() {
    const query = normalise($("search").value.trim());
    const least = $("focus").checked ? 2 : 1;
    const on = new Set(STATUSES.filter((s) => $("status-" + s).checked));
    let named = null;
    if (query) {
      named = new Set();
      nodes.forEach((n, i) => { if (n.kind === "source" && matches(i, query)) named.add(i); });
    }
    const matching = [];
    nodes.forEach((n, i) => {
      if (n.kind !== "claim" || !on.has(n.status) || n.articles < least) return;
      if (query && !matches(i, query) && !into[i].some((k) => named.has(edges[k][0]))) return;
      matching.push(i);
    });
    // The most spread claims first; past the limit the rest wait for "draw more" or a search.
    matching.sort((a, b) => nodes[b].articles - nodes[a].articles ||
      nodes[b].outlets - nodes[a].outlets || a - b);
    const claims = matching.slice(0, limit);
    const sources = new Set();  // every voice of every chain of a shown claim
    claims.forEach((c) => chainsOf(c).forEach((chain) => {
      chain.voices.forEach((v) => sources.add(v));
    }));
    const articles = new Set();
    if ($("show-articles").checked) {
      claims.forEach((c) => into[c].forEach((k) => {
        if (edges[k][2] === "reports") articles.add(edges[k][0]);
      }));
      articles.forEach((a) => into[a].forEach((k) => {
        if (edges[k][2] === "publishes") sources.add(edges[k][0]);
      }));
    }
    return { claims, sources, articles, matching: matching.length };
  }

  // ---- layout: two columns, each voice beside what it states ----------------------------

  function stack(items, x, pos) {
    // Keep each item near its wanted height, but never closer than GAP to the one above.
    items.sort((a, b) => a.y - b.y || a.i - b.i);
    let last = -Infinity;
    items.forEach((item) => {
      last = Math.max(item.y, last + GAP);
      pos.set(item.i, { x, y: last });
    });
  }

  function meanY(list, pos) {
    const ys = list.filter((i) => pos.has(i)).map((i) => pos.get(i).y);
    return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : null;
  }

  function positions(shown) {
    const pos = new Map();
    const stating = (c) => into[c].filter((k) => STANCE.has(edges[k][2])).map((k) => edges[k][0]);
    const weight = new Map();  // a voice's widest-spread shown claim
    shown.claims.forEach((c) => stating(c).forEach((s) => {
      weight.set(s, Math.max(weight.get(s) || 0, nodes[c].articles));
    }));
    const voices = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) || a - b);
    const rank = new Map(voices.map((s, r) => [s, r]));
    const lead = (c) => Math.min(voices.length, ...stating(c).map((s) => rank.get(s)));
    const claims = [...shown.claims].sort((a, b) =>
      lead(a) - lead(b) || nodes[b].articles - nodes[a].articles || a - b);
    claims.forEach((c, r) => pos.set(c, { x: X.claim, y: r * GAP }));
    const targets = (i, relations) =>
      from[i].filter((k) => relations.includes(edges[k][2])).map((k) => edges[k][1]);
    const rest = [];
    // A voice stands beside the first of the claims it leads (they follow it in one block).
    const firstLed = new Map();
    claims.forEach((c) => {
      const leader = voices[lead(c)];
      if (leader !== undefined && !firstLed.has(leader)) firstLed.set(leader, pos.get(c).y);
    });
    stack(voices.map((s) => ({ i: s, y: firstLed.has(s) ? firstLed.get(s)
      : meanY(targets(s, ["asserts", "denies"]), pos) })), X.source, pos);
    const articles = [...shown.articles]
      .map((a) => ({ i: a, y: meanY(targets(a, ["reports"]), pos) ?? 0 }));
    stack(articles, X.article, pos);
    const citing = (i) => into[i].filter((k) => edges[k][2] === "cites").map((k) => edges[k][0]);
    shown.sources.forEach((s) => {
      if (pos.has(s)) return;
      const y = meanY([...targets(s, ["cites"]), ...citing(s)], pos) ??
        meanY(targets(s, ["publishes"]), pos);
      rest.push({ i: s, y: y === null ? 0 : y });
    });
    stack(rest, X.citer, pos);
    return pos;
  }

  // ---- drawing ------------------------------------------------------------------------------

  function elements(shown) {
    const pos = positions(shown);
    const els = [];
    const include = new Set([...shown.claims, ...shown.sources, ...shown.articles]);
    include.forEach((i) => {
      const n = nodes[i];
      const text = textOf(i);
      const classes = [n.kind];
      if (n.kind === "claim") classes.push(n.status);
      let label = shorten(text, n.kind === "claim" ? 72 : 48);
      // An isolate makes a label right-to-left on the left-to-right canvas: the ellipsis, digits
      // and punctuation then fall where an Arabic reader expects them.
      if (ARABIC.test(label)) label = "\u2067" + label + "\u2069";
      els.push({
        group: "nodes",
        data: { id: n.id, i, label,
          articles: n.articles || 1 },
        position: pos.get(i),
        classes: classes.join(" "),
      });
    });
    edges.forEach((e, k) => {
      if (!include.has(e[0]) || !include.has(e[1])) return;
      els.push({
        group: "edges",
        data: { id: "e" + k, source: nodes[e[0]].id, target: nodes[e[1]].id, count: e[3] },
        classes: e[2],
      });
    });
    const top = Math.min(0, ...[...pos.values()].map((p) => p.y)) - 2 * GAP;
    const headings = [["Sources", X.source], ["Claims", X.claim]];
    if (shown.articles.size) headings.push(["Articles", X.article]);
    if ([...shown.sources].some((s) => pos.get(s).x === X.citer)) {
      headings.push(["Other voices", X.citer]);
    }
    headings.forEach(([label, x]) => els.push({
      group: "nodes", data: { id: "heading:" + label, label }, position: { x, y: top },
      classes: "heading", selectable: false, grabbable: false,
    }));
    return els;
  }

  const style = [
    { selector: "node", style: {
      "label": "data(label)", "font-family": FONT, "font-size": 13, "color": "#222",
      "text-valign": "center", "text-wrap": "none",
      "min-zoomed-font-size": 7, "width": 14, "height": 14 } },
    { selector: "node.claim", style: {
      "text-halign": AFTER, "text-margin-x": 7 * SIDE,
      "width": "mapData(articles, 1, 8, 12, 28)", "height": "mapData(articles, 1, 8, 12, 28)" } },
    { selector: "node.source", style: {
      "shape": "round-rectangle", "background-color": COLOUR.source,
      "text-halign": BEFORE, "text-margin-x": -7 * SIDE, "font-weight": "bold" } },
    { selector: "node.article", style: {
      "shape": "diamond", "background-color": COLOUR.article, "font-size": 11, "color": "#555",
      "text-halign": AFTER, "text-margin-x": 7 * SIDE } },
    { selector: "node.heading", style: {
      "background-opacity": 0, "font-size": 15, "font-weight": "bold", "color": "#666",
      "text-halign": "center", "events": "no" } },
    ...STATUSES.map((s) => ({ selector: "node." + s, style: { "background-color": COLOUR[s] } })),
    // The columns already say which way asserts, reports and publishes point, so those are
    // drawn as the cheapest edges (haystack, no arrow); cites, denies and copies keep theirs.
    { selector: "edge", style: {
      "curve-style": "haystack", "width": "mapData(count, 1, 8, 1.2, 4)", "opacity": 0.85,
      "line-color": RELATION.asserts.colour, "target-arrow-color": RELATION.asserts.colour,
      "arrow-scale": 0.8 } },
    { selector: "edge.cites, edge.denies", style: {
      "curve-style": "straight", "target-arrow-shape": "triangle" } },
    ...["denies", "cites", "copies", "reports"].map((r) => ({ selector: "edge." + r, style: {
      "line-color": RELATION[r].colour, "target-arrow-color": RELATION[r].colour,
      "line-style": RELATION[r].dash } })),
    { selector: "edge.denies", style: { "target-arrow-shape": "tee" } },
    { selector: "edge.copies", style: {
      "curve-style": "unbundled-bezier", "target-arrow-shape": "triangle",
      "control-point-distances": [-90],
      "control-point-weights": [0.5] } },
    { selector: "edge.reports, edge.publishes", style: {
      "line-color": RELATION.reports.colour, "target-arrow-shape": "none", "width": 1 } },
    { selector: ".faded", style: { "opacity": 0.25 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
  ];

  const cy = cytoscape({
    container: $("graph"), style, elements: [], layout: { name: "preset" },
    minZoom: 0.02, maxZoom: 4,
    // Cheap drawing while the view moves keeps thousands of elements responsive.
    textureOnViewport: nodes.length > LARGE, hideEdgesOnViewport: nodes.length > LARGE,
  });

  function redraw() {
    const shown = shownSets();
    const els = elements(shown);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(els);
    });
    fitTop();
    const total = nodes.filter((n) => n.kind === "claim").length;
    let line = `${shown.claims.length} of ${total} claims`;
    if (shown.matching > shown.claims.length) {
      line = `${shown.claims.length} of ${shown.matching} matching claims (${total} in all)`;
    }
    line += `, ${shown.sources.size} sources`;
    $("more").hidden = shown.matching <= shown.claims.length;
    if (shown.articles.size) line += `, ${shown.articles.size} articles`;
    $("shown").textContent = line;
    if (selected !== null && cy.getElementById(nodes[selected].id).nonempty()) highlight(selected);
  }

  function fitTop() {
    // A long column is read from the top: fit its first claims (most spread first) and voices.
    const claims = cy.nodes(".claim").sort((a, b) => a.position("y") - b.position("y"));
    if (claims.length <= 40) { cy.fit(undefined, 30); return; }
    cy.fit(claims.slice(0, 25).union(cy.nodes(".heading")), 30);
  }

  // ---- the side panel ---------------------------------------------------------------------

  let selected = null;

  function link(i) {
    const a = prose("a", shorten(textOf(i), 120), { href: "#", "data-node": nodes[i].id });
    a.addEventListener("click", (event) => { event.preventDefault(); select(i); });
    return a;
  }

  function badge(status) {
    return el("span", { class: "badge " + status }, status);
  }

  function claimPanel(i) {
    const n = nodes[i];
    const panel = [
      prose("h2", n.text),
      el("p", {}, badge(n.status), " ", el("span", { class: "meta" },
        `${n.articles} article${n.articles === 1 ? "" : "s"} \u00b7 ${n.outlets} outlet` +
        `${n.outlets === 1 ? "" : "s"} \u00b7 ${n.independent_origins} independent origin` +
        `${n.independent_origins === 1 ? "" : "s"}`)),
      el("p", { class: "explanation" }, ...isolated(n.explanation)),
    ];
    const chains = chainsOf(i);
    const byArticle = new Map();
    chains.forEach((c) => {
      if (!byArticle.has(c.article)) byArticle.set(c.article, []);
      byArticle.get(c.article).push(c);
    });
    const order = [...byArticle.keys()].sort((a, b) =>
      (nodes[a].published || "").localeCompare(nodes[b].published || "") || a - b);
    panel.push(el("h3", {}, `Chains (${chains.length})`));
    const list = el("ol", { class: "chains" });
    order.forEach((a) => {
      const art = nodes[a];
      const item = el("li", {}, el("span", { class: "meta" },
        `${art.published || "undated"} \u00b7 `, prose("bdi", art.publisher || "unknown outlet"),
        " \u00b7 "), link(a));
      const inner = el("ul");
      byArticle.get(a).forEach((c) => inner.append(chainItem(c)));
      item.append(inner);
      list.append(item);
    });
    panel.push(list);
    return panel;
  }

  function chainItem(chain) {
    const li = el("li", { class: "chain", dir: "ltr",
      title: "each voice \u2192 the voice it cites" });
    chain.voices.forEach((v, k) => {
      if (k) li.append(" \u2192 ");
      li.append(el("bdi", {}, link(v)));
    });
    if (chain.stance === "own") li.append(" (own voice)");
    else if (chain.stance === "credit") li.append(" (wire credit)");
    else {
      li.append(" ", el("span", { class: chain.stance }, chain.stance), " ");
      if (chain.cue) li.append(prose("bdi", "\u00ab" + chain.cue + "\u00bb"));
    }
    return li;
  }

  function related(i, direction, relations) {
    const list = direction === "out" ? from[i] : into[i];
    return list.filter((k) => relations.includes(edges[k][2]))
      .map((k) => ({ node: edges[k][direction === "out" ? 1 : 0], relation: edges[k][2] }));
  }

  function listOf(title, items, decorate) {
    if (!items.length) return [];
    const ul = el("ul");
    items.forEach((it) => {
      const li = el("li", {}, link(it.node));
      if (decorate) decorate(li, it);
      ul.append(li);
    });
    return [el("h3", {}, `${title} (${items.length})`), ul];
  }

  function sourcePanel(i) {
    const n = nodes[i];
    const claimBadge = (li, it) => {
      li.prepend(badge(nodes[it.node].status), " ");
      if (it.relation === "denies") li.prepend(el("span", { class: "denies" }, "denies"), " ");
    };
    return [
      prose("h2", n.label),
      el("p", { class: "meta" }, [n.source_kind, n.country].filter(Boolean).join(" \u00b7 ")),
      ...listOf("Claims", related(i, "out", ["asserts", "denies"]), claimBadge),
      ...listOf("Cites", related(i, "out", ["cites"])),
      ...listOf("Cited by", related(i, "in", ["cites"])),
      ...listOf("Publishes", related(i, "out", ["publishes"])),
    ];
  }

  function articlePanel(i) {
    const n = nodes[i];
    return [
      prose("h2", n.label),
      el("p", { class: "meta" }, `${n.published || "undated"} \u00b7 `,
        prose("bdi", n.publisher || "unknown outlet"), ` \u00b7 ${n.path || ""}`),
      ...listOf("Claims", related(i, "out", ["reports"]),
        (li, it) => li.prepend(badge(nodes[it.node].status), " ")),
      ...listOf("Published by", related(i, "in", ["publishes"])),
      ...listOf("Copies", related(i, "out", ["copies"])),
      ...listOf("Copied by", related(i, "in", ["copies"])),
    ];
  }

  function highlight(i) {
    const node = cy.getElementById(nodes[i].id);
    let keep = node.closedNeighborhood().nodes();
    chainsOf(i).forEach((chain) => chain.voices.forEach((v) => {
      keep = keep.union(cy.getElementById(nodes[v].id));
    }));
    keep = keep.union(keep.edgesWith(keep));
    cy.batch(() => {
      keep.absoluteComplement().addClass("faded");
      keep.removeClass("faded");
      cy.elements(":selected").unselect();
      node.select();
    });
  }

  function select(i) {
    selected = i;
    const kind = nodes[i].kind;
    const panelOf = { claim: claimPanel, source: sourcePanel, article: articlePanel };
    const parts = panelOf[kind](i);
    const panel = $("panel");
    panel.replaceChildren(...parts);
    panel.dataset.node = nodes[i].id;
    panel.scrollTop = 0;
    if (cy.getElementById(nodes[i].id).nonempty()) highlight(i);
  }

  cy.on("tap", "node", (event) => {
    const i = event.target.data("i");
    if (i !== undefined) select(i);
  });
  cy.on("tap", (event) => {
    if (event.target !== cy) return;
    selected = null;
    cy.elements().removeClass("faded");
  });

  // ---- controls and legend ------------------------------------------------------------------

  const counts = {};
  nodes.forEach((n) => { if (n.kind === "claim") counts[n.status] = (counts[n.status] || 0) + 1; });
  STATUSES.forEach((s) => {
    const box = el("input", { type: "checkbox", id: "status-" + s });
    box.checked = true;
    box.addEventListener("change", () => { limit = LIMIT; redraw(); });
    $("statuses").append(el("label", {}, box, " ",
      el("span", { class: "swatch", style: "background:" + COLOUR[s] }),
      ` ${s} (${counts[s] || 0})`));
  });
  Object.values(RELATION).forEach((r) => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "8");
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    const dash = { solid: "", dashed: "6 3", dotted: "2 3" }[r.dash];
    Object.entries({ x1: 1, y1: 4, x2: 33, y2: 4, stroke: r.colour, "stroke-width": 2,
      "stroke-dasharray": dash }).forEach(([k, v]) => line.setAttribute(k, v));
    svg.append(line);
    $("relations").append(el("span", {}, svg, " " + r.text));
  });

  $("focus").checked = data.focus > 1;
  let typing = null;
  const restart = () => { limit = LIMIT; redraw(); };
  $("search").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(restart, 200);
  });
  ["focus", "show-articles"].forEach((id) => $(id).addEventListener("change", restart));
  $("more").addEventListener("click", () => { limit += LIMIT; redraw(); });
  $("fit").addEventListener("click", () => cy.fit(undefined, 30));

  cy.one("render", () => {
    window.storyReady = performance.now();
    document.body.dataset.ready = "true";
  });
  redraw();
  // story.html#claim:k1 opens on that claim (or source, or article): a link an editor can follow.
  const fromHash = () => {
    const wanted = indexOf.get(decodeURIComponent(location.hash.slice(1)));
    if (wanted !== undefined) select(wanted);
  };
  window.addEventListener("hashchange", fromHash);
  fromHash();
  // The handle the browser test and the benchmark drive the page through.
  window.story = { cy, data, select, redraw, indexOf };
})();
