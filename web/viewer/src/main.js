// actorgraph's viewer: search the entities, draw a chosen one's
// neighbourhood, expand nodes on click, read an entity's card (its facts and
// quotes) or an event's parties, and read an edge's evidence.
// The selected entity and the expanded nodes live in the URL hash so a
// reload or a shared link shows the same graph.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import * as API from './api.js';
import { colorOf, entityColors, eventColors } from './palette.js';
import { eventLabel, hidePanel, showEdge, showEntity, showEvent, showNode } from './panel.js';
import './style.css';

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const searchInput = $('search');
const typeSelect = $('type');
const results = $('results');
const resultsNote = $('results-note');
const statusLine = $('status');

const cy = cytoscape({
  container: $('cy'),
  minZoom: 0.2,
  maxZoom: 3,
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(label)',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[kind = "event"]', style: { shape: 'diamond', width: 24, height: 24 } },
    { selector: 'node[kind = "article"], node[kind = "quote"]', style: { shape: 'round-rectangle' } },
    { selector: 'node.expanded', style: { 'border-color': '#323f4b', 'border-width': 2.5 } },
    { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 4, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'overlay-color': '#2680c2', 'overlay-opacity': 0.2 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sources, 1, 5, 1.5, 5)',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(predicate)',
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        // Predicates too small to read only clutter a zoomed-out hub.
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#d64545', 'target-arrow-color': '#d64545', color: '#d64545', 'min-zoomed-font-size': 0, 'z-index': 10 },
    },
  ],
});
// The browser test and curious users read the graph from here.
window.cy = cy;

const state = { focus: '', expanded: new Set() };
let busy = 0;
// shown counts what the panel was asked to show, so that an answer that
// arrives after the user tapped something else does not replace it.
let shown = 0;

function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = busy > 0 ? '1' : '0';
}

function report(err) {
  statusLine.textContent = err ? err.message : '';
  statusLine.hidden = !err;
}

// label names a node on the drawing: an event by its type, place and date,
// anything else by its name.
const label = (n) => (n.kind === 'event' ? eventLabel(n) : n.name);

// merge adds a subgraph's nodes and edges that are not drawn yet and
// returns the added elements.
function merge(sub, near) {
  const add = [];
  for (const n of sub.nodes || []) {
    if (cy.getElementById(n.id).nonempty()) continue;
    add.push({
      group: 'nodes',
      data: { ...n, label: label(n), color: colorOf(n.kind, n.type) },
      position: near ? { x: near.x + (Math.random() - 0.5) * 60, y: near.y + (Math.random() - 0.5) * 60 } : undefined,
    });
  }
  const known = new Set(add.map((a) => a.data.id));
  const has = (id) => known.has(id) || cy.getElementById(id).nonempty();
  for (const e of sub.edges || []) {
    if (cy.getElementById(e.id).nonempty() || !has(e.source) || !has(e.target)) continue;
    known.add(e.id);
    add.push({ group: 'edges', data: { ...e, sources: e.sources || 1 } });
  }
  return cy.add(add);
}

function layout(randomize) {
  return new Promise((resolve) => {
    const l = cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize,
      animate: !randomize,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeRepulsion: 9000,
      idealEdgeLength: 110,
      nodeDimensionsIncludeLabels: true,
    });
    l.one('layoutstop', resolve);
    l.run();
  });
}

