import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import JapaneseHolidays from 'japanese-holidays';
import { restDaysOfAct } from '../../src/calendar/holidays.js';
import {
  closureName,
  closureText,
  describeDay,
  HOLIDAY_COVERAGE,
  holidaysBetween,
  type ClosureReason,
  type NationalHoliday,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';

// Interpretation 14: a holiday's kind comes from the Act on National Holidays, not from a dataset's names.
// Art. 3(2) 振替休日: a national holiday on a Sunday makes the next day (from 2007: the nearest following day
// that is not a national holiday) a holiday, from 12 April 1973. Art. 3(3) 国民の休日: a day between two
// national holidays, from 27 December 1985 (before 2007 not a Sunday or a substitute holiday).

const require = createRequire(import.meta.url);
const dataset = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<string, { name: string }>;
const pad = (n: number) => String(n).padStart(2, '0');
/** Weekday by the JavaScript Date in UTC (0 = Sunday): independent of the library's own arithmetic. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const holiday = (date: string): NationalHoliday => {
  const found = holidaysBetween(date, date)[0];
  if (!found) throw new Error(`${date} is not a holiday`);
  return found;
};

describe('holiday kinds (interpretation 14)', () => {
  it('the Act, applied to the dataset’s national holidays, gives exactly its other holidays, 1970–2050', () => {
    // National holidays and one-off days by special law are the input; the dataset's 振替休日 and 休日 rows
    // must be exactly what Art. 3(2) and 3(3) add — same dates, same kinds.
    const isRest = (name: string) => name === '休日' || name.endsWith('振替休日');
    const statutory = new Set(
      Object.keys(dataset)
        .filter((d) => !isRest(dataset[d]!.name))
        .map(epochDay),
    );
    const derived = [...restDaysOfAct(statutory)]
      .map(([day, why]) => `${isoOf(day)} ${why.kind}`)
      .filter((s) => s.slice(0, 4) <= '2050')
      .sort();
    const expected = Object.keys(dataset)
      .filter((d) => isRest(dataset[d]!.name))
      .map((d) => `${d} ${dataset[d]!.name.endsWith('振替休日') ? 'substitute' : 'citizens'}`)
      .sort();
    expect(derived).toEqual(expected);
    expect(expected.length).toBe(157); // 133 振替休日 and 24 休日 in holiday_jp 2.5.1
  });

  it('agrees with japanese-holidays (an independent implementation of the Act) on every kind 1970–2050', () => {
    const special = new Set(['1989-02-24', '1990-11-12', '1993-06-09', '2019-05-01', '2019-10-22']);
    for (let year = HOLIDAY_COVERAGE.firstYear; year <= HOLIDAY_COVERAGE.lastYear; year++) {
      const theirs = (JapaneseHolidays.getHolidaysOf(year) as { month: number; date: number; name: string }[]).map(
        (h) => {
          const date = `${year}-${pad(h.month)}-${pad(h.date)}`;
          const kind =
            h.name === '振替休日'
              ? 'substitute'
              : h.name === '国民の休日'
                ? 'citizens'
                : special.has(date)
                  ? 'special'
                  : 'national';
          return `${date} ${kind}`;
        },
      );
      const ours = holidaysBetween(`${year}-01-01`, `${year}-12-31`).map((h) => `${h.date} ${h.kind}`);
      expect(ours, `kinds in ${year}`).toEqual(theirs.sort());
    }
  });

  it('names every substitute holiday on 6 May since 2008 after the Golden Week holiday that fell on a Sunday', () => {
    // Since 2007 3, 4 and 5 May are all national holidays: when one is a Sunday, the nearest following day that
    // is not a national holiday is 6 May, and it replaces that one. The dataset named every one after こどもの日.
    const names = ['憲法記念日', 'みどりの日', 'こどもの日'];
    let count = 0;
    for (let year = 2008; year <= HOLIDAY_COVERAGE.lastYear; year++) {
      const sunday = [3, 4, 5].find((d) => weekday(`${year}-05-0${d}`) === 0);
      const sixth = holidaysBetween(`${year}-05-06`, `${year}-05-06`)[0];
      if (sunday === undefined) {
        expect(sixth, `${year}-05-06`).toBeUndefined();
        continue;
      }
      count++;
      expect(sixth, `${year}-05-06`).toMatchObject({
        kind: 'substitute',
        name: '振替休日',
        replaces: { date: `${year}-05-0${sunday}`, name: names[sunday - 3] },
      });
    }
    expect(count).toBeGreaterThan(15); // a Sunday falls on 3–5 May in three years out of seven
  });

  it('2026-05-06 replaces 憲法記念日 (Sunday 3 May 2026), not こどもの日', () => {
    expect(holiday('2026-05-06')).toEqual({
      date: '2026-05-06',
      kind: 'substitute',
      name: '振替休日',
      nameEn: 'Substitute holiday',
      replaces: { date: '2026-05-03', name: '憲法記念日', nameEn: 'Constitution Memorial Day' },
      projected: false,
    });
    // 2008-05-06 replaces みどりの日 (Sunday 4 May 2008); 2019-05-06 こどもの日 (Sunday 5 May 2019).
    expect(holiday('2008-05-06').replaces?.name).toBe('みどりの日');
    expect(holiday('2019-05-06').replaces?.name).toBe('こどもの日');
  });

  it('2019 Golden Week: 天皇の即位の日 by special law, and 国民の休日 on each side of it', () => {
    // 29 Apr 昭和の日 (Mon); 1 May the enthronement, a 休日 treated as a 国民の祝日 (平成30年法律第99号); so
    // 30 Apr and 2 May lie between two holidays (Art. 3(3)); 5 May こどもの日 is a Sunday, replaced on 6 May.
    expect(holidaysBetween('2019-04-29', '2019-05-06').map((h) => [h.date, h.kind, h.name])).toEqual([
      ['2019-04-29', 'national', '昭和の日'],
      ['2019-04-30', 'citizens', '国民の休日'],
      ['2019-05-01', 'special', '天皇の即位の日'],
      ['2019-05-02', 'citizens', '国民の休日'],
      ['2019-05-03', 'national', '憲法記念日'],
      ['2019-05-04', 'national', 'みどりの日'],
      ['2019-05-05', 'national', 'こどもの日'],
      ['2019-05-06', 'substitute', '振替休日'],
    ]);
    expect(holiday('2019-05-01').nameEn).toBe('Enthronement Day');
    expect(holiday('2019-10-22')).toMatchObject({ kind: 'special', name: '即位礼正殿の儀' });
  });

  it('the Olympic moves of 2020 and 2021, and Sports Day’s names', () => {
    // 2020: 海の日 23 Jul, スポーツの日 24 Jul, 山の日 10 Aug (令和2年の特例). 2021: 海の日 22 Jul, スポーツの日 23 Jul,
    // 山の日 8 Aug — a Sunday, so 9 Aug is its substitute. 体育の日 was renamed スポーツの日 from 2020.
    expect(holiday('2020-07-23')).toMatchObject({ kind: 'national', name: '海の日' });
    expect(holiday('2020-07-24')).toMatchObject({ kind: 'national', name: 'スポーツの日', nameEn: 'Sports Day' });
    expect(holiday('2020-08-10')).toMatchObject({ kind: 'national', name: '山の日' });
    expect(holiday('2021-07-23')).toMatchObject({ name: 'スポーツの日', nameEn: 'Sports Day' });
    expect(holiday('2021-08-09')).toMatchObject({
      kind: 'substitute',
      replaces: { date: '2021-08-08', name: '山の日', nameEn: 'Mountain Day' },
    });
    expect(holiday('2019-10-14')).toMatchObject({ name: '体育の日', nameEn: 'Health and Sports Day' });
    expect(holiday('2050-10-10')).toMatchObject({ name: 'スポーツの日', nameEn: 'Sports Day' });
  });

  it('applies each version of the Act from the day it came into force', () => {
    // 1973-02-11 建国記念の日 was a Sunday before Art. 3(2) (12 Apr 1973): 12 Feb was no holiday.
    expect(weekday('1973-02-11')).toBe(0);
    expect(holidaysBetween('1973-02-12', '1973-02-12')).toEqual([]);
    // 1973-04-29 天皇誕生日 on a Sunday: the first 振替休日.
    expect(holiday('1973-04-30')).toMatchObject({ kind: 'substitute', replaces: { name: '天皇誕生日' } });
    // Before 2007: 3 May 1998 (Sunday) → 4 May is its substitute (not a 国民の休日); 4 May 1997 (Sunday) no holiday.
    expect(holiday('1998-05-04')).toMatchObject({ kind: 'substitute', replaces: { date: '1998-05-03' } });
    expect(weekday('1997-05-04')).toBe(0);
    expect(holidaysBetween('1997-05-04', '1997-05-04')).toEqual([]);
    // 2009-09-22, 2015-09-22, 2026-09-22: between 敬老の日 and 秋分の日.
    for (const date of ['2009-09-22', '2015-09-22', '2026-09-22'])
      expect(holiday(date)).toMatchObject({ kind: 'citizens', name: '国民の休日', nameEn: "Citizens' holiday" });
  });
});

describe('closure words by kind (interpretation 14)', () => {
  const holidayClosure = (date: string) => describeDay(date).closures.find((c) => c.kind === 'national-holiday')!;

  it('a national holiday is a 祝日', () => {
    expect(closureText(holidayClosure('2027-01-01'))).toEqual({
      ja: '祝日「元日」',
      en: "national holiday (New Year's Day)",
    });
    expect(closureName(holidayClosure('2027-01-01'))).toEqual({ ja: '元日', en: "New Year's Day" });
  });

  it('a substitute holiday is named after the holiday it replaces and is not called 祝日', () => {
    const c = holidayClosure('2026-05-06');
    expect(c).toMatchObject({ holidayKind: 'substitute', replaces: { name: '憲法記念日' }, projected: false });
    expect(closureText(c)).toEqual({
      ja: '憲法記念日の振替休日',
      en: 'substitute holiday for Constitution Memorial Day',
    });
    expect(closureName(c)).toEqual({
      ja: '憲法記念日の振替休日',
      en: 'Substitute holiday for Constitution Memorial Day',
    });
  });

  it('a citizens’ holiday is 国民の休日, not a 祝日', () => {
    const c = holidayClosure('2026-09-22');
    expect(closureText(c)).toEqual({ ja: '国民の休日', en: "citizens' holiday" });
    expect(closureName(c)).toEqual({ ja: '国民の休日', en: "Citizens' holiday" });
  });

  it('a one-off holiday by special law is a 休日 with its name', () => {
    expect(closureText(holidayClosure('2019-05-01'))).toEqual({
      ja: '休日「天皇の即位の日」',
      en: 'public holiday (Enthronement Day)',
    });
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { kind: 'x' }],
    ['no kind', {}],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'weekend'],
    ['an unknown holiday kind', { kind: 'national-holiday', holidayKind: 'x', name: '元日', nameEn: "New Year's Day" }],
    ['a holiday without names', { kind: 'national-holiday', holidayKind: 'national' }],
  ])('refuses %s with INVALID_INPUT (not undefined, not a TypeError)', (_, input) => {
    expect(codeOf(() => closureText(input as ClosureReason))).toBe('INVALID_INPUT');
    expect(codeOf(() => closureName(input as ClosureReason))).toBe('INVALID_INPUT');
  });
});

describe('official and projected holidays (interpretation 14)', () => {
  it('holidays after 2027, the last year of the official list, are projected', () => {
    expect(HOLIDAY_COVERAGE.officialThrough).toBe(2027);
    expect(holidaysBetween('1970-01-01', '2027-12-31').every((h) => !h.projected)).toBe(true);
    const later = holidaysBetween('2028-01-01', '2050-12-31');
    expect(later.length).toBeGreaterThan(300);
    expect(later.every((h) => h.projected)).toBe(true);
    // describeDay carries it too: 2028-03-20 春分の日 depends on the equinox announced in February 2027.
    expect(describeDay('2028-03-20').closures).toContainEqual(
      expect.objectContaining({ name: '春分の日', projected: true }),
    );
    expect(describeDay('2027-03-21').closures).toContainEqual(
      expect.objectContaining({ name: '春分の日', projected: false }),
    );
  });
});
