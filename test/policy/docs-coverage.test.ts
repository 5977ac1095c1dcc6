import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAUSE_IDS } from '../../src/index.js';

const dir = fileURLToPath(new URL('../../docs/policy', import.meta.url));
const pages = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
const chapters = pages.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
const index = readFileSync(join(dir, 'README.md'), 'utf8');

describe('docs/policy (4.2.policy-change: what each clause means is written down)', () => {
  it('has a chapter page explaining every clause id', () => {
    expect(CLAUSE_IDS.filter((id) => !chapters.includes(`\`${id}\``))).toEqual([]);
  });

  it('maps every clause id to the functions that decide it', () => {
    expect(CLAUSE_IDS.filter((id) => !index.includes(`| \`${id}\``))).toEqual([]);
  });
});
