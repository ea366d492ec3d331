// actorgraph's viewer: search the entities, draw a chosen one's
// neighbourhood to depth 1–3, grow it on click, hide, pin, collapse and
// undo; filter by type, link, confidence, background knowledge and dates
// (brushed on the timeline); read cards, events and articles; find how two
// entities are connected; export the view. The whole view's state lives in
// the URL hash, so a reload or a shared link shows the same picture.

import cytoscape from 'cytoscape';

import * as API from './api.js';
import { ids, linked, movesOf, movesText, page, pageMax, viewText } from './link.js';
import { glyphOf } from './glyphs.js';
import {
  bigGraph, centred, framing, maxSize, maxWeight, maxZoom, minSize, minZoom, nodeSize, place, union, weightOf,
} from './place.js';
import { colorOf, entityColors, eventColors, shapeOf } from './palette.js';
import {
  datePaths, el, eventTitle, hidePanel, plural, roleWords, showEdge, showEntity, showEvent, showMessage, showNode, showPaths,
} from './panel.js';
import { closeReader, readerOpen, showArticle, showReaderMessage } from './reader.js';
import { Timeline } from './timeline.js';
import { download, pngBlob, svgText } from './exporter.js';
import './style.css';

// fCoSE (with its two layout libraries, a fifth of the code) is loaded when
// a drawing is first laid out by it: a big drawing opened from a link never
// is, and its first frame then waits for less code to be read.
let fcose = null;
const fcoseReady = () => {
  fcose ||= import('cytoscape-fcose').then((m) => cytoscape.use(m.default));
  return fcose;
};

const $ = (id) => document.getElementById(id);

