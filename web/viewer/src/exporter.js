// Taking the view away: a PNG from Cytoscape's own renderer, and an SVG
// written here from the drawn elements' positions and styles (straight
// edges, each node's shape, colour and glyph, labels), built as DOM nodes so
// that every name is escaped by the serializer.

const NS = 'http://www.w3.org/2000/svg';

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function pngBlob(cy) {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 });
}

// polygon gives the corner points of a shape of width w and height h
// centred on x, y; null for the shapes drawn as ellipses.
function polygon(shape, x, y, w, h) {
  const pts = (list) => list.map(([px, py]) => `${x + px * w / 2},${y + py * h / 2}`).join(' ');
  switch (shape) {
    case 'diamond': return pts([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'hexagon': return pts([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]]);
    case 'round-triangle': return pts([[0, -1], [1, 1], [-1, 1]]);
    case 'round-pentagon': return pts([[0, -1], [1, -0.25], [0.6, 1], [-0.6, 1], [-1, -0.25]]);
    case 'rectangle':
    case 'round-rectangle': return pts([[-1, -1], [1, -1], [1, 1], [-1, 1]]);
    default: return null;
  }
}

export function svgText(cy) {
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const svg = doc.documentElement;
  const make = (tag, attrs, text) => {
    const e = doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text != null) e.textContent = text;
    return e;
  };
  const eles = cy.elements(':visible');
  const bb = eles.boundingBox({ includeLabels: true });
  const pad = 20;
  svg.setAttribute('viewBox', `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`);
  svg.setAttribute('width', Math.round(bb.w + 2 * pad));
  svg.setAttribute('height', Math.round(bb.h + 2 * pad));
  svg.setAttribute('font-family', 'system-ui, sans-serif');
  svg.append(make('rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#ffffff' }));
  const edges = make('g', { id: 'edges' });
  for (const e of eles.edges()) {
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const color = e.style('line-color');
    edges.append(make('line', { x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: color, 'stroke-width': parseFloat(e.style('width')) || 1, opacity: e.style('opacity') }));
    const m = e.midpoint();
    if (e.style('label')) edges.append(make('text', { x: m.x, y: m.y, 'font-size': 9, fill: '#52606d', 'text-anchor': 'middle' }, e.data('predicate')));
  }
  svg.append(edges);
  const nodes = make('g', { id: 'nodes' });
  for (const n of eles.nodes()) {
    const { x, y } = n.position();
    const w = n.width();
    const h = n.height();
    const fill = n.style('background-color');
    const pts = polygon(n.style('shape'), x, y, w, h);
    nodes.append(pts ? make('polygon', { points: pts, fill, stroke: '#ffffff' })
      : make('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, fill, stroke: '#ffffff' }));
    // the glyph as drawn: only when the view shows glyphs
    if (n.hasClass('glyph') && n.data('glyph')) {
      const g = w * (n.data('kind') === 'event' ? 0.48 : 0.6);
      nodes.append(make('image', { href: n.data('glyph'), x: x - g / 2, y: y - g / 2, width: g, height: g }));
    }
    const label = n.data('label');
    if (label) {
      nodes.append(make('text', { x, y: y + h / 2 + 12, 'font-size': 11, fill: '#1f2933', 'text-anchor': 'middle' }, label));
    }
  }
  svg.append(nodes);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
