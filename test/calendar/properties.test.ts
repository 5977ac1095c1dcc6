import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessDaysBetween,
  businessMinutesBetween,
  isBusinessDay,
  isWithinBusinessHours,
  nextBusinessOpening,
} from '../../src/index.js';

const DAY = 86_400_000;
// Dates 1976–2045, so that ±1000 business days (about four years) stay inside the holiday data (1970–2050).
const isoDate = fc
  .integer({ min: Date.UTC(1976, 0, 1) / DAY, max: Date.UTC(2045, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const instantOnMinute = fc
  .integer({ min: Date.UTC(1975, 0, 1) / 60_000, max: Date.UTC(2045, 11, 31) / 60_000 })
  .map((m) => new Date(m * 60_000));
const n = fc.integer({ min: -1000, max: 1000 });

describe('calendar invariants (property-based)', () => {
  it('addBusinessDays lands on a business day (n ≠ 0)', () => {
    fc.assert(
      fc.property(
        isoDate,
        n.filter((k) => k !== 0),
        (date, k) => isBusinessDay(addBusinessDays(date, k)),
      ),
    );
  });

  it('round-trips with businessDaysBetween', () => {
    fc.assert(
      fc.property(isoDate, n, (date, k) => {
        const landed = addBusinessDays(date, k);
        // (from, to] counts the landing day but not the start: exact going forward, and going back from a business day.
        if (k > 0 || (k < 0 && isBusinessDay(date))) expect(businessDaysBetween(date, landed)).toBe(k);
        // For business days a and b: addBusinessDays(a, businessDaysBetween(a, b)) === b.
        const a = addBusinessDays(date, 1);
        const b = addBusinessDays(date, k === 0 ? 1 : k);
        expect(addBusinessDays(a, businessDaysBetween(a, b))).toBe(b);
      }),
    );
  });

  it('is monotone: more days never land earlier', () => {
    fc.assert(
      fc.property(isoDate, n, n, (date, i, j) => {
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        return addBusinessDays(date, lo) <= addBusinessDays(date, hi);
      }),
    );
  });

  it('nextBusinessOpening is idempotent and lands inside hours', () => {
    fc.assert(
      fc.property(instantOnMinute, (t) => {
        const opening = nextBusinessOpening(t);
        expect(isWithinBusinessHours(opening)).toBe(true);
        expect(opening.getTime()).toBeGreaterThanOrEqual(t.getTime());
        expect(nextBusinessOpening(opening)).toEqual(opening);
      }),
    );
  });

  it('business minutes round-trip and are monotone', () => {
    fc.assert(
      fc.property(
        instantOnMinute,
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (t, m, extra) => {
          const landed = addBusinessMinutes(t, m);
          expect(businessMinutesBetween(t, landed)).toBe(m);
          expect(addBusinessMinutes(t, m + extra).getTime()).toBeGreaterThanOrEqual(landed.getTime());
          if (m > 0) expect(landed.getTime()).toBeGreaterThan(t.getTime());
        },
      ),
    );
  });

  it('a positive addition from outside hours equals the same addition from the next opening', () => {
    fc.assert(
      fc.property(instantOnMinute, fc.integer({ min: 1, max: 100_000 }), (t, m) => {
        expect(addBusinessMinutes(t, m)).toEqual(addBusinessMinutes(nextBusinessOpening(t), m));
      }),
    );
  });
});
