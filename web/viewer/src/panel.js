// The side panel: what an edge's evidence says and where it was read, an
// entity's card (its facts, what it said and what was said about it, the
// articles that mention it), an event's card from the events route, and the
// paths between two entities. Text from the API is only ever set as
// textContent, never parsed as HTML.
//
// nav is how the panel walks on: nav.open(node) draws and shows a node,
// nav.openArticle(id, evidence) opens the article reader, nav.actions(node)
// gives the buttons that act on a drawn node (hide, pin, collapse, paths);
// nav.shut fills the panel with an entity's card without opening a narrow
// screen's drawer.

import { cameoMeaning, goldsteinWord } from './cameo.js';
import { colorOf } from './palette.js';

// The panel keeps its width whether it shows something or not, so that
// opening it never resizes the drawing under the user's pointer.
const panel = document.getElementById('panel');
const body = document.getElementById('panel-body');

export function hidePanel() {
  body.replaceChildren(
    el('h2', { text: 'Details' }),
    el('p', { class: 'note', text: 'Click a node to see what the news says of it and to draw its neighbours; click an edge to read the sentences it was read from and which articles say so.' }),
  );
  document.body.classList.remove('panel-open');
}

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

export function show(...children) {
  fill(...children);
  document.body.classList.add('panel-open');
}

// fill puts children in the panel and leaves a narrow screen's drawer as
// it is.
function fill(...children) {
  body.replaceChildren(...children.filter((c) => c != null));
  panel.scrollTop = 0;
}

