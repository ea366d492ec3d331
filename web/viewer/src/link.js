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

// linked reads the hash's entity, depth, expanded nodes and how many nodes
// of each neighbourhood are drawn (reach=ID:N, a page unless it says).
export function linked(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const reach = new Map([...ids(params.get('reach'))].map((r) => r.split(':')).map(([k, n]) => [k, Math.max(1, parseInt(n, 10) || page)]));
  return {
    params,
    entity: params.get('entity') || '',
    depth: Math.min(3, Math.max(1, parseInt(params.get('depth') || '1', 10) || 1)),
    expanded: ids(params.get('expanded')),
    want: (id) => reach.get(id) || page,
  };
}

// firstRequests are the paths the drawing of a link asks for first: the
// statistics, and the first page of the entity's neighbourhood and of each
// expanded node's.
export function firstRequests(hash) {
  const v = linked(hash);
  if (!v.entity) return [];
  return [statsPath, neighborsPath(v.entity, v.depth, Math.min(pageMax, v.want(v.entity)), 0),
    ...[...v.expanded].filter((e) => e !== v.entity).map((e) => neighborsPath(e, 1, Math.min(pageMax, v.want(e)), 0))];
}
