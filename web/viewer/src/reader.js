// The article reader: a stored article as a page to read — headline,
// publisher, date, and its text with every mention of an entity marked and
// linked to that entity. The text is inserted only as text nodes; mentions
// are buttons whose label is set with textContent, so an article carrying
// markup shows that markup as characters and runs nothing.

import { el } from './panel.js';
import { colorOf } from './palette.js';

const reader = document.getElementById('reader');
const readerBody = document.getElementById('reader-body');
const utf8 = new TextEncoder();
const text = new TextDecoder();

export function closeReader() {
  reader.hidden = true;
  readerBody.replaceChildren();
}

export function readerOpen() {
  return !reader.hidden;
}

export function showReaderMessage(title, message, kind = 'note') {
  reader.hidden = false;
  readerBody.replaceChildren(el('h2', { text: title }), el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status', text: message }));
}

// marks are the spans of the body to mark: every entity mention, and the
// evidence sentence the reader was opened for. Offsets are bytes of the
// UTF-8 body, as the API gives them.
function marks(x) {
  const out = [];
  for (const e of x.entities || []) {
    for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, entity: e });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // a mention inside an earlier, longer one is dropped
  const kept = [];
  let end = -1;
  for (const m of out) {
    if (m.start >= end && m.end > m.start) {
      kept.push(m);
      end = m.end;
    }
  }
  return kept;
}

// bodyNodes cuts the body into text nodes and mention buttons; the span
// from evidence.start to evidence.end is wrapped in a <mark>.
function bodyNodes(x, evidence, open) {
  const bytes = utf8.encode(x.body || '');
  const slice = (a, b) => text.decode(bytes.subarray(a, b));
  const ms = marks(x).filter((m) => m.end <= bytes.length);
  const cuts = new Set([0, bytes.length]);
  for (const m of ms) cuts.add(m.start).add(m.end);
  const ev = evidence && evidence.end > evidence.start && evidence.end <= bytes.length ? evidence : null;
  if (ev) cuts.add(ev.start).add(ev.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    while (mi < ms.length && ms[mi].end <= a) mi++;
    const m = ms[mi] && ms[mi].start <= a && b <= ms[mi].end ? ms[mi] : null;
    let node;
    if (m) {
      node = el('button', { type: 'button', class: 'mention', 'data-id': m.entity.id, title: `${m.entity.name} (${m.entity.type})`, text: slice(a, b) });
      node.style.borderBottomColor = colorOf('entity', m.entity.type);
      const entity = m.entity;
      node.addEventListener('click', () => open({ id: entity.id, kind: 'entity', type: entity.type, name: entity.name }));
    } else {
      node = document.createTextNode(slice(a, b));
    }
    if (ev && a >= ev.start && b <= ev.end) node = el('mark', { class: 'evidence-mark' }, node);
    out.push(node);
  }
  return out;
}

// showArticle renders an extraction (GET /articles/{id}) in the reader.
// open(node) follows a mention to its entity.
export function showArticle(x, evidence, open, onClose) {
  const a = x.article || {};
  const meta = [a.publisher, a.published].filter(Boolean).join(' · ');
  const entities = (x.entities || []).map((e) => {
    const b = el('button', { type: 'button', class: 'ref', 'data-id': e.id, text: e.name });
    b.prepend(el('span', { class: 'swatch dot', style: `background:${colorOf('entity', e.type)}` }));
    b.addEventListener('click', () => open({ id: e.id, kind: 'entity', type: e.type, name: e.name }));
    return el('li', {}, b);
  });
  const close = el('button', { type: 'button', class: 'close', id: 'reader-close', 'aria-label': 'Close the article', text: '×' });
  close.addEventListener('click', onClose);
  const original = /^https?:\/\//i.test(a.url || '')
    ? el('p', { class: 'meta' }, el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: 'the original' })) : null;
  const textBox = el('div', { class: 'article-text', id: 'article-text' }, ...bodyNodes(x, evidence, open));
  readerBody.replaceChildren(
    close,
    el('article', {},
      el('h2', { id: 'article-title', text: a.title || '(untitled article)' }),
      el('p', { class: 'meta', id: 'article-meta', text: meta || 'publisher and date not given' }),
      original,
      textBox),
    entities.length ? el('section', { class: 'card-section' }, el('h3', { text: 'Named in this article' }), el('ul', { class: 'facts', id: 'article-entities' }, ...entities)) : null,
  );
  reader.hidden = false;
  reader.scrollTop = 0;
  const mark = textBox.querySelector('mark');
  if (mark) mark.scrollIntoView({ block: 'center' });
  close.focus();
}
