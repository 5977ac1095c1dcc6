#!/usr/bin/env node
// The decision service under a bounded load on loopback (issue 11): `cs-policy serve` in a child
// process, autocannon in this one (the machine has 2 cores: one each), 50 connections for
// BENCH_SECONDS (default 10) per call. Beside it: the same calls in-process (decideCall) and one CLI
// process per call. Writes the `service` block of docs/performance.md. Uses the built package.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { decideCall } from '../dist/index.js';
import { writeBlock } from './doc-block.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${root}dist/cli.js`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const form = JSON.parse(readFileSync(`${root}docs/examples/form.json`, 'utf8'));

const calls = [
  {
    label: 'releaseEndOfSupport (a deadline rule)',
    call: { rule: 'releaseEndOfSupport', args: ['2026-04-01'] },
    cli: ['end-of-support', '2026-04-01', '--json'],
  },
  {
    label: 'validateCaseIntake (a full case form)',
    call: { rule: 'validateCaseIntake', args: [form] },
    cli: ['validate-intake', `${root}docs/examples/form.json`, '--json'],
  },
];

function startServer() {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--no-log'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

function inProcess(call) {
  const n = 20_000;
  for (let i = 0; i < 2_000; i++) decideCall(call);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) decideCall(call);
  const ns = Number(process.hrtime.bigint() - start);
  return { perSecond: Math.round((n / ns) * 1e9), microseconds: ns / n / 1000 };
}

function cliPerCall(args) {
  const runs = 10;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) execFileSync(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  return Number(process.hrtime.bigint() - start) / runs / 1e6;
}

const server = await startServer();
const rows = [];
try {
  for (const { label, call, cli } of calls) {
    const body = JSON.stringify({ args: call.args });
    console.log(`load: ${label}, ${CONNECTIONS} connections, ${SECONDS} s…`);
    const result = await autocannon({
      url: `${server.url}/v1/decisions/${call.rule}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const errors = result.errors + result.non2xx;
    const local = inProcess(call);
    const cliMs = cliPerCall(cli);
    rows.push({
      label,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      local,
      cliMs,
    });
  }
} finally {
  server.child.kill('SIGTERM');
}

const lines = [
  '## The decision service (`cs-policy serve`)',
  '',
  `Measured on ${new Date().toISOString().slice(0, 10)} by \`bench/service.bench.mjs\`: the server in one process, autocannon in another, on loopback of this 2-core machine (so the load generator takes one of the two cores); ${CONNECTIONS} connections, ${SECONDS} s per call. Targets: ≥ 10,000 req/s for the deadline rule, p99 < 20 ms.`,
  '',
  '| call | HTTP req/s | p50 | p99 | errors | in-process decisions/s | one CLI process per call |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.rps.toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.local.perSecond.toLocaleString('en')} (${r.local.microseconds.toFixed(1)} µs) | ${r.cliMs.toFixed(0)} ms |`,
  ),
  '',
  `Deadline rule: ${rows[0].rps >= 10_000 ? 'meets' : '**misses**'} the 10,000 req/s target; p99 ${rows[0].p99 < 20 ? 'meets' : '**misses**'} the 20 ms target.`,
];
writeBlock('service', lines.join('\n'));
console.log(lines.join('\n'));
