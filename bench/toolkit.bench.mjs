// The policy toolkit's throughput (issue 10): `policy impact` and `batch` over a generated corpus
// (bench/toolkit-corpus.mjs), against one CLI process per call. Run after `npm run build`:
//   node bench/toolkit.bench.mjs [calls]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from './toolkit-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const draft = join(root, 'docs', 'examples', 'policy-draft-2027-04-01.json');
const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'cs-policy-bench-'));
const cases = join(dir, 'cases.jsonl');
const calls = [...corpus(n)];
writeFileSync(cases, `${calls.map((c) => JSON.stringify(c)).join('\n')}\n`);

function timed(label, args, count) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${label}: exit ${run.status}: ${run.stderr}`);
  console.log(
    `${label}: ${count} calls in ${seconds.toFixed(2)} s = ${Math.round(count / seconds).toLocaleString('en')} calls/s`,
  );
  return count / seconds;
}

console.log(`node ${process.version}, corpus of ${n.toLocaleString('en')} calls`);
timed('policy impact (two decisions a call)', ['policy', 'impact', 'builtin', draft, '--cases', cases, '--json'], n);
const batch = timed('batch (one process, JSON Lines)', ['batch', cases], n);
const record = join(dir, 'records.jsonl');
timed('batch --record', ['batch', cases, '--record', record], n);
const k = 20;
const start = process.hrtime.bigint();
for (const call of calls.slice(0, k)) {
  const run = spawnSync(process.execPath, [cli, 'batch', '-'], { input: JSON.stringify(call), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}
const perProcess = k / (Number(process.hrtime.bigint() - start) / 1e9);
console.log(
  `one CLI process per call: ${k} calls = ${perProcess.toFixed(1)} calls/s (${(1000 / perProcess).toFixed(0)} ms a call)`,
);
console.log(`batch is ${Math.round(batch / perProcess).toLocaleString('en')}× one process per call`);
rmSync(dir, { recursive: true, force: true });
