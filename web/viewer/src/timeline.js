// The timeline: the drawn events on a time axis (uPlot bars, a count per
// day or per month), where dragging across a stretch of time picks a date
// range. A date known only to its year (or to its month, when the bars
// count days) is no day: it is drawn as a band over the stretch it covers,
// above the bars, not as a bar on its first day. The axis shows the dense
// part of the dated events, not the span from the oldest to the newest:
// one event of 1994 among a hundred of 2019 would leave the hundred a few
// pixels wide; the note says how many lie outside, and a button shows them
// all. The range is the viewer's state, not the chart's: the chart only
// reports a drag through onRange and draws whatever range it is given, so
// the date fields, the URL and the chart always show the same range. It
// keeps in step with the graph: each bar is the events drawn that day or
// month, and its coloured part those the filters show.

import 'uplot/dist/uPlot.min.css';

// uPlot is loaded when the first dated event is drawn, not before the
// first frame of a drawing.
let uPlot = null;
let loading = null;
const loadPlot = () => {
  loading ||= import('uplot').then((m) => {
    uPlot = m.default;
  });
  return loading;
};

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

// span is the stretch of time a date at any precision covers, from its
// first second to the first second after it.
export function span(date) {
  const [y, m, d] = date.split('-');
  const start = toSeconds(date);
  const end = d ? start + DAY : m ? Date.UTC(+y, +m, 1) / 1000 : Date.UTC(+y + 1, 0, 1) / 1000;
  return { start, end, precision: d ? 'day' : m ? 'month' : 'year' };
}

// dense is the stretch [lo, hi] that holds the dense part of sorted
// instants: the shortest stretch that holds four in five of them, widened
// to every instant less than half its length (and at least 60 days) from
// its ends, again and again. Spread evenly, every instant stays; a few far
// from the rest are left out.
export function dense(secs) {
  const n = secs.length;
  if (n < 5) return [secs[0], secs[n - 1]];
  const keep = Math.ceil(0.8 * n);
  let [lo, hi] = [0, keep - 1];
  for (let i = 1; i + keep - 1 < n; i++) {
    if (secs[i + keep - 1] - secs[i] < secs[hi] - secs[lo]) [lo, hi] = [i, i + keep - 1];
  }
  for (;;) {
    const reach = Math.max(60 * DAY, (secs[hi] - secs[lo]) / 2);
    const [a, b] = [lo > 0 && secs[lo] - secs[lo - 1] <= reach, hi < n - 1 && secs[hi + 1] - secs[hi] <= reach];
    if (!a && !b) break;
    if (a) lo--;
    if (b) hi++;
  }
  return [secs[lo], secs[hi]];
}

