import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS, each with its own declarations.
    entry: { index: 'src/index.ts', ics: 'src/ics/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package (docs/architecture.md, "Packed size"): they were 4.2 of its 5.8 MB.
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    // Minified, because V8's parse of the module is most of what importing costs.
    minify: true,
    // Shared chunks, in ESM and in CJS (tsup's esbuild splitting for both): /ics and the root entry load the same
    // copy of the core, so an error /ics throws is an `instanceof` the root's CsPolicyError (issue 9). The cost is
    // one more module read on import.
    splitting: true,
    // zod/mini's code is bundled, tree-shaken: loading zod's module graph from node_modules costs ~80 ms
    // per import; bundled it costs ~1 ms. zod stays a dependency for the exported schema types.
    noExternal: ['zod', 'canonicalize', '@noble/hashes'],
  },
  {
    // The cs-policy command.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['zod', 'canonicalize', '@noble/hashes'],
  },
]);
