// Glyphs drawn inside the nodes: a small icon per entity type, per event
// type and per other kind of node, so that a node says what it is without
// its name or the legend. Each is an SVG of our own drawing on a 24-unit
// square, bundled here and handed to Cytoscape as a data URI (the page
// fetches nothing for it), in white on a dark fill and in ink on a light
// one.

import { colorOf } from './palette.js';

// Shapes in a 24-unit square: `f` filled paths, `s` stroked ones (2 units
// wide, round ends).
const person = { f: 'M12 2.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 0 1 0-9zM3.5 21.5c0-5 3.8-8.5 8.5-8.5s8.5 3.5 8.5 8.5z' };
const shapes = {
  // entities
  Person: person,
  Country: { f: 'M4 2h2.4v20H4zM7.6 3.2h12.4l-3.2 4.6 3.2 4.6H7.6z' },
  City: { f: 'M2 22V11h6V2h9v8h5v12zM10.5 5v2.4h2V5zm3 0v2.4h2V5zm-3 4v2.4h2V9zm3 0v2.4h2V9zM4 13.5v2h2v-2zm0 4v2h2v-2zm14.5-5v2h2v-2zm0 4v2h2v-2zM11 15h3v7h-3z' },
  Region: { f: 'M2 5.5l6.5-3 7 3 6.5-3v16l-6.5 3-7-3-6.5 3zM8.5 4.8v13.2l7 3V7.8z' },
  Place: { f: 'M12 1.5a7.5 7.5 0 0 0-7.5 7.5c0 5.4 7.5 13.5 7.5 13.5s7.5-8.1 7.5-13.5A7.5 7.5 0 0 0 12 1.5zm0 4.5a3 3 0 1 1 0 6a3 3 0 0 1 0-6z' },
  Organization: { f: 'M12 1.5L1.5 7v2.5h21V7zM3.5 11h3.4v7.5H3.5zM10.3 11h3.4v7.5h-3.4zM17.1 11h3.4v7.5h-3.4zM1.5 20h21v2.5h-21z' },
  // events
  statement: { f: 'M3 3.5h18a1.5 1.5 0 0 1 1.5 1.5v10.5a1.5 1.5 0 0 1-1.5 1.5H10l-5.5 4.5V17H3a1.5 1.5 0 0 1-1.5-1.5V5A1.5 1.5 0 0 1 3 3.5z' },
  appeal: { f: 'M2 9.5h4l11-6v17l-11-6H2zM6.5 15.5h3.5l1.5 6h-3.5zM19 9h3.5v3H19z' },
  proposal: { f: 'M5 1.5h9.5l4.5 4.5v16.5H5zM10.6 9v3.4H7.2v2.2h3.4V18h2.2v-3.4h3.4v-2.2h-3.4V9z' },
  meeting: { f: 'M7 3a3.5 3.5 0 1 1 0 7a3.5 3.5 0 0 1 0-7zM17 3a3.5 3.5 0 1 1 0 7a3.5 3.5 0 0 1 0-7zM.5 20c0-4.2 2.9-7.8 6.5-7.8s6.5 3.6 6.5 7.8zM10.5 20c0-4.2 2.9-7.8 6.5-7.8s6.5 3.6 6.5 7.8z' },
  visit: { f: 'M10.5 2.2c.8-.9 2.2-.9 3 0 .4.5.5 1 .5 1.6V9l8 4.5v2.5l-8-2.5v5l2.5 2v2l-4.5-1.3-4.5 1.3v-2l2.5-2v-5l-8 2.5v-2.5L10 9V3.8c0-.6.1-1.1.5-1.6z' },
  hostVisit: { f: 'M12 2l10.5 9.5h-3V22h-5.5v-6.5h-4V22H4.5V11.5h-3z' },
  summit: { f: 'M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5L7 14l-5.3-5 7.2-.9z' },
  talks: { f: 'M1.5 2.5h12a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1H7l-3.5 3v-3h-2a1 1 0 0 1-1-1V3.5a1 1 0 0 1 1-1zM16 8h6.5a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-1.5v3l-3.5-3H10.5a1 1 0 0 1-1-1v-2.5h5.5a1.5 1.5 0 0 0 1.5-1.5z' },
  agreement: { s: 'M3 12.5l6 6L21 5.5', w: 3.2 },
  cooperation: { s: 'M9.5 14.5l5-5M8 11l-2.5 2.5a3.5 3.5 0 0 0 5 5L13 16M16 13l2.5-2.5a3.5 3.5 0 0 0-5-5L11 8', w: 2.4 },
  aid: { f: 'M9 2.5h6v6.5h6.5v6H15v6.5H9V15H2.5V9H9z' },
  demand: { f: 'M9.5 2h5l-1 13h-3zM12 17.5a2.3 2.3 0 1 1 0 4.6a2.3 2.3 0 0 1 0-4.6z' },
  resolution: { f: 'M4.5 1.5h15v21h-15zM7.5 5.5v2h9v-2zm0 4v2h9v-2zm0 4v2h9v-2zm0 4v2h6v-2z' },
  reject: { s: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 0 0 0-19zM5.3 5.3l13.4 13.4', w: 2.6 },
  threat: { f: 'M12 1.5l11 20H1zM10.7 8.5l.4 7h1.8l.4-7zM12 16.8a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 0 0 0-3.2z' },
  protest: { f: 'M2.5 2h19v11h-19zM10.8 13h2.4v9.5h-2.4z' },
  repatriation: { s: 'M9 4.5L3.5 10 9 15.5M3.5 10h11a6 6 0 0 1 0 12H11', w: 2.6 },
  sanctions: { f: 'M12 1.5a5.5 5.5 0 0 0-5.5 5.5v3H4v12.5h16V10h-2.5V7A5.5 5.5 0 0 0 12 1.5zm0 2.5a3 3 0 0 1 3 3v3H9V7a3 3 0 0 1 3-3zm-1.2 10h2.4v5h-2.4z' },
  militaryAction: { s: 'M12 4a8 8 0 1 0 0 16a8 8 0 0 0 0-16zM12 1v7M12 16v7M1 12h7M16 12h7', w: 2.4 },
  // other kinds
  event: { f: 'M13.5 1.5L4 13.5h6.5l-2 9 9.5-12h-6.5z' },
  article: { f: 'M4 1.5h16v21H4zM6.8 5v2.2h10.4V5zm0 4.2v2h10.4v-2zm0 4v2h10.4v-2zm0 4v2h7v-2z' },
  quote: { f: 'M2.5 6.5h8v7c0 4-2.5 6.5-6 7l-.8-2c2-.6 3.3-2 3.3-4.5H2.5zM13.5 6.5h8v7c0 4-2.5 6.5-6 7l-.8-2c2-.6 3.3-2 3.3-4.5h-4.5z' },
  unknown: { f: 'M12 7a5 5 0 1 1 0 10a5 5 0 0 1 0-10z' },
};

// ink is the glyph's colour on a fill: white on a dark one, dark ink on a
// light one (by the fill's relative luminance).
export function ink(fill) {
  const c = /^#([0-9a-f]{6})$/i.exec(fill || '');
  if (!c) return '#ffffff';
  const lin = (i) => {
    const v = parseInt(c[1].slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4);
  // the luminance at which white and #1f2933 contrast alike with the fill
  return lum > 0.2 ? '#1f2933' : '#ffffff';
}

function svg(shape, color) {
  const body = shape.f
    ? `<path fill="${color}" fill-rule="evenodd" d="${shape.f}"/>`
    : `<path fill="none" stroke="${color}" stroke-width="${shape.w}" stroke-linecap="round" stroke-linejoin="round" d="${shape.s}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24">${body}</svg>`;
}

// glyphKey names the glyph of a node: its entity or event type, or its
// kind.
export function glyphKey(kind, type) {
  if ((kind === 'entity' || kind === 'event') && shapes[type]) return type;
  if (kind === 'entity') return 'unknown';
  return shapes[kind] ? kind : 'unknown';
}

const cache = new Map();

// glyphOf gives the data URI of a node's glyph, in the ink that reads on
// its fill.
export function glyphOf(kind, type) {
  const key = `${kind}\n${type}`;
  let uri = cache.get(key);
  if (!uri) {
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg(shapes[glyphKey(kind, type)], ink(colorOf(kind, type))))}`;
    cache.set(key, uri);
  }
  return uri;
}
