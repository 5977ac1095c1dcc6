import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { codeOf } from '../helpers.js';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessDaysBetween,
  createBusinessCalendar,
  CsPolicyError,
  describeDay,
  holidaysBetween,
  isBusinessDay,
  nextBusinessOpening,
} from '../../src/index.js';

describe('bad input gets a typed error, never a wrong date', () => {
  it.each([
    ['2026-02-30'],
    [''],
    ['tomorrow'],
    ['2026-13-01'],
    [new Date(Number.NaN)],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [undefined],
    [{}],
    [DateTime.invalid('test')],
  ])('date %s → INVALID_DATE', (input) => {
    expect(codeOf(() => isBusinessDay(input as never))).toBe('INVALID_DATE');
    expect(codeOf(() => addBusinessDays(input as never, 1))).toBe('INVALID_DATE');
  });

  it.each([
    ['2026-12-28'],
    [''],
    ['tomorrow'],
    [new Date(Number.NaN)],
    [Number.NaN],
    [Number.NEGATIVE_INFINITY],
    ['2026-12-28T25:00+09:00'],
  ])('instant %s → INVALID_INSTANT', (input) => {
    expect(codeOf(() => nextBusinessOpening(input as never))).toBe('INVALID_INSTANT');
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['3'], [2 ** 60]])('count %s → INVALID_NUMBER', (n) => {
    expect(codeOf(() => addBusinessDays('2026-12-28', n as never))).toBe('INVALID_NUMBER');
    expect(codeOf(() => addBusinessMinutes('2026-12-28T10:00+09:00', n as never))).toBe('INVALID_NUMBER');
  });

  it('names the covered range outside 1970–2050', () => {
    const error = (() => {
      try {
        describeDay('2051-01-05');
      } catch (e) {
        return e as CsPolicyError;
      }
    })();
    expect(error?.code).toBe('OUT_OF_COVERAGE');
    expect(error?.message).toContain('1970-01-01 to 2050-12-31');
    expect(codeOf(() => isBusinessDay('1969-12-31'))).toBe('OUT_OF_COVERAGE');
    expect(codeOf(() => addBusinessDays('2050-12-20', 30))).toBe('OUT_OF_COVERAGE');
    expect(codeOf(() => addBusinessDays('1970-01-10', -30))).toBe('OUT_OF_COVERAGE');
    expect(codeOf(() => businessDaysBetween('2026-01-01', '2099-01-01'))).toBe('OUT_OF_COVERAGE');
  });

  it('rejects a range that ends before it starts', () => {
    expect(codeOf(() => holidaysBetween('2027-02-01', '2027-01-01'))).toBe('INVALID_INPUT');
  });

  it.each([
    [{ closures: [{ from: '2027-08-16', to: '2027-08-12', label: 'x' }] }, 'closures.0'],
    [{ hours: { open: '18:30', close: '09:30' } }, 'hours.close'],
    [{ hours: { open: '9:30', close: '18:30' } }, 'hours.open'],
    [{ yearEndClosure: { from: '12-32', to: '01-03' } }, 'yearEndClosure.from'],
    [{ closures: [{ date: '2027-02-30' }] }, 'closures.0'],
    [{ holidays: [] }, 'holidays'],
  ])('calendar options %j → INVALID_OPTIONS naming %s', (options, field) => {
    try {
      createBusinessCalendar(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsPolicyError);
      expect((error as CsPolicyError).code).toBe('INVALID_OPTIONS');
      expect((error as CsPolicyError).message).toContain(field);
    }
  });
});
