// The file system for the toolkit commands (test, batch, policy impact, --policy-dir): directory
// listings, line streams (a million-line file is never read whole) and appends. Node only, like
// main.ts; the library itself does no I/O.
import { appendFileSync, createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** True when `path` is a directory. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files directly in `dir` whose names end with one of `extensions`, sorted by name. */
export function filesIn(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => join(dir, name));
}

/** The lines of a file, or of standard input for "-", read as a stream. */
export function linesOf(path: string): AsyncIterable<string> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Appends text to a file (created if missing). */
export function appendText(path: string, text: string): void {
  appendFileSync(path, text, 'utf8');
}