// showMessage puts a sentence in the panel: loading, or what went wrong.
export function showMessage(title, text, kind = 'note') {
  show(el('h2', { text: title }), el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status', text }));
}

const percent = (x) => `${Math.round((x || 0) * 100)}%`;
export const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;

// An article's URL comes from whoever posted it; only web addresses become
// links, so a javascript: or data: URL stays inert text.
const webURL = (u) => /^https?:\/\//i.test(u || '');

// articleLine names a source article: its title, which opens the article
// in the reader (with the evidence marked, when given), then publisher and
// date.
function articleLine(a, nav, evidence) {
  const id = a.article || a.id;
  const title = a.title || a.url || id;
  const meta = [a.publisher, a.published].filter(Boolean).join(', ');
  const open = el('button', { type: 'button', class: 'link article-link', 'data-article': id, text: title });
  open.addEventListener('click', () => nav.openArticle(id, evidence));
  const line = el('p', { class: 'source' }, open);
  if (meta) line.append(el('span', { class: 'meta', text: ` — ${meta}` }));
  if (webURL(a.url)) {
    line.append(' ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'meta', text: '(original)' }));
  }
  return line;
}

// ref is a node of the graph named in the panel; clicking it calls open
// with the node, so the user walks the graph from the card.
function ref(node, nav) {
  const b = el('button', { type: 'button', class: 'ref', 'data-id': node.id, text: node.name || node.id });
  if (node.kind === 'entity' || node.kind === 'event') {
    b.prepend(el('span', { class: `swatch ${node.kind === 'event' ? 'diamond' : 'dot'}`, style: `background:${colorOf(node.kind, node.type)}` }));
  }
  b.addEventListener('click', () => nav.open(node));
  return b;
}

// alsoStated is the other sentences of one article that state an event,
// under a note, or nothing.
function alsoStated(mentions) {
  if (!mentions || !mentions.length) return [];
  return [el('p', { class: 'meta', text: `also stated in ${plural(mentions.length, 'more sentence')} of this article:` }),
    ...mentions.map((m) => el('blockquote', { class: 'also', text: m.text }))];
}

// evidenceList is the sentences an edge or event was read from, each with
// the extractor's confidence and its article.
function evidenceList(provenance, nav, background) {
  const list = el('ol', { class: 'evidence' });
  for (const p of provenance) {
    const isBackground = p.article === background;
    list.append(el('li', {},
      el('blockquote', { text: (p.evidence && p.evidence.text) || (isBackground ? 'Background fact: built into actorgraph (borders, capitals, leaders, memberships), not read from an article.' : '(no evidence sentence recorded)') }),
      ...alsoStated(p.mentions),
      el('p', { class: 'meta', text: `confidence ${percent(p.confidence)}` }),
      isBackground ? el('p', { class: 'meta', text: 'built in, not from an article' }) : articleLine(p, nav, p.evidence)));
  }
  return list;
}

// showEdge renders an edge: subject, predicate, object, how many sources
// agree, and each source's evidence sentence with the extractor's confidence.
export function showEdge(edge, sourceName, targetName, nav, background) {
  const provenance = edge.provenance || [];
  const sources = edge.sources || new Set(provenance.map((p) => p.article)).size;
  show(
    el('h2', { class: 'fact' },
      el('span', { text: sourceName }),
      el('span', { class: 'predicate', text: ` ${edge.predicate} ` }),
      el('span', { text: targetName })),
    el('p', { class: 'meta', id: 'edge-sources', text: plural(sources, 'source') }),
    roleNote(edge.predicate),
    provenance.length ? evidenceList(provenance, nav, background) : el('p', { class: 'note', text: 'No evidence is recorded for this link.' }),
  );
}

// roleNote says what a role's link to an event means, or nothing for a
// relation.
function roleNote(predicate) {
  const words = roleWords.find(([role]) => role === predicate);
  return words ? el('p', { class: 'note', id: 'edge-role', text: `${words[0]}: ${words[1]} in the event` }) : null;
}

// header is the top of a card: name, what it is, and the Wikidata item
// when the resolver knew it (a link only; nothing is fetched from there).
function header(e) {
  const what = [e.type, e.country].filter(Boolean).join(' · ');
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
function factGroups(id, facts, nav) {
  const groups = new Map();
  for (const f of facts) {
    const outgoing = f.subject.id === id;
    const key = outgoing ? f.predicate : `← ${f.predicate}`;
    if (!groups.has(key)) groups.set(key, []);
    const when = [f.validFrom && `from ${f.validFrom}`, f.validUntil && `until ${f.validUntil}`].filter(Boolean).join(' ');
    const meta = [f.role, when, plural(f.sources || 1, 'source')].filter(Boolean).join(' · ');
    groups.get(key).push(el('li', { class: 'fact-line' }, ref(outgoing ? f.object : f.subject, nav), el('span', { class: 'meta', text: ` ${meta}` })));
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
function quoteItem(q, asSpeaker, nav) {
  const text = q.direct ? `“${q.text}”` : q.text;
  const who = el('p', { class: 'meta who' });
  if (asSpeaker) {
    if (q.date) who.append(q.date);
    if ((q.about || []).length) {
      who.append(q.date ? ' · about ' : 'about ');
      q.about.forEach((a, i) => who.append(i ? ', ' : '', ref(a, nav)));
    }
  } else {
    who.append('— ');
    if (q.speaker) who.append(ref(q.speaker, nav));
    else who.append(el('span', { class: 'unnamed', text: q.sourceDescription || 'an unnamed source' }));
    if (q.date) who.append(`, ${q.date}`);
  }
  const p = q.provenance || {};
  return el('li', { class: 'quote' },
    el('blockquote', { class: q.direct ? 'direct' : 'claim', text }),
    who,
    articleLine(p, nav, p.evidence));
}

// showEntity renders an entity's card. Until detail (the API's
// EntityDetail) arrives it shows what the drawn node knows.
export function showEntity(node, detail, nav) {
  const put = nav.shut ? fill : show;
  const e = detail || node;
  const children = header({ ...e, kind: 'entity' });
  children.push(nav.actions(node));
  if (!detail) {
    put(...children, el('p', { class: 'note loading', role: 'status', text: 'Loading what the news says…' }));
    return;
  }
  const aliases = (detail.aliases || []).filter((a) => a !== detail.name);
  if (aliases.length) children.push(el('p', { class: 'meta', id: 'card-aliases', text: `also ${aliases.join(', ')}` }));

  const quotes = detail.quotes || [];
  const said = quotes.filter((q) => q.role === 'speaker').map((q) => quoteItem(q, true, nav));
  const about = quotes.filter((q) => q.role === 'about').map((q) => quoteItem(q, false, nav));
  const events = (detail.events || []).map((v) => el('li', {}, ref({ ...v, kind: 'event' }, nav)));
  const articles = (detail.articles || []).map((a) => articleLine(a, nav));
  // the detail is one page of each list; say how much more there is
  const totals = detail.totals || {};
  const more = (n, total, what) => (total > n
    ? el('p', { class: 'note more', text: `showing ${n} of ${total} ${what}` }) : null);
  const parts = [
    section('card-facts', 'Facts', factGroups(detail.id, detail.facts || [], nav)),
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
  put(...children, ...parts);
}

const roleTitles = [['actor', 'Actor'], ['target', 'Target'], ['participant', 'With'], ['location', 'Where']];

// eventTitle names an event by its type and, when known, its date, else
// the day it was first reported: from the events route's fields, never
// from the node's display name. Two meetings of one leader are told apart
// on the drawing without opening either.
export function eventTitle(v) {
  const reported = (v.provenance || []).map((p) => p.published).filter(Boolean).sort()[0];
  return [v.type, v.date || (reported && `reported ${reported}`)].filter(Boolean).join(' · ');
}

// eventDate says when an event happened, to the precision known, or that
// it is not dated and when it was first reported.
export function eventDate(v) {
  if (v.date) return `${v.date}${v.datePrecision && v.datePrecision !== 'day' ? ` (to the ${v.datePrecision})` : ''}`;
  const reported = (v.provenance || []).map((p) => p.published).filter(Boolean).sort();
  return `not dated${reported.length ? `; first reported ${reported[0]}` : ''}`;
}

// showEvent renders an event from the events route (view, the API's
// EventView): type, CAMEO code and what it means, Goldstein score, status,
// date, place, every party with its role and actor codes, and the evidence
// of each article that reports it. Until view arrives it shows the node.
export function showEvent(node, view, nav, background) {
  const head = [el('h2', { 'data-id': node.id, text: view ? eventTitle(view) : node.type || node.name }),
    el('p', { class: 'meta', id: 'card-type', text: `${node.type || (view && view.type)} event` }), nav.actions(node)];
  if (!view) {
    show(...head, el('p', { class: 'note loading', role: 'status', text: 'Loading the event…' }));
    return;
  }
  const provenance = view.provenance || [];
  const rows = [];
  const row = (id, term, ...dd) => rows.push(el('dt', { text: term }), el('dd', { id }, ...dd));
  if (view.cameo) {
    const meaning = cameoMeaning(view.cameo);
    row('event-cameo', 'Kind (CAMEO)', el('span', { class: 'code', text: view.cameo }), meaning ? ` ${meaning}` : '');
  }
  const g = typeof view.goldstein === 'number' ? view.goldstein : null;
  if (g !== null) row('event-goldstein', 'Tone (Goldstein)', `${g > 0 ? '+' : ''}${g} (${goldsteinWord(g)}, on a scale from −10 hostile to +10 cooperative)`);
  if (view.status) row('event-status', 'Status', view.status);
  row('event-date', 'Date', eventDate(view));
  if (view.location) row('event-place', 'Where', ref({ ...view.location }, nav));
  for (const [role, title] of roleTitles) {
    const parties = (view.participants || []).filter((p) => p.role === role);
    if (!parties.length) continue;
    const dd = [];
    parties.forEach((p, i) => {
      if (i) dd.push(', ');
      dd.push(ref(p, nav));
      if ((p.codes || []).length) dd.push(el('span', { class: 'meta code', text: ` ${p.codes.join(' ')}` }));
    });
    row(`event-${role}`, title, ...dd);
  }
  show(
    ...head,
    el('dl', { class: 'event' }, ...rows),
    section('event-evidence', `Reported by ${plural(view.sources || provenance.length, 'article')}`,
      provenance.length ? [evidenceList(provenance, nav, background)] : []),
    el('p', {}, el('button', { type: 'button', class: 'link', id: 'event-neighbourhood', text: 'Show its neighbourhood' })),
  );
  document.getElementById('event-neighbourhood').addEventListener('click', () => nav.open(node));
}

// showNode renders any other node (an article or a quote drawn in a
// neighbourhood) by its name and kind.
export function showNode(node, nav) {
  show(el('h2', { text: node.name }), el('p', { class: 'meta', text: node.kind }), nav.actions(node));
}

// roleWords says what an event's roles mean, for a reader who does not
// know CAMEO's words (docs/VIEWER-TRIAL.md): in the path's list, on a
// role's link, in the legend and the links' filter.
export const roleWords = [
  ['actor', 'who acts'],
  ['target', 'who it is done to or with'],
  ['participant', 'who takes part'],
  ['location', 'where it happens'],
];

const sameSentence = (x, y) => x.article === y.article && !!x.evidence && !!y.evidence &&
  x.evidence.start === y.evidence.start && x.evidence.end === y.evidence.end;

// when is an event's date in a path's list, from the events route's view
// (nav.eventView) when the viewer has it; datePaths fills it when it comes.
function when(id, nav) {
  const v = nav.eventView(id);
  return el('span', { class: 'meta when', 'data-event': id, text: v ? ` (${eventDate(v)})` : '' });
}

export function datePaths(nav) {
  for (const s of body.querySelectorAll('#paths-list .when[data-event]')) {
    const v = nav.eventView(s.dataset.event);
    if (v) s.textContent = ` (${eventDate(v)})`;
  }
}

// showPaths lists the connections between two entities, hop by hop, each
// hop with its predicate or role and the evidence it was read from.
export function showPaths(from, to, paths, nav, background) {
  const head = el('h2', { id: 'paths-title', text: `${from.name} → ${to.name}` });
  if (!paths.length) {
    show(head, el('p', { class: 'note', id: 'paths-none', text: 'No connection of at most 4 steps was found between them.' }));
    return;
  }
  const items = paths.map((p, i) => {
    const hops = el('ol', { class: 'hops' });
    // an event says when it happened where the path first reaches it: the
    // question is often "when", and the articles' dates are not the
    // events' (docs/VIEWER-TRIAL.md)
    const dated = new Set();
    const node = (n) => {
      if (n.kind !== 'event' || dated.has(n.id)) return ref(n, nav);
      dated.add(n.id);
      return el('span', {}, ref(n, nav), when(n.id, nav));
    };
    let before = null;
    p.edges.forEach((e, k) => {
      const a = p.nodes[k];
      const b = p.nodes[k + 1];
      // the edge may point either way along the path
      const forward = e.source === a.id;
      const ev = (e.provenance || [])[0];
      // an event's two hops are often read from one sentence: it is shown
      // once, not twice (the second hop's article fell below the fold)
      const same = ev && before && sameSentence(ev, before);
      before = ev;
      hops.append(el('li', { class: 'hop' },
        node(a),
        el('span', { class: 'predicate', text: forward ? ` —${e.predicate}→ ` : ` ←${e.predicate}— ` }),
        node(b),
        same ? el('p', { class: 'note same-sentence', text: `Read from the same sentence as step ${k}.` })
          : ev ? evidenceList([ev], nav, background) : el('p', { class: 'note', text: 'No evidence recorded.' }),
        (e.sources || 0) > 1 ? el('p', { class: 'meta', text: `${plural(e.sources, 'source')} agree` }) : null));
    });
    const pick = el('button', { type: 'button', class: 'link path-pick', 'data-path': String(i), text: `Highlight path ${i + 1}` });
    pick.addEventListener('click', () => nav.highlightPath(i));
    return el('li', { class: 'path' }, el('h3', { text: `${plural(p.edges.length, 'step')}` }), pick, hops);
  });
  // the roles an event gives its parties, in words, where a path has them
  const roles = new Set(paths.flatMap((p) => p.edges.map((e) => e.predicate)));
  const said = roleWords.filter(([role]) => roles.has(role)).map(([role, words]) => `${role}: ${words}`);
  show(head, el('p', { class: 'meta', text: `${plural(paths.length, 'shortest connection')}, drawn highlighted` }),
    said.length ? el('p', { class: 'note', id: 'paths-roles', text: `In an event, ${said.join('; ')}.` }) : null,
    el('ol', { class: 'paths', id: 'paths-list' }, ...items));
}

hidePanel();
