import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

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
