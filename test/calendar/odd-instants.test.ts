import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers.js';
import { createBusinessCalendar, isBusinessDay, isWithinBusinessHours, toJstIsoString } from '../../src/index.js';

// Issue 9 "Fractions of a millisecond" and "Impostors": every instant is truncated to the
// millisecond that contains it (never rounded into the next second or day), and an object that
// only looks like a Date or a Luxon DateTime is a typed error, not a TypeError from inside.

describe('fractions of a millisecond are truncated, never rounded', () => {
  it('drops the fraction of epoch milliseconds', () => {
    // 1798768800000 ms = 2027-01-01T02:00:00Z = 11:00:00 JST; half a millisecond later is still 11:00:00.000.
    expect(toJstIsoString(1798768800000.5)).toBe('2027-01-01T11:00:00+09:00');
    expect(toJstIsoString(1798768800000.999)).toBe('2027-01-01T11:00:00+09:00');
    // Before the epoch the containing millisecond is the earlier one: -0.5 ms is 1970-01-01T08:59:59.999 JST.
    expect(toJstIsoString(-0.5)).toBe('1970-01-01T08:59:59.999+09:00');
  });

  it('reads nine fraction digits as their first three', () => {
    expect(toJstIsoString('2026-12-28T18:29:59.999999999+09:00')).toBe('2026-12-28T18:29:59.999+09:00');
    // 18:29:59.999999999 is before the 18:30 close (1.1.hours, interpretation 2): inside hours.
    expect(isWithinBusinessHours('2026-12-28T18:29:59.999999999+09:00')).toBe(true);
    // 23:59:59.999999999 on Monday 28 December is still that Monday, a business day (the closure starts on the 29th).
    expect(isBusinessDay('2026-12-28T23:59:59.999999999+09:00')).toBe(true);
    expect(toJstIsoString('2026-12-28T23:59:59.9995+09:00')).toBe('2026-12-28T23:59:59.999+09:00');
    expect(toJstIsoString('2026-12-28T10:00:00.1+09:00')).toBe('2026-12-28T10:00:00.100+09:00');
  });
});

describe('impostors are typed errors', () => {
  const fakeDate = Object.create(Date.prototype) as Date;
  const proxiedDate = new Proxy(new Date('2026-12-28T10:00:00+09:00'), {});
  const fakeLuxon = { isLuxonDateTime: true, isValid: true };
  const throwingLuxon = {
    isLuxonDateTime: true,
    isValid: true,
    toMillis() {
      throw new Error('boom');
    },
  };
  const stringLuxon = { isLuxonDateTime: true, isValid: true, toMillis: () => '1798768800000' };
  const hostileProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      getPrototypeOf() {
        throw new Error('trap');
      },
    },
  );
  const calendar = createBusinessCalendar();

  it.each([
    ['Object.create(Date.prototype)', fakeDate],
    ['a Proxy of a Date', proxiedDate],
    ['a Luxon-like object without toMillis', fakeLuxon],
    ['a Luxon-like object whose toMillis throws', throwingLuxon],
    ['a Luxon-like object whose toMillis gives a string', stringLuxon],
    ['a Proxy whose traps throw', hostileProxy],
  ])('%s → INVALID_DATE / INVALID_INSTANT', (_, value) => {
    expect(codeOf(() => isBusinessDay(value as never))).toBe('INVALID_DATE');
    expect(codeOf(() => calendar.describeDay(value as never))).toBe('INVALID_DATE');
    expect(codeOf(() => calendar.nextBusinessOpening(value as never))).toBe('INVALID_INSTANT');
    expect(codeOf(() => toJstIsoString(value as never))).toBe('INVALID_INSTANT');
  });

  it('quotes at most a short prefix of a long string', () => {
    const long = `2026-${'x'.repeat(1_000_000)}`;
    let message = '';
    try {
      toJstIsoString(long);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('2026-xxx');
  });
});