// bins counts the dates known to the day per day when the dense part of
// them spans half a year or less, else those known to the month or the day
// per month; the other dates, coarser than a bar, are left as bands.
function bins(dates) {
  const spans = dates.map((d) => ({ date: d, ...span(d) }));
  const days = spans.filter((s) => s.precision === 'day').map((s) => s.start).sort((a, b) => a - b);
  const [lo, hi] = days.length ? dense(days) : [0, 0];
  const daily = hi - lo <= 183 * DAY;
  const key = (s) => {
    if (daily) return s - (s % DAY);
    const d = new Date(s * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  };
  const barred = (s) => s.precision === 'day' || (!daily && s.precision === 'month');
  const counts = new Map();
  for (const s of spans) if (barred(s)) counts.set(key(s.start), (counts.get(key(s.start)) || 0) + 1);
  const xs = [...counts.keys()].sort((a, b) => a - b);
  return { xs, ys: xs.map((x) => counts.get(x)), width: daily ? DAY : 31 * DAY, key, barred, days: days.length ? [lo, hi] : null };
}

// bandsOf gathers the coarse dates (spans, not barred) into one band a
// date, counting those drawn and those shown, and stacks overlapping bands
// in rows.
function bandsOf(spans, shown) {
  const by = new Map();
  for (const s of spans) {
    const b = by.get(s.date) || { date: s.date, start: s.start, end: s.end, precision: s.precision, drawn: 0, shown: 0, row: 0 };
    b.drawn++;
    by.set(s.date, b);
  }
  for (const s of shown) if (by.has(s.date)) by.get(s.date).shown++;
  const bands = [...by.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const rows = [];
  for (const b of bands) {
    b.row = rows.findIndex((end) => end <= b.start);
    if (b.row < 0) b.row = rows.length;
    rows[b.row] = b.end;
  }
  return { bands, rows: rows.length };
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
  // onRange(range) is called when a brush keeps a stretch of time,
  // onWhole(whole) when the axis is asked for every date or the dense part
  constructor(box, note, onRange, onWhole) {
    this.box = box;
    this.note = note;
    this.onRange = onRange;
    this.onWhole = onWhole;
    this.plot = null;
    this.range = { from: '', to: '' };
    this.ticks = []; // the axis's labels as last drawn
    this.bands = []; // the coarse dates drawn as bands: {date, start, end, precision, drawn, shown, row}
    this.outside = { before: 0, after: 0 }; // dated events drawn outside the axis
    this.whole = false; // the user asked for every date, not the dense part
    this.last = null; // the arguments of the last update, to redraw with
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
    this.last = [dates, shownDates];
    if (!dates.length) {
      if (this.plot) this.plot.destroy();
      this.plot = null;
      this.ticks = [];
      this.bands = [];
      this.outside = { before: 0, after: 0 };
      this.note.replaceChildren('No dated event is drawn yet: expand a node to bring in its events.');
      return;
    }
    if (!uPlot) {
      loadPlot().then(() => this.update(...this.last, this.range));
      return;
    }
    const { xs, ys, width, key, barred, days } = bins(dates);
    const spans = dates.map((d) => ({ date: d, ...span(d) }));
    const { bands, rows } = bandsOf(spans.filter((s) => !barred(s)), shownDates.map((d) => ({ date: d, ...span(d) })).filter((s) => !barred(s)));
    this.bands = bands;
    const inShown = new Map();
    for (const s of shownDates.map(span).filter(barred).map((x) => x.start)) inShown.set(key(s), (inShown.get(key(s)) || 0) + 1);
    const data = [xs, ys, xs.map((x) => inShown.get(x) || 0)];
    // the axis: the dense part of the days, else of the bands' middles; or
    // every date when asked
    let [lo, hi] = days || dense(bands.map((b) => (b.start + b.end) / 2).sort((a, b) => a - b));
    if (!days) [lo, hi] = [Math.min(...bands.filter((b) => (b.start + b.end) / 2 >= lo).map((b) => b.start)), Math.max(...bands.filter((b) => (b.start + b.end) / 2 <= hi).map((b) => b.end))];
    if (this.whole) [lo, hi] = [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))];
    // a lone day still gets a month of axis around it
    const pad = Math.max(width, (30 * DAY - (hi - lo)) / 2);
    const scale = [lo - pad, hi + pad];
    this.outside = {
      before: spans.filter((s) => s.end <= scale[0]).length,
      after: spans.filter((s) => s.start >= scale[1]).length,
    };
    this.say(dates.length, shownDates.length, range);
    const shape = JSON.stringify([xs, scale, rows]);
    if (this.plot && this.shape === shape) {
      // the same bins and axis: only the counts change, the axis and the
      // brush stay
      this.plot.setData(data, false);
      this.drawRange();
      return;
    }
    this.shape = shape;
    if (this.plot) this.plot.destroy();
    const self = this;
    const bars = uPlot.paths.bars({ size: [0.8, 24], align: 0 });
    this.plot = new uPlot({
      width: Math.max(200, this.box.clientWidth),
      height: this.height(),
      legend: { show: false },
      // room on the left for half the first date's label, which is
      // centred on its tick at the chart's edge ('15 Jun 2019' was cut)
      padding: [null, null, null, 24],
      // the dates are UTC days: ticks fall on UTC midnights and months
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      // the bands get a strip above the bars, a row each
      scales: { x: { time: true, range: () => scale }, y: { range: (u, lo, hi) => [0, Math.max(1, hi) * (1 + 0.3 * rows)] } },
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
        draw: [(u) => self.drawBands(u, rows)],
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

  // showWhole spans the axis over every date (whole) or the dense part.
  showWhole(whole) {
    if (whole === this.whole) return;
    this.whole = whole;
    this.shape = null;
    if (this.last) this.update(...this.last, this.range);
  }

  // say writes the note under the dates: what dragging does, how many
  // events are shown, how many lie outside the axis, with a button for
  // them.
  say(drawn, shown, range) {
    // the sentence that says what dragging does is left out on a narrow
    // screen, where the timeline's button says it in fewer words
    // (style.css)
    const how = document.createElement('span');
    how.className = 'how';
    how.textContent = range.from || range.to
      ? `Events from ${range.from || 'the start'} to ${range.to || 'the end'}; drag again to change, or clear. `
      : 'Drag across the chart to keep the events and links of a stretch of time. ';
    const parts = [how, shown < drawn ? `${shown} of ${drawn} dated events shown.` : ''];
    const { before, after } = this.outside;
    if (before || after || this.whole) {
      const where = [before ? `${before} earlier` : '', after ? `${after} later` : ''].filter(Boolean).join(' and ');
      if (where) parts.push(` ${where} outside the chart.`);
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.id = 'timeline-whole';
      b.textContent = this.whole ? 'Show the dense part' : 'Show every date';
      b.addEventListener('click', () => {
        this.showWhole(!this.whole);
        this.onWhole(this.whole);
      });
      parts.push(' ', b);
    }
    this.note.replaceChildren(...parts);
  }

  // drawBands draws the dates coarser than a bar as bands over the stretch
  // each covers, in rows above the bars: grey for those drawn, coloured
  // when some of its events are shown, with the count when more than one.
  drawBands(u, rows) {
    if (!this.bands.length) return;
    const { ctx } = u;
    const { left, top, width } = u.bbox;
    const px = uPlot.pxRatio;
    const h = 7 * px;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, u.bbox.height);
    ctx.clip();
    ctx.font = `${10 * px}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    for (const b of this.bands) {
      const x1 = Math.max(left - h, u.valToPos(b.start, 'x', true));
      const x2 = Math.min(left + width + h, u.valToPos(b.end, 'x', true));
      if (x2 <= x1) continue;
      const y = top + (rows - 1 - b.row) * (h + 4 * px) + 2 * px;
      ctx.fillStyle = b.shown ? 'rgba(106, 61, 154, 0.55)' : 'rgba(154, 165, 177, 0.55)';
      ctx.fillRect(x1, y, x2 - x1, h);
      ctx.fillStyle = b.shown ? '#6a3d9a' : '#7b8794';
      // its ends, so a band reads as a stretch of time
      ctx.fillRect(x1, y - px, px, h + 2 * px);
      ctx.fillRect(x2 - px, y - px, px, h + 2 * px);
      if (b.drawn > 1 && x2 - x1 > 16 * px) {
        ctx.fillStyle = '#1f2933';
        ctx.fillText(String(b.drawn), x1 + 3 * px, y + h / 2);
      }
    }
    ctx.restore();
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
