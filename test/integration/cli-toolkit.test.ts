import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The toolkit commands as a user runs them: test, batch, policy impact, policy show, --policy-dir.
let dir: string;
const draft = 'docs/examples/policy-draft-2027-04-01.json';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-policy-toolkit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cs-policy test', () => {
  it('runs the shipped scenarios: all pass, exit 0, the count alone on the last line', () => {
    const run = runCli(['test', 'scenarios', '--lang', 'en']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(lines.at(-2)).toBe('clause coverage: every clause touched');
  });

  it('under the draft fails exactly the decisions it changes, exit 1', () => {
    const run = runCli(['test', 'scenarios', '--policy', draft, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('value.lastSupportedDate: expected "2026-09-28", actual "2027-04-01"');
    // 15 business days after Fri 2026-12-25: … 15 Jan (10th), 18–22 Jan (11th–15th).
    expect(run.stdout).toContain('value.dueDate: expected "2027-01-15", actual "2027-01-22"');
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 6 failed$/);
  });

  it('an invalid file: exit 2, naming the file, the path and the problem', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'scenarios:\n  - name: a\n    rule: releaseEndOfSuport\n    args: []\n');
    const run = runCli(['test', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}: scenarios[0].rule: unknown rule "releaseEndOfSuport"`);
    expect(run.stderr).toContain(`${bad}: scenarios[0].expect: is required`);
  });

  it('--reporter junit writes JUnit XML; a file policy is read relative to the scenario file', () => {
    mkdirSync(join(dir, 's'), { recursive: true });
    writeFileSync(join(dir, 's', 'draft.json'), readFileSync(draft, 'utf8'));
    writeFileSync(
      join(dir, 's', 'r.yaml'),
      'policy: ./draft.json\nscenarios:\n  - name: 365 days\n    rule: releaseEndOfSupport\n    args: ["2026-04-01"]\n    expect: { value: { lastSupportedDate: "2027-04-01" } }\n',
    );
    const run = runCli(['test', join(dir, 's'), '--reporter', 'junit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<testsuites name="cs-policy scenarios" tests="1" failures="0">');
  });
});

describe('cs-policy batch', () => {
  it('answers each line in order, echoing ids; a bad line never stops it', () => {
    const input = [
      '{"rule":"releaseEndOfSupport","args":["2026-04-01"],"id":"a"}',
      'not json',
      '{"rule":"nope","args":[],"id":2}',
      '',
      '{"rule":"releaseEndOfSupport","args":["2026-02-30"],"id":"c"}',
      '{"rule":"classifyVersionUp","args":["2.3","3.0"]}',
    ].join('\n');
    const run = runCli(['batch', '-'], { input });
    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].id).toBe('a');
    expect(out[0].decision.value.lastSupportedDate).toBe('2026-09-28');
    expect(out[1].error.code).toBe('INVALID_INPUT');
    expect(out[1].error.message).toMatch(/^line 2 is not JSON/);
    expect([out[2].id, out[2].error.code]).toEqual([2, 'INVALID_INPUT']);
    expect([out[3].id, out[3].error.code]).toEqual(['c', 'INVALID_DATE']);
    expect(out[4].decision.outcome).toBe('major');
  });

  it('--record appends one record per decision, without the input itself', () => {
    const file = join(dir, 'records.jsonl');
    const form = JSON.parse(readFileSync('docs/examples/form.json', 'utf8'));
    const input = `${JSON.stringify({ rule: 'validateCaseIntake', args: [form], id: 1 })}\n{"rule":"x"}\n`;
    expect(runCli(['batch', '--record', file], { input }).code).toBe(0);
    expect(runCli(['batch', '--record', file], { input }).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[0].inputDigest).toBe(records[1].inputDigest);
    expect(text).not.toContain('taro.yamada@example.co.jp');
    expect(text).not.toContain('山田');
  });
});

describe('cs-policy policy', () => {
  it('show prints the version and the digest', () => {
    const run = runCli(['policy', 'show', draft, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/— 2027-04-01\ndigest \(SHA-256\): [0-9a-f]{64}\n/);
  });

  it('impact reports totals, transitions and clauses; --json for programs', () => {
    const run = runCli(['policy', 'impact', 'builtin', draft, '--cases', 'docs/examples/cases.jsonl', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.totals.total).toBe(1000);
    expect(report.totals.changed + report.totals.unchanged + report.totals.errors).toBe(1000);
    expect(report.transitions['ends → ends, date moved'].count).toBeGreaterThan(0);
    expect(report.byClause['6.lead-time'].changed).toBeGreaterThan(0);
    expect(report.byRule.classifyVersionUp.changed).toBe(0);
  });

  it('--policy-dir decides under the version in force at the question date, and says so', () => {
    const versions = join(dir, 'versions');
    mkdirSync(versions, { recursive: true });
    writeFileSync(join(versions, 'draft.json'), readFileSync(draft, 'utf8'));
    writeFileSync(join(versions, 'base.json'), runCli(['policy', 'show', '--json']).stdout);
    // GA 2027-03-31: before the draft takes effect, 180 days → 2027-09-27 (31−31=0 Mar; +30 Apr, +31 May, +30 Jun, +31 Jul, +31 Aug = 153 → 31 Aug; +27 → 27 Sep).
    const before = runCli(['end-of-support', '2027-03-31', '--policy-dir', versions, '--lang', 'en']);
    // 2027-09-27 is a Monday (2027-09-01 is a Wednesday; + 26 days = + 3 weeks + 5 days → Monday); 2027-03-31 a Wednesday.
    expect(before.stdout).toContain('Supported until Mon 27 Sep 2027');
    expect(before.stdout).toContain(
      'decided under policy 2024-10-07, in force on the date in question, Wed 31 Mar 2027',
    );
    // GA 2027-04-01: the draft's first day, 365 days → 2028-03-31 (2028 has 29 February).
    const on = runCli(['end-of-support', '2027-04-01', '--policy-dir', versions, '--lang', 'en']);
    // 2028-03-31 is a Friday (2028-01-01 is a Saturday; + 90 days (31 + 29 + 30) = + 12 weeks + 6 days → Friday).
    expect(on.stdout).toContain('Supported until Fri 31 Mar 2028');
    expect(runCli(['end-of-support', '2027-04-01', '--policy-dir', versions, '--policy', draft]).code).toBe(2);
  });
});

describe('files that cannot be read or written: one line naming the file, exit 2, never a stack trace', () => {
  // A path under a directory that does not exist can be neither read nor created.
  const missing = () => join(dir, 'no-such-dir', 'file');
  const oneLine = (args: string[], input = '') => {
    const run = runCli([...args, '--lang', 'en'], { input });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    return run.stderr.trim();
  };
  const call = '{"rule":"releaseEndOfSupport","args":["2026-04-01"]}\n';

  it('batch: a missing calls file, an unwritable record file (checked before any answer)', () => {
    expect(oneLine(['batch', missing()])).toMatch(/^cs-policy: cannot read calls file .*no-such-dir.*ENOENT/);
    expect(oneLine(['batch', '--record', missing()], call)).toMatch(/^cs-policy: cannot write record file .*ENOENT/);
  });

  it('test --output, policy impact --cases, serve --record and --token-file', () => {
    expect(oneLine(['test', 'scenarios', '--reporter', 'junit', '--output', missing()])).toMatch(
      /^cs-policy: cannot write JUnit XML file .*ENOENT/,
    );
    expect(oneLine(['policy', 'impact', 'builtin', 'builtin', '--cases', missing()])).toMatch(
      /^cs-policy: cannot read cases file .*ENOENT/,
    );
    expect(oneLine(['serve', '--port', '0', '--record', missing()])).toMatch(/^cs-policy: cannot write record file/);
    expect(oneLine(['serve', '--port', '0', '--token-file', missing()])).toMatch(
      /^cs-policy: cannot read --token-file/,
    );
  });

  it('in Japanese by default', () => {
    const run = runCli(['batch', missing()]);
    expect(run.stderr).toMatch(/^cs-policy: 判断の呼び出しのファイル .* を読めません: ENOENT/);
  });
});
