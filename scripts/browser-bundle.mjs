#!/usr/bin/env node
// Bundles the package root for the browser (esbuild, platform: browser) to prove the core runs
// outside Node: it fails if the bundle pulls in a Node built-in. As a script it also writes the
// bundle size (minified and gzip) into docs/performance.md between the bundle markers.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundles dist/index.js for the browser; returns sizes and any Node built-in it tried to import. */
export async function bundleForBrowser() {
  const nodeImports = [];
  const result = await build({
    entryPoints: [`${root}/dist/index.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (NODE_BUILTINS.has(args.path)) {
              nodeImports.push(`${args.path} (from ${args.importer.replace(root, '')})`);
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    nodeImports,
    inputs: Object.keys(result.metafile.inputs),
  };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { minified, gzip, nodeImports } = await bundleForBrowser();
  if (nodeImports.length) {
    console.error(`browser bundle pulls in Node built-ins: ${nodeImports.join(', ')}`);
    process.exit(1);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const section = [
    '<!-- bundle:start -->',
    '## Browser bundle',
    '',
    'The package root bundled for the browser by `npm run size` (esbuild, `platform: browser`, minified, ESM).',
    'The build fails if it pulls in a Node built-in; it pulls in none.',
    '',
    '| bundle | minified | gzip |',
    '|---|---|---|',
    `| \`@jmas/cs-policy\` (whole root, holiday data 1970–2050 included) | ${kb(minified)} | ${kb(gzip)} |`,
    '<!-- bundle:end -->',
  ].join('\n');
  const doc = `${root}/docs/performance.md`;
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  const next = /<!-- bundle:start -->[\s\S]*<!-- bundle:end -->/.test(text)
    ? text.replace(/<!-- bundle:start -->[\s\S]*<!-- bundle:end -->/, section)
    : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(doc, next);
  console.log(`browser bundle: ${kb(minified)} minified, ${kb(gzip)} gzip, no Node built-ins`);
}
