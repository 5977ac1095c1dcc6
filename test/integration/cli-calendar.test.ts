import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { LUNCH as lunch, SATURDAY_HALF_DAY } from '../fixtures/weekly-hours.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-policy-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cs-policy calendar commands (built bin, as a process)', () => {
  it('describes a closed day (1.1.hours)', () => {
    const run = runCli(['day', '2026-12-29', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tue 29 Dec 2026: closed');
    expect(run.stdout).toContain('year-end/new-year closure');
  });

  it('adds business days over the year-end closure and 成人の日', () => {
    // Dec 28, Jan 4–8 (5), Jan 12–15 (4): the 10th is 2027-01-15.
    const run = runCli(['add-business-days', '2026-12-25', '10', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ date: '2026-12-25', n: 10, result: '2027-01-15' });
  });

  it('finds the next opening after hours on the last day before the closure', () => {
    const run = runCli(['next-opening', '2026-12-28T18:45+09:00', '--json']);
    expect(JSON.parse(run.stdout).nextOpening).toBe('2027-01-04T09:30:00+09:00');
  });

  it('draws a month with each closure marked and explained', () => {
    const run = runCli(['calendar', '2027-01', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ {2}1H {2}2Y {2}3Y/);
    expect(run.stdout).toContain('Mon 11 Jan 2027: closed — national holiday (Coming of Age Day)');
  });

  it('summarises support status on the built-in policy', () => {
    const run = runCli(['--now', '2026-12-28T18:45+09:00', '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.open).toBe(false);
    expect(summary.nextOpening).toBe('2027-01-04T09:30:00+09:00');
    expect(summary.closuresAhead.map((d: { date: string }) => d.date)).toContain('2027-01-11');
  });

  it('1.1.hours: summarises a day near the end of the holiday data, looking ahead only to its last day', () => {
    // Tue 2050-11-01 10:00 is within hours. The holiday data ends 2050-12-31, so the look-ahead stops there
    // instead of at 2051-01-30 (90 days on). Closures in between: 2050-11-03 文化の日 (Thu), 2050-11-23 勤労感謝の日 (Wed),
    // 2050-12-29..31 the year-end closure.
    const run = runCli(['--now', '2050-11-01T10:00+09:00', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.open).toBe(true);
    expect(summary.nextOpening).toBe('2050-11-02T09:30:00+09:00');
    expect(summary.closuresUntil).toBe('2050-12-31');
    const dates = summary.closuresAhead.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2050-11-03', '2050-11-23', '2050-12-29', '2050-12-30']));
    expect(dates.every((d: string) => d <= '2050-12-31')).toBe(true);
    const text = runCli(['--now', '2050-11-01T10:00+09:00', '--lang', 'en']);
    expect(text.code).toBe(0);
    // 2050-12-31 is a Saturday (2050-01-01 is a Saturday and 2050 is a common year: 365 days = 52 weeks + 1 day).
    expect(text.stdout).toContain('Closures until Sat 31 Dec 2050');
  });

  it('answers bad input with one line on stderr and exit code 2, no stack trace', () => {
    const run = runCli(['day', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('2026-02-30');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(runCli(['add-business-days', '2026-12-25', '1.5']).code).toBe(2);
    expect(runCli(['no-such-command']).code).toBe(2);
  });
});

describe('cs-policy summary and closures under hours per weekday (issue 12, 1.1.hours)', () => {
  // Mon, Tue, Thu, Fri 09:00–12:00 and 13:00–18:00 (a lunch hour), Wednesday closed (the weekly closing day),
  // Saturday 10:00–15:00. January 2027: Sat 9, Mon 11 (成人の日), Tue 12, Wed 13.
  const file = join(dir, 'weekly.json');
  writeFileSync(
    file,
    JSON.stringify({
      extends: '2024-10-07',
      version: '2027-04-01',
      calendar: { hours: { mon: lunch, tue: lunch, thu: lunch, fri: lunch, sat: SATURDAY_HALF_DAY } },
    }),
  );
  const line = (args: string[], start: string) => {
    const run = runCli(['--policy', file, ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return run.stdout.split('\n').find((l) => l.startsWith(start));
  };

  it('is open until the close of the interval now is in: 12:00 before lunch, 18:00 after, 15:00 on Saturday', () => {
    expect(line(['--now', '2027-01-12T11:00+09:00', '--lang', 'en'], 'Now')).toBe(
      'Now Tue 12 Jan 2027, 11:00 (JST): support is open (until 12:00 JST)',
    );
    expect(line(['--now', '2027-01-12T11:00+09:00'], '現在')).toBe(
      '現在 2027年1月12日(火) 11:00: 受付時間内です (12:00 まで)',
    );
    // Open before lunch, the next opening is after it: 13:00 the same day (not the next day's 09:00).
    expect(line(['--now', '2027-01-12T11:00+09:00', '--lang', 'en'], 'Next opening')).toBe(
      'Next opening: Tue 12 Jan 2027, 13:00 (JST)',
    );
    expect(line(['--now', '2027-01-12T14:00+09:00', '--lang', 'en'], 'Now')).toContain('(until 18:00 JST)');
    // Open after lunch: Wednesday is the weekly closing day, so the next opening is Thu 01-14 09:00.
    expect(line(['--now', '2027-01-12T14:00+09:00', '--lang', 'en'], 'Next opening')).toBe(
      'Next opening: Thu 14 Jan 2027, 09:00 (JST)',
    );
    expect(line(['--now', '2027-01-09T11:00+09:00', '--lang', 'en'], 'Now')).toContain('(until 15:00 JST)');
    // In the lunch hour support is closed; it reopens at 13:00 the same day.
    expect(line(['--now', '2027-01-12T12:30+09:00', '--lang', 'en'], 'Now')).toBe(
      'Now Tue 12 Jan 2027, 12:30 (JST): support is closed',
    );
    expect(line(['--now', '2027-01-12T12:30+09:00', '--lang', 'en'], 'Next opening')).toBe(
      'Next opening: Tue 12 Jan 2027, 13:00 (JST)',
    );
  });

  it('leaves the weekly closing day out of the closures, and says so', () => {
    // 2027-01-04 … 01-17: Wednesdays 6 and 13 and the weekends are closed every week; 成人の日 (Mon 11) is listed.
    const run = runCli(['--policy', file, 'closures', '2027-01-04', '2027-01-17', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      // Saturday has hours here, so the days closed every week are Wednesday and Sunday, named as such.
      '1 closed day from Mon 4 Jan 2027 to Sun 17 Jan 2027 (days closed every week (Wed, Sun) left out)',
      '  Mon 11 Jan 2027: national holiday (Coming of Age Day)',
      '',
    ]);
    // The month grid's mark for them says the same, not 土日 (Saturday is open).
    const grid = runCli(['--policy', file, 'calendar', '2027-01']).stdout;
    expect(grid).toContain('- 毎週の休み(水・日) (空白は営業日)');
    const all = runCli(['--policy', file, 'day', '2027-01-13']);
    expect(all.stdout.trim()).toBe('2027年1月13日(水): 休業日 — 水曜日の定休日');
  });
});

describe('cs-policy summary under the 2024-10-07 policy: the words are unchanged', () => {
  it('is open until 18:30, the close of 1.1.hours 9:30~18:30', () => {
    // Tue 2027-01-12 11:00 is within 09:30–18:30 on a business day (成人の日 was the day before).
    const ja = runCli(['--now', '2027-01-12T11:00+09:00']);
    expect(ja.stdout.split('\n')[1]).toBe('現在 2027年1月12日(火) 11:00: 受付時間内です (18:30 まで)');
    expect(ja.stdout).toContain('今後 90 日間の休業日 (ふだんの土日は省略):');
    const en = runCli(['--now', '2027-01-12T11:00+09:00', '--lang', 'en']);
    expect(en.stdout.split('\n')[1]).toBe('Now Tue 12 Jan 2027, 11:00 (JST): support is open (until 18:30 JST)');
  });
});
