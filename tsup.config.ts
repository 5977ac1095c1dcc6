import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS, each with its own declarations.
    entry: { index: 'src/index.ts', ics: 'src/ics/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    // Minified, because V8's parse of the module is most of what importing costs (source maps ship too).
    minify: true,
    // One file per entry: the root import then reads a single module, not index.js plus a chunk shared
    // with /ics (~1.3 ms). /ics carries its own copy of the few core functions it uses.
    splitting: false,
    // zod/mini's code is bundled, tree-shaken: loading zod's module graph from node_modules costs ~80 ms
    // per import; bundled it costs ~1 ms. zod stays a dependency for the exported schema types.
    noExternal: ['zod', 'canonicalize', '@noble/hashes'],
  },
  {
    // The cs-policy command.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['zod', 'canonicalize', '@noble/hashes'],
  },
]);
