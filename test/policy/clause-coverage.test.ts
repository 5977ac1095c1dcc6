import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAUSE_IDS } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The catalogue lives in ../shared beside the repository (as in CI).
const catalogue = readFileSync(join(root, '..', 'shared', 'policy-catalogue.md'), 'utf8');
const catalogueIds = [...catalogue.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Titles of describe/it/test blocks (first string argument), from every test file. */
const titles = testFiles(join(root, 'test')).flatMap((file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /\b(?:describe|it|test)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:(?!\1)[\s\S])*)\1/g,
    ),
  ].map((m) => m[2]!),
);

describe('clause coverage', () => {
  it('reads the catalogue', () => {
    expect(catalogueIds.length).toBeGreaterThan(40);
    expect(catalogueIds).toContain('3.3.eos');
  });

  it('models every clause of the catalogue', () => {
    expect(catalogueIds.filter((id) => !(CLAUSE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('has at least one test citing each clause id in its title', () => {
    const uncited = CLAUSE_IDS.filter((id) => !titles.some((title) => title.includes(id)));
    expect(uncited).toEqual([]);
  });
});
