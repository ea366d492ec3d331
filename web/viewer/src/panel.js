// The side panel: what an edge's evidence says and where it was read, or
// what the graph knows of a node. Text from the API is only ever set as
// textContent, never parsed as HTML.

import { articleLink } from './api.js';

// The panel keeps its width whether it shows something or not, so that
// opening it never resizes the drawing under the user's pointer.
const panel = document.getElementById('panel');
const body = document.getElementById('panel-body');
const close = document.getElementById('panel-close');

close.addEventListener('click', () => hidePanel());

export function hidePanel() {
  close.hidden = true;
  body.replaceChildren(
    el('h2', { text: 'Details' }),
    el('p', { class: 'note', text: 'Click an edge to read the sentences it was read from, how sure the extractor was and which articles say so. Click a node to see what it is and to draw its neighbours.' }),
  );
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function show(...children) {
  body.replaceChildren(...children);
  close.hidden = false;
  panel.scrollTop = 0;
}

const percent = (x) => `${Math.round((x || 0) * 100)}%`;

// articleLine names a source article: its title linked to the stored
// extraction, then publisher and date.
function articleLine(a) {
  const title = a.title || a.url || a.article || a.id;
  const meta = [a.publisher, a.published].filter(Boolean).join(', ');
  const line = el('p', { class: 'source' },
    el('a', { href: articleLink(a.article || a.id), target: '_blank', rel: 'noopener', text: title }));
  if (meta) line.append(el('span', { class: 'meta', text: ` — ${meta}` }));
  if (a.url) {
    line.append(' ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'meta', text: '(original)' }));
  }
  return line;
}

// showEdge renders an edge: subject, predicate, object, how many sources
// agree, and each source's evidence sentence with the extractor's confidence.
export function showEdge(edge, sourceName, targetName) {
  const provenance = edge.provenance || [];
  const sources = edge.sources || new Set(provenance.map((p) => p.article)).size;
  const list = el('ol', { class: 'evidence' });
  for (const p of provenance) {
    list.append(el('li', {},
      el('blockquote', { text: (p.evidence && p.evidence.text) || '(no evidence sentence recorded)' }),
      el('p', { class: 'meta', text: `confidence ${percent(p.confidence)}` }),
      articleLine(p)));
  }
  show(
    el('h2', { class: 'fact' },
      el('span', { text: sourceName }),
      el('span', { class: 'predicate', text: ` ${edge.predicate} ` }),
      el('span', { text: targetName })),
    el('p', { class: 'meta', id: 'edge-sources', text: `${sources} source${sources === 1 ? '' : 's'}` }),
    provenance.length ? list : el('p', { class: 'note', text: 'No evidence is recorded for this link.' }),
  );
}

// showNode renders a node; detail, when given, is the API's EntityDetail.
export function showNode(node, detail) {
  const facts = [];
  if (node.type) facts.push(node.kind === 'entity' ? node.type : `${node.type} event`);
  if (node.country) facts.push(node.country);
  const children = [
    el('h2', { text: node.name }),
    el('p', { class: 'meta', text: facts.join(' · ') }),
  ];
  if (node.wikidata) {
    children.push(el('p', {}, el('a', {
      href: `https://www.wikidata.org/wiki/${node.wikidata}`, target: '_blank', rel: 'noopener noreferrer', text: node.wikidata,
    })));
  }
  if (detail) {
    const aliases = (detail.aliases || []).filter((a) => a !== detail.name);
    if (aliases.length) children.push(el('p', { class: 'meta', text: `also ${aliases.join(', ')}` }));
    const articles = detail.articles || [];
    if (articles.length) {
      children.push(el('h3', { text: `Mentioned in ${articles.length} article${articles.length === 1 ? '' : 's'}` }));
      for (const a of articles) children.push(articleLine(a));
    }
  }
  show(...children);
}

hidePanel();
