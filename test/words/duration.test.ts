import { describe, expect, it } from 'vitest';
import { durationText } from '../../src/index.js';
import { codeOf } from '../helpers.js';

describe('durationText: minutes as hours and minutes', () => {
  it('says hours and minutes as people do, one and many', () => {
    // 90 = 1 × 60 + 30; 120 = 2 × 60 exactly, so no minutes; 61 = 1 h 1 min (singular in English).
    expect(durationText(90)).toEqual({ ja: '1時間30分', en: '1 hour 30 minutes' });
    expect(durationText(120)).toEqual({ ja: '2時間', en: '2 hours' });
    expect(durationText(61)).toEqual({ ja: '1時間1分', en: '1 hour 1 minute' });
    expect(durationText(0)).toEqual({ ja: '0分', en: '0 minutes' });
  });

  it('drops a part-minute and says a negative span by its size', () => {
    // 45.9 minutes is 45 whole minutes; −30 is a span of 30 (the sentence says it is over).
    expect(durationText(45.9)).toEqual({ ja: '45分', en: '45 minutes' });
    expect(durationText(-30)).toEqual({ ja: '30分', en: '30 minutes' });
  });

  it('refuses what is no number of minutes (INVALID_NUMBER), never words for NaN', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '90', null, new Date(0)])
      expect(codeOf(() => durationText(bad as number))).toBe('INVALID_NUMBER');
    // The message names what was given: a valid Date is "a Date", not "an Invalid Date".
    expect(() => durationText(new Date(0) as never)).toThrow('minutes must be a finite number, not a Date');
    expect(() => durationText('90' as never)).toThrow('not "90"');
  });
});