// styles is the stylesheet. A big drawing (more than bigGraph nodes shown)
// has a leaner one: it names nodes and links only where the user looks —
// the focus, the selection, a hovered node or link, a path — and draws
// links straight, since thousands of labels cost seconds a frame and are
// unreadable anyway, and every property costs time on every element.
const sizeStyle = `mapData(weight, 0, ${maxWeight}, ${minSize}, ${maxSize})`;
function styles(big) {
  if (big) return bigStyles;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)',
        label: 'data(label)',
        'font-size': floored(12),
        'font-family': 'system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': widened(140),
        'text-outline-color': '#ffffff',
        'text-outline-width': widened(2),
        // names too small to read only clutter a zoomed-out graph; hover
        // or zoom shows them
        'min-zoomed-font-size': 7,
        width: sizeStyle,
        height: sizeStyle,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    // an event's name ends with its date, which an ellipsis would cut:
    // it goes on a second line
    { selector: 'node[kind = "event"]', style: { 'font-size': floored(10), color: '#52606d', 'text-wrap': 'wrap' } },
    { selector: 'node.expanded', style: { 'border-color': '#323f4b', 'border-width': 2.5 } },
    { selector: 'node.pinned', style: { 'border-color': '#d64545', 'border-width': 3, 'border-style': 'double' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
    { selector: 'node.hover, node:selected', style: { 'min-zoomed-font-size': 0, 'z-index': 20, 'text-wrap': 'wrap' } },
    { selector: looked, style: readable },
    ...glyphStyles,
    { selector: 'node:selected', style: { 'overlay-color': '#2680c2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sources, 1, 5, 1.5, 5)',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(predicate)',
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'min-zoomed-font-size': 9,
      },
    },
    // background knowledge: the gazetteer's borders, capitals, seats
    { selector: 'edge.background', style: { 'line-style': 'dashed', opacity: 0.45, width: 1, color: '#9aa5b1' } },
    { selector: 'edge.role', style: { 'line-color': '#b9a3d0', 'target-arrow-color': '#b9a3d0' } },
    { selector: 'edge.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
    { selector: lookedEdges, style: readableEdge },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#d64545', 'target-arrow-color': '#d64545', color: '#d64545', 'min-zoomed-font-size': 0, 'z-index': 10, opacity: 1 },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-color': '#f0b429', 'border-width': 5, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.path', style: { 'line-color': '#f0b429', 'target-arrow-color': '#f0b429', width: 5, opacity: 1, 'min-zoomed-font-size': 0, 'z-index': 30 } },
  ];
}

// labelScale makes the names of the focus, of a path's nodes and of the node
// the pointer is on or the selection 12 px high on the screen when the view
// is zoomed out, however far (and a hovered or selected link's predicate 10
// px): at the zoom that frames 2,000 nodes a 12 px name would be drawn 2 px
// high. The scaled properties are functions, read again when those nodes
// are restyled (rescaleLabels): at each framing, and when a zoom by hand
// has taken the names out of 9–24 px (readable), not at every step:
// restyling them at every step of a wheel zoom over 2,000 nodes, or once it
// paused, took it from 30 to 5–20 frames a second and a drag after it from
// 55 to 26–35. A node the pointer comes onto is styled then, at the current
// scale.
let labelScale = 1;
const scaled = (px) => () => px * labelScale;
const looked = 'node.focus, node.path, node.hover, node:selected';
const lookedEdges = 'edge.hover, edge:selected';
const readable = { 'font-size': scaled(12), 'text-margin-y': scaled(4), 'text-max-width': scaled(140), 'text-outline-width': scaled(2) };
const readableEdge = { 'font-size': scaled(10), 'text-background-padding': scaled(2) };

// nameFloor is the least font size of every node's name, in units of the
// drawing, so that names are at least minName px high on the screen where
// the drawing is sparse enough for them to be read: at least sparseArea px²
// of the view for each shown node in it. A phone frames a small
// neighbourhood at zoom 0.4–0.9, which drew 12-unit names 5–11 px high,
// most of them below min-zoomed-font-size and so not drawn at all
// (docs/VIEWER-TRIAL.md). Where the view is denser the names are left as
// they were, hidden below 7 px, so a dense drawing does not become a
// hairball of names. Only the small stylesheet uses it: a big drawing
// names only what the user looks at.
const minName = 11;
const [sparseArea, denseArea] = [12000, 10000];
let nameFloor = 0;
const floored = (units) => () => Math.max(units, nameFloor);
const widened = (units) => () => units * Math.max(1, nameFloor / 12);

// Each node carries the glyph of its type (glyphs.js) while the nodes are
// big enough on the screen to show one: from glyphOn px for the smallest
// node (a glyph of 60 % of it), and down to glyphOff px once shown, so that
// a zoom about the threshold does not switch them on and off at each step.
// Below that they are left out: they could not be read, and a drawing of
// thousands of nodes, framed far out, draws and styles faster without them.
const [glyphOn, glyphOff] = [14, 11];
const glyphStyles = [
  { selector: 'node.glyph', style: { 'background-image': 'data(glyph)', 'background-width': '60%', 'background-height': '60%' } },
  // a diamond's inner square is half its width
  { selector: 'node.glyph[kind = "event"]', style: { 'background-width': '48%', 'background-height': '48%' } },
];
const named = { label: 'data(label)', 'font-family': 'system-ui, sans-serif', color: '#1f2933', 'text-valign': 'bottom',
  'text-wrap': 'ellipsis', 'text-outline-color': '#ffffff', 'font-size': 12, 'text-margin-y': 4, 'text-max-width': 140, 'text-outline-width': 2 };
// Each property a rule sets costs its element checks and events the first
// time it is styled: the big stylesheet leaves Cytoscape's defaults alone
// where they are what it wants (no label, a circle, straight haystack
// links) and maps a link's width from its sources only where it has more
// than one.
const bigStyles = [
  {
    selector: 'node',
    style: { 'background-color': 'data(color)', width: sizeStyle, height: sizeStyle },
  },
  { selector: 'node[shape != "ellipse"]', style: { shape: 'data(shape)' } },
  { selector: 'node.expanded', style: { 'border-color': '#323f4b', 'border-width': 2.5 } },
  { selector: 'node.pinned', style: { 'border-color': '#d64545', 'border-width': 3, 'border-style': 'double' } },
  { selector: 'node.focus, node.hover, node:selected, node.path', style: { ...named, 'z-index': 20 } },
  { selector: looked, style: readable },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#323f4b', 'font-weight': 'bold' } },
  ...glyphStyles,
  { selector: 'node:selected', style: { 'overlay-color': '#2680c2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa5b1' } },
  { selector: 'edge[sources > 1]', style: { width: 'mapData(sources, 1, 5, 1.5, 5)' } },
  { selector: 'edge.background', style: { 'line-style': 'dashed', opacity: 0.45, width: 1 } },
  { selector: 'edge.role', style: { 'line-color': '#b9a3d0' } },
  {
    selector: 'edge.hover, edge:selected, edge.path',
    style: { label: 'data(predicate)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa5b1', 'arrow-scale': 0.8,
      'font-size': 10, 'font-family': 'system-ui, sans-serif', color: '#52606d', 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'z-index': 15 },
  },
  { selector: lookedEdges, style: readableEdge },
  { selector: 'edge:selected', style: { 'line-color': '#d64545', 'target-arrow-color': '#d64545', color: '#d64545', opacity: 1 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.path', style: { 'border-color': '#f0b429', 'border-width': 5 } },
  { selector: 'edge.path', style: { 'line-color': '#f0b429', 'target-arrow-color': '#f0b429', width: 5, opacity: 1, 'z-index': 30 } },
];

const cy = cytoscape({
  container: $('cy'),
  minZoom,
  maxZoom,
  style: styles(false),
});
// The browser tests and curious users read the graph from here.
window.cy = cy;

// rescaleLabels sizes the names of the focus, a path, the hovered and the
// selected elements for the current zoom (labelScale); only those few are
// restyled.
function rescaleLabels() {
  floorNames();
  const s = Math.max(1, 1 / cy.zoom());
  if (Math.abs(s - labelScale) < 0.01) return;
  labelScale = s;
  cy.elements(`${looked}, ${lookedEdges}`).updateStyle();
}

// floorNames sets nameFloor for the view as it is now and restyles the
// nodes when it changes by more than a twentieth.
function floorNames() {
  let floor = 0;
  if (!big) {
    const e = cy.extent();
    const inView = cy.nodes().not('.filtered').filter((n) => {
      const p = n.position();
      return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
    }).length;
    const area = inView ? (cy.width() * cy.height()) / inView : 0;
    // a floor under every name's own size changes nothing
    if (area >= (nameFloor ? denseArea : sparseArea) && minName / cy.zoom() > 10) floor = minName / cy.zoom();
  }
  if (floor === nameFloor || (floor && nameFloor && Math.abs(floor / nameFloor - 1) < 0.05)) return;
  nameFloor = floor;
  cy.nodes().updateStyle();
}

// glyphs says whether the nodes carry their glyphs at this zoom; showGlyphs
// makes the drawing say the same.
let glyphs = true;
function showGlyphs() {
  const px = minSize * cy.zoom();
  const want = glyphs ? px >= glyphOff : px >= glyphOn;
  if (want === glyphs) return;
  glyphs = want;
  syncGlyphs();
}

// syncGlyphs gives the nodes the glyph class or takes it away as glyphs
// says; only the nodes that differ are touched, since each is restyled.
function syncGlyphs() {
  cy.batch(() => cy.nodes().filter((n) => n.hasClass('glyph') !== glyphs).toggleClass('glyph', glyphs));
}
// the names' floor is set again once a zoom by hand pauses, when the names
// are not already between minName and 1.6 times it on the screen
let zoomed = 0;
cy.on('zoom', () => {
  const px = 12 * labelScale * cy.zoom();
  if (px < 9 || px > 24) rescaleLabels();
  showGlyphs();
  clearTimeout(zoomed);
  const name = Math.max(12, nameFloor) * cy.zoom();
  if (!big && (name < minName - 0.5 || (nameFloor && name > 1.6 * minName))) zoomed = setTimeout(floorNames, 150);
});

// state is the whole view; writeHash puts it in the URL.
const state = {
  focus: '',
  depth: 1,
  layout: 'fcose',
  expanded: new Set(),
  hidden: new Set(),
  pinned: new Set(),
  // at holds where the nodes moved by hand or pinned were left ({x, y} by
  // id, whole units of the drawing): layouts leave them there, and the
  // URL keeps them
  at: {},
  off: { types: new Set(), events: new Set(), preds: new Set() },
  minConf: 0,
  source: '', // a publisher: only links it reported
  background: true,
  undated: true,
  from: '',
  to: '',
  alldates: false, // the timeline's axis spans every date, not the dense part
  path: { from: null, to: null, pick: -1 }, // pick: the one path highlighted, or -1 for all
  article: '',
  // sel is the node or link whose card the panel shows ('' for none)
  sel: '',
  // view is where the view was moved to by hand (link.js's viewOf), or
  // null while it is as a layout or Fit framed it
  view: null,
  // reach says, for each expanded node (the focus at depth), how many
  // nodes of its walk are drawn and whether the walk has more: {n, more}
  reach: {},
};

// A neighbourhood is drawn a page at a time (link.js): the node's card and
// the note under the graph say when there is more.
const rest = 2000; // "the rest" draws at most this many more at once
let knowledge = ''; // the article id of the background knowledge (GET /stats)
let statsRead = Promise.resolve(); // the first reading of the statistics
const eventViews = new Map(); // event id → the events route's answer
let lastPaths = [];
let busy = 0;
// shown counts what the panel was asked to show, so that an answer that
// arrives after the user tapped something else does not replace it.
let shown = 0;

function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = busy > 0 ? '1' : '0';
  $('busy').hidden = busy <= 0;
}

function report(err) {
  $('status').textContent = err ? err.message : '';
  $('status').hidden = !err;
}

// work runs an action that talks to the server, with the busy sign on and
// its failure said in the status line.
async function work(fn) {
  setBusy(1);
  try {
    report(null);
    return await fn();
  } catch (err) {
    report(err);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

// ---- drawing ----

const isBackground = (e) => !!knowledge && (e.provenance || []).length > 0 && e.provenance.every((p) => p.article === knowledge);

function nodeData(n) {
  const v = n.kind === 'event' ? eventViews.get(n.id) : null;
  return { ...n, label: v ? eventTitle(v) : n.kind === 'event' ? n.type : n.name, color: colorOf(n.kind, n.type), shape: shapeOf(n.kind, n.type),
    glyph: glyphOf(n.kind, n.type), weight: 0 };
}

// quiet switches the stylesheet to the big drawing's, or back, when the
// number of nodes crosses bigGraph.
let big = false;
// coming counts the nodes of a big first drawing not added yet (drawInSteps):
// the drawing is styled as big from its first frame.
let coming = 0;
function quiet(n) {
  if ((n > bigGraph) === big) return;
  big = n > bigGraph;
  cy.style(styles(big));
  layoutMenu();
}

// layoutMenu names the default layout for what it does at this size: a
// force simulation (fCoSE) up to bigGraph nodes, and above it the one-pass
// placement by neighbourhood (layout), since fCoSE takes seconds there.
function layoutMenu() {
  const o = $('layout').querySelector('option[value="fcose"]');
  o.textContent = big ? 'by neighbourhood' : 'spread out';
  o.title = big
    ? `More than ${bigGraph} nodes are shown: each neighbourhood is placed around its node in one pass, not by the fCoSE force simulation`
    : 'Force-directed, through cytoscape-fcose';
}

// merge adds a subgraph's nodes and edges that are not drawn yet, at the
// positions at gives (a Map by id) or else near a point, and returns the
// added elements.
// spread places the i-th new node with no planned place on a spiral (the
// golden angle) until the layout moves it: nodes left at one point would
// have edges of zero length, which Cytoscape cannot draw (it warns that the
// edge has invalid endpoints).
function spread(i) {
  const r = 30 * Math.sqrt(i + 1);
  return { x: r * Math.cos(i * 2.39996), y: r * Math.sin(i * 2.39996) };
}

function merge(sub, near, at) {
  quiet(cy.nodes().length + (sub.nodes || []).length + coming);
  const add = [];
  for (const n of sub.nodes || []) {
    if (cy.hasElementWithId(n.id)) continue;
    add.push({
      group: 'nodes',
      data: nodeData(n),
      classes: [state.hidden.has(n.id) ? 'hiddenNode' : '', glyphs ? 'glyph' : ''].join(' '),
      position: (at && at.get(n.id)) || (near ? { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 } : spread(add.length)),
    });
  }
  const kinds = new Map((sub.nodes || []).map((n) => [n.id, n.kind]));
  const known = new Set(add.map((a) => a.data.id));
  const has = (id) => known.has(id) || cy.hasElementWithId(id);
  const kindOf = (id) => kinds.get(id) || cy.getElementById(id).data('kind');
  const links = new Map();
  for (const e of sub.edges || []) {
    if (known.has(e.id) || cy.hasElementWithId(e.id) || !has(e.source) || !has(e.target)) continue;
    known.add(e.id);
    const conf = Math.max(0, ...(e.provenance || []).map((p) => p.confidence || 0));
    const classes = [isBackground(e) ? 'background' : '', kindOf(e.source) === 'event' || kindOf(e.target) === 'event' ? 'role' : ''].join(' ');
    add.push({ group: 'edges', data: { ...e, sources: e.sources || 1, conf }, classes });
    links.set(e.source, (links.get(e.source) || 0) + 1);
    links.set(e.target, (links.get(e.target) || 0) + 1);
  }
  // a new node is sized by its importance (or its links, for a node with
  // no figure) from the start, as applyFilters sizes it when all are shown:
  // setting its weight afterwards costs an event and a restyle for each node
  for (const a of add) if (a.group === 'nodes') a.data.weight = weightOf(a.data.links, links.get(a.data.id));
  return cy.add(add);
}

// events without their details yet are read from the events route, a few
// at a time; their dates feed the timeline and the date filter.
async function loadEvents() {
  const ids = cy.nodes('[kind = "event"]').map((n) => n.id()).filter((id) => !eventViews.has(id));
  if (!ids.length) return;
  setBusy(1);
  try {
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        try {
          const v = await API.event(id);
          eventViews.set(id, v);
          const n = cy.getElementById(id);
          if (n.nonempty()) n.data('label', eventTitle(v));
        } catch {
          eventViews.set(id, { id, type: cy.getElementById(id).data('type') });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(6, ids.length) }, worker));
  } finally {
    setBusy(-1);
  }
  applyFilters();
}

function layoutOptions(randomize, eles) {
  const big = eles.nodes().length > bigGraph;
  const focus = cy.getElementById(state.focus);
  switch (state.layout) {
    case 'concentric':
      return { name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 14, avoidOverlap: !big,
        concentric: (n) => (n.hasClass('focus') ? 1000 : n.degree()), levelWidth: () => 2 };
    case 'breadthfirst':
      return { name: 'breadthfirst', animate: false, fit: true, padding: 30, directed: false, spacingFactor: 1.2,
        roots: focus.nonempty() ? focus : undefined };
    default:
      return { name: 'fcose', quality: 'default', randomize, animate: !randomize, animationDuration: 350,
        fit: true, padding: 40, nodeRepulsion: 9000, idealEdgeLength: 110, nodeDimensionsIncludeLabels: true };
  }
}

// clusters places the drawn elements eles (place) and returns each node's
// position.
function clusters(eles) {
  const at = place([state.focus, ...state.expanded], eles.nodes().map((n) => n.id()),
    eles.edges().map((e) => [e.data('source'), e.data('target')]));
  return (n) => at.get(n.id());
}

// frame fits the view to discs ({x, y, r}: nodes from their centres and
// sizes alone): Cytoscape's fit would style every element first to learn
// its bounding box, which the first frame does anyway.
function frame(discs, padding) {
  settle(() => cy.viewport(framing(discs, cy.width(), cy.height(), padding)));
  rescaleLabels();
}

// fCoSE starts from random places. Drawn from the same seed, a drawing
// laid out afresh from the same answers (a reload, a shared link) comes
// out the same, so the view a link keeps shows the same picture.
function seeded(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function layout(randomize) {
  if (state.layout === 'fcose' && cy.nodes().not('.filtered').length <= bigGraph) await fcoseReady();
  // a layout frames what it lays out: the view is no longer one moved by
  // hand, and its moves while it runs are not the hand's
  settling++;
  const had = state.view;
  await new Promise((resolve) => {
    const eles = cy.elements().not('.filtered');
    if (eles.empty()) {
      resolve();
      return;
    }
    // a force simulation of thousands of nodes takes seconds a run: a big
    // drawing is placed by its tree of neighbourhoods instead, every node
    // moved at once and the renderer told once (moving them one by one
    // sends an event each), and framed from the positions
    if (state.layout === 'fcose' && eles.nodes().length > bigGraph) {
      const placed = clusters(eles);
      const at = (n) => state.at[n.id()] || placed(n);
      cy.batch(() => eles.nodes().silentPositions(at).emitAndNotify('position'));
      frame(eles.nodes().map((n) => ({ ...at(n), r: nodeSize(n.data('weight')) / 2 })), 40);
      resolve();
      return;
    }
    // a node left by the hand stays where it was left: Cytoscape's
    // layouts move no locked node
    const held = eles.nodes().filter((n) => !!state.at[n.id()] && !n.locked()).lock();
    const l = eles.layout(layoutOptions(randomize, eles));
    l.one('layoutstop', () => {
      held.unlock();
      rescaleLabels();
      resolve();
    });
    // a layout from random places runs at once (it is not animated)
    const random = Math.random;
    if (randomize) Math.random = seeded(1);
    try {
      l.run();
    } finally {
      Math.random = random;
    }
  });
  settling--;
  state.view = null;
  // the URL, written before the drawing grew, says so too (a link being
  // restored is written once it is)
  if (had && !restoringLink) writeHash(false);
}

// ---- filters ----

// eventWhen places an event in time: its own date, or for an undated
// event the day it was first reported.
function eventWhen(v) {
  if (!v) return '';
  if (v.date) return v.date;
  const days = (v.provenance || []).map((p) => p.published).filter(Boolean).sort();
  return days[0] || '';
}

const rangeActive = () => !!(state.from || state.to);

// inRange reports whether a date at any precision overlaps the range,
// compared at the coarser precision of the two, as the events route does.
function inRange(date) {
  if (!date) return state.undated;
  const n = date.length;
  return (!state.from || date >= state.from.slice(0, n)) && (!state.to || date <= state.to.slice(0, n));
}

function nodeShown(d) {
  if (state.hidden.has(d.id)) return false;
  if (d.kind === 'entity') return !state.off.types.has(d.type);
  if (d.kind === 'event') {
    if (state.off.events.has(d.type)) return false;
    if (rangeActive()) return inRange(eventWhen(eventViews.get(d.id)));
  }
  return true;
}

function edgeShown(e, ok) {
  const d = e.data();
  if (!ok.get(d.source) || !ok.get(d.target)) return false;
  if (state.off.preds.has(d.predicate)) return false;
  const background = e.hasClass('background');
  if (background) return state.background;
  if (d.conf < state.minConf) return false;
  if (state.source && !(d.provenance || []).some((p) => p.publisher === state.source)) return false;
  // a link to an event follows the event's date; a relation follows the
  // dates of the articles that state it
  if (rangeActive() && !e.hasClass('role')) return (d.provenance || []).some((p) => inRange(p.published || ''));
  return true;
}

// applyFilters shows what the filters let through: nodes of shown types
// (events in the date range), links of shown predicates above the
// confidence, and no node left alone by the filters; then sizes nodes by
// their importance (weightOf: their shown links when the route gave none)
// and redraws the legend, the timeline and the notes.
function applyFilters() {
  const nodes = cy.nodes();
  const edges = cy.edges();
  const ok = new Map();
  nodes.forEach((n) => ok.set(n.id(), nodeShown(n.data())));
  // one pass over the links: which are shown, how many shown links each
  // node has, and which nodes have links at all
  const edgeOK = [];
  const degree = new Map();
  const hasLinks = new Set();
  edges.forEach((e, i) => {
    const { source, target } = e.data();
    edgeOK[i] = edgeShown(e, ok);
    if (source !== target) {
      hasLinks.add(source);
      hasLinks.add(target);
    }
    if (!edgeOK[i]) return;
    degree.set(source, (degree.get(source) || 0) + 1);
    degree.set(target, (degree.get(target) || 0) + 1);
  });
  let shownNodes = 0;
  let shownEdges = 0;
  cy.batch(() => {
    nodes.forEach((n) => {
      const id = n.id();
      const lone = !degree.get(id) && hasLinks.has(id) && id !== state.focus && !state.pinned.has(id) && !n.hasClass('path');
      // only what changes is touched: each change restyles the element
      const off = !ok.get(id) || lone;
      if (!off) shownNodes++;
      if (n.hasClass('filtered') !== off) n.toggleClass('filtered', off);
      if (n.hasClass('hiddenNode') !== state.hidden.has(id)) n.toggleClass('hiddenNode', state.hidden.has(id));
      const weight = weightOf(n.data('links'), degree.get(id));
      if (n.data('weight') !== weight) n.data('weight', weight);
    });
    edges.forEach((e, i) => {
      if (edgeOK[i]) shownEdges++;
      if (e.hasClass('filtered') === edgeOK[i]) e.toggleClass('filtered', !edgeOK[i]);
    });
  });
  updateLegend();
  updatePredicates();
  updateSources();
  updateTimeline();
  quiet(shownNodes + coming);
  $('graph-note').textContent = nodes.length
    ? `showing ${shownNodes} of ${nodes.length} nodes, ${shownEdges} of ${edges.length} links`
    : '';
  updateMoreNote();
  $('hidden-note').textContent = state.hidden.size ? `${plural(state.hidden.size, 'node')} hidden.` : 'Nothing hidden.';
  $('unhide').hidden = !state.hidden.size;
  $('empty').hidden = nodes.length > 0;
}

// updateMoreNote names, under the graph, the drawn nodes whose
// neighbourhood has more than is drawn, each a button that draws the next
// page.
function updateMoreNote() {
  const capped = Object.entries(state.reach).filter(([id, r]) => r.more && cy.getElementById(id).nonempty());
  const note = $('more-note');
  note.hidden = !capped.length;
  if (!capped.length) {
    note.replaceChildren();
    return;
  }
  const shownCapped = capped.slice(0, 3);
  note.replaceChildren(el('span', { text: 'Not all neighbours are drawn:' }),
    ...shownCapped.map(([id, r]) => {
      const name = cy.getElementById(id).data('label') || cy.getElementById(id).data('name') || id;
      const b = el('button', { type: 'button', class: 'link', 'data-more': id, text: `${name}: ${r.n.toLocaleString('en')} drawn, ${page} more`,
        title: `Draw the next ${page} neighbours of ${name}, the best attested first` });
      b.addEventListener('click', () => more(id));
      return b;
    }),
    capped.length > shownCapped.length ? el('span', { text: `and ${capped.length - shownCapped.length} more nodes (in their details)` }) : null);
}

function toggleSet(set, key) {
  if (set.has(key)) set.delete(key);
  else set.add(key);
}

// legendItem is one type in the legend, drawn as its nodes are: the
// colour, the shape and the glyph (a data URI, percent-encoded: no quote
// can end the url()).
function legendItem(color, shape, glyph, text, filter, off, count) {
  const sw = el('span', { class: `swatch ${shape}`, style: `background-color:${color};background-image:url("${glyph}")` });
  const b = el('button', { type: 'button', class: `legend-item${off ? ' off' : ''}`, 'data-filter': filter, 'aria-pressed': String(!off) },
    sw, el('span', { text }), count != null ? el('span', { class: 'meta', text: ` ${count}` }) : null);
  b.addEventListener('click', () => {
    const [kind, key] = filter.split(':');
    snapshot();
    toggleSet(kind === 'type' ? state.off.types : state.off.events, key);
    changed();
  });
  return el('li', {}, b);
}

function updateLegend() {
  const count = (sel) => {
    const m = new Map();
    cy.nodes(sel).forEach((n) => m.set(n.data('type'), (m.get(n.data('type')) || 0) + 1));
    return m;
  };
  const types = count('[kind = "entity"]');
  const events = count('[kind = "event"]');
  const items = Object.entries(entityColors).map(([t, c]) => legendItem(c, shapeClass(t), glyphOf('entity', t), t, `type:${t}`, state.off.types.has(t), types.get(t) || 0));
  for (const [t, c] of Object.entries(eventColors)) {
    if (events.has(t) || state.off.events.has(t)) items.push(legendItem(c, 'diamond', glyphOf('event', t), `${t} (event)`, `event:${t}`, state.off.events.has(t), events.get(t) || 0));
  }
  for (const t of events.keys()) {
    if (!(t in eventColors)) items.push(legendItem(colorOf('event', t), 'diamond', glyphOf('event', t), `${t} (event)`, `event:${t}`, state.off.events.has(t), events.get(t)));
  }
  $('legend').replaceChildren(...items);
  // the roles drawn on links to events, in words (CAMEO's are unexplained
  // on the drawing: docs/VIEWER-TRIAL.md)
  const roles = new Set(cy.edges('.role').map((e) => e.data('predicate')));
  const said = roleWords.filter(([role]) => roles.has(role)).map(([role, words]) => `${role}: ${words}`);
  $('legend-roles').textContent = said.length ? `Links to an event name each party's role — ${said.join('; ')}.` : '';
  $('legend-roles').hidden = !said.length;
}

const shapeClass = (t) => ({ Person: 'dot', Country: 'hex', Organization: 'square' })[t] || 'dot';

function updatePredicates() {
  const counts = new Map();
  cy.edges().forEach((e) => counts.set(e.data('predicate'), (counts.get(e.data('predicate')) || 0) + 1));
  for (const p of state.off.preds) if (!counts.has(p)) counts.set(p, 0);
  const items = [...counts.keys()].sort().map((p) => {
    const box = el('input', { type: 'checkbox', 'data-pred': p });
    box.checked = !state.off.preds.has(p);
    box.addEventListener('change', () => {
      snapshot();
      toggleSet(state.off.preds, p);
      changed();
    });
    const role = roleWords.find(([r]) => r === p);
    return el('li', {}, el('label', { class: 'check' }, box, ` ${p}`, role ? el('span', { class: 'note', text: ` (${role[1]})` }) : null,
      el('span', { class: 'meta', text: ` ${counts.get(p)}` })));
  });
  if (!items.length) items.push(el('li', { class: 'note', text: 'No link drawn yet.' }));
  $('pred-filter').replaceChildren(...items);
}

// updateSources lists the publishers of the drawn links' evidence.
function updateSources() {
  const names = new Set();
  cy.edges().forEach((e) => {
    if (!e.hasClass('background')) for (const p of e.data('provenance') || []) if (p.publisher) names.add(p.publisher);
  });
  if (state.source) names.add(state.source);
  const select = $('source-filter');
  const want = ['', ...[...names].sort()];
  if ([...select.options].map((o) => o.value).join('\n') !== want.join('\n')) {
    select.replaceChildren(...want.map((n) => el('option', { value: n, text: n || 'any source' })));
  }
  select.value = state.source;
}

$('source-filter').addEventListener('change', () => {
  snapshot();
  state.source = $('source-filter').value;
  changed();
});

// ---- the timeline ----

const timeline = new Timeline($('timeline'), $('timeline-note'), (range) => {
  snapshot();
  state.from = range.from;
  state.to = range.to;
  changed();
}, (whole) => {
  state.alldates = whole;
  writeHash(false);
});

// The browser tests brush the chart through this, as they read the graph
// through window.cy.
window.timeline = timeline;

// updateTimeline gives the timeline the dates of the drawn events the user
// has not hidden or switched off, and of those the filters show now.
function updateTimeline() {
  const dates = [];
  const shownDates = [];
  cy.nodes('[kind = "event"]').forEach((n) => {
    const d = n.data();
    const when = eventWhen(eventViews.get(d.id));
    if (!when || state.hidden.has(d.id) || state.off.events.has(d.type)) return;
    dates.push(when);
    if (!n.hasClass('filtered')) shownDates.push(when);
  });
  $('from').value = state.from;
  $('to').value = state.to;
  $('timeline-range').textContent = rangeActive() ? `${state.from || '…'} – ${state.to || '…'}` : '';
  timeline.update(dates, shownDates, { from: state.from, to: state.to });
}

function setRange(from, to) {
  snapshot();
  state.from = from;
  state.to = to;
  changed();
}

$('from').addEventListener('change', () => setRange($('from').value, state.to));
$('to').addEventListener('change', () => setRange(state.from, $('to').value));
$('range-clear').addEventListener('click', () => setRange('', ''));
$('undated').addEventListener('change', () => {
  snapshot();
  state.undated = $('undated').checked;
  changed();
});

// ---- the URL ----

// The view moved by hand (a drag, the wheel, a pinch, the zoom keys and
// buttons) is kept in the URL, told from the node nearest its middle
// (link.js), a moment after it stops moving; a layout or Fit takes it out.
// settling counts the moves the viewer makes itself (framing a drawing,
// showing a link's view), which are not the hand's.
let settling = 0;
function settle(fn) {
  settling++;
  try {
    return fn();
  } finally {
    settling--;
  }
}

// anchored is the view as the URL keeps it (link.js's viewOf), or null
// with nothing shown.
function anchored() {
  const nodes = cy.nodes().not('.filtered');
  if (nodes.empty()) return null;
  const e = cy.extent();
  const mid = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  const n = nodes.min((m) => Math.hypot(m.position('x') - mid.x, m.position('y') - mid.y)).ele;
  return { zoom: cy.zoom(), at: n.id(), dx: mid.x - n.position('x'), dy: mid.y - n.position('y') };
}

let viewMoved = 0;
cy.on('viewport', () => {
  if (settling) return;
  clearTimeout(viewMoved);
  viewMoved = setTimeout(() => {
    if (settling) return;
    state.view = anchored();
    writeHash(false);
  }, 250);
});

// showView frames the view as v (link.js's viewOf) says, if its node is
// drawn, and says whether it could.
function showView(v) {
  const n = v ? cy.getElementById(v.at) : cy.collection();
  if (n.empty()) return false;
  settle(() => cy.viewport(centred(v, n.position(), cy.width(), cy.height())));
  rescaleLabels();
  state.view = v;
  return true;
}

function writeHash(push) {
  const p = new URLSearchParams();
  const list = (k, s) => { if (s.size) p.set(k, [...s].join(',')); };
  if (state.focus) p.set('entity', state.focus);
  if (state.depth !== 1) p.set('depth', String(state.depth));
  list('expanded', new Set([...state.expanded].filter((id) => id !== state.focus)));
  list('hidden', state.hidden);
  list('pinned', state.pinned);
  const at = movesText(state.at, (id) => cy.hasElementWithId(id));
  if (at) p.set('at', at);
  if (state.layout !== 'fcose') p.set('layout', state.layout);
  list('notype', state.off.types);
  list('noevent', state.off.events);
  list('nolink', state.off.preds);
  if (state.minConf) p.set('conf', String(Math.round(state.minConf * 100)));
  if (state.source) p.set('source', state.source);
  if (!state.background) p.set('background', '0');
  if (!state.undated) p.set('undated', '0');
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.alldates) p.set('alldates', '1');
  if (state.path.from) p.set('pathfrom', state.path.from.id);
  if (state.path.to) p.set('pathto', state.path.to.id);
  // the one path highlighted of those found, counted from 1
  if (state.path.to && state.path.pick >= 0) p.set('path', String(state.path.pick + 1));
  if (state.article) p.set('article', state.article);
  if (state.sel) p.set('sel', state.sel);
  if (state.view) p.set('view', viewText(state.view));
  const reach = Object.entries(state.reach).filter(([, r]) => r.n > page).map(([id, r]) => `${id}:${r.n}`);
  if (reach.length) p.set('reach', reach.join(','));
  // on a narrow screen, the parts left open (a wide one shows them all)
  const open = narrow() ? openParts() : [];
  if (open.length) p.set('open', open.join(','));
  // before the URL's own check: a drawing opened from a link leaves the
  // URL as it was, and its export links were left off
  updateExportLinks();
  const url = `#${p}`;
  if (url === location.hash || (url === '#' && !location.hash)) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// A big first drawing (more than bigGraph nodes, the default layout) is
// placed at once from the neighbourhoods' ids and links (place), before
// anything is added, and the view framed on those places. With no picture
// of it drawn before the viewer's code (preview.js), it is drawn in steps,
// since Cytoscape styles and draws thousands of elements for seconds
// before the first frame: the first frame shows the focus, the expanded
// nodes and the best attested firstPicture nodes of each neighbourhood;
// the rest join restStep at a time, each where it was placed, so nothing
// moves as the drawing fills in. Under such a picture it is drawn whole in
// one frame: each step costs a drawing of all that is drawn so far and a
// pass of the filters, about a tenth more work in all, and the picture
// already shows everything.
const firstPicture = 100;
const restStep = 700;

// inSteps plans a big first drawing of the neighbourhoods hoods of starts
// (the focus, then the expanded nodes): where each node goes, what the
// first frame shows of each neighbourhood (all of it with whole), and the
// nodes that come later. It returns null for a drawing that is not big or
// not in the default layout.
function inSteps(starts, hoods, whole) {
  const { nodes, edges } = union(hoods);
  if (state.layout !== 'fcose' || nodes.length <= bigGraph) return null;
  const at = place(starts, nodes.map((n) => n.id), edges.map((e) => [e.source, e.target]));
  if (whole) return { at, first: hoods, later: [], edges };
  const now = new Set(starts);
  for (const h of hoods) h.sub.nodes.slice(0, firstPicture).forEach((n) => now.add(n.id));
  const first = hoods.map((h) => ({ ...h, sub: { nodes: h.sub.nodes.filter((n) => now.has(n.id)), edges: h.sub.edges } }));
  coming = nodes.length - now.size;
  return { at, first, later: nodes.filter((n) => !now.has(n.id)), edges };
}

// dropPreview takes away the picture boot.js drew of a big drawing opened
// from a link (preview.js), under the graph's own: once the whole drawing
// is the graph's, or the view has moved from where both were framed.
const dropPreview = () => {
  const p = $('preview');
  if (p) p.remove();
};

// previewed says whether boot.js drew a picture of the link's drawing
// (preview.js), once: only the first drawing can have one.
const previewed = () => {
  const p = globalThis.actorgraphPreview || false;
  globalThis.actorgraphPreview = null;
  return p;
};

// nextFrame waits until the browser has drawn a frame.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

// early is what was done on the picture of a drawing (preview.js) before
// the graph had any of it (hand.js): where the view was left, the point of
// the drawing tapped and the keys pressed. replayHand does it on the
// graph, as a hand on the graph would have: the tap selects the node
// nearest the point among those it falls within and shows it in the
// panel, then the keys act.
let early = null;
function replayHand() {
  const h = early;
  early = null;
  if (!h) return;
  if (h.tap) tapAt(h.tap);
  h.keys.forEach((key) => graphKey(key, true));
}

// tapAt taps the node at m, a point of the drawing: the nearest of those
// the point falls within.
function tapAt(m) {
  const z = cy.zoom();
  let best = null;
  let bestD = Infinity;
  cy.nodes().not('.filtered').forEach((n) => {
    const q = n.position();
    const d = Math.hypot(q.x - m.x, q.y - m.y);
    // a few pixels' slack, as a finger or a mouse is not exact
    if (d <= nodeSize(n.data('weight')) / 2 + 3 / z && d < bestD) [best, bestD] = [n, d];
  });
  if (!best) return;
  cy.elements(':selected').unselect();
  best.select();
  inspect(best.data());
}

// drawInSteps lets the first frame of a planned drawing (inSteps), framed
// and added, be drawn, then adds the nodes that come later, a step a frame.
async function drawInSteps({ later, edges, at }) {
  await nextFrame();
  performance.mark('view-first-picture', { detail: { nodes: cy.nodes().length, glyphs: cy.nodes('.glyph').length,
    at: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])), zoom: cy.zoom(), pan: cy.pan() } });
  try {
    for (let i = 0; i < later.length; i += restStep) {
      coming = Math.max(0, later.length - i - restStep);
      cy.batch(() => {
        merge({ nodes: later.slice(i, i + restStep), edges }, null, at);
        applyFilters();
      });
      await nextFrame();
    }
  } finally {
    coming = 0;
  }
  dropPreview();
  // the places were worked out on every node; with some filtered out, the
  // shown ones are placed again as the layout places them
  if (cy.elements('.filtered').nonempty()) await layout(true);
}

