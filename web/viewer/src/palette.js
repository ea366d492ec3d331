// Colours of the graph's nodes: one per entity type, one per event type.
// Event types share a hue family by how cooperative they are (their
// Goldstein score), so a glance tells talks from sanctions.

export const entityColors = {
  Person: '#e15759',
  Country: '#4e79a7',
  City: '#59a14f',
  Region: '#76b7b2',
  Place: '#b6992d',
  Organization: '#f28e2b',
};

export const eventColors = {
  statement: '#a0a0a0',
  appeal: '#c2a5cf',
  proposal: '#9970ab',
  meeting: '#b07aa1',
  visit: '#8e6ac8',
  hostVisit: '#7b4fb8',
  summit: '#6a3d9a',
  talks: '#5e3c99',
  agreement: '#1b7837',
  cooperation: '#5aae61',
  aid: '#a6dba0',
  demand: '#f4a582',
  resolution: '#d6604d',
  reject: '#e08214',
  threat: '#b35806',
  protest: '#d73027',
  repatriation: '#a50026',
  sanctions: '#67001f',
  militaryAction: '#000000',
};

export const otherColors = {
  article: '#7b8794',
  quote: '#cbd2d9',
  event: '#6a3d9a',
  unknown: '#9aa5b1',
};

// colorOf gives a node's fill from its kind and type.
export function colorOf(kind, type) {
  if (kind === 'entity') return entityColors[type] || otherColors.unknown;
  if (kind === 'event') return eventColors[type] || otherColors.event;
  return otherColors[kind] || otherColors.unknown;
}

// Shapes tell the kinds apart without colour: a glyph per entity type,
// diamonds for events.
export const entityShapes = {
  Person: 'ellipse',
  Country: 'hexagon',
  City: 'round-rectangle',
  Region: 'round-pentagon',
  Place: 'round-triangle',
  Organization: 'rectangle',
};

export function shapeOf(kind, type) {
  if (kind === 'entity') return entityShapes[type] || 'ellipse';
  if (kind === 'event') return 'diamond';
  return 'round-rectangle';
}
