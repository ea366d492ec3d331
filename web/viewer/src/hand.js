// hand keeps what a user does on the picture of a big drawing (preview.js)
// before the graph has it: until the viewer frames its own drawing, a drag
// moves the picture, or the node it starts on, the wheel and the zoom keys
// zoom it, a tap and the graph's other keys are noted. The viewer then
// takes it all (take): it puts the dragged nodes where they were left,
// frames its drawing as the picture was left, taps the node that was
// tapped and replays the keys (main.js). Cytoscape cannot: before the viewer's code has run it is not
// there, and until the drawing is added its graph is empty.

import { maxZoom, minZoom } from './place.js';

// the keys that act on the graph, which the viewer replays
const graphKeys = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Enter', 'f', 'm', 'x', 'h', 'k']);

// the zoom keys zoom the picture about its middle, as they zoom the graph
const zoomKeys = { '+': 1.25, '=': 1.25, '-': 1 / 1.25 };

// a press that moves less than this (px) is a tap, not a drag
const slop = 4;

// hold starts keeping the hand on box, the graph's element, for canvas, a
// picture framed at zoom and pan, whose nodes are found, placed and moved
// through nodes: at(point) names the node a point of the drawing is on
// (or ''), place(id) is where it is, move(id, point) moves it and draws it
// there. globalThis.actorgraphHand.take stops it and says where the view
// was left ({zoom, pan}), where the dragged nodes were left (moves, by
// id), the point of the drawing last tapped (or null) and the keys
// pressed; after a resize, which leaves the picture framed for another
// window, the picture goes and take says null.
export function hold(box, canvas, zoom, pan, nodes) {
  let [k, dx, dy] = [1, 0, 0];
  let tap = null;
  const keys = [];
  const moves = {};
  let press = null;
  const show = () => {
    canvas.style.transformOrigin = '0 0';
    canvas.style.transform = `translate(${dx}px, ${dy}px) scale(${k})`;
  };
  const local = (evt) => {
    const b = box.getBoundingClientRect();
    return { x: evt.clientX - b.left, y: evt.clientY - b.top };
  };
  // the point of the drawing under p, a point of box, as the picture is now
  const inDrawing = (p) => ({ x: ((p.x - dx) / k - pan.x) / zoom, y: ((p.y - dy) / k - pan.y) / zoom });
  const down = (evt) => {
    if (evt.button !== 0) return;
    // the keys go to the graph, as a click on it gives it the focus
    box.focus({ preventScroll: true });
    const p = local(evt);
    press = { ...p, moved: false, id: evt.pointerId, node: nodes.at(inDrawing(p)) };
  };
  const move = (evt) => {
    if (!press || evt.pointerId !== press.id) return;
    const p = local(evt);
    if (!press.moved && Math.hypot(p.x - press.x, p.y - press.y) < slop) return;
    press.moved = true;
    if (press.node) {
      // the node follows the pointer by as much as it moved, as the graph
      // moves a grabbed node
      const [a, b, q] = [inDrawing(press), inDrawing(p), nodes.place(press.node)];
      moves[press.node] = { x: q.x + b.x - a.x, y: q.y + b.y - a.y };
      nodes.move(press.node, moves[press.node]);
    } else {
      dx += p.x - press.x;
      dy += p.y - press.y;
      show();
    }
    [press.x, press.y] = [p.x, p.y];
  };
  const up = (evt) => {
    if (!press || evt.pointerId !== press.id) return;
    if (!press.moved) tap = inDrawing(local(evt));
    press = null;
  };
  // zoomed about the pointer by as much as Cytoscape zooms for the same
  // wheel turn, within the view's limits
  const scale = (by, p) => {
    const f = Math.min(maxZoom / (zoom * k), Math.max(minZoom / (zoom * k), by));
    [k, dx, dy] = [k * f, f * (dx - p.x) + p.x, f * (dy - p.y) + p.y];
    show();
  };
  const wheel = (evt) => {
    evt.preventDefault();
    const lines = evt.deltaMode === 1 ? 33 : 1;
    scale(10 ** ((-evt.deltaY * lines) / 250), local(evt));
  };
  const key = (evt) => {
    if (evt.ctrlKey || evt.metaKey || evt.altKey || !(graphKeys.has(evt.key) || zoomKeys[evt.key])) return;
    if (evt.target !== box && evt.target !== document.body) return;
    if (zoomKeys[evt.key]) {
      evt.preventDefault();
      evt.stopImmediatePropagation();
      scale(zoomKeys[evt.key], { x: box.clientWidth / 2, y: box.clientHeight / 2 });
      return;
    }
    // the viewer's own handler is not to act on it too
    evt.preventDefault();
    evt.stopImmediatePropagation();
    keys.push(evt.key);
  };
  const on = [['pointerdown', down], ['pointermove', move], ['pointerup', up], ['pointercancel', up], ['wheel', wheel, { passive: false }]];
  on.forEach(([type, fn, opts]) => box.addEventListener(type, fn, opts));
  document.addEventListener('keydown', key, true);
  const stop = () => {
    on.forEach(([type, fn]) => box.removeEventListener(type, fn));
    document.removeEventListener('keydown', key, true);
    window.removeEventListener('resize', resized);
    globalThis.actorgraphHand = null;
  };
  const resized = () => {
    stop();
    canvas.remove();
  };
  window.addEventListener('resize', resized);
  globalThis.actorgraphHand = {
    take() {
      stop();
      return { moved: k !== 1 || dx !== 0 || dy !== 0, zoom: zoom * k, pan: { x: k * pan.x + dx, y: k * pan.y + dy }, moves, tap, keys };
    },
  };
}
