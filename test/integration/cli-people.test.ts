import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The CLI as support staff and release managers use it (issue 13): dates typed the Japanese way,
// help and errors in their language, human dates, company closures, the official holiday file and
// the commands that were missing. The built bin, run as a process.

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON read field by field.
function json(args: readonly string[], input?: string): any {
  const run = runCli([...args, '--json'], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

function out(args: readonly string[], env?: Record<string, string>): string {
  const run = runCli(args, env ? { env } : {});
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Exit 2, nothing on stdout, one line on stderr. */
function usageError(args: readonly string[], env?: Record<string, string>): string {
  const run = runCli(args, env ? { env } : {});
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  return lines[0]!;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-policy-people-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Japanese input: full-width digits, eras, 今日 with --now', () => {
  it('a full-width date is the same day (1.1.hours)', () => {
    // ２０２６－１２－２９ is 2026-12-29, inside the year-end closure (12-29..01-03); 2026-12-28 is a
    // Monday (2027-01-04 − 7 days), so the 29th is a Tuesday.
    expect(out(['day', '２０２６－１２－２９'])).toBe('2026年12月29日(火): 休業日 — 年末年始休業\n');
    expect(json(['day', '2026/12/29']).date).toBe('2026-12-29');
  });

  it('an era date: 令和8年4月1日 is 2026-04-01, whose successor support ends on 2026-09-28 (3.3.eos)', () => {
    // 令和元年 = 2019, so 令和8年 = 2026. GA + 180 days: 29 (rest of April) + 31 + 30 + 31 + 31 = 152 → Aug 31, + 28 → Sep 28.
    const d = json(['end-of-support', '令和8年4月1日']);
    expect(d.value).toMatchObject({ successorGa: '2026-04-01', lastSupportedDate: '2026-09-28' });
    expect(json(['end-of-support', 'R8.4.1']).value.lastSupportedDate).toBe('2026-09-28');
  });

  it('今日 is the JST date of --now: 10 business days after Fri 2026-12-25 is 2027-01-15', () => {
    // --now Fri 2026-12-25 19:00 JST. Not counting the 25th: Dec 28 (1), closure 12-29..01-03, Jan 4–8 (2–6),
    // Jan 11 成人の日, Jan 12–15 (7–10).
    const d = json(['add-business-days', '今日', '10', '--now', '2026/12/25 19:00']);
    expect(d).toEqual({ date: '2026-12-25', n: 10, result: '2027-01-15' });
  });

  it('a Japanese date-time: 2026年12月25日 19時 is after hours, so the app is due Mon 2027-01-18 (6.lead-time)', () => {
    // 19:00 is after 18:30 closing, so the materials count as received Mon 12-28 09:30; not counting the 28th,
    // Jan 4–8 (5), Jan 12–15 (9), Jan 18 (10).
    const d = json(['delivery-date', '2026年12月25日 19時']);
    expect(d.value).toMatchObject({ effectiveReceiptDate: '2026-12-28', dueDate: '2027-01-18' });
  });

  it('a date outside its era is one line that says when the era ended', () => {
    // 2019-05-01 is 令和元年5月1日: 平成 ended the day before, with the abdication.
    const line = usageError(['day', '平成31年5月1日']);
    expect(line).toContain('平成 ended on 2019-04-30');
    expect(line).toContain('令和元年5月1日');
    expect(out(['day', '平成31年4月30日', '--lang', 'en'])).toContain('Tue 30 Apr 2019: closed');
  });
});

describe('language, --version, did you mean', () => {
  it('Japanese by default; CS_POLICY_LANG and the locale choose, --lang wins', () => {
    const args = ['day', '2027-01-04'];
    // 2027-01-04 is a Monday, a business day.
    expect(out(args)).toBe('2027年1月4日(月): 営業日\n');
    expect(out(args, { CS_POLICY_LANG: 'en' })).toBe('Mon 4 Jan 2027: business day\n');
    expect(out(args, { LANG: 'en_US.UTF-8' })).toBe('Mon 4 Jan 2027: business day\n');
    expect(out(args, { LANG: 'ja_JP.UTF-8' })).toBe('2027年1月4日(月): 営業日\n');
    expect(out(args, { LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' })).toBe('2027年1月4日(月): 営業日\n');
    expect(out([...args, '--lang', 'ja'], { CS_POLICY_LANG: 'en' })).toBe('2027年1月4日(月): 営業日\n');
  });

  it('help in the language', () => {
    const ja = out(['day', '--help']);
    expect(ja).toContain('使い方: cs-policy day [オプション] <date>');
    expect(ja).toContain('引数:');
    expect(ja).toContain('令和9年1月4日');
    const en = out(['day', '--help', '--lang', 'en']);
    expect(en).toContain('Usage: cs-policy day [options] <date>');
    expect(en).toContain('Example');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
    expect(out(['--version']).trim()).toBe(pkg.version);
  });

  it('a subcommand typo gets "did you mean", in the language', () => {
    expect(usageError(['calender', '2027-01'])).toBe(
      'cs-policy: 不明なコマンドです: calender (もしかして: calendar)。一覧は cs-policy --help',
    );
    expect(usageError(['calender', '2027-01', '--lang', 'en'])).toContain('(did you mean calendar?)');
    expect(usageError(['policy', 'shwo'])).toContain('もしかして: show');
  });
});

describe('--now only where it changes the answer; options that change nothing are not offered', () => {
  it('--now is refused by a command whose answer never depends on now', () => {
    expect(usageError(['clauses', '4.3', '--now', '2027-01-04T10:00'])).toContain(
      '--now は clauses の答えを変えません',
    );
    expect(out(['clauses', '--help'])).not.toContain('--now');
    expect(out(['day', '--help'])).toContain('--now');
  });

  it('the summary honours --now; closures --ics stamps it', () => {
    // Mon 2027-01-04 10:00 is within 09:30–18:30 on a business day.
    expect(json(['--now', '2027/1/4 10:00']).open).toBe(true);
    const ics = out(['closures', '2027-01-01', '2027-01-31', '--ics', '--now', '2027-01-04T10:00+09:00']);
    // 10:00 JST is 01:00 UTC.
    expect(ics).toContain('DTSTAMP:20270104T010000Z');
  });

  it('inquiry-received takes --urgency: it adds the case clock targets a policy version sets (1.2.case), only those', () => {
    const args = ['obligations', 'inquiry-received', '--received-at', '2027-01-08T17:30'];
    // 2024-10-07 sets no clock target: the urgency changes nothing (two obligations of 1.2.form.confirmation).
    const plain = json(args).value.map((o: { id: string }) => o.id);
    expect(json([...args, '--urgency', 'high']).value.map((o: { id: string }) => o.id)).toEqual(plain);
    // A version with a first response for high urgency within 120 business minutes: from Fri 2027-01-08 17:30,
    // 60 minutes to the 18:30 close; Sat, Sun and Mon 01-11 (成人の日) closed; 60 more from 09:30 Tue → 10:30.
    const file = join(dir, 'clock-policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        extends: '2024-10-07',
        version: '2027-04-01',
        caseClock: { targets: { high: { firstResponse: 120 } } },
      }),
    );
    const targets = json([...args, '--urgency', 'high', '--policy', file]).value.filter(
      (o: { id: string }) => !plain.includes(o.id),
    );
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ clause: '1.2.case', due: { kind: 'instant', at: '2027-01-12T10:30:00+09:00' } });
    // Another event takes no urgency.
    expect(usageError(['obligations', 'feature-change', '--change-on', '2027-04-01', '--urgency', 'high'])).toContain(
      '--urgency',
    );
  });
});

describe('human output reads right', () => {
  it("the summary's heading says ordinary weekends are left out, and lists the year-end Saturday", () => {
    // --now Mon 2026-12-28 18:45: closed (after 18:30). 2027-01-02 is a Saturday inside the year-end closure:
    // it is listed because it is a closure day besides being a weekend.
    const text = out(['--now', '2026-12-28T18:45+09:00']);
    expect(text).toContain('今後 90 日間の休業日 (ふだんの土日は省略):');
    expect(text).toContain('  2027年1月2日(土): 休業日 — 土曜日、年末年始休業');
    expect(text).toContain('次の受付開始: 2027年1月4日(月) 09:30');
  });

  it('English counts agree with their nouns, and n < 0 counts before', () => {
    // Three business days before Fri 2027-01-15: Thu 14, Wed 13, Tue 12.
    expect(out(['add-business-days', '2027-01-15', '-3', '--lang', 'en'])).toBe(
      'Tue 12 Jan 2027 (3 business days before Fri 15 Jan 2027)\n',
    );
    // One business day after Mon 2026-12-28: the closure runs to Jan 3, so Mon 2027-01-04.
    expect(out(['add-business-days', '2026-12-28', '1', '--lang', 'en'])).toBe(
      'Mon 4 Jan 2027 (1 business day after Mon 28 Dec 2026)\n',
    );
  });
});

describe('company closures and the official holiday file', () => {
  it('--closure adds a company closure without a new policy version (1.1.hours 弊社の休業日)', () => {
    // Thu 2027-08-12 + 1 business day: Fri 08-13 normally; with 08-13..08-16 closed (and 14–15 the weekend), Tue 08-17.
    expect(json(['add-business-days', '2027-08-12', '1']).result).toBe('2027-08-13');
    const closure = ['--closure', '2027-08-13..2027-08-16:夏季休業'];
    expect(json(['add-business-days', '2027-08-12', '1', ...closure]).result).toBe('2027-08-17');
    expect(out(['day', '2027年8月13日', ...closure])).toContain('夏季休業');
    // A single day, repeated: Fri 08-13 alone closed → Mon 08-16.
    expect(json(['add-business-days', '2027-08-12', '1', '--closure', '2027-08-13:創立記念日']).result).toBe(
      '2027-08-16',
    );
    const d = json(['end-of-support', '2027-04-01', ...closure]);
    expect(d.policyVersion).toBe('2024-10-07');
    expect(usageError(['day', '2027-08-13', '--closure', '2027-08-16..2027-08-13:逆'])).toContain('--closure');
  });

  it('--closures FILE reads a JSON list of { from, to?, label }', () => {
    const file = join(dir, 'closures.json');
    writeFileSync(
      file,
      JSON.stringify([
        { from: '2027-08-13', to: '2027-08-16', label: '夏季休業' },
        { from: '2027-10-01', label: '創立記念日' },
      ]),
    );
    expect(json(['add-business-days', '2027-08-12', '1', '--closures', file]).result).toBe('2027-08-17');
    // Fri 2027-10-01 closed: Thu 09-30 + 1 → Mon 10-04.
    expect(json(['add-business-days', '2027-09-30', '1', '--closures', file]).result).toBe('2027-10-04');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ to: '2027-08-16' }]));
    expect(usageError(['day', '2027-08-13', '--closures', join(dir, 'bad.json'), '--lang', 'en'])).toContain(
      '[0]: from',
    );
  });

  it('--holidays FILE: the Shift_JIS syukujitsu.csv as published replaces the built-in holidays', () => {
    const file = fileURLToPath(new URL('../calendar/fixtures/syukujitsu-extra-2027.sjis.csv', import.meta.url));
    // The file declares Fri 2027-07-02 a 休日（祝日扱い）; the built-in table has no holiday that day.
    expect(json(['day', '2027-07-02']).businessDay).toBe(true);
    const day = json(['day', '2027-07-02', '--holidays', file]);
    expect(day.businessDay).toBe(false);
    expect(day.closures[0].kind).toBe('national-holiday');
    // The file covers 2026–2027 only: 2028 is out of its coverage.
    expect(usageError(['day', '2028-01-04', '--holidays', file, '--lang', 'en'])).toContain('2027');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'date,name\n2027/1/1,元日\n');
    expect(usageError(['day', '2027-01-04', '--holidays', bad, '--lang', 'en'])).toContain(`--holidays ${bad}`);
  });
});

