// The timeline: the drawn events on a time axis (uPlot bars, a count per
// day or per month), where dragging across a stretch of time picks a date
// range. The range is the viewer's state, not the chart's: the chart only
// reports a drag through onRange and draws whatever range it is given, so
// the date fields, the URL and the chart always show the same range. It
// keeps in step with the graph: each bar is the events drawn that day or
// month, and its coloured part those the filters show.

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
  return { xs, ys: xs.map((x) => counts.get(x)), width: daily ? DAY : 31 * DAY, key };
}

// the steps between the axis's ticks: whole days, months, years
const STEPS = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650, 9125].map((d) => d * DAY);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// tickLabels names the axis's ticks at the step uPlot chose: years when a
// tick is a year or more apart, else months, else days; the year is written
// on the first tick and wherever it changes, so the axis is never a row of
// month names with no year.
export function tickLabels(splits, step) {
  let year = null;
  return splits.map((s) => {
    const d = new Date(s * 1000);
    const y = d.getUTCFullYear();
    if (step >= 365 * DAY) {
      year = y;
      return String(y);
    }
    const day = step >= 28 * DAY ? MONTHS[d.getUTCMonth()] : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
    const label = y === year ? day : `${day} ${y}`;
    year = y;
    return label;
  });
}

export class Timeline {
  constructor(box, note, onRange) {
    this.box = box;
    this.note = note;
    this.onRange = onRange;
    this.plot = null;
    this.range = { from: '', to: '' };
    this.ticks = []; // the axis's labels as last drawn
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

  // update redraws the chart for the dates (ISO, any precision) of the
  // drawn events and of those the filters show, and shows range as the
  // selected stretch.
  update(dates, shownDates, range) {
    this.range = range;
    if (!dates.length) {
      if (this.plot) this.plot.destroy();
      this.plot = null;
      this.ticks = [];
      this.note.textContent = 'No dated event is drawn yet: expand a node to bring in its events.';
      return;
    }
    const shown = shownDates.length;
    this.note.textContent = (range.from || range.to
      ? `Events from ${range.from || 'the start'} to ${range.to || 'the end'}; drag again to change, or clear.`
      : 'Drag across the chart to keep the events and links of a stretch of time.') +
      (shown < dates.length ? ` ${shown} of ${dates.length} dated events shown.` : '');
    const { xs, ys, width, key } = bins(dates);
    const inShown = new Map();
    for (const s of shownDates.map(toSeconds)) inShown.set(key(s), (inShown.get(key(s)) || 0) + 1);
    const data = [xs, ys, xs.map((x) => inShown.get(x) || 0)];
    // a lone day still gets a month of axis around it
    const pad = Math.max(width, (30 * DAY - (xs[xs.length - 1] - xs[0])) / 2);
    const scale = [xs[0] - pad, xs[xs.length - 1] + pad];
    if (this.plot && this.plot.data[0].length === xs.length && this.plot.data[0].every((x, i) => x === xs[i])) {
      // the same bins: only the counts change, the axis and the brush stay
      this.plot.setData(data, false);
      this.drawRange();
      return;
    }
    if (this.plot) this.plot.destroy();
    const self = this;
    const bars = uPlot.paths.bars({ size: [0.8, 24], align: 0 });
    this.plot = new uPlot({
      width: Math.max(200, this.box.clientWidth),
      height: this.height(),
      legend: { show: false },
      // the dates are UTC days: ticks fall on UTC midnights and months
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true, range: () => scale }, y: { range: (u, lo, hi) => [0, Math.max(1, hi)] } },
      axes: [
        { size: 24, space: 64, incrs: STEPS, font: '11px system-ui, sans-serif', stroke: '#52606d', grid: { stroke: '#e4e7eb' },
          values: (u, splits, axis, space, step) => {
            self.ticks = tickLabels(splits, step);
            return self.ticks;
          } },
        { size: 28, font: '11px system-ui, sans-serif', stroke: '#52606d', grid: { stroke: '#e4e7eb' }, incrs: [1, 2, 5, 10, 20, 50], values: (u, v) => v.map(String) },
      ],
      // every drawn event in grey, and over it, in colour, those shown
      series: [{},
        { label: 'drawn', fill: 'rgba(154, 165, 177, 0.45)', stroke: '#9aa5b1', width: 1, paths: bars, points: { show: false } },
        { label: 'shown', fill: 'rgba(106, 61, 154, 0.55)', stroke: '#6a3d9a', width: 1, paths: bars, points: { show: false } }],
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
