import { readFileSync } from 'node:fs';
import { decodeUtf8 } from './io.js';
import { runCli } from './program.js';

// Output into a closed pipe (`cs-policy closures … | head -1`) is not an error: the reader has what it wanted.
// Without this, Node reports EPIPE as an unhandled 'error' event with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  readText: (path) => decodeUtf8(readFileSync(path === '-' ? 0 : path)),
  readBytes: (path) => readFileSync(path === '-' ? 0 : path),
  onSignal: (signal, handler) => process.once(signal, handler),
});
process.exitCode = code;
