// docs/performance.md is written by several benchmarks: bench/calendar.bench.mjs rewrites the file,
// keeping every block between `<!-- NAME:start -->` and `<!-- NAME:end -->` lines, and each other
// benchmark (the service, impact, …) writes only its own block with writeBlock.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

/** Every marked block of a document, in order (the markers count only on lines of their own). */
export function keptBlocks(text) {
  return [...(text ?? '').matchAll(/^<!-- ([a-z-]+):start -->$[\s\S]*?^<!-- \1:end -->$/gm)].map((m) => m[0]);
}

/** Writes (or replaces) the block `name` of docs/performance.md with `markdown`. */
export function writeBlock(name, markdown) {
  const text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
  const block = `<!-- ${name}:start -->\n${markdown.trim()}\n<!-- ${name}:end -->`;
  const pattern = new RegExp(`^<!-- ${name}:start -->$[\\s\\S]*?^<!-- ${name}:end -->$`, 'm');
  writeFileSync(DOC, pattern.test(text) ? text.replace(pattern, () => block) : `${text.trimEnd()}\n\n${block}\n`);
}