// restore makes the view what the URL says.
let restoringLink = 0;
async function restore() {
  restoringLink++;
  try {
    await restoreLink();
  } finally {
    restoringLink--;
  }
}

async function restoreLink() {
  const view = linked(location.hash);
  const p = view.params;
  const { depth } = view;
  state.layout = ['fcose', 'concentric', 'breadthfirst'].includes(p.get('layout')) ? p.get('layout') : 'fcose';
  state.hidden = ids(p.get('hidden'));
  state.off.types = ids(p.get('notype'));
  state.off.events = ids(p.get('noevent'));
  state.off.preds = ids(p.get('nolink'));
  state.minConf = Math.min(100, Math.max(0, parseInt(p.get('conf') || '0', 10) || 0)) / 100;
  state.source = p.get('source') || '';
  state.background = p.get('background') !== '0';
  state.undated = p.get('undated') !== '0';
  const date = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');
  state.from = date(p.get('from'));
  state.to = date(p.get('to'));
  state.alldates = p.get('alldates') === '1';
  timeline.showWhole(state.alldates);
  syncControls();
  const id = view.entity;
  const grow = [...view.expanded].filter((e) => e !== id && !state.expanded.has(e));
  const fresh = id && (id !== state.focus || depth !== state.depth);
  state.depth = depth;
  let drawn = false;
  // where the link says the view was left, once the drawing is made
  let kept = view.view;
  // nodes the hand left somewhere, put there once the rest is laid out
  const moves = movesOf(p.get('at'));
  if (fresh || grow.length) {
    // the neighbourhoods are all fetched at once, then added with no frame
    // drawn in between and laid out once
    await work(async () => {
      const hoods = await Promise.all([fresh ? hood(id, depth, 0, view.want(id)) : null,
        // an entity added from the search may be linked to nothing else
        // drawn (an expanded event is not an entity: its walk is kept as is)
        ...grow.map(async (e) => {
          const h = await hood(e, 1, 0, view.want(e));
          return withRoot(e, h).catch(() => h);
        })]);
      if (fresh) await withRoot(id, hoods[0]);
      await statsRead;
      // the phases of a first drawing, for the browser's performance
      // timeline (the 2,000-node test reads them)
      performance.mark('view-fetched');
      // boot.js may have drawn this drawing from the same answers
      // (preview.js): the frame that shows it comes first, before the
      // graph's own drawing, which is then drawn whole
      const pictured = fresh && (await previewed());
      if (pictured && !performance.getEntriesByName('view-preview').length) await nextFrame();
      // a big new drawing is placed before it is added
      const steps = fresh ? inSteps([id, ...grow], hoods, pictured) : null;
      const first = steps ? steps.first : hoods;
      // framed before anything is added: the nodes come in styled for
      // the zoom they are drawn at (glyphs or none)
      if (steps) {
        frame([...steps.at.values()].map((p) => ({ ...p, r: maxSize / 2 })), 40);
        // framed as before any node was moved; then the nodes moved by
        // hand go where they were left
        Object.entries(moves).forEach(([node, at]) => steps.at.has(node) && steps.at.set(node, at));
        // or where the link says the view was left, as the picture was
        if (view.view && steps.at.has(view.view.at)) {
          settle(() => cy.viewport(centred(view.view, steps.at.get(view.view.at), cy.width(), cy.height())));
          rescaleLabels();
        }
        // the picture may have been moved by hand: the graph is framed as
        // it was left, its dragged nodes where they were left
        early = pictured && globalThis.actorgraphHand ? globalThis.actorgraphHand.take() : null;
        if (early) Object.entries(early.moves).forEach(([node, at]) => steps.at.set(node, at));
        if (early && early.moved) {
          settle(() => cy.viewport({ zoom: early.zoom, pan: early.pan }));
          rescaleLabels();
          kept = null;
        }
        // the preview (boot.js) matches the view only as framed, in a
        // window of this size
        cy.one('viewport', dropPreview);
        window.addEventListener('resize', dropPreview, { once: true });
      }
      // one batch: each element is styled once, not once a step
      cy.batch(() => {
        if (fresh) drawFocus(id, first[0], false, false, steps && steps.at);
        grow.forEach((e, i) => addHood(e, first[i + 1], steps && steps.at));
        applyFilters();
      });
      drawn = true;
      performance.mark('view-added');
      if (steps) await drawInSteps(steps);
      else await layout(fresh);
      // the layout places the rest as it did when the link was written,
      // then the nodes moved by hand go where they were left
      state.at = { ...moves };
      if (early) Object.entries(early.moves).forEach(([node, at]) => { state.at[node] = rounded(at); });
      putAt();
      // a drawing laid out is framed where the link says the view was
      // left (a big one placed at once was framed so before it was added);
      // one moved on its picture, as it was left
      state.view = null;
      if (kept && steps && cy.elements('.filtered').empty()) state.view = kept;
      else if (kept) showView(kept);
      if (early && early.moved) state.view = anchored();
      performance.mark('view-laid-out');
      replayHand();
      await loadEvents();
    });
  }
  if (!drawn) {
    state.at = moves;
    putAt();
  }
  state.pinned = ids(p.get('pinned'));
  // only the nodes whose pin changes are touched: a class set or taken
  // away restyles the node, even when it changes nothing
  let pins = 0;
  cy.nodes('.pinned').union(cy.nodes().filter((n) => state.pinned.has(n.id()))).forEach((n) => {
    const pin = state.pinned.has(n.id());
    if (n.hasClass('pinned') === pin) return;
    pins++;
    n.toggleClass('pinned', pin);
    if (pin) n.lock();
    else n.unlock();
  });
  // a drawing just made is filtered already; a pinned node is never left
  // out for being alone
  if (!drawn || pins) applyFilters();
  const [pf, pt] = [p.get('pathfrom'), p.get('pathto')];
  state.path.from = pf ? { id: pf, name: nameOf(pf) } : null;
  state.path.to = pt ? { id: pt, name: nameOf(pt) } : null;
  showEnds();
  const pick = (parseInt(p.get('path') || '0', 10) || 0) - 1;
  if (pf && pt && !lastPaths.length) await findPaths(false, pick);
  else if (lastPaths.length && pick !== state.path.pick && pick < lastPaths.length) {
    state.path.pick = pick;
    highlightPath(pick);
  }
  // a link to the same drawing may move the view
  if (!drawn && view.view && !(state.view && viewText(state.view) === viewText(view.view))) showView(view.view);
  // the card the panel showed, when its node or link is drawn
  const sel = p.get('sel') || '';
  if (sel !== state.sel) {
    const e = sel ? cy.getElementById(sel) : cy.collection();
    state.sel = e.nonempty() ? sel : '';
    if (e.nonempty()) {
      const seq = ++shown;
      cy.elements(':selected').unselect();
      e.select();
      if (e.isEdge()) edgeCard(e);
      else await card(e.data(), seq);
    }
  }
  const article = p.get('article');
  if (article && article !== state.article) await openArticle(article, null, false);
  if (!article && state.article) closeArticle(false);
  // last: the card shown opens the panel, which the link may have left shut
  if (narrow()) {
    const open = ids(p.get('open'));
    for (const name of ['side', 'panel']) if (isOpen(name) !== open.has(name)) drawer(name, open.has(name));
    if (isOpen('timeline') !== open.has('timeline')) foldTimeline(open.has('timeline'));
  }
  syncControls();
  writeHash(false);
}

