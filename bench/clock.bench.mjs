// The case clock's cost (issue 12): caseClock over histories of 10, 100 and 1,000 events, and over
// the same 1,000 events spread across 20 years — O(events), independent of the span; and business
// minutes under hours per weekday (a lunch hour, a Saturday half day) over an hour and over a year —
// the prefix index makes them cost the same. Run after `npm run build`:
// node bench/clock.bench.mjs [--write]  (--write updates docs/performance.md).
import { caseClock, createBusinessCalendar, definePolicy, policy20241007 } from '../dist/index.js';
import { writeBlock } from './doc-block.mjs';

const MIN = 60_000;
const policy = definePolicy(policy20241007, {
  version: '2027-04-01',
  caseClock: { targets: { high: { resolution: 100_000_000 } }, warningPercent: 75 },
});

/** n events from 2027-01-04 09:30 JST, `gapMinutes` apart, alternating run and pause. */
function history(n, gapMinutes) {
  const start = Date.parse('2027-01-04T09:30+09:00');
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(start + i * gapMinutes * MIN).toISOString(),
    clock: i % 2 === 0 ? 'run' : 'pause',
  }));
}

function measure(label, events) {
  const now = new Date(Date.parse(events.at(-1).at) + MIN).toISOString();
  const options = { now, urgency: 'high', policy };
  for (let i = 0; i < 200; i++) caseClock(events, options); // warm-up
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 0.5) {
    caseClock(events, options);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const micros = (elapsed / runs) * 1e6;
  const line = `| ${label} | ${events.length.toLocaleString('en')} | ${micros.toFixed(1)} µs | ${(micros / events.length).toFixed(2)} µs |`;
  console.log(line);
  return line;
}

const header = ['| history | events | one caseClock call | per event |', '|---|---:|---:|---:|'];
console.log(`node ${process.version}`);
for (const h of header) console.log(h);
const rows = [
  measure('3 hours apart', history(10, 180)),
  measure('3 hours apart', history(100, 180)),
  measure('3 hours apart (about 4 months)', history(1000, 180)),
  measure('about a week apart (20 years)', history(1000, 10_500)),
];
// Hours per weekday: the same distance independence as the default hours (issue 12).
const lunch = [
  { open: '09:00', close: '12:00' },
  { open: '13:00', close: '18:00' },
];
const weekly = createBusinessCalendar({
  hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [{ open: '10:00', close: '15:00' }] },
  workingDays: [{ date: '2027-01-11', label: '祝日営業' }],
});
const from = new Date('2027-01-04T10:00+09:00');

function perCall(label, call) {
  for (let i = 0; i < 10_000; i++) call(); // warm-up (builds the index once)
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 0.5) {
    for (let i = 0; i < 1000; i++) call();
    runs += 1000;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const nanos = (elapsed / runs) * 1e9;
  const line = `| ${label} | ${nanos.toFixed(0)} ns |`;
  console.log(line);
  return line;
}

// A year of this week's business time: 51 weeks of 5 × 480 + 300 minutes is about 137,700 minutes.
const weeklyHeader = ['| under hours per weekday | one call |', '|---|---:|'];
for (const h of weeklyHeader) console.log(h);
const later = new Date('2028-01-04T10:00+09:00');
const anHourLater = new Date('2027-01-04T11:00+09:00');
const weeklyRows = [
  perCall('`addBusinessMinutes(Date, 60)` (an hour)', () => weekly.addBusinessMinutes(from, 60)),
  perCall('`addBusinessMinutes(Date, 137,700)` (about a year)', () => weekly.addBusinessMinutes(from, 137_700)),
  perCall('`businessMinutesBetween` over an hour', () => weekly.businessMinutesBetween(from, anHourLater)),
  perCall('`businessMinutesBetween` over a year', () => weekly.businessMinutesBetween(from, later)),
];

if (process.argv.includes('--write')) {
  writeBlock(
    'weekly-hours',
    [
      '## Hours per weekday',
      '',
      `\`node bench/clock.bench.mjs --write\` (${process.version}): a calendar with a lunch hour on weekdays`,
      '(09:00–12:00, 13:00–18:00), a Saturday half day (10:00–15:00) and a worked holiday. Business minutes',
      'per day sit in a prefix index, so a year costs what an hour costs.',
      '',
      ...weeklyHeader,
      ...weeklyRows,
    ].join('\n'),
  );
  writeBlock(
    'clock',
    [
      '## Case clock',
      '',
      `\`node bench/clock.bench.mjs --write\` (${process.version}): \`caseClock\` with a target, events`,
      'alternating run and pause (ISO strings, validated on every call). The cost grows with the',
      'number of events, not with the span they cover (two O(1) calendar look-ups per event).',
      '',
      ...header,
      ...rows,
    ].join('\n'),
  );
}
