// Where the nodes of a big drawing go, worked out from ids and links alone,
// and how such a drawing is framed. The viewer (main.js) and boot.js, which
// draws a link's big drawing before the viewer's code has run (preview.js),
// both place it here, so both put every node in the same place.

// A drawing of more than bigGraph nodes is big: placed in one pass (place)
// rather than by the force layout, and styled lean.
export const bigGraph = 600;

// nodeSize is a node's width and height from its weight (0 to maxWeight).
export const [minSize, maxSize, maxWeight] = [20, 46, 12];
export const nodeSize = (weight) => minSize + ((maxSize - minSize) * Math.min(maxWeight, Math.max(0, weight || 0))) / maxWeight;

// weightOf is a node's weight from its importance in the whole graph —
// links, the neighbours route's count of its relations and event roles — on
// a log scale, so that a country of hundreds of links is not a hundred
// times a person of three: 1 link weighs 2, 3 weigh 4, 7 weigh 6, 63 or more
// the most. The neighbours and paths routes give every node its links; a
// node with no figure weighs its drawn links.
export const weightOf = (links, drawn) => Math.min(maxWeight, links > 0 ? Math.round(2 * Math.log2(1 + links)) : drawn || 0);

// The view's zoom limits, which a framing keeps to.
export const [minZoom, maxZoom] = [0.05, 3];

// centred is the viewport ({zoom, pan}) that shows view (link.js's viewOf)
// in a w × h box when its node is at p, within the zoom limits.
export function centred(view, p, w, h) {
  const zoom = Math.min(maxZoom, Math.max(minZoom, view.zoom));
  return { zoom, pan: { x: w / 2 - zoom * (p.x + view.dx), y: h / 2 - zoom * (p.y + view.dy) } };
}

// union joins the first pages of neighbourhoods (hoods, each {sub: {nodes,
// edges}}) into one list of nodes and one of edges, each once, in the
// order they were reached.
export function union(hoods) {
  const seen = new Set();
  const nodes = [];
  const edges = [];
  const edgeIDs = new Set();
  for (const h of hoods) {
    for (const n of h.sub.nodes) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      nodes.push(n);
    }
    for (const e of h.sub.edges) {
      if (edgeIDs.has(e.id)) continue;
      edgeIDs.add(e.id);
      edges.push(e);
    }
  }
  return { nodes, edges };
}

// place lays a big drawing out in one pass over its links, as the
// neighbourhoods were drawn: a breadth-first tree from the first of starts
// (the focus), then from each other start (the expanded nodes) not reached
// yet, then from the rest; each node's leaves on a disc around it
// (sunflower order, the best attested nearest) and the nodes that have
// leaves of their own on a ring outside the disc, each given room for its
// own tree; the trees side by side in rows. It reads only ids and links
// ([source, target]), so a drawing can be placed before it is added, and
// returns each node's position by id.
export function place(starts, ids, links) {
  const adj = new Map(ids.map((id) => [id, []]));
  for (const [a, b] of links) {
    if (a !== b && adj.has(a) && adj.has(b)) {
      adj.get(a).push(b);
      adj.get(b).push(a);
    }
  }
  const children = new Map();
  const roots = [];
  const byDegree = [...ids].sort((a, b) => adj.get(b).length - adj.get(a).length);
  for (const root of [...starts, ...byDegree]) {
    if (!adj.has(root) || children.has(root)) continue;
    roots.push(root);
    children.set(root, []);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      for (const m of adj.get(queue[i])) {
        if (children.has(m)) continue;
        children.set(m, []);
        children.get(queue[i]).push(m);
        queue.push(m);
      }
    }
  }
  const gap = 36; // between two leaves
  const core = 34; // kept clear around a node with leaves
  const golden = Math.PI * (3 - Math.sqrt(5));
  const offsets = new Map(); // id → its place relative to its parent
  const radius = new Map();
  // size works out each tree's radius and its children's places, leaves
  // first (a tree's depth is the drawing's diameter: recursion is fine)
  const size = (id) => {
    const kids = children.get(id);
    if (!kids.length) {
      radius.set(id, gap / 2);
      return gap / 2;
    }
    const leaves = kids.filter((k) => !children.get(k).length);
    const inner = kids.filter((k) => children.get(k).length);
    leaves.forEach((k, i) => {
      const r = Math.sqrt(core * core + (gap * gap * (i + 0.5)) / Math.PI);
      offsets.set(k, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
    });
    const disc = leaves.length ? Math.sqrt(core * core + (gap * gap * leaves.length) / Math.PI) + gap / 2 : core;
    if (!inner.length) {
      radius.set(id, disc);
      return disc;
    }
    const sizes = inner.map(size);
    const widest = Math.max(...sizes);
    const ring = Math.max(disc + widest + gap, sizes.reduce((a, r) => a + 2 * r + gap, 0) / (2 * Math.PI));
    const total = sizes.reduce((a, r) => a + 2 * r + gap, 0);
    let angle = 0;
    inner.forEach((k, i) => {
      const share = ((2 * sizes[i] + gap) / total) * 2 * Math.PI;
      offsets.set(k, { x: ring * Math.cos(angle + share / 2), y: ring * Math.sin(angle + share / 2) });
      angle += share;
    });
    radius.set(id, ring + widest);
    return ring + widest;
  };
  // the trees in rows, the biggest first
  const sized = roots.map((r) => [r, size(r)]).sort((a, b) => b[1] - a[1]);
  const width = Math.max(2 * sized[0][1], Math.sqrt(sized.reduce((a, [, r]) => a + 4 * r * r, 0)) * 1.2);
  const at = new Map();
  let x = 0;
  let y = 0;
  let row = 0;
  for (const [r, rad] of sized) {
    if (x > 0 && x + 2 * rad > width) {
      x = 0;
      y += row + gap;
      row = 0;
    }
    at.set(r, { x: x + rad, y: y + rad });
    x += 2 * rad + gap;
    row = Math.max(row, 2 * rad);
  }
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const p = at.get(queue[i]);
    for (const k of children.get(queue[i])) {
      const o = offsets.get(k);
      at.set(k, { x: p.x + o.x, y: p.y + o.y });
      queue.push(k);
    }
  }
  return at;
}

// framing is the zoom and pan that fit discs ({x, y, r}: nodes from their
// centres and sizes alone) into a view of width w and height h with padding
// around them.
export function framing(discs, w, h, padding) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  discs.forEach((p) => {
    const { r } = p;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min((w - 2 * padding) / (x2 - x1 || 1), (h - 2 * padding) / (y2 - y1 || 1))));
  return { zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } };
}
