// Closure-scale figures (issue 9 "Many company closures"), used by calendar.bench.mjs and runnable
// alone: `node bench/closures.mjs` (after `npm run build`). Every figure is the fastest of a few
// rounds, in this process; "build" is createBusinessCalendar (option validation) plus the first
// question (the day index).
import { createBusinessCalendar } from '../dist/index.js';

const DAY_MS = 86_400_000;
const FIRST = Date.parse('1970-01-01') / DAY_MS;
const LAST = Date.parse('2050-12-31') / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLOSED_LAST = Date.parse('1999-12-31') / DAY_MS;

/**
 * `count` closure entries in 1970–1999: half single days, half ranges of up to 60 days, overlapping
 * freely (100,000 of them close every day of those years), 20 labels.
 */
export function closureList(count, seed = 9) {
  const random = mulberry32(seed);
  const day = () => FIRST + Math.floor(random() * (CLOSED_LAST - FIRST + 1));
  const list = [];
  for (let k = 0; k < count; k++) {
    const label = `休業 ${k % 20}`;
    if (k % 2 === 0) list.push({ date: isoOf(day()), label });
    else {
      const from = day();
      list.push({ from: isoOf(from), to: isoOf(Math.min(from + Math.floor(random() * 60), CLOSED_LAST)), label });
    }
  }
  return list;
}

/** `count` single-day entries on random days (the 29,585 covered days cannot hold 30,000 distinct ones). */
export function singleDays(count, seed = 30) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    date: isoOf(FIRST + Math.floor(random() * (LAST - FIRST + 1))),
    label: '臨時休業',
  }));
}

const now = () => performance.now();
const best = (rounds, fn) => {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = now();
    fn();
    min = Math.min(min, now() - t0);
  }
  return min;
};

/** ns per call of `fn(inputs[i])`, fastest of 7 rounds of `calls` calls. */
function perCall(fn, inputs, calls = 100_000) {
  let acc = 0;
  const ms = best(7, () => {
    for (let i = 0; i < calls; i++) {
      const r = fn(inputs[i % inputs.length]);
      acc += typeof r === 'object' ? 1 : r ? 1 : 0;
    }
  });
  if (acc === -1) console.log('unreachable');
  return (ms * 1e6) / calls;
}

export function measureClosureScale() {
  const one = closureList(1);
  const many = closureList(100_000);
  const singles = singleDays(30_000);
  const build = (closures) => {
    const calendar = createBusinessCalendar({ closures });
    calendar.isBusinessDay('2027-01-04');
    return calendar;
  };
  const buildOneMs = best(5, () => build(one));
  const buildManyMs = best(3, () => build(many));
  const buildSinglesMs = best(3, () => build(singles));
  const calendars = { one: build(one), many: build(many) };
  const singlesCalendar = build(singles);
  const closedManyMs = best(3, () => calendars.many.closedDaysBetween('1970-01-01', '1999-12-31'));
  const closedAllMs = best(3, () => singlesCalendar.closedDaysBetween('1970-01-01', '2050-12-31'));
  const closedCount = singlesCalendar.closedDaysBetween('1970-01-01', '2050-12-31').length;
  const random = mulberry32(7);
  // Queries on days after the closed years (2001–2045), so that both calendars have an answer.
  const QUERY_FIRST = Date.parse('2001-01-01') / DAY_MS;
  const QUERY_LAST = Date.parse('2045-12-31') / DAY_MS;
  const dates = Array.from({ length: 1024 }, () =>
    isoOf(QUERY_FIRST + Math.floor(random() * (QUERY_LAST - QUERY_FIRST))),
  );
  const instants = dates.map((d) => new Date(`${d}T12:00:00+09:00`));
  const queries = [
    ['isBusinessDay', (c) => (x) => c.isBusinessDay(x), dates],
    ['describeDay', (c) => (x) => c.describeDay(x), dates],
    ['addBusinessDays(date, 10)', (c) => (x) => c.addBusinessDays(x, 10), dates],
    ['nextBusinessOpening', (c) => (x) => c.nextBusinessOpening(x), instants],
    ['addBusinessMinutes(instant, 600)', (c) => (x) => c.addBusinessMinutes(x, 600), instants],
  ].map(([name, make, inputs]) => {
    // Warm both first, so that neither pays for the first descriptions of its segments.
    for (const c of [calendars.one, calendars.many]) for (const x of inputs) make(c)(x);
    return { name, oneNs: perCall(make(calendars.one), inputs), manyNs: perCall(make(calendars.many), inputs) };
  });
  return { buildOneMs, buildManyMs, buildSinglesMs, closedAllMs, closedManyMs, closedCount, queries };
}

export function renderClosureScale(r) {
  const ns = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} µs` : `${v.toFixed(1)} ns`);
  const L = [];
  L.push('## Many company closures');
  L.push('');
  L.push(
    '`bench/closures.mjs` (issue 9): 100,000 closure entries in 1970–1999, half single days and half ranges of up to 60 days, overlapping freely (every day of those years is closed, most by dozens of entries), 20 labels; and 30,000 single-day entries on random days. Build = `createBusinessCalendar` (validation) + the first question (the day index); fastest of a few rounds.',
  );
  L.push('');
  L.push('| measure | value |');
  L.push('|---|---:|');
  L.push(`| build, 1 closure | ${r.buildOneMs.toFixed(1)} ms |`);
  L.push(`| build, 100,000 closures | ${r.buildManyMs.toFixed(1)} ms |`);
  L.push(`| build, 30,000 single days | ${r.buildSinglesMs.toFixed(1)} ms |`);
  L.push(
    `| \`closedDaysBetween('1970-01-01', '2050-12-31')\` with 30,000 single days (${r.closedCount.toLocaleString('en-US')} closed days) | ${r.closedAllMs.toFixed(1)} ms |`,
  );
  L.push(
    `| \`closedDaysBetween('1970-01-01', '1999-12-31')\` with the 100,000 entries (10,957 days, each with its labels) | ${r.closedManyMs.toFixed(1)} ms |`,
  );
  L.push('');
  L.push('| query (per call, 1,024 dates 2001–2045 cycled) | 1 closure | 100,000 closures |');
  L.push('|---|---:|---:|');
  for (const q of r.queries) L.push(`| \`${q.name}\` | ${ns(q.oneNs)} | ${ns(q.manyNs)} |`);
  return L.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderClosureScale(measureClosureScale()));
