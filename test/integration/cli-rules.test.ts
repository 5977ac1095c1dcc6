import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { validCaseForm } from '../fixtures/case-form.js';

// The rule subcommands of cs-policy, run as a user runs them: the built bin in a process.

/** Runs with --json and returns the parsed decision (exit code 0 asserted). */
// biome-ignore lint/suspicious/noExplicitAny: the parsed JSON of many commands, read field by field.
function json(args: readonly string[], input?: string): any {
  const run = runCli([...args, '--json'], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

/** The first line of the human answer (exit code 0 asserted). */
function firstLine(args: readonly string[]): string {
  const run = runCli(args);
  expect(run.code).toBe(0);
  return run.stdout.split('\n')[0]!;
}

/** Bad input: exit code 2 and one line on stderr, without a stack trace. */
function expectUsageError(args: readonly string[], fragment: string): void {
  const run = runCli(args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(fragment);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
}

// Two questions: validate-intake splits them into two cases (1.2.form).
const VALID_FORM = validCaseForm({ questions: ['ログインできません。', 'パスワードの再設定方法を教えてください。'] });

describe('3.3.eos / 3.1.kinds: release commands', () => {
  it('end-of-support: GA 2026-04-01 + 180 days is 2026-09-28 (3.3.eos)', () => {
    // 29 days left in April + 31 + 30 + 31 + 31 = 152 → Aug 31; + 28 → Mon Sep 28.
    const d = json(['end-of-support', '2026-04-01']);
    expect(d.rule).toBe('releaseEndOfSupport');
    expect(d.value.lastSupportedDate).toBe('2026-09-28');
    expect(d.value.supportEndsAt).toBe('2026-09-29T00:00:00+09:00');
  });

  it('support-status: 27 days left on 2026-09-01, ended on 2026-09-29 (3.3.eos, 3.3.after-eos)', () => {
    // Sep 1 → Sep 28 is 27 days; Sep 29 is the first day without support.
    const ending = json(['support-status', '2.3', '--on', '2026-09-01', '--successor-ga', '2026-04-01']);
    expect(ending.outcome).toBe('support-ending');
    expect(ending.value.daysLeft).toBe(27);
    expect(json(['support-status', '2.3', '--on', '2026-09-29', '--successor-ga', '2026-04-01']).outcome).toBe('ended');
    expect(json(['support-status', '2.3', '--on', '2026-09-29']).outcome).toBe('supported');
  });

  it('version-up: the position that goes up names the kind (3.1.kinds)', () => {
    expect(json(['version-up', '2.3.1', '2.4.0']).outcome).toBe('minor');
    expect(json(['version-up', '2.3.1', '3.0']).outcome).toBe('major');
    expect(json(['version-up', '2.4.1', '2.4.0']).outcome).toBe('not-an-upgrade');
  });
});

describe('4.3.discretionary-end / 4.3.scope / 4.2.policy-change: scope commands', () => {
  it('notice-deadline: 2027-06-30 − 90 days is 2027-04-01; clear days 2027-03-31 (4.3.discretionary-end)', () => {
    // Back from Jun 30: 30 days to May 31, 31 to Apr 30, 29 to Apr 1 = 90. Clear days: one more, Mar 31.
    expect(json(['notice-deadline', '2027-06-30']).value.latestNoticeDate).toBe('2027-04-01');
    const clear = json(['notice-deadline', '2027-06-30', '--clear-days']).value;
    expect(clear).toMatchObject({ latestNoticeDate: '2027-03-31', reading: 'clear-days' });
  });

  it('notice-check: sent 2027-04-03 is 2 days late; by website is the wrong channel (4.3.discretionary-end)', () => {
    // The latest notice day is Apr 1; Apr 3 is two days after it.
    const late = json(['notice-check', '2027-06-30', '--sent', '2027-04-03']);
    expect(late.outcome).toBe('late');
    expect(late.value.daysLate).toBe(2);
    expect(json(['notice-check', '2027-06-30', '--sent', '2027-04-01']).outcome).toBe('compliant');
    expect(json(['notice-check', '2027-06-30', '--sent', '2027-03-01', '--channel', 'website']).outcome).toBe(
      'wrong-channel',
    );
    // Under clear days the latest day is Mar 31, so Apr 1 is one day late.
    expect(json(['notice-check', '2027-06-30', '--sent', '2027-04-01', '--clear-days']).value.daysLate).toBe(1);
    // Sent on the end date itself: after the end, 90 days late (Apr 1 → Jun 30).
    const after = runCli(['notice-check', '2027-06-30', '--sent', '2027-06-30', '--lang', 'en']);
    expect(after.code).toBe(0);
    // 2027-06-30 is a Wednesday (2027-01-01 is a Friday; + 180 days = 25 weeks + 5 days).
    expect(after.stdout.split('\n')[0]).toBe('Sent on or after the end date (Wed 30 Jun 2027); 90 days late');
  });

  it("assess: an OS past its maker's end is not supported, and OS-caused is limited (4.3.os-eol, 4.3.third-party)", () => {
    // Android 12's maker support ended 2026-03-31, before the request on Mon 2026-05-11.
    const d = json([
      'assess',
      'defect',
      '--on',
      '2026-05-11',
      '--cause',
      'os',
      '--os',
      'Android 12',
      '--os-vendor-end',
      '2026-03-31',
    ]);
    expect(d.outcome).toBe('not-supported');
    expect(d.value.applicable).toEqual(['not-supported', 'limited']);
    expect(json(['assess', 'onsite', '--on', '2026-05-11']).outcome).toBe('paid-option');
    expect(json(['assess', 'customization', '--on', '2026-05-11']).outcome).toBe('paid');
  });

  it('assess: a release past its last supported day gets information only; third parties are listed (3.3.after-eos)', () => {
    const d = json([
      'assess',
      'defect',
      '--on',
      '2026-05-11',
      '--cause',
      'third-party',
      '--third-party',
      'Chrome:2026-12-31',
      '--release',
      '2.4',
      '--release-last-supported',
      '2026-04-30',
    ]);
    expect(d.outcome).toBe('information-only');
    expect(d.value.ends).toContainEqual({
      component: 'third-party',
      name: 'Chrome',
      basis: 'vendor',
      lastSupportedDate: '2026-12-31',
      ended: false,
    });
  });

  it('policy-change: important → e-mail, minor → website (4.2.policy-change)', () => {
    expect(json(['policy-change', '--important']).outcome).toBe('email');
    expect(json(['policy-change', '--minor']).outcome).toBe('website');
  });
});

describe('5.feature-change / 5.scheduled / 5.customer-data: cloud commands', () => {
  it('feature-notice: change on Mon 2027-05-10 → target Mon 2027-04-26 (5.feature-change)', () => {
    // 10 May − 14 days = 26 April.
    const d = json(['feature-notice', '2027-05-10']);
    expect(d.rule).toBe('featureChangeNoticeDate');
    expect(d.value.targetNoticeDate).toBe('2027-04-26');
    // A mail on Apr 28 is 2 days after the target, still before the change.
    const check = json(['feature-notice', '2027-05-10', '--sent', '2027-04-28']);
    expect(check.rule).toBe('checkFeatureChangeNotice');
    expect(check).toMatchObject({ outcome: 'late', value: { daysLate: 2 } });
  });

  it('maintenance: scheduled, preventive, emergency, feature change (5.scheduled, 5.preventive, 5.emergency)', () => {
    expect(json(['maintenance', '--trigger', 'planned', '--stops-service', '--work', 'security-update']).outcome).toBe(
      'scheduled',
    );
    expect(json(['maintenance', '--trigger', 'planned', '--work', 'minor-fix']).value.notice).toBe('none');
    expect(json(['maintenance', '--trigger', 'anomaly-detected', '--stops-service']).outcome).toBe('emergency');
    expect(json(['maintenance', '--trigger', 'planned', '--changes-features']).value.noticeDaysBefore).toBe(14);
  });

  it('customer-data: allowed with prior consent only (5.customer-data)', () => {
    expect(json(['customer-data', '--at', '2027-03-02', '--consent-given', '2027-03-01']).outcome).toBe('allowed');
    expect(json(['customer-data', '--at', '2027-03-02']).outcome).toBe('not-allowed');
    expect(
      json([
        'customer-data',
        '--at',
        '2027-03-02',
        '--consent-given',
        '2027-03-01',
        '--consent-withdrawn',
        '2027-03-02',
      ]).outcome,
    ).toBe('not-allowed');
  });
});

describe('6.lead-time / 7.*: client apps and customized versions', () => {
  it('delivery-date: Fri 2026-12-25 19:00 → due Mon 2027-01-18 (6.lead-time)', () => {
    // After hours on Fri 12-25 → received Mon 12-28 09:30. Not counting 12-28: Jan 4–8 (5),
    // Jan 11 is 成人の日, Jan 12–15 (9), Mon Jan 18 is the 10th business day.
    const d = json(['delivery-date', '2026-12-25T19:00+09:00']);
    expect(d.outcome).toBe('due');
    expect(d.value).toMatchObject({ effectiveReceiptDate: '2026-12-28', dueDate: '2027-01-18' });
    expect(json(['delivery-date', '2026-12-25T19:00+09:00', '--customization']).outcome).toBe('agree-separately');
  });

  it('customization-charge: own verification is charged separately, imports are quoted (7.os-upgrade, 7.import)', () => {
    expect(json(['customization-charge', 'customer-specific-verification']).outcome).toBe('charged-separately');
    expect(json(['customization-charge', 'inquiry']).outcome).toBe('included');
    const d = json(['customization-charge', 'import-product-features', '--features', 'offline-mode,dark-theme']);
    expect(d.outcome).toBe('quoted');
    expect(d.reasons.map((r: { code: string }) => r.code)).toContain('FEATURES_NOT_SELECTABLE');
  });
});

describe('1.1 / 1.2 / intro: cases commands', () => {
  it('reception: Mon 2026-12-28 18:45 → 2027-01-04T09:30 (1.2.form.confirmation)', () => {
    // After closing on the last day before the year-end closure (12-29..01-03); Jan 4 is a Monday.
    const d = json(['reception', '2026-12-28T18:45+09:00']);
    expect(d).toMatchObject({ outcome: 'next-opening', value: '2027-01-04T09:30:00+09:00' });
  });

  it('check-sender: registered, may register, refused (1.2.representative)', () => {
    expect(json(['check-sender', '--email', 'Taro@example.co.jp', '--registered', 'taro@example.co.jp']).outcome).toBe(
      'allowed',
    );
    expect(
      json(['check-sender', '--email', 'hanako@example.co.jp', '--registered', 'taro@example.co.jp']).outcome,
    ).toBe('refused');
    expect(
      json([
        'check-sender',
        '--email',
        'hanako@example.co.jp',
        '--registered',
        'taro@example.co.jp',
        '--allowance',
        '2',
      ]).value.remaining,
    ).toBe(1);
    expect(json(['check-sender', '--email', 'hanako@example.co.jp', '--registered', '']).outcome).toBe('refused');
    expect(
      json(['check-sender', '--email', 'taro@example.co.jp', '--registered', 'taro@example.co.jp', '--end-user'])
        .outcome,
    ).toBe('refused');
  });

  it('channels: phone for high urgency within hours only (1.1.channels, 1.1.hours)', () => {
    // Mon 2027-01-04 10:00 is within hours; 2027-01-01 (元日) is closed.
    expect(json(['channels', '--urgency', 'high', '--at', '2027-01-04T10:00+09:00']).outcome).toBe(
      'web-form-and-phone',
    );
    expect(json(['channels', '--urgency', 'high', '--at', '2027-01-01T10:00+09:00']).outcome).toBe('web-form-only');
    expect(json(['channels', '--urgency', 'low']).outcome).toBe('web-form-only');
  });

  it('eligibility: maintenance contract within its term is eligible; no contract is not (intro.eligibility)', () => {
    const d = json([
      'eligibility',
      '--kind',
      'maintenance-contract',
      '--on',
      '2027-01-04',
      '--product',
      'kaito',
      '--contract-end',
      '2027-03-31',
    ]);
    expect(d).toMatchObject({ outcome: 'eligible', value: { services: ['support', 'upgrade', 'other'] } });
    expect(json(['eligibility', '--kind', 'none', '--on', '2027-01-04']).outcome).toBe('not-eligible');
    expect(
      json(['eligibility', '--kind', 'maintenance-contract', '--on', '2027-04-01', '--contract-end', '2027-03-31'])
        .outcome,
    ).toBe('not-eligible');
  });

  it('validate-intake: a valid form from stdin is one case per question (1.2.form.one-question)', () => {
    const d = json(['validate-intake', '-'], JSON.stringify(VALID_FORM));
    expect(d.outcome).toBe('valid');
    expect(d.value.drafts).toHaveLength(2);
  });

  it('validate-intake: an invalid form is an answer, exit 0, each error path and message (1.2.form)', () => {
    const bad = { ...VALID_FORM, email: 'taro@', questions: [] };
    const d = json(['validate-intake', '-'], JSON.stringify(bad));
    expect(d.outcome).toBe('invalid');
    expect(d.value.errors.map((e: { path: string[]; code: string }) => `${e.path.join('.')}:${e.code}`)).toEqual([
      'email:INVALID_EMAIL',
      'questions:NO_QUESTION',
    ]);
    const ja = runCli(['validate-intake', '-'], { input: JSON.stringify(bad) });
    expect(ja.code).toBe(0);
    expect(ja.stdout.split('\n')[0]).toBe('無効です: 2 件の誤り');
    expect(ja.stdout).toContain('  * questions: ご質問を1件以上入力してください。 [1.2.form.one-question]');
    const en = runCli(['validate-intake', '-', '--lang', 'en'], { input: JSON.stringify(bad) });
    expect(en.stdout.split('\n')[0]).toBe('Invalid: 2 problems');
    expect(en.stdout).toContain('  * questions: Please enter at least one question. [1.2.form.one-question]');
  });

  it('validate-intake: invalid JSON is bad input; --schema prints the JSON Schema (1.2.form)', () => {
    const run = runCli(['validate-intake', '-', '--lang', 'en'], { input: '{"companyName": ' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^cs-policy: standard input is not valid JSON: /);
    // In Japanese by default (issue 13: errors in the answer's language).
    expect(runCli(['validate-intake', '-'], { input: '{' }).stderr).toMatch(
      /^cs-policy: 標準入力 は JSON として読めません: /,
    );
    const schema = JSON.parse(runCli(['validate-intake', '--schema']).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toContain('questions');
  });
});

describe('timeline: obligations, closures, clauses', () => {
  it('obligations release-ga: notice the day before GA, last supported day GA + 180 (3.2.notice, 3.3.eos)', () => {
    const d = json([
      'obligations',
      'release-ga',
      '--product',
      'kaito',
      '--release',
      '4.0',
      '--ga',
      '2026-04-01',
      '--previous',
      '3.2',
    ]);
    const dates = d.value.map((o: { due: { date?: string }; clause: string }) => `${o.due.date}:${o.clause}`);
    expect(dates).toContain('2026-03-31:3.2.notice');
    expect(dates).toContain('2026-09-28:3.3.eos');
  });

  it('obligations discretionary-end: the e-mail notice by end − 90 days (4.3.discretionary-end)', () => {
    const d = json(['obligations', 'discretionary-end', '--name', 'Windows 10', '--ends-on', '2027-06-30']);
    expect(d.value[0]).toMatchObject({
      id: 'discretionary-end.notice',
      due: { kind: 'date', date: '2027-04-01' },
      deadline: 'by',
    });
  });

  it('obligations: human output lists one obligation per line, deadline kind in the language (6.lead-time)', () => {
    const en = runCli([
      'obligations',
      'build-materials-received',
      '--received-at',
      '2026-12-25T19:00+09:00',
      '--lang',
      'en',
    ]).stdout.split('\n');
    expect(en[0]).toBe('build-materials-received: 2 obligations');
    // After hours on Fri 12-25 the materials count as received at the next opening, Mon 12-28 09:30;
    // the 10th business day after it is Mon 2027-01-18 (see delivery-date).
    expect(en[1]).toMatch(
      /^ {2}Mon 28 Dec 2026, 09:30 \(JST\) +on +Build materials count as received {2}\[6\.lead-time\]$/,
    );
    expect(en[2]).toMatch(/^ {2}Mon 18 Jan 2027 +by +Deliver the app .*\[6\.lead-time\]$/);
    const ja = runCli(['obligations', 'feature-change', '--change-on', '2027-05-10']).stdout.split('\n');
    expect(ja[0]).toBe('feature-change: 2 件の期限');
    // 2027-05-10 − 14 days = 2027-04-26, a Monday like the change day.
    expect(ja[1]).toMatch(/^ {2}2027年4月26日\(月\) +目処 .*\[5\.feature-change\]$/);
  });

  it('obligations --ics prints an iCalendar file (4.3.discretionary-end)', () => {
    const run = runCli([
      'obligations',
      'discretionary-end',
      '--name',
      'Windows 10',
      '--ends-on',
      '2027-06-30',
      '--ics',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('BEGIN:VCALENDAR');
    expect(run.stdout).toContain('DTSTART;VALUE=DATE:20270401');
  });

  it('closures: the year-end closure and 成人の日, weekends left out unless --all (1.1.hours)', () => {
    // 12-29..01-03 (six days) and Mon 2027-01-11 成人の日.
    const d = json(['closures', '2026-12-01', '2027-01-31']);
    expect(d.days.map((day: { date: string }) => day.date)).toEqual([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-11',
    ]);
    // Sat 01-09, Sun 01-10, Mon 01-11.
    expect(json(['closures', '2027-01-09', '2027-01-11', '--all']).days).toHaveLength(3);
    const ics = runCli(['closures', '2027-01-01', '2027-01-31', '--ics', '--lang', 'en']);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('BEGIN:VCALENDAR');
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20270111');
  });

  it('clauses: the ids with titles in the language', () => {
    expect(json(['clauses'])['3.3.eos']).toEqual({
      ja: '新リリース GA 後の旧リリースのサポート終了',
      en: 'End of support of the old release after the new GA',
    });
    expect(firstLine(['clauses', '4.3', '--lang', 'en'])).toBe(
      '4.3.scope              Out of scope: on-site, customization, OS and third-party products (added)',
    );
  });
});

describe('human output: the answer first, then reasons and clauses', () => {
  it('answers in Japanese by default and in English with --lang en', () => {
    // Dates as people read them (issue 13; ISO stays in --json). Weekdays: 2026-01-01 is a Thursday, so
    // 2026-04-01 (+ 90 days = 12 weeks + 6 days) is a Wednesday and 2026-09-28 (+ 180 = 25 weeks + 5) a Monday.
    expect(firstLine(['end-of-support', '2026-04-01'])).toBe(
      '2026年9月28日(月) まで (旧リリースのサポート最終日: GA 2026年4月1日(水) の 180 日後)',
    );
    expect(firstLine(['end-of-support', '2026-04-01', '--lang', 'en'])).toBe(
      'Supported until Mon 28 Sep 2026 (last supported day: 180 days after GA on Wed 1 Apr 2026)',
    );
    // 2027-01-01 is a Friday: 2027-03-31 (+ 89 days = 12 weeks + 5) and 2027-06-30 (+ 91 more) are Wednesdays.
    expect(firstLine(['notice-deadline', '2027-06-30', '--clear-days'])).toBe(
      '2027年3月31日(水) までにメールで通知 (終了日 2027年6月30日(水) の90日前、丸日数の読み方)',
    );
    expect(firstLine(['delivery-date', '2026-12-25T19:00+09:00', '--lang', 'en'])).toBe(
      'Due by Mon 18 Jan 2027 (10 business days after receipt on Mon 28 Dec 2026)',
    );
    expect(firstLine(['reception', '2026-12-28T18:45+09:00'])).toBe(
      '2027年1月4日(月) 09:30 から受付処理 (次の営業開始)',
    );
    expect(firstLine(['feature-notice', '2027-05-10', '--lang', 'en'])).toBe(
      'E-mail affected customers by Mon 26 Apr 2027 (a target: 14 days before the change on Mon 10 May 2027)',
    );
  });

  it('follows the answer with each reason and its clause, and the policy version', () => {
    const run = runCli(['version-up', '2.3.1', '3.0.0', '--lang', 'en']);
    expect(run.stdout.split('\n')).toEqual([
      'Major version-up (2.3.1 → 3.0.0)',
      // 2 → 3 in the first number: a major version-up (3.1.kinds), in the catalogue's words.
      '  - The update from version 2.3.1 to 3.0.0 is a major version-up (a large change, such as to the architecture). [3.1.kinds]',
      '  (policy 2024-10-07; clauses 3.1.kinds)',
      '',
    ]);
  });
});

describe('--policy: deciding under another policy version', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cs-policy-cli-rules-'));
    file = join(dir, 'policy-365.json');
    writeFileSync(
      file,
      JSON.stringify({ extends: '2024-10-07', version: '2027-04-01', releases: { endOfSupportDays: 365 } }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('end-of-support with 365 days: 2026-04-01 + 365 = 2027-04-01 (3.3.eos)', () => {
    // 2026-04-01 to 2027-04-01 is one non-leap year (no Feb 29 in between): 365 days.
    const d = json(['end-of-support', '2026-04-01', '--policy', file]);
    expect(d.policyVersion).toBe('2027-04-01');
    expect(d.value).toMatchObject({ lastSupportedDate: '2027-04-01', days: 365 });
    expect(
      json([
        '--policy',
        file,
        'obligations',
        'release-ga',
        '--product',
        'kaito',
        '--release',
        '4.0',
        '--ga',
        '2026-04-01',
        '--previous',
        '3.2',
      ]).value.map((o: { due: { date: string } }) => o.due.date),
    ).toContain('2027-04-01');
  });
});

describe('bad input: exit code 2 and one line on stderr', () => {
  it('refuses bad dates, numbers, versions, choices and missing options', () => {
    expectUsageError(['end-of-support', '2026-02-30'], '2026-02-30');
    expectUsageError(
      ['check-sender', '--email', 'a@example.co.jp', '--registered', '', '--allowance', '1.5', '--lang', 'en'],
      'cs-policy: --allowance must be a whole number, not "1.5"',
    );
    expectUsageError(
      ['check-sender', '--email', 'a@example.co.jp', '--registered', '', '--allowance', '1.5'],
      'cs-policy: --allowance は整数で指定してください',
    );
    expectUsageError(['version-up', '1.01', '2.0'], '"1.01" is not a version');
    expectUsageError(['channels', '--urgency', 'urgent'], "'urgent'");
    expectUsageError(['support-status', '2.3'], '--on');
    expectUsageError(['delivery-date', '2026-12-25'], 'date without a time');
    expectUsageError(['policy-change', '--lang', 'en'], 'exactly one of --important or --minor');
    expectUsageError(['policy-change'], '--important か --minor のどちらか一つを指定してください');
    expectUsageError(
      ['assess', 'defect', '--on', '2026-05-11', '--os-vendor-end', '2026-03-31', '--lang', 'en'],
      '--os-vendor-end needs --os',
    );
    expectUsageError(['obligations', 'release-ga', '--product', 'kaito', '--lang', 'en'], 'needs --release, --ga');
    expectUsageError(
      ['obligations', 'feature-change', '--change-on', '2027-05-10', '--ga', '2027-01-01', '--lang', 'en'],
      '--ga does not apply to a feature-change event',
    );
    expectUsageError(['customization-charge', 'inquiry', '--features', 'a'], 'features');
    expectUsageError(['closures', '2027-01-10', '2027-01-01', '--lang', 'en'], 'before it starts');
  });
});

const SUBCOMMANDS = [
  'end-of-support',
  'support-status',
  'version-up',
  'notice-deadline',
  'notice-check',
  'assess',
  'policy-change',
  'feature-notice',
  'maintenance',
  'customer-data',
  'delivery-date',
  'customization-charge',
  'reception',
  'check-sender',
  'channels',
  'eligibility',
  'validate-intake',
  'obligations',
  'closures',
  'clauses',
];

describe('--help', () => {
  it('lists every rule subcommand', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of SUBCOMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(SUBCOMMANDS)('%s --help exits 0 with an example', (name) => {
    const run = runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('例:');
    expect(run.stdout).toContain('使い方:');
    expect(run.stdout).toContain(`$ cs-policy ${name}`);
  });
});