const rounded = (p) => ({ x: Math.round(p.x), y: Math.round(p.y) });

// putAt puts the drawn nodes the hand left somewhere where state.at says.
function putAt() {
  cy.batch(() => Object.entries(state.at).forEach(([id, p]) => {
    const n = cy.getElementById(id);
    if (n.nonempty() && (n.position('x') !== p.x || n.position('y') !== p.y)) n.position(p);
  }));
}

function nameOf(id) {
  const n = cy.getElementById(id);
  return n.nonempty() ? n.data('name') : id;
}

function syncControls() {
  $('depth').value = String(state.depth);
  $('layout').value = state.layout;
  $('min-conf').value = String(Math.round(state.minConf * 100));
  $('min-conf-out').textContent = `${Math.round(state.minConf * 100)}%`;
  $('bg-toggle').checked = state.background;
  $('undated').checked = state.undated;
  $('undo').disabled = !history_.length;
}

// changed is called after a filter or view setting changes: the drawing,
// the controls and the URL follow.
function changed() {
  applyFilters();
  syncControls();
  writeHash(false);
}

// ---- undo ----

const history_ = [];

// snapshot keeps the drawing and the state before a change, for undo.
function snapshot() {
  history_.push({
    elements: cy.elements().jsons(),
    state: JSON.stringify(state, (k, v) => (v instanceof Set ? [...v] : v)),
  });
  if (history_.length > 40) history_.shift();
  $('undo').disabled = false;
}

