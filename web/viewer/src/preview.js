// preview draws a big drawing opened from a link as soon as its
// neighbourhoods have arrived, before the viewer's code (Cytoscape, half a
// megabyte) has been read and run: every node at the place the viewer will
// put it (place.js), in its colour, shape and size, the links under them,
// the view framed as the viewer frames it. It is a picture only, on a
// canvas under the graph's own; the viewer draws over it and takes it away
// when the whole drawing is its own (main.js). boot.js runs it.

import { prefetched } from './api.js';
import { firstRequests, linked, movesOf, pageMax } from './link.js';
import { colorOf, shapeOf } from './palette.js';
import { bigGraph, centred, framing, maxSize, nodeSize, place, union, weightOf } from './place.js';
import { hold } from './hand.js';

// A link that asks for anything but the drawing (a filter, a hidden or
// pinned node, a layout, dates, a path, an article) may show other nodes
// or put them elsewhere: it gets no preview. The card it opens (sel) does
// not change the drawing, where the view was left (view) only frames it,
// and the nodes moved by hand (at) are drawn where they were left.
const plain = new Set(['entity', 'depth', 'expanded', 'reach', 'sel', 'view', 'at']);

// The corners of Cytoscape's polygons in a unit square (its
// generateUnitNgonPointsFitToSquare); rounded corners are drawn sharp, a
// difference of a fraction of a pixel at the sizes a big drawing is framed
// at.
function ngon(sides) {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const pts = [];
  for (let i = 0; i < sides; i++) pts.push([Math.cos(i * step + start), -Math.sin(i * step + start)]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [sx, sy] = [2 / (Math.max(...xs) - Math.min(...xs)), 2 / (Math.max(...ys) - Math.min(...ys))];
  const scaled = pts.map(([x, y]) => [x * sx, y * sy]);
  const low = Math.min(...scaled.map((p) => p[1]));
  return low < -1 ? scaled.map(([x, y]) => [x, y - 1 - low]) : scaled;
}
const polygons = {
  hexagon: ngon(6),
  'round-pentagon': ngon(5),
  'round-triangle': ngon(3),
  rectangle: ngon(4),
  'round-rectangle': ngon(4),
  diamond: [[0, 1], [1, 0], [0, -1], [-1, 0]],
};

function shape(g, kind, x, y, s) {
  const pts = polygons[kind];
  if (!pts) {
    g.moveTo(x + s / 2, y);
    g.arc(x, y, s / 2, 0, 2 * Math.PI);
    return;
  }
  pts.forEach(([px, py], i) => (i ? g.lineTo : g.moveTo).call(g, x + (px * s) / 2, y + (py * s) / 2));
  g.closePath();
}

// preview draws the drawing the link in hash asks for, when it is big and
// plain, marks the moment (view-preview) with what it drew, and says
// whether it drew.
export async function preview(hash) {
  const v = linked(hash);
  if (!v.entity || [...v.params.keys()].some((k) => !plain.has(k))) return false;
  const starts = [v.entity, ...[...v.expanded].filter((e) => e !== v.entity)];
  // a neighbourhood bigger than a page comes in several answers
  if (starts.some((id) => v.want(id) > pageMax)) return false;
  // the statistics and the first page of each neighbourhood, as boot.js
  // asked for them
  const [stats, ...pages] = await Promise.all(firstRequests(hash).map(prefetched));
  if (!stats || pages.some((p) => !p)) return false;
  const { nodes, edges } = union(pages.map((p) => ({ sub: { nodes: p.nodes || [], edges: p.edges || [] } })));
  if (nodes.length <= bigGraph || !nodes.some((n) => n.id === v.entity)) return false;
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const box = document.getElementById('cy');
  // too late: the link was left (the viewer waits for this picture before
  // it draws the link's drawing itself)
  if (!box || location.hash !== hash) return false;
  const at = place(starts, nodes.map((n) => n.id), edges.map((e) => [e.source, e.target]));
  const [w, h] = [box.clientWidth, box.clientHeight];
  // framed as the viewer frames it, as the drawing was before any node
  // was moved by hand, or where the link says the view was left
  // (link.js), from its node where it was left
  const framed = framing([...at.values()].map((p) => ({ ...p, r: maxSize / 2 })), w, h, 40);
  Object.entries(movesOf(v.params.get('at'))).forEach(([id, p]) => at.has(id) && at.set(id, p));
  const { zoom, pan } = v.view && at.has(v.view.at) ? centred(v.view, at.get(v.view.at), w, h) : framed;

  const canvas = document.createElement('canvas');
  canvas.id = 'preview';
  canvas.setAttribute('aria-hidden', 'true');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(w * ratio);
  canvas.height = Math.round(h * ratio);
  const g = canvas.getContext('2d');

  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const degree = new Map();
  for (const e of edges) {
    if (!at.has(e.source) || !at.has(e.target)) continue;
    degree.set(e.source, (degree.get(e.source) || 0) + 1);
    degree.set(e.target, (degree.get(e.target) || 0) + 1);
  }
  const expanded = new Set(starts);
  const sizeOf = (n) => nodeSize(weightOf(n.links, degree.get(n.id)));
  const focus = nodes.find((n) => n.id === v.entity);
  // paint draws the picture with every node where at puts it: once, and
  // again when a node is dragged on it (hand.js)
  const paint = () => {
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    // the links, as the big stylesheet draws them: straight, grey (a role
    // link to an event lilac), wider the more sources, background knowledge
    // thin and faint; grouped so that each kind is one path
    const strokes = new Map();
    for (const e of edges) {
      if (!at.has(e.source) || !at.has(e.target)) continue;
      const background = !!stats.knowledge && (e.provenance || []).length > 0 && e.provenance.every((p) => p.article === stats.knowledge);
      const role = kinds.get(e.source) === 'event' || kinds.get(e.target) === 'event';
      const sources = e.sources || 1;
      const width = background ? 1 : sources > 1 ? 1.5 + (3.5 * (Math.min(5, sources) - 1)) / 4 : 1.5;
      const key = `${role ? '#b9a3d0' : '#9aa5b1'} ${width} ${background ? 0.45 : 1}`;
      if (!strokes.has(key)) strokes.set(key, []);
      strokes.get(key).push([at.get(e.source), at.get(e.target)]);
    }
    for (const [key, lines] of strokes) {
      const [color, width, alpha] = key.split(' ');
      g.beginPath();
      for (const [p, q] of lines) {
        g.moveTo(p.x, p.y);
        g.lineTo(q.x, q.y);
      }
      g.strokeStyle = color;
      g.lineWidth = Number(width);
      g.globalAlpha = Number(alpha);
      g.stroke();
    }
    g.globalAlpha = 1;

    // the nodes, one path for each colour and shape (thousands of fills
    // are slower than one), the expanded ones bordered dark and the focus
    // on top
    const fills = new Map();
    for (const n of nodes) {
      if (expanded.has(n.id)) continue;
      // a shape and its colour: overlapping shapes of one kind fill as one
      const key = `${colorOf(n.kind, n.type)} ${shapeOf(n.kind, n.type)}`;
      if (!fills.has(key)) fills.set(key, []);
      fills.get(key).push(n);
    }
    for (const [key, list] of fills) {
      const [color, kind] = key.split(' ');
      g.beginPath();
      for (const n of list) {
        const p = at.get(n.id);
        shape(g, kind, p.x, p.y, sizeOf(n));
      }
      g.fillStyle = color;
      g.fill();
    }
    for (const n of [...nodes.filter((m) => expanded.has(m.id) && m !== focus), focus]) {
      const p = at.get(n.id);
      g.beginPath();
      shape(g, shapeOf(n.kind, n.type), p.x, p.y, sizeOf(n));
      g.fillStyle = colorOf(n.kind, n.type);
      g.fill();
      g.strokeStyle = '#323f4b';
      g.lineWidth = n === focus ? 4 : 2.5;
      g.stroke();
    }
    // the focus's name, 12 px high on the screen however far out
    const scale = Math.max(1, 1 / zoom);
    const p = at.get(focus.id);
    g.font = `bold ${12 * scale}px system-ui, sans-serif`;
    g.textAlign = 'center';
    g.textBaseline = 'top';
    g.lineJoin = 'round';
    g.lineWidth = 4 * scale;
    g.strokeStyle = '#ffffff';
    const y = p.y + sizeOf(focus) / 2 + 4 * scale;
    g.strokeText(focus.name, p.x, y, 140 * scale);
    g.fillStyle = '#1f2933';
    g.fillText(focus.name, p.x, y, 140 * scale);
  };
  paint();
  // the marked places are those the viewer puts the nodes at, before any
  // is dragged
  const placed = Object.fromEntries(at);

  box.before(canvas);
  // a drag, the wheel, a tap and the graph's keys on the picture are kept
  // for the graph (hand.js); a drag that starts on a node moves the node,
  // as it would on the graph
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let painting = 0;
  hold(box, canvas, zoom, pan, {
    // the node whose disc holds m, a point of the drawing, the nearest
    // such, or ''
    at(m) {
      let [best, bestD] = ['', Infinity];
      for (const [id, p] of at) {
        const d = Math.hypot(p.x - m.x, p.y - m.y);
        if (d <= sizeOf(byId.get(id)) / 2 && d < bestD) [best, bestD] = [id, d];
      }
      return best;
    },
    place(id) {
      return at.get(id);
    },
    move(id, p) {
      at.set(id, p);
      painting ||= requestAnimationFrame(() => {
        painting = 0;
        paint();
      });
    },
  });
  const empty = document.getElementById('empty');
  if (empty) empty.hidden = true;
  // marked, as the viewer marks its own first frame, once the frame that
  // shows it has been drawn
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('view-preview',
    { detail: { nodes: nodes.length, zoom, pan, at: placed } })));
  return true;
}
