#!/usr/bin/env node
// `npm run bench`: the business calendar against the ways teams compute business days today.
//
// 1. Checks that every peer (bench/peers.mjs) gives our answers on a sample of inputs; a benchmark
//    of a wrong implementation is worthless, so any disagreement stops the run.
// 2. Times every job with tinybench, ours and each peer, in one run. Fast calls are batched (one
//    tinybench sample = the mean of K calls, K chosen so a batch takes about 0.2 ms) so the timer
//    does not dominate; ops/s are from the median sample.
// 3. Measures, in fresh processes, the import cost of the package and the first use (index build).
// 4. Writes docs/performance.md, keeping the hand-written block between the bundle markers.
//
// Uses the built package (dist/index.js): `npm run bench` builds it first.
// `node bench/calendar.bench.mjs --check` runs the agreement check only (try it under several TZ=).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bench } from 'tinybench';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessOpening,
} from '../dist/index.js';
import { keptBlocks } from './doc-block.mjs';
import { peers } from './peers.mjs';
import { measureClosureScale, renderClosureScale } from './closures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST_URL = pathToFileURL(`${root}dist/index.js`).href;
const EMPTY_URL = pathToFileURL(`${root}bench/fixtures/empty.mjs`).href;
const DOC = `${root}docs/performance.md`;

const DAY_MS = 86_400_000;
const TASK_TIME_MS = 400;
const WARMUP_TIME_MS = 100;
const BATCH_TARGET_MS = 0.2;
const CHILD_RUNS = 20;

// ---------------------------------------------------------------------------------------------
// Inputs: deterministic pseudo-random, inside the holiday data's coverage (1970–2050) with room
// for 1,000 business days or ten years after each start.

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
const random = mulberry32(20241007);
const randInt = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const epochDay = (iso) => Date.parse(iso) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST = epochDay('1990-01-01');
const LAST = epochDay('2039-12-31');
const randomIso = () => isoOf(randInt(FIRST, LAST));
const randomInstant = () => new Date(randInt(FIRST * DAY_MS, LAST * DAY_MS));
const many = (n, make) => Array.from({ length: n }, make);
/** JST wall clock → Date. */
const jst = (isoDateTime) => new Date(`${isoDateTime}+09:00`);

// ---------------------------------------------------------------------------------------------
// The jobs. `call` is the call expression on input `x` (compiled into each task's own loop, so
// call sites stay monomorphic); `result` says how the loop consumes the answer.

const N = 1024; // inputs per job, cycled through (a power of two)
const instants = many(N, randomInstant);
const isoDates = many(N, randomIso);
const spans = (days) => isoDates.map((a) => [a, isoOf(epochDay(a) + days)]);

const jobs = [
  {
    id: 'isBusinessDay(Date)',
    inputs: instants,
    result: 'bool',
    ours: isBusinessDay,
    peer: 'isBusinessDayDate',
    call: 'f(x)',
  },
  {
    id: "isBusinessDay('YYYY-MM-DD')",
    inputs: isoDates,
    result: 'bool',
    ours: isBusinessDay,
    peer: 'isBusinessDayIso',
    call: 'f(x)',
  },
  ...[1, 10, 100, 1000].map((n) => ({
    id: `addBusinessDays(date, ${n})`,
    n,
    inputs: isoDates,
    result: 'string',
    ours: addBusinessDays,
    peer: 'addBusinessDays',
    call: `f(x, ${n})`,
  })),
  ...[
    ['a week', 7],
    ['a year', 365],
    ['ten years', 3652],
  ].map(([label, days]) => ({
    id: `businessDaysBetween (${label})`,
    days,
    inputs: spans(days),
    result: 'number',
    ours: businessDaysBetween,
    peer: 'businessDaysBetween',
    call: 'f(x[0], x[1])',
  })),
  {
    id: 'nextBusinessOpening(Date)',
    inputs: instants,
    result: 'date',
    ours: nextBusinessOpening,
    peer: 'nextBusinessOpening',
    call: 'f(x)',
  },
  ...[600, 60_000].map((minutes) => ({
    id: `addBusinessMinutes(Date, ${minutes.toLocaleString('en-US')})`,
    minutes,
    inputs: instants,
    result: 'date',
    ours: addBusinessMinutes,
    peer: 'addBusinessMinutes',
    call: `f(x, ${minutes})`,
  })),
];

