#!/usr/bin/env node
// Re-runs every `$ cs-policy …` (and `$ cat …`) session in docs/cli.md against the built CLI and
// writes the real output back, so the examples cannot drift from what the CLI prints.
// Commands run in docs/examples/ (form.json, bad-form.json, policy-365.json live there).
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = `${root}docs/cli.md`;
const cwd = `${root}docs/examples`;
const bin = `${root}dist/cli.js`;

function run(command) {
  // Errors are part of a session: stderr goes with stdout, in order.
  const shell = `cs-policy() { node ${JSON.stringify(bin)} "$@"; }; { ${command}; } 2>&1`;
  try {
    return execSync(shell, {
      cwd,
      shell: '/bin/bash',
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // A locale naming no language, so the sessions answer in the default (Japanese) unless they say --lang.
      env: { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', CS_POLICY_LANG: '' },
    });
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

const lines = readFileSync(doc, 'utf8').split('\n');
const out = [];
let inConsole = false;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.startsWith('```console')) inConsole = true;
  else if (inConsole && line.startsWith('```')) inConsole = false;
  if (inConsole && line.startsWith('$ ')) {
    out.push(line);
    out.push(...run(line.slice(2)).replace(/\r/g, '').replace(/\n$/, '').split('\n'));
    // Skip the old output, up to the next command or the end of the block.
    while (i + 1 < lines.length && !lines[i + 1].startsWith('$ ') && !lines[i + 1].startsWith('```')) i++;
    continue;
  }
  out.push(line);
}
writeFileSync(doc, out.join('\n'));
console.log('docs/cli.md sessions updated');
