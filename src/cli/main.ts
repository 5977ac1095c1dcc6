import { readFileSync } from 'node:fs';
import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  readBytes: (path) => readFileSync(path === '-' ? 0 : path),
  onSignal: (signal, handler) => process.once(signal, handler),
});
process.exitCode = code;
