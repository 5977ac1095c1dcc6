import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { bundleForBrowser } from '../../scripts/browser-bundle.mjs';

describe('the core runs outside Node', () => {
  it('bundles for the browser without any Node built-in', async () => {
    const result = (await bundleForBrowser()) as {
      minified: number;
      gzip: number;
      nodeImports: string[];
      inputs: string[];
    };
    expect(result.nodeImports).toEqual([]);
    expect(result.minified).toBeGreaterThan(10_000);
    expect(result.gzip).toBeLessThan(result.minified);
  });
});