// ---------------------------------------------------------------------------------------------
// 1. Agreement: each peer against ours, job by job.

const sample = {
  isBusinessDayDate: () => {
    const edges = [];
    // Around JST midnight (15:00 UTC) at the year-end closure and Golden Week.
    for (let d = epochDay('2026-12-26'); d <= epochDay('2027-01-05'); d++) {
      for (const offset of [-1, 0, 1]) edges.push(new Date(d * DAY_MS - 9 * 3_600_000 + offset));
    }
    return [...edges, ...many(1500, randomInstant)].map((d) => [d]);
  },
  isBusinessDayIso: () => {
    const edges = [];
    for (let d = epochDay('2026-12-20'); d <= epochDay('2027-01-10'); d++) edges.push(isoOf(d));
    for (let d = epochDay('2027-04-25'); d <= epochDay('2027-05-10'); d++) edges.push(isoOf(d));
    return [...edges, ...many(1500, randomIso)].map((d) => [d]);
  },
  addBusinessDays: () => [
    ['2026-12-25', 1],
    ['2026-12-28', 1],
    ['2026-12-31', 1],
    ['2027-04-28', 1],
    ['2027-04-30', 3],
    ...many(300, () => [randomIso(), [1, 10, 100, 1000, randInt(1, 1000)][randInt(0, 4)]]),
  ],
  businessDaysBetween: () => [
    ['2026-12-25', '2027-01-04'],
    ['2027-01-04', '2026-12-25'],
    ['2026-12-26', '2027-01-03'],
    ['2027-01-01', '2027-01-01'],
    ...many(300, () => {
      const a = randomIso();
      const b = isoOf(epochDay(a) + randInt(0, 3652));
      return random() < 0.5 ? [a, b] : [b, a];
    }),
  ],
  nextBusinessOpening: () => [
    [jst('2026-12-28T18:45')],
    [jst('2026-12-28T18:30')],
    [jst('2026-12-28T18:29:59.999')],
    [jst('2026-12-28T09:30')],
    [jst('2026-12-28T09:29:59.999')],
    [jst('2026-12-26T12:00')],
    [jst('2027-05-01T00:00')],
    ...many(1000, () => [randomInstant()]),
  ],
  addBusinessMinutes: () => [
    [jst('2026-12-28T18:00'), 60],
    [jst('2026-12-28T18:00'), 30],
    [jst('2026-12-28T18:30'), 1],
    [jst('2026-12-27T03:00'), 540],
    ...many(300, () => [randomInstant(), [1, 60, 540, 600, 60_000, randInt(1, 100_000)][randInt(0, 5)]]),
  ],
};
const oursByPeerMethod = {
  isBusinessDayDate: isBusinessDay,
  isBusinessDayIso: isBusinessDay,
  addBusinessDays,
  businessDaysBetween,
  nextBusinessOpening,
  addBusinessMinutes,
};
const same = (a, b) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const show = (v) => (v instanceof Date ? v.toISOString() : JSON.stringify(v));

