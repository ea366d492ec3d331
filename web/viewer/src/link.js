// What a link to the viewer asks to be drawn, read from the address's hash,
// and the requests that drawing starts with. Both the viewer and boot.js,
// which starts those requests before the viewer's code is loaded, read it
// here, so that they ask for the same things.

import { neighborsPath, statsPath } from './api.js';

// A neighbourhood is drawn a page at a time: the first `page` nodes its
// walk reaches, the best attested links first (the route ranks them), and
// the rest on demand. pageMax is the most the route gives at once.
export const page = 250;
export const pageMax = 1000;

export const ids = (v) => new Set((v || '').split(',').filter(Boolean));

// linked reads the hash's entity, depth, expanded nodes, how many nodes
// of each neighbourhood are drawn (reach=ID:N, a page unless it says) and
// where the view was left (view, see viewOf).
export function linked(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const reach = new Map([...ids(params.get('reach'))].map((r) => r.split(':')).map(([k, n]) => [k, Math.max(1, parseInt(n, 10) || page)]));
  return {
    params,
    entity: params.get('entity') || '',
    depth: Math.min(3, Math.max(1, parseInt(params.get('depth') || '1', 10) || 1)),
    expanded: ids(params.get('expanded')),
    want: (id) => reach.get(id) || page,
    view: viewOf(params.get('view')),
  };
}

// A view moved by hand is kept in the URL as its zoom and its middle, told
// from the shown node nearest that middle (view=ZOOM,ID,DX,DY: the middle
// is DX, DY from node ID in the drawing's units). Told from a node, it
// survives a drawing laid out afresh, which fCoSE may place otherwise
// (after expansions made one by one, say), and a window of another size:
// the same node is in the middle at the same zoom.
export function viewOf(v) {
  const [zoom, at, dx, dy] = (v || '').split(',');
  const [z, x, y] = [zoom, dx, dy].map(Number);
  if (!at || ![z, x, y].every(Number.isFinite) || z <= 0) return null;
  return { zoom: z, at, dx: x, dy: y };
}

// Nodes moved by hand, or pinned, are kept where they were left as
// at=ID:X:Y,… in the drawing's units, rounded to whole units (a unit is a
// pixel at zoom 1): the layout places every other node as it did, from
// the same answers and seed, and these where the hand put them. Only such
// nodes are written, so a link stays short.
export function movesOf(v) {
  const at = {};
  for (const m of ids(v)) {
    const [id, x, y] = m.split(':');
    const [px, py] = [x, y].map(Number);
    if (id && Number.isFinite(px) && Number.isFinite(py)) at[id] = { x: px, y: py };
  }
  return at;
}

export const movesText = (at, drawn) => Object.entries(at).filter(([id]) => drawn(id))
  .map(([id, p]) => `${id}:${Math.round(p.x)}:${Math.round(p.y)}`).join(',');

export const viewText = (v) => [Number(v.zoom.toPrecision(5)), v.at, Math.round(v.dx * 10) / 10, Math.round(v.dy * 10) / 10].join(',');

// firstRequests are the paths the drawing of a link asks for first: the
// statistics, and the first page of the entity's neighbourhood and of each
// expanded node's.
export function firstRequests(hash) {
  const v = linked(hash);
  if (!v.entity) return [];
  return [statsPath, neighborsPath(v.entity, v.depth, Math.min(pageMax, v.want(v.entity)), 0),
    ...[...v.expanded].filter((e) => e !== v.entity).map((e) => neighborsPath(e, 1, Math.min(pageMax, v.want(e)), 0))];
}
