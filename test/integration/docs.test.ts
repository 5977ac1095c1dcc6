import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain .mjs script without types
import { undocumentedExports } from '../../scripts/check-docs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('API documentation', () => {
  it('builds with TypeDoc (npm run docs)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cs-policy-api-'));
    const result = spawnSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--out', out, '--logLevel', 'Error'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });

  it('has a doc comment with an @example on every exported symbol', async () => {
    const { count, problems } = (await undocumentedExports()) as { count: number; problems: string[] };
    expect(count).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });
});