function checkAgreement() {
  const samples = Object.fromEntries(Object.entries(sample).map(([method, make]) => [method, make()]));
  for (const peer of peers) {
    let count = 0;
    for (const [method, args] of Object.entries(samples)) {
      const ours = oursByPeerMethod[method];
      for (const a of args) {
        const expected = ours(...a);
        let actual;
        try {
          actual = peer[method](...a);
        } catch (error) {
          actual = `threw ${error}`;
        }
        if (!same(expected, actual)) {
          console.error(
            `peer ${peer.name} DISAGREES: ${method}(${a.map(show).join(', ')}) = ${show(actual)}, ours = ${show(expected)}`,
          );
          process.exit(1);
        }
        count++;
      }
    }
    console.log(`peer ${peer.name} agrees on ${count} samples`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Timing.

const now = performance.now.bind(performance);
// A full collection before each task, so no task pays for the garbage of the one before it
// (moment and date-fns leave a lot). `npm run bench` runs node without --expose-gc; this exposes it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const sink = { value: 0 };
const CONSUME = {
  bool: 'acc += r ? 1 : 0;',
  string: 'acc += r.length;',
  number: 'acc += r;',
  date: 'acc += r.getTime();',
};

/**
 * A task running K calls per sample. Each task gets its own compiled loop (new Function) so
 * V8's feedback at the call site is this task's only: a loop shared by every task would make the
 * call megamorphic and add the same few nanoseconds to everyone's cheapest calls.
 */
function makeTask(f, inputs, call, result) {
  const config = { K: 1 };
  const body = `
    let i = 0;
    let acc = 0;
    const mask = inputs.length - 1;
    return function task() {
      const K = config.K;
      const t0 = now();
      for (let k = 0; k < K; k++) {
        const x = inputs[i];
        i = (i + 1) & mask;
        const r = ${call};
        ${CONSUME[result]}
      }
      const elapsed = now() - t0;
      sink.value += acc;
      acc = 0;
      return { overriddenDuration: elapsed / K, overriddenIterationCost: elapsed };
    };`;
  const task = new Function('f', 'inputs', 'now', 'sink', 'config', body)(f, inputs, now, sink, config);
  // Calibrate K after a short warm-up (so the code is optimised): double it until the fastest of
  // three batches takes BATCH_TARGET_MS.
  const t0 = now();
  for (let calls = 0; now() - t0 < 20 && calls < 5000; calls++) task();
  for (;;) {
    const cost = Math.min(
      task().overriddenIterationCost,
      task().overriddenIterationCost,
      task().overriddenIterationCost,
    );
    if (cost >= BATCH_TARGET_MS || config.K >= 65_536) break;
    config.K *= 2;
  }
  return { task, K: config.K };
}

async function timeJobs() {
  const bench = new Bench({
    name: 'business calendar',
    time: TASK_TIME_MS,
    warmupTime: WARMUP_TIME_MS,
    iterations: 10,
    warmupIterations: 5,
    throws: true,
    setup: () => collectGarbage(),
  });
  const batch = new Map();
  const impls = [
    { name: 'ours', get: (job) => job.ours },
    ...peers.map((p) => ({ name: p.name, get: (job) => p[job.peer] })),
  ];
  for (const job of jobs) {
    for (const impl of impls) {
      const { task, K } = makeTask(impl.get(job), job.inputs, job.call, job.result);
      const name = `${job.id} | ${impl.name}`;
      batch.set(name, K);
      bench.add(name, task, { async: false });
    }
  }
  bench.addEventListener('cycle', (event) => {
    const task = event.task;
    const lat = task.result.latency;
    console.log(
      `  ${task.name.padEnd(72)} ${fmtOps(1000 / lat.p50).padStart(10)} ops/s  ±${lat.rme.toFixed(1)}%  (${lat.samplesCount} samples × ${batch.get(task.name)} calls)`,
    );
  });
  await bench.run();
  const results = new Map();
  for (const job of jobs) {
    results.set(
      job.id,
      impls.map((impl) => {
        const task = bench.getTask(`${job.id} | ${impl.name}`);
        const lat = task.result.latency;
        return {
          name: impl.name,
          ops: 1000 / lat.p50,
          nsPerOp: lat.p50 * 1e6,
          rme: lat.rme,
          samples: lat.samplesCount,
        };
      }),
    );
  }
  if (sink.value === 0.5) console.log('(unreachable: keeps the results observable)');
  return results;
}

// ---------------------------------------------------------------------------------------------
// 3. Fresh processes: import cost and first use.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const child = (...args) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [...(args[0] === 'first-use' ? ['--expose-gc'] : []), `${root}bench/child.mjs`, ...args],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .at(-1),
  );

function measureFreshProcesses() {
  const pkg = [];
  const empty = [];
  const first = [];
  for (let i = 0; i < CHILD_RUNS; i++) {
    // Interleaved, so a slow patch of the machine touches every measure alike.
    empty.push(child('import', EMPTY_URL).importMs);
    pkg.push(child('import', DIST_URL).importMs);
    first.push(child('first-use', DIST_URL));
  }
  return {
    importMs: median(pkg),
    emptyImportMs: median(empty),
    importAddsMs: median(pkg) - median(empty),
    firstCallMs: median(first.map((r) => r.firstCallMs)),
    secondCallMs: median(first.map((r) => r.secondCallMs)),
    arrayBuffersDelta: median(first.map((r) => r.arrayBuffersDelta)),
    heapUsedDelta: median(first.map((r) => r.heapUsedDelta)),
  };
}

function indexEstimate() {
  const days = epochDay('2050-12-31') - epochDay('1970-01-01') + 1;
  const businessDays = businessDaysBetween('1970-01-01', '2050-12-31') + (isBusinessDay('1970-01-01') ? 1 : 0);
  const bytes = days + 4 * (days + 1) + 4 * businessDays;
  return { days, businessDays, bytes };
}

// ---------------------------------------------------------------------------------------------
// 4. The report.

function fmtOps(ops) {
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(ops >= 1e8 ? 0 : 1)} M`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(ops >= 1e5 ? 0 : 1)} k`;
  return ops >= 100 ? ops.toFixed(0) : ops.toPrecision(3);
}
const fmtNs = (ns) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;
const fmtRatio = (r) => (r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} bytes)`;

function machine() {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let nproc = String(availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // no coreutils: Node's count stands
  }
  return {
    cpu,
    nproc,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    load: loadavg()[0].toFixed(2),
  };
}

/**
 * Fastest ns per call of each of several loops run in turns (9 rounds of `calls` calls each): a
 * pause of the machine during one round cannot decide a ratio, as it can between two separate
 * tinybench tasks. Used for the targets, which are ratios.
 */
function interleaved(specs, calls = 200000) {
  const loops = specs.map((spec) => {
    const fn = new Function(
      'f',
      'inputs',
      `let acc = 0; const mask = inputs.length - 1;
      for (let i = 0; i < ${calls}; i++) { const x = inputs[i & mask]; const r = ${spec.call}; acc += typeof r === 'string' ? r.length : r; }
      return acc;`,
    );
    return () => fn(spec.f, spec.inputs);
  });
  const best = specs.map(() => Infinity);
  for (let round = 0; round < 9; round++) {
    loops.forEach((loop, k) => {
      const t0 = now();
      sink.value += loop();
      best[k] = Math.min(best[k], now() - t0);
    });
  }
  return best.map((ms) => (ms * 1e6) / calls);
}

const fastestPeer = (rows) => rows.slice(1).reduce((best, r) => (r.ops > best.ops ? r : best));

function buildTargets(results, fresh, estimate) {
  const t = [];
  const push = (target, measured, pass) => t.push({ target, measured, pass });
  const [a10, a1000] = interleaved([
    { f: addBusinessDays, inputs: isoDates, call: 'f(x, 10)' },
    { f: addBusinessDays, inputs: isoDates, call: 'f(x, 1000)' },
  ]);
  push(
    '`addBusinessDays` costs about the same at n = 1000 as at n = 10 (within 2×)',
    `${fmtNs(a1000)} vs ${fmtNs(a10)} per call (fastest of 9 interleaved rounds): ${fmtRatio(a1000 / a10)}`,
    a1000 / a10 <= 2,
  );
  const [bWeek, bTen] = interleaved([
    { f: businessDaysBetween, inputs: spans(7), call: 'f(x[0], x[1])' },
    { f: businessDaysBetween, inputs: spans(3652), call: 'f(x[0], x[1])' },
  ]);
  push(
    '`businessDaysBetween` costs about the same over ten years as over a week (within 2×)',
    `${fmtNs(bTen)} vs ${fmtNs(bWeek)} per call (fastest of 9 interleaved rounds): ${fmtRatio(bTen / bWeek)}`,
    bTen / bWeek <= 2,
  );
  const againstPeers = (label, job, call, inputs) => {
    const method = job.startsWith('addBusinessDays') ? 'addBusinessDays' : 'businessDaysBetween';
    const [ours] = interleaved(
      [{ f: method === 'addBusinessDays' ? addBusinessDays : businessDaysBetween, inputs, call }],
      200000,
    );
    // Every peer measured the same way; the fastest one is the yardstick.
    const theirs = interleaved(
      peers.map((p) => ({ f: p[method], inputs, call })),
      2000,
    );
    const k = theirs.indexOf(Math.min(...theirs));
    const ratio = theirs[k] / ours;
    push(
      label,
      `${fmtRatio(ratio)}: ours ${fmtNs(ours)}, fastest peer ${peers[k].name} ${fmtNs(theirs[k])} per call (fastest of 9 interleaved rounds)`,
      ratio >= 50,
    );
  };
  againstPeers(
    '`addBusinessDays` at n = 10 is at least 50× the fastest peer',
    'addBusinessDays(date, 10)',
    'f(x, 10)',
    isoDates,
  );
  againstPeers(
    '(extra, beyond the issue) `businessDaysBetween` over a week is at least 50× the fastest peer',
    'businessDaysBetween (a week)',
    'f(x[0], x[1])',
    spans(7),
  );
  const isBd = results.get('isBusinessDay(Date)')[0].ops;
  push('`isBusinessDay` from a `Date` ≥ 10 M ops/s', `${fmtOps(isBd)} ops/s`, isBd >= 10e6);
  push('importing the package adds < 20 ms', `${fresh.importAddsMs.toFixed(1)} ms`, fresh.importAddsMs < 20);
  const indexBytes = Math.max(estimate.bytes, fresh.arrayBuffersDelta);
  push(
    'the day index holds < 1 MB',
    `${fmtKB(estimate.bytes)} estimated, ${fmtKB(fresh.arrayBuffersDelta)} measured`,
    indexBytes < 1024 * 1024,
  );
  return t;
}

function renderDoc(results, fresh, estimate, targets, m, previous, closureScale) {
  // The markers count only on lines of their own (scripts/browser-bundle.mjs writes them so).
  // Blocks other scripts write (the browser bundle, the service, …) are kept as they are.
  const kept = keptBlocks(previous);
  if (!kept.some((b) => b.startsWith('<!-- bundle:start -->')))
    kept.unshift('<!-- bundle:start -->\n<!-- bundle:end -->');
  const L = [];
  // The comment must not spell the bundle markers out: scripts/browser-bundle.mjs finds them by text.
  L.push(
    '<!-- Generated by `npm run bench` (bench/calendar.bench.mjs). Do not edit by hand: the next run rewrites this file, except the marked blocks written by other scripts (the browser bundle by scripts/browser-bundle.mjs, the service by bench/service.bench.mjs), which it keeps as they are. -->',
  );
  L.push('# Performance');
  L.push('');
  L.push(
    `Measured on ${new Date().toISOString().slice(0, 10)}: ${m.cpu}, ${m.nproc} CPUs (nproc), Node ${m.node}, ${m.platform}, process time zone ${m.tz}.`,
  );
  L.push(
    `Load average (1 min) at the start of the run: ${m.loadAtStart}, at the end: ${m.load} — figures taken on a busy machine are noisier and lower.`,
  );
  L.push('');
  L.push(
    'How: [tinybench](https://github.com/tinylibs/tinybench) 6, one run, about ' +
      `${TASK_TIME_MS} ms per task after ${WARMUP_TIME_MS} ms of warm-up. Each task cycles through ${N} pseudo-random inputs ` +
      '(dates 1990–2039, instants at any time of day) so no answer is cached; fast calls are batched (one sample is the mean ' +
      `of K calls, K chosen so a sample takes about ${BATCH_TARGET_MS} ms) so the timer's own cost stays out. ops/s = 1 / median sample. ` +
      "Our functions are the package root's, from the built `dist/index.js`. ISO dates go in and out as `'YYYY-MM-DD'` strings for every implementation; " +
      'instants are `Date`s.',
  );
  L.push('');
  L.push(
    'The peers (`bench/peers.mjs`) do the same jobs the way teams do them today, each with the same semantics as ours: ' +
      'Monday–Friday, not a national holiday, not in the year-end closure (Dec 29 – Jan 3); the start date not counted; hours 09:30–18:30 JST.',
  );
  L.push('');
  L.push(
    "- **@holiday-jp/holiday_jp loop**: a day-by-day loop over UTC-midnight `Date`s, looking up `'YYYY-MM-DD'` keys in `holiday_jp.holidays`;",
  );
  L.push(
    '- **japanese-holidays**: a day-by-day loop over local-midnight `Date`s with `JapaneseHolidays.isHoliday(date)` (it reads local date fields, cached per year);',
  );
  L.push(
    '- **moment-business-days**: `isBusinessDay` / `businessAdd` / `businessDiff`, with every holiday_jp date and year-end date configured as locale holidays, dates in UTC mode, instants at `utcOffset(540)`;',
  );
  L.push(
    '- **date-fns + holiday loop**: `addBusinessDays(d, 1)` repeated, skipping holidays and closure days; `differenceInBusinessDays` minus the closed weekdays in range; JST wall clocks held as local `Date`s.',
  );
  L.push('');
  L.push(
    'Before timing, each peer is checked against ours on a sample of inputs (year-end, Golden Week, JST midnight and opening/closing edges, and random ones); the run stops if one answer differs.',
  );
  L.push('');
  L.push('## Summary');
  L.push('');
  L.push(`| job | ours | ${peers.map((p) => p.name).join(' | ')} | ours ÷ fastest peer |`);
  L.push(`|---|---:|${peers.map(() => '---:').join('|')}|---:|`);
  for (const job of jobs) {
    const rows = results.get(job.id);
    const best = fastestPeer(rows);
    L.push(`| \`${job.id}\` | ${rows.map((r) => fmtOps(r.ops)).join(' | ')} | ${fmtRatio(rows[0].ops / best.ops)} |`);
  }
  L.push('');
  L.push('ops/s; "ours ÷ fastest peer" is how many times faster ours is than the fastest peer for that job.');
  L.push('');
  L.push('## Jobs');
  for (const job of jobs) {
    const rows = results.get(job.id);
    const best = fastestPeer(rows);
    L.push('');
    L.push(`### \`${job.id}\``);
    L.push('');
    L.push('| implementation | ops/s | time per call | ± (95%) | samples | ours ÷ this |');
    L.push('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      L.push(
        `| ${r.name === 'ours' ? '**ours**' : r.name} | ${fmtOps(r.ops)} | ${fmtNs(r.nsPerOp)} | ${r.rme.toFixed(1)}% | ${r.samples} | ${r.name === 'ours' ? '—' : fmtRatio(rows[0].ops / r.ops)} |`,
      );
    }
    L.push('');
    L.push(`Ours ÷ fastest peer (${best.name}): **${fmtRatio(rows[0].ops / best.ops)}**.`);
  }
  L.push('');
  L.push('## Import and first use');
  L.push('');
  L.push(
    `Each figure is the median of ${CHILD_RUNS} fresh Node processes (\`bench/child.mjs\`), timed with \`process.hrtime\` inside the child.`,
  );
  L.push('');
  L.push('| measure | value |');
  L.push('|---|---:|');
  L.push(`| \`await import('dist/index.js')\` | ${fresh.importMs.toFixed(2)} ms |`);
  L.push(`| \`await import()\` of an empty module (baseline) | ${fresh.emptyImportMs.toFixed(2)} ms |`);
  L.push(`| **import cost of the package** (difference) | **${fresh.importAddsMs.toFixed(2)} ms** |`);
  L.push(
    `| first \`isBusinessDay\` call (creates the policy's calendar, validates its options, builds the day index) | ${fresh.firstCallMs.toFixed(2)} ms |`,
  );
  L.push(`| second call, same process (code not yet optimised) | ${(fresh.secondCallMs * 1000).toFixed(1)} µs |`);
  L.push(
    `| day index, estimated: ${estimate.days.toLocaleString('en-US')} flag bytes + 4 × ${(estimate.days + 1).toLocaleString('en-US')} prefix counts + 4 × ${estimate.businessDays.toLocaleString('en-US')} business days | ${fmtKB(estimate.bytes)} |`,
  );
  L.push(
    `| day index, measured: \`process.memoryUsage().arrayBuffers\` after − before the first call | ${fmtKB(fresh.arrayBuffersDelta)} |`,
  );
  L.push(
    `| JS heap growth over the first call (\`heapUsed\`; includes the parsed holiday table, 1,329 entries, and garbage not yet collected) | ${fmtKB(fresh.heapUsedDelta)} |`,
  );
  L.push('');
  L.push('## Targets');
  L.push('');
  L.push('The targets are ratios, so they are measured apart from the table above: the loops run in turns and');
  L.push("each keeps its fastest round, which a pause of this shared 2-core machine cannot fake. The table's");
  L.push('single tinybench tasks can differ by 2× between runs of the same code when the machine is busy.');
  L.push('');
  L.push('| target | measured | result |');
  L.push('|---|---|---|');
  for (const t of targets) L.push(`| ${t.target} | ${t.measured} | ${t.pass ? 'PASS' : '**FAIL**'} |`);
  L.push('');
  L.push(renderClosureScale(closureScale));
  L.push('');
  for (const block of kept) L.push(block, '');
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------