function writeHash(push) {
  const p = new URLSearchParams();
  if (state.focus) p.set('entity', state.focus);
  const more = [...state.expanded].filter((id) => id !== state.focus);
  if (more.length) p.set('expanded', more.join(','));
  const url = `#${p}`;
  if (url === location.hash) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// select clears the graph and draws the neighbourhood of one entity.
async function select(id, push = true) {
  setBusy(1);
  try {
    report(null);
    shown++;
    hidePanel();
    const sub = await API.neighbors(id);
    cy.elements().remove();
    state.focus = id;
    state.expanded = new Set([id]);
    if (!(sub.nodes || []).some((n) => n.id === id)) {
      const d = await API.entity(id);
      sub.nodes = [{ id, kind: 'entity', type: d.type, name: d.name, country: d.country, wikidata: d.wikidata }, ...(sub.nodes || [])];
    }
    merge(sub);
    cy.getElementById(id).addClass('focus expanded');
    $('empty').hidden = true;
    writeHash(push);
    updateLegend();
    await layout(true);
  } catch (err) {
    report(err);
  } finally {
    setBusy(-1);
  }
}

// expand merges a node's neighbourhood into the drawing.
async function expand(id) {
  if (state.expanded.has(id)) return;
  setBusy(1);
  try {
    report(null);
    const node = cy.getElementById(id);
    const sub = await API.neighbors(id);
    state.expanded.add(id);
    node.addClass('expanded');
    const added = merge(sub, node.nonempty() ? node.position() : null);
    writeHash(false);
    updateLegend();
    if (added.nonempty()) await layout(false);
  } catch (err) {
    report(err);
  } finally {
    setBusy(-1);
  }
}

async function restore() {
  const p = new URLSearchParams(location.hash.slice(1));
  const id = p.get('entity');
  if (!id) return;
  if (id !== state.focus) await select(id, false);
  for (const e of (p.get('expanded') || '').split(',').filter(Boolean)) await expand(e);
}

// eventLinks are the parties of a drawn event, by role.
function eventLinks(id) {
  return cy.getElementById(id).outgoers('edge').map((e) => ({ role: e.data('predicate'), node: e.target().data() }));
}

// inspect shows a node in the panel while its neighbourhood is drawn: an
// entity's card once the API has answered, an event's parties once they
// are drawn.
async function inspect(n) {
  const seq = ++shown;
  const expanding = expand(n.id);
  if (n.kind === 'entity') {
    showEntity(n, null, reveal);
    setBusy(1);
    try {
      const detail = await API.entity(n.id);
      if (seq === shown) showEntity(n, detail, reveal);
    } catch (err) {
      if (seq === shown) report(err);
    } finally {
      setBusy(-1);
    }
  } else if (n.kind === 'event') {
    showEvent(n, eventLinks(n.id), reveal);
    await expanding;
    if (seq === shown) showEvent(n, eventLinks(n.id), reveal);
  } else {
    showNode(n);
  }
  await expanding;
}

// reveal follows a link of the panel: it draws the node's neighbourhood,
// selects it and frames it, and shows it in the panel.
async function reveal(ref) {
  await expand(ref.id);
  const node = cy.getElementById(ref.id);
  if (node.nonempty()) {
    cy.elements(':selected').unselect();
    node.select();
    cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 60 }, duration: 300 });
  }
  await inspect(node.nonempty() ? node.data() : ref);
}

cy.on('tap', 'node', (evt) => inspect(evt.target.data()));

cy.on('tap', 'edge', (evt) => {
  const e = evt.target;
  shown++;
  showEdge(e.data(), e.source().data('name'), e.target().data('name'));
});

cy.on('tap', (evt) => {
  if (evt.target !== cy) return;
  shown++;
  hidePanel();
});

function updateLegend() {
  const legend = $('legend');
  const item = (color, shape, text) => {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = `swatch ${shape}`;
    sw.style.background = color;
    li.append(sw, text);
    return li;
  };
  const items = Object.entries(entityColors).map(([t, c]) => item(c, 'dot', t));
  const present = new Set(cy.nodes('[kind = "event"]').map((n) => n.data('type')));
  for (const [t, c] of Object.entries(eventColors)) {
    if (present.has(t)) items.push(item(c, 'diamond', `${t} (event)`));
  }
  if (!present.size) items.push(item(eventColors.summit, 'diamond', 'event, coloured by type'));
  legend.replaceChildren(...items);
}

function showResults(list) {
  results.replaceChildren(...list.entities.map((e) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'result';
    b.dataset.id = e.id;
    const sw = document.createElement('span');
    sw.className = 'swatch dot';
    sw.style.background = colorOf('entity', e.type);
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = e.name;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = [e.type, e.country].filter(Boolean).join(' · ');
    b.append(sw, name, meta);
    b.addEventListener('click', () => select(e.id));
    li.append(b);
    return li;
  }));
  resultsNote.textContent = list.total > list.entities.length
    ? `${list.entities.length} of ${list.total} shown; refine the search.`
    : list.total === 0 ? 'Nothing found.' : '';
}

let searchSeq = 0;
async function search() {
  const q = searchInput.value.trim();
  const seq = ++searchSeq;
  setBusy(1);
  try {
    report(null);
    const list = await API.searchEntities(q, typeSelect.value);
    // A slower answer to an older query must not overwrite a newer one.
    if (seq === searchSeq) showResults(list);
  } catch (err) {
    report(err);
  } finally {
    setBusy(-1);
  }
}

let debounce;
searchInput.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(search, 200);
});
typeSelect.addEventListener('change', search);
$('search-form').addEventListener('submit', async (evt) => {
  evt.preventDefault();
  clearTimeout(debounce);
  await search();
  const first = results.querySelector('button.result');
  if (first) first.click();
});

for (const t of Object.keys(entityColors)) {
  const o = document.createElement('option');
  o.value = t;
  o.textContent = t;
  typeSelect.append(o);
}

window.addEventListener('popstate', restore);
window.addEventListener('hashchange', restore);

updateLegend();
// Adding an article: a form in a dialog; the token, if the server needs
// one, is kept in this tab's session storage only.
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
  return API.stats()
    .then((s) => { $('stats').textContent = `${s.articles} articles · ${s.entities} entities · ${s.events} events`; });
}

refreshStats()
  .catch(() => {});
restore();
