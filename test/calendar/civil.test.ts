import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  civilFromEpochDay,
  epochDayFromCivil,
  formatEpochDay,
  parseIsoDate,
  weekdayOf,
} from '../../src/calendar/civil.js';

// The oracle is the engine's own UTC arithmetic (Date.UTC, getUTCDay), which no process TZ affects.
describe('civil date arithmetic', () => {
  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += DAY_MS) {
      const d = new Date(ms);
      const day = ms / DAY_MS;
      const iso = d.toISOString().slice(0, 10);
      const civil = civilFromEpochDay(day);
      const ok =
        epochDayFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) === day &&
        civil.year === d.getUTCFullYear() &&
        civil.month === d.getUTCMonth() + 1 &&
        civil.day === d.getUTCDate() &&
        weekdayOf(day) === d.getUTCDay() &&
        formatEpochDay(day) === iso;
      if (!ok) mismatches.push(iso);
      checked++;
    }
    expect(checked).toBe(73_414);
    expect(mismatches).toEqual([]);
  });

  it('parses only real dates', () => {
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '',
      'tomorrow',
      '2026-12-28T00:00',
    ]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });

  it('round-trips any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_900_000 }), (day) => {
        const { year, month, day: dom } = civilFromEpochDay(day);
        return epochDayFromCivil(year, month, dom) === day;
      }),
    );
  });
});
