// `npm test` on a laptop without Chromium (issue 13): the browser tests say they are skipped and how to
// install a browser; under CI=true a missing Chromium fails the run. Run as processes, as npm test runs them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The browser suite in its own vitest process, with CHROMIUM_PATH pointing nowhere. */
function runBrowserSuite(env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      'integration',
      'test/integration/playground.test.ts',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', CI: '', ...env } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('browser tests without Chromium', () => {
  it('a CHROMIUM_PATH that does not exist finds nothing (a wrong setting is not replaced by another browser)', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeUndefined();
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('the message says why and how to install one; under CI it says the run cannot go on', () => {
    const laptop = missingChromiumMessage({ CHROMIUM_PATH: '/x' }) as string;
    expect(laptop).toMatch(/^browser tests skipped: CHROMIUM_PATH=\/x does not exist; /);
    expect(laptop).toContain('apt-get install chromium fonts-noto-cjk');
    expect(laptop).toContain('npx playwright-core install chromium');
    expect(missingChromiumMessage({ CI: 'true' })).toMatch(/^browser tests cannot run under CI: no Chromium found; /);
  });

  it('on a laptop the suite is skipped, saying so, and the run passes', () => {
    const { status, output } = runBrowserSuite({});
    expect(output).toContain('browser tests skipped: CHROMIUM_PATH=/nonexistent/chromium does not exist');
    expect(output).toMatch(/\d+ skipped/);
    expect(status).toBe(0);
  });

  it('under CI=true a missing Chromium fails the run', () => {
    const { status, output } = runBrowserSuite({ CI: 'true' });
    expect(output).toContain('browser tests cannot run under CI');
    expect(status).toBe(1);
  });
});