function undo() {
  const snap = history_.pop();
  if (!snap) return;
  const s = JSON.parse(snap.state);
  // the panel keeps its card, and the timeline its axis: undo changes the
  // drawing, not what is read
  const { sel, view, alldates } = state;
  Object.assign(state, s, { alldates,
    expanded: new Set(s.expanded), hidden: new Set(s.hidden), pinned: new Set(s.pinned),
    off: { types: new Set(s.off.types), events: new Set(s.off.events), preds: new Set(s.off.preds) },
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(snap.elements);
    syncGlyphs();
  });
  state.sel = cy.getElementById(sel).nonempty() ? sel : '';
  // nor where the view is
  state.view = view && anchored();
  changed();
  showEnds();
}

// ---- growing and shrinking ----

// hood fetches the nodes numbered from to want-1 of the walk from a node
// to depth (a page at a time, pageMax at most each), with their edges; reach
// is how far the walk is then drawn and whether it has more.
async function hood(id, depth, from = 0, want = page) {
  const sub = { nodes: [], edges: [] };
  let offset = from;
  let next = 0;
  do {
    const p = await API.neighbors(id, depth, Math.min(pageMax, want - offset), offset);
    sub.nodes.push(...(p.nodes || []));
    sub.edges.push(...(p.edges || []));
    next = p.next || 0;
    offset = next || offset + (p.nodes || []).length;
  } while (next && next < want);
  return { sub, reach: { n: offset, more: !!next } };
}

// select clears the graph and draws the neighbourhood of one entity to the
// chosen depth.
async function select(id, push = true, keepUndo = true) {
  await work(async () => {
    const h = await withRoot(id, await hood(id, state.depth));
    await statsRead;
    cy.batch(() => {
      drawFocus(id, h, push, keepUndo);
      applyFilters();
    });
    await layout(true);
    await loadEvents();
  });
}

// picked shows a node just drawn from the search in the panel: what the
// news says of it, and where a path can start; beside the drawing on a
// wide screen, in the details' drawer on a narrow one, left shut so that
// the drawing shows first (Details opened on an empty drawer before:
// docs/VIEWER-TRIAL.md).
async function picked(id) {
  const n = cy.getElementById(id);
  if (n.empty() || state.sel) return;
  cy.elements(':selected').unselect();
  n.select();
  if (narrow() && !isOpen('panel')) {
    const seq = ++shown;
    showing(id);
    await card(n.data(), seq, true);
  } else inspect(n.data());
}

// addEntity draws the neighbourhood of an entity found by the search into
// the drawing, as an expansion is, beside what is drawn: the URL
// keeps it among the expanded nodes, and undo takes it back. One drawn
// already is shown and expanded.
async function addEntity(id, name) {
  if (cy.getElementById(id).nonempty()) {
    await reveal({ id, name });
    return;
  }
  await work(async () => {
    const h = await withRoot(id, await hood(id, 1));
    const shownNow = cy.elements().not('.filtered');
    const bb = shownNow.nonempty() ? shownNow.boundingBox() : { x1: 0, x2: 0, y1: 0, y2: 0 };
    snapshot();
    // beside it on a wide view, under it on a tall one (a phone)
    const near = cy.height() > cy.width() ? { x: (bb.x1 + bb.x2) / 2, y: bb.y2 + 200 } : { x: bb.x2 + 200, y: (bb.y1 + bb.y2) / 2 };
    addHood(id, h, null, near);
    writeHash(false);
    applyFilters();
    await layout(false);
    await loadEvents();
  });
  state.sel = '';
  await picked(id);
}

