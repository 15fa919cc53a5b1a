// The HTML page's CSS and JavaScript, kept apart from the C++ that writes
// the page so that each reads as what it is.
#include "export/html_assets.hpp"

namespace kankei::exporter::html {

const char* const style = R"css(
html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; }
#main { display: flex; height: 100vh; }
#canvas { flex: 1; min-width: 0; height: 100%; background: #fcfcfc; cursor: grab; touch-action: none; }
#canvas.panning { cursor: grabbing; }
#panel { width: 380px; overflow: auto; padding: 0 14px; border-left: 1px solid #ddd; font-size: 14px; }
#panel h1 { font-size: 18px; margin: 12px 0 4px; }
#panel h2 { font-size: 15px; margin: 14px 0 6px; }
.help { color: #666; font-size: 12px; }
#legend label { display: block; cursor: pointer; font-size: 13px; }
.swatch { display: inline-block; width: 18px; height: 4px; margin: 0 6px 3px 2px; vertical-align: middle; }
.node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
.node text { font-size: 13px; paint-order: stroke; stroke: #fcfcfc; stroke-width: 3px; cursor: pointer; }
.node.selected circle { stroke: #000; stroke-width: 2.5; }
.edge { cursor: pointer; }
.edge .line { fill: none; }
.edge .hit { fill: none; stroke: transparent; stroke-width: 12; pointer-events: stroke; }
.edge text { font-size: 10px; pointer-events: none; }
.edge.selected .line { stroke-opacity: 1; filter: drop-shadow(0 0 2px #000); }
.edge.hidden, .node.hidden { display: none; }
.edge.negated .line { stroke-opacity: 0.45; }
.edge-head { font-weight: bold; margin-bottom: 6px; }
.sentence { margin: 0 0 10px; }
.sentence blockquote { margin: 0; padding: 4px 8px; border-left: 3px solid #ccc; background: #f6f6f6; }
.sentence mark { background: #ffe08a; }
.meta { color: #666; font-size: 12px; margin-top: 2px; }
.edge-link { display: block; text-align: left; width: 100%; margin: 2px 0; background: none; border: 1px solid #eee; cursor: pointer; }
)css";

const char* const script = R"js(
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("canvas");
  var world = document.getElementById("world");
  var relations = (data.graph && data.graph.relations) || {};
  var kindColour = { state: "#4e79a7", person: "#f28e2b", organisation: "#59a14f", group: "#76b7b2",
                     armed_group: "#e15759", historical_state: "#9c755f" };
  var palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf"];

  function relationColour(name) {
    var r = relations[name];
    if (r && r.colour) return r.colour;
    var h = 0;
    for (var i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
    return palette[h % palette.length];
  }
  function relationLabel(name) {
    var r = relations[name];
    return r && r.label ? r.label : name;
  }
  function make(tag, attrs, text) {
    var e = tag.indexOf("svg:") === 0 ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var nodes = data.nodes.map(function (n, i) {
    return { id: n.id, label: n.label || n.id, kind: n.kind || "", name_en: n.name_en || "", index: i, x: 0, y: 0 };
  });
  var byId = new Map(nodes.map(function (n) { return [n.id, n]; }));
  var edges = [];
  data.edges.forEach(function (e, i) {
    var s = byId.get(e.source), t = byId.get(e.target);
    if (s && t) edges.push(Object.assign({}, e, { index: i, s: s, t: t }));
  });

  // Fruchterman-Reingold from a circle: deterministic, so the same graph
  // always gets the same picture. Work grows with n^2, so large graphs get
  // fewer rounds.
  function layout() {
    var n = nodes.length;
    if (n === 0) return;
    var size = Math.max(500, Math.sqrt(n) * 140);
    var k = size / Math.sqrt(n);
    nodes.forEach(function (v, i) {
      var a = 2 * Math.PI * i / n;
      v.x = size / 2 * Math.cos(a);
      v.y = size / 2 * Math.sin(a);
    });
    var pairs = [];
    edges.forEach(function (e) { if (e.s !== e.t) pairs.push([e.s, e.t]); });
    var rounds = Math.max(10, Math.min(300, Math.floor(3e7 / (n * n))));
    for (var round = 0; round < rounds; round++) {
      var heat = size / 10 * (1 - round / rounds) + 1;
      nodes.forEach(function (v) { v.dx = -0.05 * v.x; v.dy = -0.05 * v.y; });  // gravity keeps parts together
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y;
          var d2 = dx * dx + dy * dy || 0.01;
          var f = k * k / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      pairs.forEach(function (p) {
        var dx = p[0].x - p[1].x, dy = p[0].y - p[1].y;
        var d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = d / k;
        p[0].dx -= dx * f; p[0].dy -= dy * f; p[1].dx += dx * f; p[1].dy += dy * f;
      });
      nodes.forEach(function (v) {
        var d = Math.sqrt(v.dx * v.dx + v.dy * v.dy) || 1;
        var step = Math.min(d, heat);
        v.x += v.dx / d * step;
        v.y += v.dy / d * step;
      });
    }
  }

  // Parallel edges between two actors bend apart: each gets its own offset
  // from the straight line, measured on one side of the pair.
  function assignBends() {
    var groups = new Map();
    edges.forEach(function (e) {
      var key = e.s.index < e.t.index ? e.s.index + "," + e.t.index : e.t.index + "," + e.s.index;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    });
    groups.forEach(function (list) {
      list.forEach(function (e, i) {
        var offset = (i - (list.length - 1) / 2) * 30;
        e.bend = e.s.index < e.t.index ? offset : -offset;
      });
    });
  }

  var R = 9;
  function geometry(e) {
    var s = e.s, t = e.t;
    if (s === t) {  // a loop: a small circle above the node
      return { d: "M" + (s.x - 5) + "," + (s.y - R) + " C" + (s.x - 30) + "," + (s.y - 50) + " " + (s.x + 30) + "," +
               (s.y - 50) + " " + (s.x + 5) + "," + (s.y - R), mx: s.x, my: s.y - 42 };
    }
    var dx = t.x - s.x, dy = t.y - s.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var cx = (s.x + t.x) / 2 - dy / len * e.bend, cy = (s.y + t.y) / 2 + dx / len * e.bend;
    function toward(p, qx, qy, r) {
      var ux = qx - p.x, uy = qy - p.y, l = Math.sqrt(ux * ux + uy * uy) || 1;
      return [p.x + ux / l * r, p.y + uy / l * r];
    }
    var a = toward(s, cx, cy, R + 1), b = toward(t, cx, cy, R + 2);
    return { d: "M" + a[0] + "," + a[1] + " Q" + cx + "," + cy + " " + b[0] + "," + b[1],
             mx: 0.25 * s.x + 0.5 * cx + 0.25 * t.x, my: 0.25 * s.y + 0.5 * cy + 0.25 * t.y };
  }

  var markers = new Map();
  function marker(colour) {
    if (markers.has(colour)) return markers.get(colour);
    var id = "arrow-" + markers.size;
    var m = make("svg:marker", { id: id, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "9",
                                 markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
    m.appendChild(make("svg:path", { d: "M0,0 L10,5 L0,10 z", fill: colour }));
    document.getElementById("markers").appendChild(m);
    markers.set(colour, id);
    return id;
  }

  function draw() {
    var edgeLayer = document.getElementById("edges"), nodeLayer = document.getElementById("nodes");
    edges.forEach(function (e) {
      var colour = relationColour(e.relation);
      var g = make("svg:g", { "class": "edge" + (e.negated ? " negated" : ""), "data-index": e.index,
                              "data-relation": e.relation });
      var line = make("svg:path", { "class": "line", stroke: colour,
                                    "stroke-width": 1.5 + Math.log2(Math.max(1, e.count || 1)) });
      if (e.background) line.setAttribute("stroke-dasharray", "2,3");
      else if (e.negated) line.setAttribute("stroke-dasharray", "8,3,2,3");
      else if (e.hypothetical) line.setAttribute("stroke-dasharray", "6,4");
      var id = marker(colour);
      line.setAttribute("marker-end", "url(#" + id + ")");
      if (e.symmetric) line.setAttribute("marker-start", "url(#" + id + ")");
      var hit = make("svg:path", { "class": "hit" });
      var label = make("svg:text", { fill: colour, "text-anchor": "middle" },
                       (e.negated ? "否定: " : "") + relationLabel(e.relation) + (e.count > 1 ? " ×" + e.count : ""));
      g.appendChild(make("svg:title", {}, e.source + " " + e.relation + " " + e.target));
      g.append(line, hit, label);
      g.addEventListener("click", function (ev) { ev.stopPropagation(); showEdge(e); });
      e.element = g; e.line = line; e.hit = hit; e.label = label;
      edgeLayer.appendChild(g);
    });
    nodes.forEach(function (n) {
      var g = make("svg:g", { "class": "node", "data-id": n.id });
      g.appendChild(make("svg:title", {}, n.id + (n.name_en ? " " + n.name_en : "") + (n.kind ? " (" + n.kind + ")" : "")));
      g.appendChild(make("svg:circle", { r: R, fill: kindColour[n.kind] || "#bab0ac" }));
      g.appendChild(make("svg:text", { x: R + 3, y: 4 }, n.label));
      g.addEventListener("click", function (ev) { ev.stopPropagation(); showNode(n); });
      g.addEventListener("pointerdown", function (ev) { startNodeDrag(ev, n); });
      n.element = g;
      nodeLayer.appendChild(g);
    });
    place();
  }

  function place() {
    nodes.forEach(function (n) { n.element.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
    edges.forEach(function (e) {
      var geo = geometry(e);
      e.line.setAttribute("d", geo.d);
      e.hit.setAttribute("d", geo.d);
      e.label.setAttribute("x", geo.mx);
      e.label.setAttribute("y", geo.my - 3);
    });
  }

  // --- the side panel ---
  function nodeName(n) { return n.label === n.id ? n.id : n.label + " (" + n.id + ")"; }
  function clearSelection() {
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  function edgeTitle(e) {
    var arrow = e.symmetric ? " ⟷ " : " → ";
    return nodeName(e.s) + arrow + nodeName(e.t) + "  " + (e.negated ? "否定 " : "") + relationLabel(e.relation) +
           " (" + e.relation + ")" + (e.count > 1 ? " ×" + e.count : "");
  }
  function showEdge(e) {
    clearSelection();
    e.element.classList.add("selected");
    var panel = document.getElementById("evidence");
    panel.textContent = "";
    document.getElementById("selection").textContent = "根拠 evidence";
    panel.appendChild(make("div", { "class": "edge-head" }, edgeTitle(e)));
    var evidence = e.evidence || [];
    if (evidence.length === 0) {
      panel.appendChild(make("p", { "class": "meta" }, e.background
        ? "辞書による関係です (from the actor dictionary; no sentence)." : "根拠の文がありません (no evidence)."));
    }
    evidence.forEach(function (ev) {
      var item = make("div", { "class": "sentence" });
      var quote = make("blockquote");
      var s = ev.sentence || "", at = ev.trigger ? s.indexOf(ev.trigger) : -1;
      if (at >= 0) {
        quote.append(s.slice(0, at), make("mark", {}, ev.trigger), s.slice(at + ev.trigger.length));
      } else {
        quote.textContent = s;
      }
      var meta = (ev.doc || "") + (ev.date ? " " + ev.date : "") + "  [" + ev.begin + "–" + ev.end + "]  " +
                 (ev.rule || "") + "  confidence " + Number(ev.confidence || 0).toFixed(2) +
                 (ev.hypothetical ? "  仮定 hypothetical" : "");
      item.append(quote, make("div", { "class": "meta" }, meta));
      panel.appendChild(item);
    });
  }
  function showNode(n) {
    clearSelection();
    n.element.classList.add("selected");
    var panel = document.getElementById("evidence");
    panel.textContent = "";
    document.getElementById("selection").textContent = nodeName(n);
    panel.appendChild(make("p", { "class": "meta" }, [n.name_en, n.kind].filter(Boolean).join(", ")));
    edges.filter(function (e) { return e.s === n || e.t === n; }).forEach(function (e) {
      var b = make("button", { "class": "edge-link", type: "button" }, edgeTitle(e));
      b.style.borderLeft = "4px solid " + relationColour(e.relation);
      b.addEventListener("click", function () { showEdge(e); });
      panel.appendChild(b);
    });
  }

  function legend() {
    var counts = new Map();
    edges.forEach(function (e) { counts.set(e.relation, (counts.get(e.relation) || 0) + 1); });
    var box = document.getElementById("legend");
    Array.from(counts.keys()).sort().forEach(function (name) {
      var label = make("label");
      var check = make("input", { type: "checkbox" });
      check.checked = true;
      check.addEventListener("change", function () {
        edges.forEach(function (e) { if (e.relation === name) e.element.classList.toggle("hidden", !check.checked); });
      });
      var swatch = make("span", { "class": "swatch" });
      swatch.style.background = relationColour(name);
      label.append(check, swatch, relationLabel(name) + " " + name + " (" + counts.get(name) + ")");
      box.appendChild(label);
    });
    document.getElementById("summary").textContent =
      nodes.length + " 主体 actors, " + edges.length + " 関係 relations";
  }

  // --- pan, zoom and dragging ---
  var view = { x: 0, y: 0, k: 1 };
  function apply() { world.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  function fit() {
    var width = svg.clientWidth || 800, height = svg.clientHeight || 600;
    if (nodes.length === 0) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      x0 = Math.min(x0, n.x - 20); y0 = Math.min(y0, n.y - 20);
      x1 = Math.max(x1, n.x + 20 + 13 * n.label.length); y1 = Math.max(y1, n.y + 20);
    });
    view.k = Math.min(2, width / (x1 - x0), height / (y1 - y0));
    view.x = (width - (x1 - x0) * view.k) / 2 - x0 * view.k;
    view.y = (height - (y1 - y0) * view.k) / 2 - y0 * view.k;
    apply();
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
    var k = Math.min(40, Math.max(0.02, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = px - (px - view.x) * k / view.k;
    view.y = py - (py - view.y) * k / view.k;
    view.k = k;
    apply();
  }, { passive: false });
  var drag = null;
  function startNodeDrag(ev, n) {
    ev.stopPropagation();
    drag = { node: n, x: ev.clientX, y: ev.clientY, nx: n.x, ny: n.y };
  }
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest && ev.target.closest(".edge")) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    svg.classList.add("panning");
  });
  // Moves are followed on the window, not captured by the drawing, so that
  // a click on a node still reaches the node.
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    if (drag.node) {
      drag.node.x = drag.nx + (ev.clientX - drag.x) / view.k;
      drag.node.y = drag.ny + (ev.clientY - drag.y) / view.k;
      place();
    } else {
      view.x = drag.vx + ev.clientX - drag.x;
      view.y = drag.vy + ev.clientY - drag.y;
      apply();
    }
  });
  function endDrag() { drag = null; svg.classList.remove("panning"); }
  window.addEventListener("pointerup", endDrag);
  window.addEventListener("pointercancel", endDrag);
  document.getElementById("fit").addEventListener("click", fit);

  // "#click-edge=3" clicks edge 3 (its index in the JSON), "#node=KAZ"
  // selects an actor: links into the page, and the hook tests use.
  function followHash() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var m = /(?:^|&)click-edge=(\d+)/.exec(hash);
    if (m) {
      var target = document.querySelector('.edge[data-index="' + m[1] + '"]');
      if (target) target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
    var n = /(?:^|&)node=([^&]+)/.exec(hash);
    if (n && byId.has(n[1])) showNode(byId.get(n[1]));
  }

  layout();
  assignBends();
  draw();
  legend();
  fit();
  window.addEventListener("resize", fit);
  window.addEventListener("hashchange", followHash);
  followHash();
})();
)js";

}  // namespace kankei::exporter::html