const started = now();
const loadAtStart = loadavg()[0].toFixed(2);
console.log('checking the peers against ours…');
checkAgreement();
if (process.argv.includes('--check')) process.exit(0); // `node bench/calendar.bench.mjs --check`: the agreement only
console.log(`timing ${jobs.length} jobs × ${peers.length + 1} implementations…`);
const results = await timeJobs();
console.log('fresh processes: import cost and first use…');
const fresh = measureFreshProcesses();
const estimate = indexEstimate();
const targets = buildTargets(results, fresh, estimate);
console.log('closure scale…');
const closureScale = measureClosureScale();
targets.push({
  target: '100,000 company-closure entries build in < 1 s (issue 9)',
  measured: `${closureScale.buildManyMs.toFixed(1)} ms`,
  pass: closureScale.buildManyMs < 1000,
});
const previous = existsSync(DOC) ? readFileSync(DOC, 'utf8') : undefined;
writeFileSync(DOC, renderDoc(results, fresh, estimate, targets, { ...machine(), loadAtStart }, previous, closureScale));

console.log('');
console.log(
  `import adds ${fresh.importAddsMs.toFixed(2)} ms; first call ${fresh.firstCallMs.toFixed(2)} ms; index ${fmtKB(estimate.bytes)} estimated, ${fmtKB(fresh.arrayBuffersDelta)} measured`,
);
for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.measured}`);
console.log(`wrote docs/performance.md in ${((now() - started) / 1000).toFixed(0)} s`);
