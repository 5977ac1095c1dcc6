import { describe, expect, it } from 'vitest';
import JapaneseHolidays from 'japanese-holidays';
import { describeDay, holidaysBetween, isBusinessDay, HOLIDAY_COVERAGE } from '../../src/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

describe('national holidays (1.1.hours 祝祭日)', () => {
  it('agree with japanese-holidays (an independent rule-based implementation) on every day 1970–2050', () => {
    for (let year = HOLIDAY_COVERAGE.firstYear; year <= HOLIDAY_COVERAGE.lastYear; year++) {
      // getHolidaysOf works on month/day numbers, so no process time zone is involved.
      const expected = (JapaneseHolidays.getHolidaysOf(year) as { month: number; date: number }[])
        .map((h) => `${year}-${pad(h.month)}-${pad(h.date)}`)
        .sort();
      const actual = holidaysBetween(`${year}-01-01`, `${year}-12-31`).map((h) => h.date);
      expect(actual, `holidays of ${year}`).toEqual(expected);
    }
  });

  it.each([
    ['2019-04-30', '国民の休日 before the enthronement'],
    ['2019-05-01', 'enthronement day (one-off statutory holiday)'],
    ['2019-05-02', '国民の休日 after the enthronement'],
    ['2019-10-22', 'enthronement ceremony (one-off statutory holiday)'],
    ['2020-07-23', 'Marine Day moved for the Tokyo Olympics'],
    ['2020-07-24', 'Sports Day moved for the Tokyo Olympics'],
    ['2020-08-10', 'Mountain Day moved for the Tokyo Olympics'],
    ['2021-07-22', 'Marine Day moved for the postponed Olympics'],
    ['2021-07-23', 'Sports Day moved for the postponed Olympics'],
    ['2021-08-09', '振替休日 of Mountain Day moved to Sunday 8 August 2021'],
    ['2015-09-22', '国民の休日 between 敬老の日 (21st) and 秋分の日 (23rd)'],
    ['2026-09-22', '国民の休日 between 敬老の日 (21st) and 秋分の日 (23rd)'],
    ['2026-05-06', '振替休日: 憲法記念日 fell on Sunday 3 May 2026'],
    ['2027-03-22', '振替休日: 春分の日 fell on Sunday 21 March 2027'],
  ])('%s is a national holiday (%s)', (date) => {
    const day = describeDay(date);
    expect(day.businessDay).toBe(false);
    expect(day.closures.some((c) => c.kind === 'national-holiday')).toBe(true);
  });

  it.each([
    ['2020-10-12', 'Sports Day 2020 was moved to July 24, so the second Monday of October was a working day'],
    ['2021-10-11', 'Sports Day 2021 was moved to July 23'],
    ['2020-08-11', 'Mountain Day 2020 was moved to August 10'],
    ['2021-08-11', 'Mountain Day 2021 was moved to August 8'],
    ['2019-12-23', "the Emperor's birthday moved to February 23 from 2020, and 2019 had none"],
  ])('%s is a business day (%s)', (date) => {
    expect(isBusinessDay(date)).toBe(true);
  });

  it('names holidays in Japanese and English', () => {
    // 2027 is the last year of the official list the table was checked against: not projected.
    expect(holidaysBetween('2027-01-01', '2027-01-31')).toEqual([
      { date: '2027-01-01', kind: 'national', name: '元日', nameEn: "New Year's Day", projected: false },
      { date: '2027-01-11', kind: 'national', name: '成人の日', nameEn: 'Coming of Age Day', projected: false },
    ]);
  });
});
