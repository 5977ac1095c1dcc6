// The case clock's cost (issue 12): caseClock over histories of 10, 100 and 1,000 events, and over
// the same 1,000 events spread across 20 years — O(events), independent of the span. Run after
// `npm run build`:  node bench/clock.bench.mjs [--write]  (--write updates docs/performance.md).
import { caseClock, definePolicy, policy20241007 } from '../dist/index.js';
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
if (process.argv.includes('--write')) {
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
