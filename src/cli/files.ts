// The file system for the toolkit commands (test, batch, policy impact, serve, --policy-dir): directory
// listings, line streams (a million-line file is never read whole), writes and appends. Node only, like
// main.ts; the library itself does no I/O. A file that cannot be read or written is one line of bad
// input (`INVALID_INPUT`, exit 2) naming the file, never a stack trace.
import { appendFileSync, closeSync, createReadStream, openSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Bilingual } from '../words/bilingual.js';
import { cliError } from './lang.js';

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

/** The error of a file that cannot be read or written: what it is, its path, and why (the system's words). */
export function fileError(verb: 'read' | 'write', what: Bilingual, path: string, error: unknown): Error {
  const why = (error as Error).message;
  return cliError('INVALID_INPUT', {
    ja: `${what.ja} ${path} ${verb === 'read' ? 'を読め' : 'に書き込め'}ません: ${why}`,
    en: `cannot ${verb} ${what.en} ${path}: ${why}`,
  });
}

/** The lines of a file, or of standard input for "-", read as a stream; `what` names the file in an error. */
export async function* linesOf(path: string, what: Bilingual): AsyncGenerator<string> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    // Errors of the consumer's own work do not pass here: only the stream's (a missing file, a directory).
    for await (const line of lines) yield line;
  } catch (error) {
    throw fileError('read', what, path, error);
  }
}

/** Makes sure `path` can be appended to (created if missing), before any work is done. */
export function checkAppendable(path: string, what: Bilingual): void {
  try {
    closeSync(openSync(path, 'a'));
  } catch (error) {
    throw fileError('write', what, path, error);
  }
}

/** Appends text to a file (created if missing). */
export function appendText(path: string, text: string, what: Bilingual): void {
  try {
    appendFileSync(path, text, 'utf8');
  } catch (error) {
    throw fileError('write', what, path, error);
  }
}

/** Writes a file whole. */
export function writeText(path: string, text: string, what: Bilingual): void {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    throw fileError('write', what, path, error);
  }
}