// withRoot returns h, the neighbourhood of the entity id, with the entity
// in it.
async function withRoot(id, h) {
  if (!h.sub.nodes.some((n) => n.id === id)) {
    const d = await API.entity(id);
    h.sub.nodes.unshift({ id, kind: 'entity', type: d.type, name: d.name, country: d.country, wikidata: d.wikidata });
  }
  return h;
}

// drawFocus replaces the drawing with h, the neighbourhood of the entity
// id, as the view's focus (at: where its nodes go, else on a spiral
// (spread) until the layout).
function drawFocus(id, h, push, keepUndo, at) {
  shown++;
  hidePanel();
  if (keepUndo && cy.elements().nonempty()) snapshot();
  cy.elements().remove();
  lastPaths = [];
  state.focus = id;
  state.sel = '';
  state.expanded = new Set([id]);
  state.pinned = new Set();
  state.at = {};
  state.reach = { [id]: h.reach };
  merge(h.sub, null, at);
  cy.getElementById(id).addClass('focus expanded');
  writeHash(push);
}

// addHood draws h, the neighbourhood of the node id, around it (or near,
// for a node not drawn yet) or where at says.
function addHood(id, h, at, near = null) {
  const node = cy.getElementById(id);
  state.expanded.add(id);
  state.reach[id] = h.reach;
  const added = merge(h.sub, node.nonempty() ? node.position() : near, at);
  cy.getElementById(id).addClass('expanded');
  return added;
}

// expand merges a node's neighbourhood (one step) into the drawing.
async function expand(id) {
  if (state.expanded.has(id)) return;
  await work(async () => {
    const h = await hood(id, 1);
    snapshot();
    const added = addHood(id, h);
    writeHash(false);
    applyFilters();
    if (added.nonempty()) await layout(false);
    await loadEvents();
  });
  refreshActions(id);
}

// more draws the next page of an expanded node's neighbourhood, or with
// all, up to `rest` more of its nodes.
async function more(id, all = false) {
  const r = state.reach[id];
  if (!r || !r.more) return;
  await work(async () => {
    const h = await hood(id, id === state.focus ? state.depth : 1, r.n, r.n + (all ? rest : page));
    snapshot();
    state.reach[id] = h.reach;
    const node = cy.getElementById(id);
    const added = merge(h.sub, node.nonempty() ? node.position() : null);
    writeHash(false);
    applyFilters();
    if (added.nonempty()) await layout(false);
    await loadEvents();
  });
  refreshActions(id);
}

// collapse takes back what expanding a node brought: its neighbours that
// nothing else drawn holds (not expanded, not pinned, linked to no other
// node).
function collapse(id) {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  snapshot();
  const drop = node.neighborhood('node').filter((n) => n.id() !== state.focus && !state.expanded.has(n.id()) &&
    !state.pinned.has(n.id()) && n.neighborhood('node').every((m) => m.id() === id));
  cy.remove(drop);
  drop.forEach((n) => { delete state.at[n.id()]; });
  state.expanded.delete(id);
  delete state.reach[id];
  node.removeClass('expanded');
  changed();
}

function hide(id) {
  if (id === state.focus) return;
  snapshot();
  state.hidden.add(id);
  cy.getElementById(id).unselect();
  changed();
}

function togglePin(id) {
  const n = cy.getElementById(id);
  if (n.empty()) return;
  snapshot();
  toggleSet(state.pinned, id);
  const pin = state.pinned.has(id);
  n.toggleClass('pinned', pin);
  // a pinned node is kept where it is; unpinned, layouts may move it again
  if (pin) {
    state.at[id] = rounded(n.position());
    n.position(state.at[id]).lock();
  } else {
    delete state.at[id];
    n.unlock();
  }
  changed();
}

// actions are the buttons that act on a drawn node, shown in its card.
function actions(node) {
  const n = cy.getElementById(node.id);
  const bar = el('div', { class: 'actions', role: 'group', 'aria-label': 'Act on this node', 'data-node': node.id });
  if (n.empty()) return bar;
  const button = (id, text, fn, title) => {
    const b = el('button', { type: 'button', id, text, title: title || '' });
    b.addEventListener('click', fn);
    bar.append(b);
    return b;
  };
  if (state.expanded.has(node.id)) button('act-collapse', 'Collapse', () => collapse(node.id), 'Take back its neighbours (x)');
  else button('act-expand', 'Expand', () => expand(node.id), 'Draw its neighbours');
  const r = state.reach[node.id];
  if (r && r.more) {
    button('act-more', `${page} more`, () => more(node.id), `Draw the next ${page} of its neighbours, the best attested first (m)`);
    button('act-rest', 'The rest', () => more(node.id, true), `Draw the rest of its neighbours, up to ${rest.toLocaleString('en')} more`);
  }
  if (node.id !== state.focus) button('act-hide', 'Hide', () => hide(node.id), 'Hide this node (h)');
  button('act-pin', state.pinned.has(node.id) ? 'Unpin' : 'Pin', () => togglePin(node.id), 'Keep it where it is (k)');
  if (node.kind === 'entity') {
    for (const [which, text] of [['from', 'Path from here'], ['to', 'Path to here']]) {
      const end = state.path[which];
      button(`act-path-${which}`, text, () => setEnd(which, node)).setAttribute('aria-pressed', String(!!end && end.id === node.id));
    }
    const says = pathNote(node);
    if (says) bar.append(el('p', { class: 'note reach', id: 'act-path-note', role: 'status', text: says }));
  }
  if (r) {
    const text = r.more
      ? `${r.n.toLocaleString('en')} nodes of its neighbourhood drawn; it has more.`
      : `All ${r.n.toLocaleString('en')} nodes of its neighbourhood drawn.`;
    bar.append(el('p', { class: 'note reach', id: 'act-reach', text }));
  }
  return bar;
}

// pathNote says, on an entity's card, what the path's buttons have done and
// what is left to do: on a phone the chosen ends are out of sight, in the
// filters' drawer, and the buttons seemed to do nothing
// (docs/VIEWER-TRIAL.md).
function pathNote(node) {
  const { from, to } = state.path;
  if (!from === !to) return '';
  const [set, other] = from ? [from, 'Path to here'] : [to, 'Path from here'];
  const where = from ? 'starts' : 'ends';
  if (set.id === node.id) return `A path ${where} here. Open the other entity (search for it, or tap it in the drawing) and press ${other}.`;
  return `A path ${where} at ${set.name}: press ${other} to connect them.`;
}

// refreshActions redraws the buttons of a node's card when the card shows it.
function refreshActions(id) {
  const bar = document.querySelector(`#panel .actions[data-node="${CSS.escape(id)}"]`);
  const n = cy.getElementById(id);
  if (bar && n.nonempty()) bar.replaceWith(actions(n.data()));
}

// ---- the panel ----

const nav = {
  open: (node) => reveal(node),
  openArticle: (id, evidence) => openArticle(id, evidence, true),
  actions,
  // an event as the events route gives it, once loaded; a stand-in made
  // when the route failed (no provenance, no date) is none
  eventView: (id) => {
    const v = eventViews.get(id);
    return v && (v.date || v.provenance) ? v : null;
  },
  highlightPath: (i) => {
    state.path.pick = i;
    highlightPath(i);
    writeHash(false);
  },
};

// inspect shows a node in the panel while its neighbourhood is drawn.
async function inspect(n) {
  const seq = ++shown;
  showing(n.id);
  const expanding = expand(n.id);
  await card(n, seq);
  await expanding;
  // the card's buttons depend on whether the node is expanded now
  if (seq === shown && n.kind === 'event' && eventViews.get(n.id)) showEvent(n, eventViews.get(n.id), nav, knowledge);
}

// showing notes in the URL whose card the panel shows (id; '' for none).
function showing(id) {
  if (state.sel === id) return;
  state.sel = id;
  writeHash(false);
}

// card shows node n's card, then again with what the server says of it,
// unless the panel has been asked for something else (seq) meanwhile; an
// entity's card shut fills the panel without opening a narrow screen's
// drawer.
async function card(n, seq, shut = false) {
  if (n.kind === 'entity') {
    const via = shut ? { ...nav, shut } : nav;
    showEntity(n, null, via);
    const detail = await work(() => API.entity(n.id));
    if (detail && seq === shown) showEntity(n, detail, via);
  } else if (n.kind === 'event') {
    showEvent(n, eventViews.get(n.id) && eventViews.get(n.id).participants ? eventViews.get(n.id) : null, nav, knowledge);
    const view = await work(() => API.event(n.id));
    if (view) eventViews.set(n.id, view);
    if (view && seq === shown) showEvent(n, view, nav, knowledge);
  } else {
    showNode(n, nav);
  }
}

// edgeCard shows link e's card.
function edgeCard(e) {
  showEdge(e.data(), e.source().data('name'), e.target().data('name'), nav, knowledge);
}

// reveal follows a link of the panel: it draws the node's neighbourhood,
// selects it and frames it, and shows it in the panel.
async function reveal(ref) {
  await expand(ref.id);
  const node = cy.getElementById(ref.id);
  if (node.nonempty()) {
    if (node.hasClass('filtered')) report(new Error(`${ref.name || 'That node'} is drawn but hidden by the filters; change them to see it.`));
    cy.elements(':selected').unselect();
    node.select();
    cy.animate({ fit: { eles: node.closedNeighborhood().not('.filtered'), padding: 60 }, duration: 300 });
  }
  await inspect(node.nonempty() ? node.data() : ref);
}

cy.on('tap', 'node', (evt) => inspect(evt.target.data()));
cy.on('dbltap', 'node', (evt) => {
  if (state.expanded.has(evt.target.id()) && evt.target.id() !== state.focus) collapse(evt.target.id());
});
cy.on('tap', 'edge', (evt) => {
  shown++;
  showing(evt.target.id());
  edgeCard(evt.target);
});
cy.on('tap', (evt) => {
  if (evt.target !== cy) return;
  // a tap on the picture drawn before the graph has any of it (preview.js)
  // is kept for the node it is on (hand.js)
  if (globalThis.actorgraphHand) return;
  shown++;
  hidePanel();
  showing('');
});
cy.on('mouseover', 'node, edge', (evt) => evt.target.addClass('hover'));
cy.on('mouseout', 'node, edge', (evt) => evt.target.removeClass('hover'));
cy.on('free', 'node', (evt) => {
  if (state.pinned.has(evt.target.id())) evt.target.lock();
});
// a node dragged stays where it is left, through layouts and in the URL;
// at a whole unit of the drawing, as the URL keeps it
cy.on('dragfree', 'node', (evt) => {
  const n = evt.target;
  state.at[n.id()] = rounded(n.position());
  n.position(state.at[n.id()]);
  writeHash(false);
});

