import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The deadline calculator playground (issue 5): a static page built from the library's *source*
// (not dist/), so `npm run playground` needs no tsup build first.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset URLs: the built page works from any folder or static host.
  base: './',
  resolve: {
    // Exact matches, the subpath first, so '@jmas/cs-policy/ics' is not read as '<index.ts>/ics'.
    alias: [
      { find: /^@jmas\/cs-policy\/ics$/, replacement: here('../src/ics/index.ts') },
      { find: /^@jmas\/cs-policy$/, replacement: here('../src/index.ts') },
    ],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  logLevel: 'info',
});
