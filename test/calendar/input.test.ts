import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { parseIsoDateTime } from '../../src/calendar/input.js';
import { isBusinessDay, nextBusinessOpening, toJstIsoString } from '../../src/index.js';

const two = (n: number) => String(n).padStart(2, '0');

describe('reading ISO 8601 date-times', () => {
  it('agrees with Luxon (an independent parser) on random date-times, offsets and JST wall times', () => {
    const text = fc
      .record({
        y: fc.integer({ min: 1970, max: 2050 }),
        mo: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
        s: fc.option(fc.integer({ min: 0, max: 59 })),
        ms: fc.option(fc.integer({ min: 0, max: 999 })),
        zone: fc.constantFrom('', 'Z', '+09:00', '-11:00', '+14:00', '+05:30', '-03:30', '+0900'),
      })
      .map(({ y, mo, d, h, mi, s, ms, zone }) => {
        const seconds = s === null ? '' : `:${two(s)}${ms === null ? '' : `.${String(ms).padStart(3, '0')}`}`;
        return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${seconds}${zone}`;
      });
    fc.assert(
      fc.property(text, (t) => {
        const luxon = DateTime.fromISO(t, { zone: 'Asia/Tokyo' });
        const ours = parseIsoDateTime(t);
        if (!luxon.isValid) return ours === undefined;
        return ours === luxon.toMillis();
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a string without offset as Tokyo wall time', () => {
    expect(toJstIsoString('2026-12-28T18:45')).toBe('2026-12-28T18:45:00+09:00');
    expect(toJstIsoString('2026-12-28T09:45:00Z')).toBe('2026-12-28T18:45:00+09:00');
  });

  it('accepts a Luxon DateTime by its instant', () => {
    const losAngeles = DateTime.fromISO('2026-12-28T16:00', { zone: 'America/Los_Angeles' }); // 2026-12-29 09:00 JST
    expect(isBusinessDay(losAngeles)).toBe(false);
    expect(nextBusinessOpening(losAngeles)).toEqual(new Date('2027-01-04T09:30+09:00'));
  });

  it.each([
    '2026-12-28T24:00',
    '2026-12-28T12:60',
    '2026-12-28T12:00:60',
    '2026-02-29T10:00',
    '2026-12-28T10:00+24:00',
    ' 2026-12-28T10:00',
    '2026-12-28T10',
  ])('rejects %s', (t) => expect(parseIsoDateTime(t)).toBeUndefined());
});
