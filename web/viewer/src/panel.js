// The side panel: what an edge's evidence says and where it was read, an
// entity's card (its facts, what it said and what was said about it, the
// articles that mention it) or an event's summary. Text from the API is only
// ever set as textContent, never parsed as HTML.

import { articleLink } from './api.js';
import { colorOf } from './palette.js';

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
    el('p', { class: 'note', text: 'Click a node to see what the news says of it and to draw its neighbours; click an edge to read the sentences it was read from and which articles say so.' }),
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
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;

// An article's URL comes from whoever posted it; only web addresses become
// links, so a javascript: or data: URL stays inert text.
const webURL = (u) => /^https?:\/\//i.test(u || '');

// articleLine names a source article: its title linked to the stored
// extraction, then publisher and date.
function articleLine(a) {
  const title = a.title || a.url || a.article || a.id;
  const meta = [a.publisher, a.published].filter(Boolean).join(', ');
  const line = el('p', { class: 'source' },
    el('a', { href: articleLink(a.article || a.id), target: '_blank', rel: 'noopener', text: title }));
  if (meta) line.append(el('span', { class: 'meta', text: ` — ${meta}` }));
  if (webURL(a.url)) {
    line.append(' ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'meta', text: '(original)' }));
  }
  return line;
}

// ref is a node of the graph named in the panel; clicking it calls open
// with the node, so the user walks the graph from the card.
function ref(node, open) {
  const b = el('button', { type: 'button', class: 'ref', 'data-id': node.id, text: node.name || node.id });
  if (node.kind === 'entity' || node.kind === 'event') {
    b.prepend(el('span', { class: `swatch ${node.kind === 'event' ? 'diamond' : 'dot'}`, style: `background:${colorOf(node.kind, node.type)}` }));
  }
  b.addEventListener('click', () => open(node));
  return b;
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
    el('p', { class: 'meta', id: 'edge-sources', text: plural(sources, 'source') }),
    provenance.length ? list : el('p', { class: 'note', text: 'No evidence is recorded for this link.' }),
  );
}

// header is the top of a card: name, what it is, and the Wikidata item
// when the resolver knew it (a link only; nothing is fetched from there).
function header(e) {
  const what = [e.kind === 'event' ? `${e.type} event` : e.type, e.country].filter(Boolean).join(' · ');
  const out = [el('h2', { text: e.name }), el('p', { class: 'meta', id: 'card-type', text: what })];
  if (/^Q[0-9]+$/.test(e.wikidata || '')) {
    out.push(el('p', { class: 'meta' }, 'Wikidata ', el('a', {
      href: `https://www.wikidata.org/wiki/${e.wikidata}`, target: '_blank', rel: 'noopener noreferrer', text: e.wikidata,
    })));
  }
  return out;
}

// section is a titled part of a card, left out when it has nothing to show.
function section(id, title, items) {
  if (!items.length) return null;
  return el('section', { id, class: 'card-section' }, el('h3', { text: title }), ...items);
}

// factGroups lists an entity's facts under their predicate. A fact whose
// subject is another entity (Kim leaderOf North Korea, seen from North
// Korea) goes under the predicate with an arrow pointing back at it.
function factGroups(id, facts, open) {
  const groups = new Map();
  for (const f of facts) {
    const outgoing = f.subject.id === id;
    const key = outgoing ? f.predicate : `← ${f.predicate}`;
    if (!groups.has(key)) groups.set(key, []);
    const when = [f.validFrom && `from ${f.validFrom}`, f.validUntil && `until ${f.validUntil}`].filter(Boolean).join(' ');
    const meta = [f.role, when, plural(f.sources || 1, 'source')].filter(Boolean).join(' · ');
    groups.get(key).push(el('li', { class: 'fact-line' }, ref(outgoing ? f.object : f.subject, open), el('span', { class: 'meta', text: ` ${meta}` })));
  }
  const out = [];
  for (const [key, lines] of groups) {
    out.push(el('h4', { class: 'predicate', text: key }), el('ul', { class: 'facts' }, ...lines));
  }
  return out;
}

// quoteItem renders a quote or claim. A verbatim quotation stands in
// quotation marks; a reported claim is set apart in italics, since those
// were not the speaker's words.
function quoteItem(q, asSpeaker, open) {
  const text = q.direct ? `“${q.text}”` : q.text;
  const who = el('p', { class: 'meta who' });
  if (asSpeaker) {
    if (q.date) who.append(q.date);
    if ((q.about || []).length) {
      who.append(q.date ? ' · about ' : 'about ');
      q.about.forEach((a, i) => who.append(i ? ', ' : '', ref(a, open)));
    }
  } else {
    who.append('— ');
    if (q.speaker) who.append(ref(q.speaker, open));
    else who.append(el('span', { class: 'unnamed', text: q.sourceDescription || 'an unnamed source' }));
    if (q.date) who.append(`, ${q.date}`);
  }
  return el('li', { class: 'quote' },
    el('blockquote', { class: q.direct ? 'direct' : 'claim', text }),
    who,
    articleLine(q.provenance || {}));
}

