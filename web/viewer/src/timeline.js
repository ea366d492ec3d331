// The timeline: the drawn events on a time axis (uPlot bars, a count per
// day or per month), where dragging across a stretch of time picks a date
// range. The range is the viewer's state, not the chart's: the chart only
// reports a drag through onRange and draws whatever range it is given, so
// the date fields, the URL and the chart always show the same range.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY = 86400;

// toSeconds turns an ISO date at any precision into the UTC second it
// starts at.
export function toSeconds(date) {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(+y, +m - 1, +d) / 1000;
}

export function toDate(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

// bins counts dates per day when they span half a year or less, else per
// month.
function bins(dates) {
  const secs = dates.map(toSeconds).sort((a, b) => a - b);
  const daily = secs[secs.length - 1] - secs[0] <= 183 * DAY;
  const key = (s) => {
    if (daily) return s - (s % DAY);
    const d = new Date(s * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  };
  const counts = new Map();
  for (const s of secs) counts.set(key(s), (counts.get(key(s)) || 0) + 1);
  const xs = [...counts.keys()].sort((a, b) => a - b);
  return { xs, ys: xs.map((x) => counts.get(x)), width: daily ? DAY : 31 * DAY };
}

export class Timeline {
  constructor(box, note, onRange) {
    this.box = box;
    this.note = note;
    this.onRange = onRange;
    this.plot = null;
    this.range = { from: '', to: '' };
    new ResizeObserver(() => {
      if (this.plot && this.box.clientWidth > 0) {
        this.plot.setSize({ width: this.box.clientWidth, height: this.height() });
        this.drawRange();
      }
    }).observe(box);
  }

  height() {
    return Math.max(70, this.box.clientHeight || 90);
  }

  // update redraws the chart for these event dates (ISO, any precision)
  // and shows range as the selected stretch.
  update(dates, range) {
    this.range = range;
    if (!dates.length) {
      if (this.plot) this.plot.destroy();
      this.plot = null;
      this.note.textContent = 'No dated event is drawn yet: expand a node to bring in its events.';
      return;
    }
    this.note.textContent = range.from || range.to
      ? `Events from ${range.from || 'the start'} to ${range.to || 'the end'}; drag again to change, or clear.`
      : 'Drag across the chart to keep the events and links of a stretch of time.';
    const { xs, ys, width } = bins(dates);
    const data = [xs, ys];
    // a lone day still gets a month of axis around it
    const pad = Math.max(width, (30 * DAY - (xs[xs.length - 1] - xs[0])) / 2);
    const scale = [xs[0] - pad, xs[xs.length - 1] + pad];
    if (this.plot && this.plot.data[0].length === xs.length && this.plot.data[0].every((x, i) => x === xs[i]) &&
      this.plot.data[1].every((y, i) => y === ys[i])) {
      this.drawRange();
      return;
    }
    if (this.plot) this.plot.destroy();
    const self = this;
    this.plot = new uPlot({
      width: Math.max(200, this.box.clientWidth),
      height: this.height(),
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true, range: () => scale }, y: { range: (u, lo, hi) => [0, Math.max(1, hi)] } },
      axes: [
        { size: 24, font: '11px system-ui, sans-serif', stroke: '#52606d', grid: { stroke: '#e4e7eb' } },
        { size: 28, font: '11px system-ui, sans-serif', stroke: '#52606d', grid: { stroke: '#e4e7eb' }, incrs: [1, 2, 5, 10, 20, 50], values: (u, v) => v.map(String) },
      ],
      series: [{}, {
        label: 'events', fill: 'rgba(106, 61, 154, 0.55)', stroke: '#6a3d9a', width: 1,
        paths: uPlot.paths.bars({ size: [0.8, 24], align: 0 }),
        points: { show: false },
      }],
      hooks: {
        setSelect: [(u) => {
          if (self.drawing) return;
          if (u.select.width < 3) {
            self.drawRange();
            return;
          }
          const from = toDate(u.posToVal(u.select.left, 'x'));
          const to = toDate(u.posToVal(u.select.left + u.select.width, 'x'));
          self.onRange({ from, to });
        }],
      },
    }, data, this.box);
    this.plot.root.setAttribute('aria-hidden', 'true');
    this.drawRange();
  }

  // drawRange shows the current range as the chart's selection.
  drawRange() {
    const u = this.plot;
    if (!u) return;
    const { from, to } = this.range;
    const [lo, hi] = [u.scales.x.min, u.scales.x.max];
    const height = u.bbox.height / uPlot.pxRatio;
    this.drawing = true;
    if (!from && !to) {
      u.setSelect({ left: 0, top: 0, width: 0, height }, false);
    } else {
      const a = Math.max(lo, from ? toSeconds(from) : lo);
      const b = Math.min(hi, to ? toSeconds(to) + DAY : hi);
      const left = u.valToPos(a, 'x');
      const right = u.valToPos(Math.max(a, b), 'x');
      u.setSelect({ left, top: 0, width: Math.max(2, right - left), height }, false);
    }
    this.drawing = false;
  }
}
