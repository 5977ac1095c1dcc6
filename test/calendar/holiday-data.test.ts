import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { HOLIDAY_DATA, HOLIDAY_DATA_SOURCE } from '../../src/calendar/holiday-data.js';
import { holidaysBetween } from '../../src/index.js';

const require = createRequire(import.meta.url);

describe('generated holiday table', () => {
  it('is the installed @holiday-jp/holiday_jp dataset in the Cabinet Office vocabulary (run scripts/generate-holidays.mjs after an update)', () => {
    const table = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<string, { name: string }>;
    const { version } = require('@holiday-jp/holiday_jp/package.json') as { version: string };
    expect(HOLIDAY_DATA_SOURCE).toBe(`@holiday-jp/holiday_jp@${version}`);
    // syukujitsu.csv writes every 振替休日 and 国民の休日 as 休日; holiday_jp writes "こどもの日 振替休日" or 休日.
    // holiday_jp's 体育の日（スポーツの日） (2019-10-14) is 体育の日: the rename took effect in 2020.
    const expected = Object.keys(table)
      .sort()
      .map((date) => {
        const name = table[date]!.name;
        if (name.endsWith(' 振替休日')) return `${date}\t休日`;
        return `${date}\t${name === '体育の日（スポーツの日）' ? '体育の日' : name}`;
      });
    expect(HOLIDAY_DATA.split('\n').filter(Boolean)).toEqual(expected);
    expect(holidaysBetween('1970-01-01', '2050-12-31').map((h) => h.date)).toEqual(Object.keys(table).sort());
  });
});
