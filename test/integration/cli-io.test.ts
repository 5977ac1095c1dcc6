import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.js';

// Issue 9, "the CLI's files and pipes": the built bin, run as a process.
const dir = mkdtempSync(join(tmpdir(), 'cs-policy-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policyJson = JSON.stringify({
  extends: '2024-10-07',
  version: '2027-04-01',
  releases: { endOfSupportDays: 365 },
});

describe('policy and form files', () => {
  it('reads a JSON file that starts with a UTF-8 byte-order mark, as Windows tools write it', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(policyJson)]));
    const run = runCli(['--policy', file, 'policy', 'show', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '2027-04-01', releases: { endOfSupportDays: 365 } });
  });

  it('refuses a file that is not valid UTF-8 instead of reading U+FFFD into it', () => {
    const file = join(dir, 'latin1.json');
    // "Café" in Latin-1: 0xE9 alone is not UTF-8.
    const bytes = Buffer.from(
      policyJson.replace('"2027-04-01"', '"2027-04-01", "title": {"ja": "Caf\u00e9", "en": "x"}'),
      'latin1',
    );
    writeFileSync(file, bytes);
    const run = runCli(['--policy', file, 'policy', 'show']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not valid UTF-8');
    expect(run.stdout).toBe('');
  });

  it('reads standard input with a byte-order mark too', () => {
    const run = spawnSync(process.execPath, [CLI, 'validate-intake', '-', '--json'], {
      input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')]),
      encoding: 'utf8',
    });
    // An empty form is read (not "not valid JSON") and found invalid field by field.
    expect(run.stderr).not.toContain('not valid JSON');
    expect(JSON.parse(run.stdout)).toMatchObject({ rule: 'validateCaseIntake', outcome: 'invalid' });
  });
});

describe('output into a closed pipe', () => {
  /** Runs `cs-policy <args> | head -n <lines>` in bash: the bin's exit status, its stderr, what head printed. */
  function piped(args: string, lines: number) {
    const script = `"${process.execPath}" "${CLI}" ${args} 2>"${dir}/err" | head -n ${lines}; echo "status=\${PIPESTATUS[0]}" >&2; cat "${dir}/err" >&2`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    return { stdout: run.stdout, stderr: run.stderr };
  }

  it.each([
    // 81 years of closures (about 100 KB) overflow the pipe long before head has read its one line.
    ['closures 1970-01-01 2050-12-31', 1],
    ['--help', 3],
  ])('cs-policy %s | head -%d ends quietly with exit 0', (args, lines) => {
    const run = piped(args, lines);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(lines);
    expect(run.stderr.trim()).toBe('status=0');
  });
});