describe('the commands that were missing', () => {
  it('business-days-between: 10 business days after Fri 2026-12-25 up to Fri 2027-01-15', () => {
    // The same count as add-business-days above, read backwards.
    expect(json(['business-days-between', '2026-12-25', '2027-01-15'])).toEqual({
      from: '2026-12-25',
      to: '2027-01-15',
      businessDays: 10,
    });
  });

  it('business minutes between two instants, and adding them, skip the closure (1.1.hours)', () => {
    // Mon 2026-12-28 17:00 → 18:30 is 90 minutes; the closure and the weekend count nothing; Mon 2027-01-04
    // 09:30 → 10:00 is 30 more: 120.
    const between = json(['business-minutes-between', '2026/12/28 17:00', '2027年1月4日 10時']);
    expect(between).toEqual({
      from: '2026-12-28T17:00:00+09:00',
      to: '2027-01-04T10:00:00+09:00',
      businessMinutes: 120,
    });
    expect(json(['add-business-minutes', '2026/12/28 17:00', '120']).result).toBe('2027-01-04T10:00:00+09:00');
    expect(out(['add-business-minutes', '2026/12/28 17:00', '120'])).toBe(
      '2027年1月4日(月) 10:00 (2026年12月28日(月) 17:00 から営業時間で 120 分後)\n',
    );
  });

  it("endoflife-date: each release's eol is its successor's GA + 180 days, newest first (3.3.eos)", () => {
    const file = join(dir, 'releases.json');
    writeFileSync(
      file,
      JSON.stringify({
        releases: [
          { releaseCycle: '2.4', releaseDate: '2025-10-01' },
          { releaseCycle: '3.0', releaseDate: '2026-04-01' },
        ],
      }),
    );
    // 2.4's successor 3.0 reaches GA on 2026-04-01: + 180 days = 2026-09-28 (see end-of-support).
    expect(json(['endoflife-date', file])).toEqual([
      { releaseCycle: '3.0', releaseDate: '2026-04-01', eol: false, latest: '3.0', latestReleaseDate: '2026-04-01' },
      {
        releaseCycle: '2.4',
        releaseDate: '2025-10-01',
        eol: '2026-09-28',
        latest: '2.4',
        latestReleaseDate: '2025-10-01',
      },
    ]);
    expect(json(['endoflife-date', file, '--oldest-first'])[0].releaseCycle).toBe('2.4');
  });

  it('clock: business time handled and waited, from a JSON file of clock events (1.2.case, 2.1.data)', () => {
    // Run Mon 2026-12-28 17:30, pause 18:00 (data requested), run again Mon 2027-01-04 10:00, read at 11:00:
    // handled 30 (17:30–18:00) + 60 (10:00–11:00) = 90 business minutes; waited 30 (18:00–18:30 closing)
    // + 30 (09:30 opening–10:00) = 60 — the year-end closure 12-29 … 01-03 counts for neither.
    const events = join(dir, 'clock.json');
    writeFileSync(
      events,
      JSON.stringify([
        { at: '2026-12-28T17:30+09:00', clock: 'run' },
        { at: '2026-12-28T18:00+09:00', clock: 'pause' },
        { at: '2027-01-04T10:00+09:00', clock: 'run' },
      ]),
    );
    const d = json(['clock', events, '--now', '2027年1月4日 11時00分']);
    expect(d.value).toMatchObject({ state: 'running', elapsedBusinessMinutes: 90, pausedBusinessMinutes: 60 });
    const run = runCli(['clock', events, '--now', '2027-01-04T11:00', '--lang', 'en']);
    expect(run.stdout.split('\n')[0]).toBe('running: 90 business minutes handled, 60 business minutes waiting');
  });

  it('case-start and case-apply: a case from JSON files through its lifecycle (1.2.case)', () => {
    const caseFile = join(dir, 'case.json');
    writeFileSync(
      caseFile,
      JSON.stringify({ subject: '印刷できない', question: '帳票が印刷できません', urgency: 'medium' }),
    );
    const state = json(['case-start', caseFile]);
    expect(state.status).toBe('submitted');
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify(state));
    const d = json(
      ['case-apply', stateFile, '-'],
      JSON.stringify({ type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' }),
    );
    expect(d.rule).toBe('transitionCase');
    expect(d.outcome).toBe('applied');
    expect(d.value.status).toBe('registered');
    // A survey before the final answer is refused (4.1.survey): an answer, exit 0.
    const refused = json(
      ['case-apply', stateFile, '-'],
      // Every event carries its instant (interpretation 12).
      JSON.stringify([
        { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' },
        { type: 'send-survey', at: '2027-01-04T11:00+09:00' },
      ]),
    );
    expect(refused.outcome).toBe('refused');
    const text = runCli(['case-apply', stateFile, '-'], {
      input: JSON.stringify({ type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' }),
    });
    expect(text.stdout.split('\n')[0]).toBe('適用しました: 受付 (番号なし) → 登録済み');
  });
});

describe('official or projected holidays (interpretation 14)', () => {
  it('a holiday after the official list (2027) says it is projected; one in it does not', () => {
    // 元日 2030 lies after the last official year (2027): projected. 元日 2027 is in the official list.
    const later = runCli(['day', '2030-01-01']);
    expect(later.stdout).toContain('祝日「元日」 (予測: 公式の祝日一覧の公表前)');
    const official = runCli(['day', '2027-01-01']);
    expect(official.stdout).toContain('祝日「元日」');
    expect(official.stdout).not.toContain('予測');
    expect(runCli(['day', '2030-01-01', '--lang', 'en']).stdout).toContain('(projected: not yet in the official list)');
  });
});

describe('one command pattern: the policy owner’s commands are specs like the rest', () => {
  // Before, policy show/diff/impact, test, batch and serve were registered by hand with English
  // help and commander's "(default: …)"; as specs their help is in the language like every command's.
  it('their help is in Japanese by default, defaults and choices included', () => {
    // Help wraps long lines at the terminal width: read it as one line.
    const help = (args: string[]) => out([...args, '--help']).replace(/\s+/g, ' ');
    const test = help(['test']);
    expect(test).toContain('使い方: cs-policy test [オプション] <paths...>');
    expect(test).toContain('(選択肢: text, junit; 既定: "text")');
    expect(test).not.toMatch(/\(default:|display help/);
    const serve = help(['serve']);
    expect(serve).toContain('(既定: "8080")');
    expect(serve).toContain('--no-log 標準エラーに JSON のアクセスログを出さない');
    expect(serve).not.toMatch(/default:|--now/);
    expect(help(['batch'])).toContain('(既定: "-")');
    expect(help(['policy', 'impact'])).toContain('必須');
    // The group lists its commands, and its own help command, in the language.
    const group = help(['policy']);
    expect(group).toContain('show [file]');
    expect(group).toContain('help [command] コマンドのヘルプを表示します');
    expect(help([])).not.toContain('display help for command');
  });

  it('--now only where it changes the answer: policy show and batch (--policy-dir), not test or diff', () => {
    expect(out(['policy', 'show', '--help'])).toContain('--now');
    expect(out(['batch', '--help'])).toContain('--now');
    expect(usageError(['test', 'scenarios', '--now', '2027-01-04T10:00'])).toContain(
      '--now は test の答えを変えません',
    );
    expect(usageError(['policy', 'diff', 'builtin', 'builtin', '--now', '2027-01-04T10:00'])).toContain(
      '--now は policy diff の答えを変えません',
    );
  });

  it('their errors are in the language, and numbers are read as everywhere else', () => {
    // --port is a whole number from 0 to 65535; 70000 is beyond it.
    expect(usageError(['serve', '--port', '70000'])).toBe(
      'cs-policy: --port は 0 から 65535 までの整数で指定してください (70000 は範囲外です)',
    );
    expect(usageError(['serve', '--port', 'eighty', '--lang', 'en'])).toBe(
      'cs-policy: --port must be a whole number, not "eighty"',
    );
    // Full-width digits are a number here as in every command: --examples ３ is 3.
    const cases = join(dir, 'one-case.jsonl');
    writeFileSync(cases, '{"rule":"releaseEndOfSupport","args":["2026-04-01"]}\n');
    const report = json(['policy', 'impact', 'builtin', 'builtin', '--cases', cases, '--examples', '３']);
    expect(report.totals).toMatchObject({ total: 1, changed: 0, unchanged: 1, errors: 0 });
    expect(usageError(['policy', 'impact', 'builtin', 'builtin', '--cases', cases, '--examples', '-1'])).toContain(
      '--examples は 0 以上の整数で指定してください',
    );
    expect(usageError(['test', 'scenarios', '--reporter', 'xml'])).toContain('xml');
  });

  it('test --json prints the scenario report, and still exits 1 when a scenario fails', () => {
    const file = join(dir, 'one.yaml');
    // GA 2026-04-01 + 180 days is 2026-09-28 (3.3.eos): the scenario expects a wrong date on purpose.
    writeFileSync(
      file,
      'scenarios:\n  - name: wrong on purpose\n    rule: releaseEndOfSupport\n    args: ["2026-04-01"]\n    expect: { value: { lastSupportedDate: "2026-09-29" } }\n',
    );
    const run = runCli(['test', file, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ passed: 0, failed: 1 });
    expect(report.results[0].mismatches[0]).toMatchObject({
      path: 'value.lastSupportedDate',
      expected: '2026-09-29',
      actual: '2026-09-28',
    });
  });
});

describe('a group without its command, an option without its partner', () => {
  it('cs-policy policy prints the group help on stderr, exit 2, with no stray error line', () => {
    const run = runCli(['policy']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('使い方: cs-policy policy [オプション] [コマンド]');
    expect(run.stderr).not.toContain('outputHelp');
  });

  it('test --output without --reporter junit is refused: it would write nothing', () => {
    expect(usageError(['test', 'scenarios', '--output', join(dir, 'x.xml')])).toContain(
      '--output は JUnit XML の書き出し先です',
    );
  });
});
