#!/usr/bin/env node
// `npm test`: type check, the unit suite under several process time zones (the
// library must not depend on TZ), then the integration suite against the built package.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, missingChromiumMessage } from './chromium.mjs';

const TIME_ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const bin = (name) => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'cs-policy-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) broken = true;
  return result.status === 0;
}

function vitest(label, project, env) {
  const report = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  run(
    label,
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    skipped += summary.numPendingTests + summary.numTodoTests;
    if (summary.numTotalTests === 0) broken = true;
  } catch {
    broken = true;
  }
}

run('format and lint (biome)', bin('biome'), ['check', '.']);
run('type check', bin('tsc'), ['--noEmit']);
run('type check (playground)', bin('tsc'), ['-p', 'playground', '--noEmit']);
for (const tz of TIME_ZONES) vitest(`unit tests, TZ=${tz}`, 'unit', { TZ: tz });
if (run('build', 'npm', ['run', '--silent', 'build'])) vitest('integration tests', 'integration', {});
rmSync(reports, { recursive: true, force: true });

// The browser tests skip themselves without Chromium (and fail under CI=true); say so at the end, not only mid-log.
const chromiumMissing = findChromium() === undefined;
if (chromiumMissing) console.log(`\n${missingChromiumMessage()}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 ? 1 : 0);
