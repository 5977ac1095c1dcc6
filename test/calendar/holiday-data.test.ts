import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { holidaysBetween } from '../../src/index.js';
import { HOLIDAY_DATA_SOURCE } from '../../src/calendar/holiday-data.js';

const require = createRequire(import.meta.url);

describe('generated holiday table', () => {
  it('is exactly the installed @holiday-jp/holiday_jp dataset (run scripts/generate-holidays.mjs after an update)', () => {
    const table = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<
      string,
      { name: string; name_en: string }
    >;
    const { version } = require('@holiday-jp/holiday_jp/package.json') as { version: string };
    expect(HOLIDAY_DATA_SOURCE).toBe(`@holiday-jp/holiday_jp@${version}`);
    const expected = Object.keys(table)
      .sort()
      .map((date) => ({ date, name: table[date]!.name, nameEn: table[date]!.name_en }));
    expect(holidaysBetween('1970-01-01', '2050-12-31')).toEqual(expected);
  });
});