// ---- the article reader ----

async function openArticle(id, evidence, push) {
  state.article = id;
  // on a narrow screen the article takes the place of the details
  if (narrow()) drawer('panel', false);
  writeHash(push);
  showReaderMessage('Article', 'Loading the article…');
  const x = await work(() => API.article(id));
  if (state.article !== id) return;
  if (!x) {
    showReaderMessage('Article', 'This article could not be read; the status line says why.', 'error');
    return;
  }
  showArticle(x, evidence, (node) => {
    closeArticle(true);
    if (cy.getElementById(node.id).nonempty()) reveal(node);
    else select(node.id).then(() => inspect(cy.getElementById(node.id).nonempty() ? cy.getElementById(node.id).data() : node));
  }, () => closeArticle(true));
}

function closeArticle(write) {
  state.article = '';
  closeReader();
  if (write) writeHash(false);
}

// ---- paths ----

function setEnd(which, node) {
  state.path[which] = { id: node.id, name: node.name };
  showEnds();
  refreshActions(node.id);
  writeHash(false);
  if (state.path.from && state.path.to) findPaths(true);
}

function showEnds() {
  for (const which of ['from', 'to']) {
    const end = state.path[which];
    $(`path-${which}`).textContent = end ? end.name : 'not chosen';
    $(`path-${which}`).className = end ? '' : 'note';
  }
  $('path-find').disabled = !(state.path.from && state.path.to);
}

// findPaths finds the shortest connections between the path's ends and
// highlights them all, or only the pick-th.
async function findPaths(push, pick = -1) {
  const { from, to } = state.path;
  if (!from || !to) return;
  const seq = ++shown;
  showMessage('Paths', `Looking for connections from ${from.name} to ${to.name}…`);
  const res = await work(() => API.paths(from.id, to.id));
  if (!res) {
    showMessage('Paths', 'The paths could not be found; the status line says why.', 'error');
    return;
  }
  lastPaths = res.paths || [];
  state.path.pick = pick < lastPaths.length ? pick : -1;
  if (lastPaths.length) snapshot();
  // the ends may carry only ids (a link): name them from the path
  if (lastPaths[0]) {
    state.path.from.name = lastPaths[0].nodes[0].name;
    state.path.to.name = lastPaths[0].nodes[lastPaths[0].nodes.length - 1].name;
    showEnds();
  }
  let added = cy.collection();
  for (const p of lastPaths) added = added.union(merge({ nodes: p.nodes, edges: p.edges }));
  if (seq === shown) {
    showPaths(state.path.from, state.path.to, lastPaths, nav, knowledge);
    state.sel = '';
  }
  highlightPath(-1);
  writeHash(push);
  if (added.nonempty()) await layout(false);
  await loadEvents();
  datePaths(nav);
  highlightPath(state.path.pick);
}

// highlightPath marks the elements of path i, or of every path found for
// i < 0, and fades the rest.
function highlightPath(i) {
  const chosen = i < 0 ? lastPaths : [lastPaths[i]].filter(Boolean);
  const onPath = new Set(chosen.flatMap((p) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]));
  cy.batch(() => cy.elements().forEach((e) => {
    const on = onPath.has(e.id());
    if (e.hasClass('path') !== on) e.toggleClass('path', on);
    if (e.hasClass('faded') !== (chosen.length > 0 && !on)) e.toggleClass('faded', chosen.length > 0 && !on);
  }));
  if (!chosen.length) {
    applyFilters();
    return;
  }
  applyFilters();
  const eles = cy.elements('.path');
  if (eles.nonempty()) cy.animate({ fit: { eles, padding: 60 }, duration: 300 });
}

function clearPaths() {
  state.path = { from: null, to: null, pick: -1 };
  lastPaths = [];
  cy.elements('.path, .faded').removeClass('path faded');
  showEnds();
  if (state.sel) refreshActions(state.sel);
  changed();
}

$('path-find').addEventListener('click', () => findPaths(true));
$('path-clear').addEventListener('click', clearPaths);

// ---- search and suggestions ----

const searchInput = $('search');
const typeSelect = $('type');
const results = $('results');

function showSuggestions(list) {
  const adding = !!state.focus && cy.nodes().nonempty();
  const items = list.entities.map((e) => {
    const b = el('button', { type: 'button', class: 'result', role: 'option', 'data-id': e.id, tabindex: '-1' },
      el('span', { class: 'swatch dot', style: `background:${colorOf('entity', e.type)}` }),
      el('span', { class: 'name', text: e.name }),
      el('span', { class: 'meta', text: [e.type, e.country].filter(Boolean).join(' · ') }));
    // aliases are shown so the user sees why a name matched
    const aliases = (e.aliases || []).filter((a) => a !== e.name).slice(0, 3);
    if (aliases.length) b.append(el('span', { class: 'meta aka', text: `also ${aliases.join(', ')}` }));
    b.addEventListener('click', async () => {
      hideSuggestions();
      searchInput.value = e.name;
      await select(e.id);
      if (state.focus === e.id) await picked(e.id);
    });
    const row = el('li', { class: adding ? 'row' : '' }, b);
    // with a drawing open, a second search can add to it instead of
    // replacing it (the trial lost Kim Jong-un to Donald Trump's drawing:
    // docs/VIEWER-TRIAL.md)
    if (adding) {
      const add = el('button', { type: 'button', class: 'add', 'data-add': e.id, tabindex: '-1', text: '+ Add',
        title: `Add ${e.name} to the drawing and keep what is drawn (→ from the name, then Enter)`, 'aria-label': `Add ${e.name} to the drawing` });
      add.addEventListener('click', async () => {
        hideSuggestions();
        searchInput.value = e.name;
        await addEntity(e.id, e.name);
      });
      row.append(add);
    }
    return row;
  });
  if (adding && items.length) items.unshift(el('li', { class: 'note', id: 'add-hint', text: 'A name opens its own drawing; + Add adds it to this one.' }));
  if (!items.length) items.push(el('li', { class: 'note', id: 'no-results', text: 'Nothing found; try another spelling or type.' }));
  else if (list.total > list.entities.length) items.push(el('li', { class: 'note', text: `${list.entities.length} of ${list.total} shown; type more to narrow.` }));
  results.replaceChildren(...items);
  results.hidden = false;
  searchInput.setAttribute('aria-expanded', 'true');
}

let searchSeq = 0;
let debounce;

// hideSuggestions closes the list for good: a search typed before, whose
// pause has not ended or whose answer has not come, must not open it again
// over the drawing a pick has started (a quick typist picks within the
// pause).
function hideSuggestions() {
  clearTimeout(debounce);
  searchSeq++;
  results.hidden = true;
  searchInput.setAttribute('aria-expanded', 'false');
}

async function search() {
  const q = searchInput.value.trim();
  const seq = ++searchSeq;
  if (!q) {
    hideSuggestions();
    return;
  }
  const list = await work(() => API.searchEntities(q, typeSelect.value, 12));
  // A slower answer to an older query must not overwrite a newer one.
  if (list && seq === searchSeq) showSuggestions(list);
}

searchInput.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(search, 150);
});
// back in a search left unpicked (a tap elsewhere closed its list), its
// suggestions come again: the trial's phone user typed the name again
// (docs/VIEWER-TRIAL.md); a name picked and drawn does not reopen them
searchInput.addEventListener('focus', () => {
  const q = searchInput.value.trim();
  if (q && results.hidden && !(state.focus && q === nameOf(state.focus))) search();
});
typeSelect.addEventListener('change', search);
$('search-form').addEventListener('submit', async (evt) => {
  evt.preventDefault();
  clearTimeout(debounce);
  await search();
  const first = results.querySelector('button.result');
  if (first) first.click();
});
$('search-form').addEventListener('focusout', (evt) => {
  if (!$('search-form').contains(evt.relatedTarget)) hideSuggestions();
});
searchInput.addEventListener('keydown', (evt) => {
  if (evt.key === 'ArrowDown') {
    const first = results.querySelector('button.result');
    if (first) {
      evt.preventDefault();
      first.focus();
    }
  } else if (evt.key === 'Escape') hideSuggestions();
});
// up and down move between the names, keeping to the names or to their
// + Add buttons; right and left move between a name and its + Add
results.addEventListener('keydown', (evt) => {
  const rows = [...results.querySelectorAll('li')].filter((li) => li.querySelector('button.result'));
  const a = document.activeElement;
  const i = rows.findIndex((li) => li.contains(a));
  const column = (j) => (a && a.classList.contains('add') && rows[j].querySelector('button.add')) || rows[j].querySelector('button.result');
  if (evt.key === 'ArrowDown' && i + 1 < rows.length) column(i + 1).focus();
  else if (evt.key === 'ArrowUp') (i > 0 ? column(i - 1) : searchInput).focus();
  else if (evt.key === 'ArrowRight' && i >= 0 && rows[i].querySelector('button.add')) rows[i].querySelector('button.add').focus();
  else if (evt.key === 'ArrowLeft' && i >= 0) rows[i].querySelector('button.result').focus();
  else if (evt.key === 'Escape') {
    hideSuggestions();
    searchInput.focus();
  } else return;
  evt.preventDefault();
});

for (const t of Object.keys(entityColors)) typeSelect.append(el('option', { value: t, text: t }));

// ---- controls ----

$('depth').addEventListener('change', () => {
  state.depth = parseInt($('depth').value, 10);
  if (state.focus) select(state.focus, true);
  else writeHash(false);
});
$('layout').addEventListener('change', () => {
  state.layout = $('layout').value;
  // a layout chosen lays out afresh all but the pinned nodes
  state.at = Object.fromEntries(Object.entries(state.at).filter(([id]) => state.pinned.has(id)));
  writeHash(false);
  work(() => layout(true));
});
// fit frames what is shown.
function fit() {
  settle(() => cy.fit(cy.elements().not('.filtered'), 40));
  rescaleLabels();
  state.view = null;
  writeHash(false);
}

