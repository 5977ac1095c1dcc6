import { describe, expect, it } from 'vitest';
import { checkCustomerDataAccess, CsPolicyError, type CustomerDataAccessInput } from '../../src/index.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('5.customer-data: access to customer-specific data needs prior consent', () => {
  it('allows access with consent given before it', () => {
    const d = checkCustomerDataAccess({
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01' },
      at: '2027-03-02',
    });
    expect(d.outcome).toBe('allowed');
    expect(d.value).toBeNull();
    expect(codes(d)).toEqual(['PRIOR_CONSENT']);
    expect(d.clauses).toEqual(['5.customer-data']);
    expect(d.rule).toBe('checkCustomerDataAccess');
  });

  it('does not count consent dated the day of the access as prior when either side is date-only', () => {
    // 事前に: a date-only consent could have been given any time on 2027-03-01, after 10:00 too,
    // so the same JST day does not prove it came first → not allowed.
    const sameDay = checkCustomerDataAccess({
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01' },
      at: '2027-03-01T10:00+09:00',
    });
    expect(sameDay.outcome).toBe('not-allowed');
    expect(codes(sameDay)).toEqual(['CONSENT_GIVEN_LATER', 'PRIOR_CONSENT_REQUIRED']);
    expect(sameDay.reasons[0]!.message.en).toContain('not shown to come before');
    // Consent at 23:00 JST on 2027-03-02 and a date-only access that day: the access may have been
    // at 09:00, before the consent → not allowed.
    expect(
      checkCustomerDataAccess({
        purpose: 'investigation',
        consent: { givenOn: '2027-03-02T23:00+09:00' },
        at: '2027-03-02',
      }).outcome,
    ).toBe('not-allowed');
    // Both date-only, same day → not allowed either.
    expect(
      checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-02' }, at: '2027-03-02' })
        .outcome,
    ).toBe('not-allowed');
  });

  it('counts consent on an earlier JST day as prior, whatever the time', () => {
    // 23:59 JST on 2027-03-01 is on the JST day before a date-only access on 2027-03-02 → allowed.
    expect(
      checkCustomerDataAccess({
        purpose: 'investigation',
        consent: { givenOn: '2027-03-01T23:59+09:00' },
        at: '2027-03-02',
      }).outcome,
    ).toBe('allowed');
    // 2027-03-01T14:59Z is 2027-03-01 23:59 JST (in every process time zone): also the day before.
    expect(
      checkCustomerDataAccess({
        purpose: 'investigation',
        consent: { givenOn: new Date('2027-03-01T14:59:00Z') },
        at: '2027-03-02',
      }).outcome,
    ).toBe('allowed');
    // Date-only consent on 2027-03-01 and an access at 00:30 JST on 2027-03-02 → allowed.
    expect(
      checkCustomerDataAccess({
        purpose: 'investigation',
        consent: { givenOn: '2027-03-01' },
        at: '2027-03-02T00:30+09:00',
      }).outcome,
    ).toBe('allowed');
  });

  it('refuses access without consent', () => {
    const d = checkCustomerDataAccess({ purpose: 'defect-fix', at: '2027-03-02' });
    expect(d.outcome).toBe('not-allowed');
    expect(codes(d)).toEqual(['NO_CONSENT', 'PRIOR_CONSENT_REQUIRED']);
  });

  it('refuses access when consent comes later', () => {
    const d = checkCustomerDataAccess({
      purpose: 'investigation',
      consent: { givenOn: '2027-03-02' },
      at: '2027-03-01',
    });
    expect(d.outcome).toBe('not-allowed');
    expect(codes(d)).toEqual(['CONSENT_GIVEN_LATER', 'PRIOR_CONSENT_REQUIRED']);
  });

  it('compares instants when both carry a time', () => {
    // Consent at 15:00 JST does not cover an access at 10:00 the same morning.
    const input: CustomerDataAccessInput = {
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01T15:00+09:00' },
      at: new Date('2027-03-01T01:00:00Z'), // 10:00 JST
    };
    const later = checkCustomerDataAccess(input);
    expect(codes(later)[0]).toBe('CONSENT_GIVEN_LATER');
    expect(later.reasons[0]!.message.en).toContain('comes after the access');
    // Consent at the very instant of the access is not *prior* (事前に): strictly before is required.
    expect(checkCustomerDataAccess({ ...input, at: '2027-03-01T15:00+09:00' }).outcome).toBe('not-allowed');
    // One minute later it is.
    expect(checkCustomerDataAccess({ ...input, at: '2027-03-01T15:01+09:00' }).outcome).toBe('allowed');
  });

  it('refuses access once consent is withdrawn, on or before the access', () => {
    const withdrawnSameDay = checkCustomerDataAccess({
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-05' },
      at: '2027-03-05',
    });
    expect(withdrawnSameDay.outcome).toBe('not-allowed');
    expect(codes(withdrawnSameDay)).toEqual(['CONSENT_WITHDRAWN', 'PRIOR_CONSENT_REQUIRED']);
    expect(
      checkCustomerDataAccess({
        purpose: 'investigation',
        consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-06' },
        at: '2027-03-05',
      }).outcome,
    ).toBe('allowed');
    expect(
      checkCustomerDataAccess({
        purpose: 'other',
        consent: { givenOn: '2027-03-01', withdrawnOn: null },
        at: '2027-03-05',
      }).outcome,
    ).toBe('allowed');
  });

  it('reads a withdrawal cautiously: a date-only withdrawal on the access day is in force', () => {
    // Withdrawn "2027-03-05" (any time that day) and an access at 09:00 that day: the withdrawal
    // may have come first → not allowed.
    expect(
      codes(
        checkCustomerDataAccess({
          purpose: 'investigation',
          consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-05' },
          at: '2027-03-05T09:00+09:00',
        }),
      ),
    ).toEqual(['CONSENT_WITHDRAWN', 'PRIOR_CONSENT_REQUIRED']);
    // Both timed: withdrawn at 12:00 JST; an access at 11:00 is before it (allowed), at 12:00 it is not.
    const timed = {
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-05T12:00+09:00' },
    } as const;
    expect(checkCustomerDataAccess({ ...timed, at: '2027-03-05T11:00+09:00' }).outcome).toBe('allowed');
    expect(checkCustomerDataAccess({ ...timed, at: '2027-03-05T12:00+09:00' }).outcome).toBe('not-allowed');
  });

  it('accepts a consent withdrawn the day it was given (valid data, never in force before the access)', () => {
    // Given and withdrawn on 2027-03-01; access 2027-03-05 → not allowed because withdrawn.
    expect(
      codes(
        checkCustomerDataAccess({
          purpose: 'investigation',
          consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-01' },
          at: '2027-03-05',
        }),
      )[0],
    ).toBe('CONSENT_WITHDRAWN');
  });

  it('rejects malformed input with INVALID_INPUT and bad dates with INVALID_DATE', () => {
    const expectCode = (input: unknown, code: string) => {
      expect(() => checkCustomerDataAccess(input as never)).toThrow(CsPolicyError);
      expect(() => checkCustomerDataAccess(input as never)).toThrow(expect.objectContaining({ code }));
    };
    expectCode({ purpose: 'marketing', at: '2027-03-01' }, 'INVALID_INPUT');
    expectCode({ purpose: 'investigation' }, 'INVALID_INPUT');
    expectCode({ purpose: 'investigation', at: '2027-03-01', consent: {} }, 'INVALID_INPUT');
    expectCode({ purpose: 'investigation', at: '2027-03-01', consent: true }, 'INVALID_INPUT');
    expectCode({ purpose: 'investigation', at: '2027-03-01', extra: 1 }, 'INVALID_INPUT');
    // A consent withdrawn before it was given is impossible data, not a refusal.
    expectCode(
      { purpose: 'investigation', at: '2027-03-05', consent: { givenOn: '2027-03-03', withdrawnOn: '2027-03-02' } },
      'INVALID_INPUT',
    );
    expectCode({ purpose: 'investigation', at: 'soon' }, 'INVALID_DATE');
    expectCode({ purpose: 'investigation', at: '2027-03-01', consent: { givenOn: '2027-02-30' } }, 'INVALID_DATE');
  });
});
