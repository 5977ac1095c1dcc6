import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/index.js';

const dir = fileURLToPath(new URL('../../scenarios', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(dir, f));

describe('scenarios/ (the policy owner’s executable specification of 2024-10-07)', () => {
  it('all pass, and together touch every clause id of the catalogue', async () => {
    const report = await runScenarios(files, { readFile: (p) => readFileSync(p, 'utf8') });
    expect(report.results.filter((r) => !r.passed).map((r) => [r.name, r.mismatches])).toEqual([]);
    expect(report.uncoveredClauses).toEqual([]);
    expect(report.passed).toBeGreaterThan(40);
  });
});