// zoomBy zooms the view by f about its middle, within its limits: the
// keys and buttons for a hand without a wheel or a pinch.
const zoomStep = 1.25;
function zoomBy(f) {
  cy.zoom({ level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * f)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

$('fit').addEventListener('click', fit);
$('zoom-in').addEventListener('click', () => zoomBy(zoomStep));
$('zoom-out').addEventListener('click', () => zoomBy(1 / zoomStep));
$('undo').addEventListener('click', undo);
$('min-conf').addEventListener('input', () => {
  $('min-conf-out').textContent = `${$('min-conf').value}%`;
});
$('min-conf').addEventListener('change', () => {
  snapshot();
  state.minConf = parseInt($('min-conf').value, 10) / 100;
  changed();
});
$('bg-toggle').addEventListener('change', () => {
  snapshot();
  state.background = $('bg-toggle').checked;
  changed();
});
$('unhide').addEventListener('click', () => {
  snapshot();
  state.hidden.clear();
  changed();
});

// ---- export ----

// the subgraph goes out as drawn: the nodes shown now (after expansions,
// hides and filters) and the links shown between them (a predicate, the
// background knowledge, a confidence, a source or the dates switched off
// leave theirs out), which the API writes
const exportFiles = { graphml: 'actorgraph.graphml', csv: 'actorgraph-csv.zip' };
function updateExportLinks() {
  for (const format of Object.keys(exportFiles)) $(`export-${format}`).disabled = !state.focus;
}
for (const [format, file] of Object.entries(exportFiles)) {
  $(`export-${format}`).addEventListener('click', () => {
    const ids = cy.nodes().not('.filtered').map((n) => n.id());
    const links = cy.edges().not('.filtered').map((e) => e.id());
    $('export').open = false;
    if (!ids.length) return report(new Error('Nothing is drawn: search an entity, or show what the filters hide.'));
    return work(async () => download(await API.exportNodes(format, ids, links), file));
  });
}

$('export-png').addEventListener('click', () => {
  if (cy.elements().empty()) return report(new Error('Nothing is drawn yet: search an entity first.'));
  download(pngBlob(cy), 'actorgraph.png');
  $('export').open = false;
  return undefined;
});
$('export-svg').addEventListener('click', () => {
  if (cy.elements().empty()) return report(new Error('Nothing is drawn yet: search an entity first.'));
  download(new Blob([svgText(cy)], { type: 'image/svg+xml' }), 'actorgraph.svg');
  $('export').open = false;
  return undefined;
});

// ---- drawers (narrow screens) ----

const narrow = () => window.matchMedia('(max-width: 760px)').matches;

// The parts of a narrow screen that open and close: the timeline (folded
// into one line when shut) and the two drawers. The URL names those left
// open (open=), not as a step of undo or of the history: a reload finds
// them as they were.
const parts = ['timeline', 'side', 'panel'];
const isOpen = (name) => document.body.classList.contains(`${name}-open`);
const openParts = () => parts.filter(isOpen);
// a part opened or shut by a button, a key or a card shown (panel.js
// opens the details) is written down, and its button says so
new MutationObserver(() => {
  for (const name of parts) $(`${name}-toggle`).setAttribute('aria-expanded', String(isOpen(name)));
  if (!restoringLink) writeHash(false);
}).observe(document.body, { attributeFilter: ['class'] });

function drawer(name, open) {
  document.body.classList.toggle(`${name}-open`, open);
  $(`${name}-toggle`).setAttribute('aria-expanded', String(open));
}
$('side-toggle').addEventListener('click', () => drawer('side', !document.body.classList.contains('side-open')));
$('panel-toggle').addEventListener('click', () => drawer('panel', !document.body.classList.contains('panel-open')));
document.querySelector('[data-close="side"]').addEventListener('click', () => drawer('side', false));
// the timeline folds into one line on a narrow screen (style.css)
function foldTimeline(open) {
  const before = cy.height();
  // the keyboard's focus is not left in a folded part
  if (!open && $('timeline-body').contains(document.activeElement)) $('timeline-toggle').focus();
  document.body.classList.toggle('timeline-open', open);
  $('timeline-toggle').setAttribute('aria-expanded', String(open));
  // the graph keeps its middle as the timeline takes room from it or
  // gives it back (Cytoscape, resized, keeps its top left corner)
  cy.resize();
  settle(() => cy.panBy({ x: 0, y: (cy.height() - before) / 2 }));
}
$('timeline-toggle').addEventListener('click', () => foldTimeline(!document.body.classList.contains('timeline-open')));
$('panel-close').addEventListener('click', () => {
  if (document.body.classList.contains('panel-open') && narrow()) drawer('panel', false);
  else {
    hidePanel();
    showing('');
  }
});

// ---- keyboard ----

// walk selects the nearest shown node in a direction on the screen (dx,
// dy one of the four arrows) from the selected one: the nearest within 45°
// of the arrow, off-axis distance counting double, else the nearest on that
// side. With nothing selected it starts at the focus, or the node nearest
// the middle of the view.
function walk(dx, dy) {
  const nodes = cy.nodes().not('.filtered');
  if (nodes.empty()) return;
  const current = cy.nodes(':selected').not('.filtered').first();
  let n;
  if (current.empty()) {
    const focus = cy.getElementById(state.focus);
    const e = cy.extent();
    const mid = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
    const far = (m) => Math.hypot(m.position('x') - mid.x, m.position('y') - mid.y);
    n = focus.nonempty() && !focus.hasClass('filtered') ? focus : nodes.min(far).ele;
  } else {
    const p = current.position();
    let best = null;
    let bestScore = Infinity;
    nodes.forEach((m) => {
      if (m.same(current)) return;
      const ahead = (m.position('x') - p.x) * dx + (m.position('y') - p.y) * dy;
      const aside = Math.abs((m.position('x') - p.x) * dy - (m.position('y') - p.y) * dx);
      if (ahead <= 0) return;
      const score = (aside <= ahead ? 0 : 1e9) + ahead + 2 * aside;
      if (score < bestScore) {
        best = m;
        bestScore = score;
      }
    });
    if (!best) return;
    n = best;
  }
  cy.elements(':selected').unselect();
  n.select();
  const e = cy.extent();
  if (n.position('x') < e.x1 || n.position('x') > e.x2 || n.position('y') < e.y1 || n.position('y') > e.y2) cy.center(n);
  $('graph-note').textContent = `selected: ${n.data('label') || n.data('name')} (Enter opens it)`;
}

document.addEventListener('keydown', (evt) => {
  const t = evt.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t && t.isContentEditable);
  if (evt.key === 'Escape') {
    if (readerOpen()) closeArticle(true);
    else if (document.body.classList.contains('side-open')) drawer('side', false);
    else if (document.body.classList.contains('panel-open')) drawer('panel', false);
    else if (narrow() && document.body.classList.contains('timeline-open')) foldTimeline(false);
    return;
  }
  if (typing || $('add-dialog').open) return;
  if ((evt.ctrlKey || evt.metaKey) && evt.key.toLowerCase() === 'z') {
    evt.preventDefault();
    undo();
    return;
  }
  if (evt.ctrlKey || evt.metaKey || evt.altKey) return;
  if (evt.key === '/') {
    evt.preventDefault();
    searchInput.focus();
    return;
  }
  if (graphKey(evt.key, t === $('cy') || t === document.body)) evt.preventDefault();
});

// graphKey does what key does to the drawing, inGraph when the graph (or
// nothing) has the focus, and says whether it moved the selection or
// opened a node (what the browser would otherwise do with the key is then
// not done).
function graphKey(key, inGraph) {
  const sel = cy.nodes(':selected').first();
  switch (key) {
    case 'u': undo(); break;
    case 'f': fit(); break;
    case '+': case '=': zoomBy(zoomStep); break;
    case '-': zoomBy(1 / zoomStep); break;
    case 'ArrowRight': if (inGraph) { walk(1, 0); return true; } break;
    case 'ArrowLeft': if (inGraph) { walk(-1, 0); return true; } break;
    case 'ArrowDown': if (inGraph) { walk(0, 1); return true; } break;
    case 'ArrowUp': if (inGraph) { walk(0, -1); return true; } break;
    case 'Enter': if (inGraph && sel.nonempty()) { inspect(sel.data()); return true; } break;
    case 'x': if (sel.nonempty()) collapse(sel.id()); break;
    case 'h': if (sel.nonempty()) hide(sel.id()); break;
    case 'k': if (sel.nonempty()) togglePin(sel.id()); break;
    case 'm': if (sel.nonempty()) more(sel.id()); break;
    default:
  }
  return false;
}

// A new hash fires both events; the view is made what it says once at a
// time (the second finds nothing left to do).
let restoring = Promise.resolve();
const restoreInTurn = () => {
  restoring = restoring.then(restore, restore);
  return restoring;
};
window.addEventListener('popstate', restoreInTurn);
window.addEventListener('hashchange', restoreInTurn);

// ---- adding an article ----
// A form in a dialog; the token, if the server needs one, is kept in this
// tab's session storage only.
const addDialog = $('add-dialog');
const addResult = $('add-result');
$('add-open').addEventListener('click', () => {
  $('add-token').value = sessionStorage.getItem('actorgraph-token') || '';
  addResult.textContent = '';
  addDialog.showModal();
});
$('add-cancel').addEventListener('click', () => addDialog.close());
$('add-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const text = $('add-text').value.trim();
  if (!text) {
    addResult.textContent = 'Paste the article\'s text first.';
    return;
  }
  const token = $('add-token').value.trim();
  const record = { text };
  for (const [field, id] of [['title', 'add-headline'], ['publisher', 'add-publisher'], ['published', 'add-published']]) {
    const v = $(id).value.trim();
    if (v) record[field] = v;
  }
  $('add-submit').disabled = true;
  addResult.textContent = 'Reading the article…';
  try {
    const res = await API.postArticle(record, token);
    if (token) sessionStorage.setItem('actorgraph-token', token);
    const x = (res.articles && res.articles[0] && res.articles[0].extraction) || {};
    const n = (k) => (x[k] || []).length;
    addResult.textContent = `Added: ${n('entities')} entities, ${n('relations')} relations, ${n('events')} events, ${n('quotes')} quotes.`;
    addResult.dataset.outcome = 'added';
    refreshStats();
  } catch (err) {
    addResult.textContent = err.message;
    addResult.dataset.outcome = 'failed';
  } finally {
    $('add-submit').disabled = false;
  }
});

function refreshStats() {
  return API.stats().then((s) => {
    knowledge = s.knowledge || '';
    $('stats').textContent = `${s.articles} articles · ${s.entities} entities · ${s.events} events`;
  });
}

updateLegend();
updatePredicates();
updateExportLinks();
syncControls();
setBusy(1);
// the statistics name the background knowledge, which the drawing needs;
// the first neighbourhoods are fetched meanwhile
statsRead = refreshStats().catch((err) => report(err));
restoreInTurn().finally(() => {
  dropPreview();
  API.forgetEarly();
  setBusy(-1);
});