// showEntity renders an entity's card. Until detail (the API's
// EntityDetail) arrives it shows what the drawn node knows.
export function showEntity(node, detail, open) {
  const e = detail || node;
  const children = header({ ...e, kind: 'entity' });
  if (!detail) {
    show(...children, el('p', { class: 'note', text: 'Loading what the news says…' }));
    return;
  }
  const aliases = (detail.aliases || []).filter((a) => a !== detail.name);
  if (aliases.length) children.push(el('p', { class: 'meta', id: 'card-aliases', text: `also ${aliases.join(', ')}` }));

  const quotes = detail.quotes || [];
  const said = quotes.filter((q) => q.role === 'speaker').map((q) => quoteItem(q, true, open));
  const about = quotes.filter((q) => q.role === 'about').map((q) => quoteItem(q, false, open));
  const events = (detail.events || []).map((v) => el('li', {}, ref({ ...v, name: eventLabel(v) }, open)));
  const articles = (detail.articles || []).map(articleLine);
  // the detail is one page of each list; say how much more there is
  const totals = detail.totals || {};
  const more = (shown, total, what) => (total > shown
    ? el('p', { class: 'note more', text: `showing ${shown} of ${total} ${what}` }) : null);
  const parts = [
    section('card-facts', 'Facts', factGroups(detail.id, detail.facts || [], open)),
    section('card-quotes', 'Quotes', [
      said.length ? el('div', { id: 'quotes-said' }, el('h4', { text: 'Said' }), el('ol', { class: 'quotes' }, ...said)) : null,
      about.length ? el('div', { id: 'quotes-about' }, el('h4', { text: 'Said about' }), el('ol', { class: 'quotes' }, ...about)) : null,
      more(quotes.length, totals.quotes, 'quotes'),
    ].filter(Boolean)),
    section('card-events', 'Events', events.length
      ? [el('ul', { class: 'events' }, ...events), more(events.length, totals.events, 'events')].filter(Boolean) : []),
    section('card-articles', `Mentioned in ${plural(totals.articles || articles.length, 'article')}`,
      [...articles, more(articles.length, totals.articles, 'articles')].filter(Boolean)),
  ].filter(Boolean);
  if (!parts.length) parts.push(el('p', { class: 'note', text: 'No article says more of it yet.' }));
  show(...children, ...parts);
}

// eventParts reads the place and date an event's name carries in its
// closing parentheses: "summit: A, B (Vladivostok, 2019-04-25)".
function eventParts(name) {
  const m = /\(([^)]*)\)\s*$/.exec(name || '');
  const parts = m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
  const date = parts.length && /^\d{4}(-\d{2}){0,2}$/.test(parts[parts.length - 1]) ? parts.pop() : '';
  return { date, place: parts.join(', ') };
}

// eventLabel names an event by its type, place and date.
export function eventLabel(v) {
  const { date, place } = eventParts(v.name);
  const where = [place, date].filter(Boolean).join(', ');
  return where ? `${v.type} (${where})` : v.type || v.name;
}

const roleTitles = { actor: 'Actor', target: 'Target', participant: 'With', location: 'Where' };

// showEvent renders an event: its type, date and place, the parties drawn
// around it by role, and a link that draws and frames its neighbourhood.
// links are the drawn edges from the event as {role, node}.
export function showEvent(node, links, open) {
  const { date, place } = eventParts(node.name);
  const rows = [];
  if (date) rows.push(el('dt', { text: 'Date' }), el('dd', { id: 'event-date', text: date }));
  if (place && !links.some((l) => l.role === 'location')) rows.push(el('dt', { text: 'Where' }), el('dd', { text: place }));
  for (const role of Object.keys(roleTitles)) {
    const parties = links.filter((l) => l.role === role);
    if (!parties.length) continue;
    const dd = el('dd', {});
    parties.forEach((l, i) => dd.append(i ? ', ' : '', ref(l.node, open)));
    rows.push(el('dt', { text: roleTitles[role] }), dd);
  }
  show(
    el('h2', { text: eventLabel(node) }),
    el('p', { class: 'meta', id: 'card-type', text: `${node.type} event` }),
    rows.length ? el('dl', { class: 'event' }, ...rows) : null,
    el('p', {}, el('button', { type: 'button', class: 'link', id: 'event-neighbourhood', text: 'Show its neighbourhood' })),
  );
  document.getElementById('event-neighbourhood').addEventListener('click', () => open(node));
}

// showNode renders any other node (an article or a quote drawn in a
// neighbourhood) by its name and kind.
export function showNode(node) {
  show(el('h2', { text: node.name }), el('p', { class: 'meta', text: node.kind }));
}

hidePanel();
