import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEn } from '../../src/words/count.js';
import { dateText, instantText } from '../../src/words/dates.js';

describe('dates in words (interpretation 13)', () => {
  it('a date as a Japanese support desk and an English reader write it', () => {
    // 2026-12-28 is a Monday (2026-12-25, Christmas Day, is a Friday).
    expect(dateText('2026-12-28')).toEqual({ ja: '2026年12月28日(月)', en: 'Mon 28 Dec 2026' });
    // No leading zeros in Japanese dates: 2027-05-04 (Tuesday, みどりの日).
    expect(dateText('2027-05-04')).toEqual({ ja: '2027年5月4日(火)', en: 'Tue 4 May 2027' });
  });

  it('an instant in Japan time, whatever the process time zone; seconds only when there are some', () => {
    expect(instantText('2026-12-28T18:30:00+09:00')).toEqual({
      ja: '2026年12月28日(月) 18:30',
      en: 'Mon 28 Dec 2026, 18:30 (JST)',
    });
    // 2026-12-28T00:30Z is 09:30 in Tokyo.
    expect(instantText(Date.parse('2026-12-28T00:30:00Z')).ja).toBe('2026年12月28日(月) 09:30');
    // 15:00Z on the 27th is already midnight of the 28th in Tokyo.
    expect(instantText(Date.parse('2026-12-27T15:00:00Z')).en).toBe('Mon 28 Dec 2026, 00:00 (JST)');
    expect(instantText('2026-12-28T18:29:59+09:00').ja).toBe('2026年12月28日(月) 18:29:59');
  });

  it('agrees with Intl in Asia/Tokyo on random instants 1970–2050 (an independent formatter)', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Tokyo',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const intlJa = new Intl.DateTimeFormat('ja-JP', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2050, 11, 31) }), (ms) => {
        const words = instantText(ms);
        // en-GB writes "Mon 28 Dec 2026" (with or without a comma after the weekday, and "Sept", by ICU version).
        expect(words.en.split(',')[0]).toBe(intl.format(ms).replace(',', '').replace('Sept', 'Sep'));
        // ja-JP writes "2026年12月28日(月)".
        expect(words.ja.split(' ')[0]).toBe(intlJa.format(ms).replace(/\s/g, ''));
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });
});

describe('countEn: one pluraliser', () => {
  it('singular for one (and minus one), plural otherwise', () => {
    expect(countEn(1, 'business day')).toBe('1 business day');
    expect(countEn(-1, 'business day')).toBe('-1 business day');
    expect(countEn(0, 'day')).toBe('0 days');
    expect(countEn(90, 'day')).toBe('90 days');
  });
});
