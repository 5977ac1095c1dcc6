import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCsPolicyError } from '../../src/errors.js';
import { JAPANESE_ERAS, parseLenientDate, parseLenientInstant } from '../../src/words/read-dates.js';

/** The error a call throws (the test fails if it does not throw a CsPolicyError). */
function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (error) {
    if (isCsPolicyError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a CsPolicyError');
}

describe('parseLenientDate: dates as people in Japan type them (issue 13)', () => {
  it.each([
    ['2027-01-04', '2027-01-04'],
    // Full-width digits and the full-width hyphen-minus U+FF0D, as a Japanese IME types them.
    ['２０２７－０１－０４', '2027-01-04'],
    // The katakana long vowel mark and the minus sign, typed for a hyphen.
    ['2027ー01ー04', '2027-01-04'],
    ['2027−1−4', '2027-01-04'],
    ['2027/01/04', '2027-01-04'],
    ['2027/1/4', '2027-01-04'],
    ['２０２７／１／４', '2027-01-04'],
    ['2027-1-4', '2027-01-04'],
    ['2027.1.4', '2027-01-04'],
    ['20270104', '2027-01-04'],
    ['2027年1月4日', '2027-01-04'],
    ['２０２７年１月４日', '2027-01-04'],
    ['2027年 1月 4日', '2027-01-04'],
    ['  2027/1/4  ', '2027-01-04'],
    // 2027-01-04 is a Monday (2027-01-01 is a Friday; + 3 days).
    ['2027年1月4日(月)', '2027-01-04'],
    ['2027年1月4日（月）', '2027-01-04'],
    ['2027年1月4日 月曜日', '2027-01-04'],
  ])('%s → %s', (text, iso) => {
    expect(parseLenientDate(text)).toBe(iso);
  });

  it.each([
    // 令和 began 2019-05-01 (元年 = 2019), so 令和9年 = 2019 + 8 = 2027.
    ['令和9年1月4日', '2027-01-04'],
    ['R9.1.4', '2027-01-04'],
    ['r9/1/4', '2027-01-04'],
    ['令和9.1.4', '2027-01-04'],
    ['㋿9年1月4日', '2027-01-04'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和1年5月1日', '2019-05-01'],
    // 平成 began 1989 (元年), so 平成31年 = 1989 + 30 = 2019; its last day was 2019-04-30.
    ['平成31年4月30日', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['㍻31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    // 昭和 began 1926-12-25 and ended 1989-01-07 (昭和64年).
    ['昭和元年12月25日', '1926-12-25'],
    ['昭和64年1月7日', '1989-01-07'],
    ['S64.1.7', '1989-01-07'],
    ['昭和39年10月10日', '1964-10-10'],
    ['大正15年12月24日', '1926-12-24'],
  ])('era date %s → %s', (text, iso) => {
    expect(parseLenientDate(text)).toBe(iso);
  });

  it('今日 / today / 本日 are the given today; 明日 and 昨日 one day either side', () => {
    expect(parseLenientDate('今日', { today: '2027-01-04' })).toBe('2027-01-04');
    expect(parseLenientDate('today', { today: '2027-01-04' })).toBe('2027-01-04');
    expect(parseLenientDate('TODAY', { today: '2027-01-04' })).toBe('2027-01-04');
    expect(parseLenientDate('本日', { today: '2027-01-04' })).toBe('2027-01-04');
    // Over a month and a year boundary: the day after 2026-12-31 is 2027-01-01.
    expect(parseLenientDate('明日', { today: '2026-12-31' })).toBe('2027-01-01');
    expect(parseLenientDate('昨日', { today: '2027-03-01' })).toBe('2027-02-28');
    // A today given as an instant counts in JST: 2027-01-03T20:00Z is 2027-01-04 05:00 JST.
    expect(parseLenientDate('今日', { today: '2027-01-03T20:00:00Z' })).toBe('2027-01-04');
  });

  it('今日 without a today is an error: the library never reads the clock', () => {
    const e = errorOf(() => parseLenientDate('今日'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('today');
  });

  it('a date outside its era says when the era ended and how to write it', () => {
    // 2019-05-01 is 令和元年5月1日: 平成 had ended the day before.
    const e = errorOf(() => parseLenientDate('平成31年5月1日'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toContain('平成 ended on 2019-04-30');
    expect(e.message).toContain('令和元年5月1日');
    // 昭和64年1月8日 is 1989-01-08, the first day of 平成.
    expect(errorOf(() => parseLenientDate('昭和64年1月8日')).message).toContain('昭和 ended on 1989-01-07');
    // 令和元年4月30日 would be 2019-04-30, a day before 令和 began.
    expect(errorOf(() => parseLenientDate('令和元年4月30日')).message).toContain('before 令和 began on 2019-05-01');
    expect(errorOf(() => parseLenientDate('令和0年5月1日')).message).toContain('元年');
  });

  it('days that do not exist, and text that is no date, say why', () => {
    // 2027 is not a leap year: February has 28 days.
    expect(errorOf(() => parseLenientDate('2027年2月29日')).message).toContain('2027年2月 has 28 days, not 29');
    expect(errorOf(() => parseLenientDate('2027/13/1')).message).toContain('no month 13');
    expect(errorOf(() => parseLenientDate('来週')).message).toContain('2027年1月4日');
    // 2027-01-04 is a Monday, not a Tuesday.
    expect(errorOf(() => parseLenientDate('2027年1月4日(火)')).message).toContain('月曜日, not a 火曜日');
    expect(errorOf(() => parseLenientDate('2027-01-04 9:30')).message).toContain('has a time');
    expect(errorOf(() => parseLenientDate('2027-01-04x')).code).toBe('INVALID_DATE');
    expect(errorOf(() => parseLenientDate('27/1/4')).code).toBe('INVALID_DATE');
  });

  it('agrees with Intl (ICU) on the Japanese era of random dates from 1912-07-30 to 2100', () => {
    // An independent source: ICU's Japanese calendar names the era, year, month and day of a date;
    // the parser must read that text back to the same date.
    const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const first = Date.UTC(1912, 6, 30);
    const last = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (last - first) / 86_400_000 }), (offset) => {
        const date = new Date(first + offset * 86_400_000);
        const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
        const year = parts.year === '元' ? '元' : parts.year;
        const iso = date.toISOString().slice(0, 10);
        expect(parseLenientDate(`${parts.era}${year}年${parts.month}月${parts.day}日`)).toBe(iso);
        const letter = JAPANESE_ERAS.find((e) => e.name === parts.era)!.letter;
        expect(parseLenientDate(`${letter}${parts.year}.${parts.month}.${parts.day}`)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it("each era's first and last day match Intl's era of that day and of its neighbours", () => {
    const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', timeZone: 'UTC' });
    const eraOn = (iso: string, shift: number) => {
      const ms = Date.parse(`${iso}T00:00:00Z`) + shift * 86_400_000;
      return format.formatToParts(new Date(ms)).find((p) => p.type === 'era')!.value;
    };
    for (const era of JAPANESE_ERAS) {
      expect(eraOn(era.first, 0)).toBe(era.name);
      if (era.name !== '大正') expect(eraOn(era.first, -1)).not.toBe(era.name);
      if (era.last !== undefined) {
        expect(eraOn(era.last, 0)).toBe(era.name);
        expect(eraOn(era.last, 1)).not.toBe(era.name);
      }
    }
  });
});

describe('parseLenientInstant: date-times as people type them (issue 13)', () => {
  it.each([
    ['2027/01/04 9:30', '2027-01-04T09:30:00+09:00'],
    ['２０２７／０１／０４　９：３０', '2027-01-04T09:30:00+09:00'],
    ['2027-1-4 09:30:15', '2027-01-04T09:30:15+09:00'],
    ['2027年1月4日 18時30分', '2027-01-04T18:30:00+09:00'],
    ['2027年1月4日18時30分', '2027-01-04T18:30:00+09:00'],
    ['2027年1月4日(月) 18:30', '2027-01-04T18:30:00+09:00'],
    ['2027年1月4日 18時', '2027-01-04T18:00:00+09:00'],
    ['2027年1月4日 9時半', '2027-01-04T09:30:00+09:00'],
    ['令和9年1月4日 午後6時30分', '2027-01-04T18:30:00+09:00'],
    ['2027/1/4 午前0時', '2027-01-04T00:00:00+09:00'],
    ['2027/1/4 午後0時', '2027-01-04T12:00:00+09:00'],
    ['2027/1/4 12:00 am', '2027-01-04T00:00:00+09:00'],
    ['2027/1/4 6:30 pm', '2027-01-04T18:30:00+09:00'],
    ['2027-01-04T09:30+09:00', '2027-01-04T09:30:00+09:00'],
    ['2027-01-04T09:30', '2027-01-04T09:30:00+09:00'],
    // 00:30 UTC is 09:30 JST; 19:30 at −05:00 is 00:30 UTC of the 5th, 09:30 JST.
    ['2027-01-04T00:30Z', '2027-01-04T09:30:00+09:00'],
    ['2027-01-04 19:30 -05:00', '2027-01-05T09:30:00+09:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseLenientInstant(text)).toBe(iso);
  });

  it('今日 with a time is that time of the JST date of now; now / 今 is now', () => {
    const now = '2027-01-04T08:00+09:00';
    expect(parseLenientInstant('今日 10:00', { now })).toBe('2027-01-04T10:00:00+09:00');
    expect(parseLenientInstant('明日 9:30', { now })).toBe('2027-01-05T09:30:00+09:00');
    expect(parseLenientInstant('今', { now })).toBe('2027-01-04T08:00:00+09:00');
    expect(parseLenientInstant('now', { now })).toBe('2027-01-04T08:00:00+09:00');
    // 23:30 UTC on the 3rd is 08:30 JST on the 4th: 今日 is the 4th.
    expect(parseLenientInstant('今日 18:30', { now: '2027-01-03T23:30:00Z' })).toBe('2027-01-04T18:30:00+09:00');
    expect(errorOf(() => parseLenientInstant('今')).code).toBe('INVALID_INSTANT');
  });

  it('errors say why: no time, no such hour or minute, outside the era', () => {
    expect(errorOf(() => parseLenientInstant('2027/1/4'))).toEqual({
      code: 'INVALID_INSTANT',
      message: '"2027/1/4" is a date without a time; add one, e.g. "2027-01-04 09:30"',
    });
    expect(errorOf(() => parseLenientInstant('2027/1/4 24:00')).message).toContain('no hour 24');
    expect(errorOf(() => parseLenientInstant('2027/1/4 9:60')).message).toContain('no minute 60');
    expect(errorOf(() => parseLenientInstant('2027/1/4 午後13時')).message).toContain('0 to 12');
    expect(errorOf(() => parseLenientInstant('平成31年5月1日 9:30'))).toMatchObject({ code: 'INVALID_INSTANT' });
    expect(errorOf(() => parseLenientInstant('平成31年5月1日 9:30')).message).toContain('平成 ended on 2019-04-30');
    expect(errorOf(() => parseLenientInstant('2027/1/4 9:30 JST')).message).toContain('after the time');
  });
});
