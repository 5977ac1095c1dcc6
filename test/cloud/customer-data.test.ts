import { describe, expect, it } from 'vitest';
import { checkCustomerDataAccess, CsPolicyError, type CustomerDataAccessInput } from '../../src/index.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('5.customer-data: access to customer-specific data needs prior consent', () => {
  it('allows access with consent given before it', () => {
    const d = checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-02' });
    expect(d.outcome).toBe('allowed');
    expect(d.value).toBeNull();
    expect(codes(d)).toEqual(['PRIOR_CONSENT']);
    expect(d.clauses).toEqual(['5.customer-data']);
    expect(d.rule).toBe('checkCustomerDataAccess');
  });

  it('counts consent dated the day of the access as prior (date-only values compare as dates)', () => {
    expect(checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-01T10:00+09:00' }).outcome).toBe('allowed');
  });

  it('refuses access without consent', () => {
    const d = checkCustomerDataAccess({ purpose: 'defect-fix', at: '2027-03-02' });
    expect(d.outcome).toBe('not-allowed');
    expect(codes(d)).toEqual(['NO_CONSENT', 'PRIOR_CONSENT_REQUIRED']);
  });

  it('refuses access when consent comes later', () => {
    const d = checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-02' }, at: '2027-03-01' });
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
    expect(codes(checkCustomerDataAccess(input))[0]).toBe('CONSENT_GIVEN_LATER');
    expect(checkCustomerDataAccess({ ...input, at: '2027-03-01T15:00+09:00' }).outcome).toBe('allowed');
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
      checkCustomerDataAccess({ purpose: 'investigation', consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-06' }, at: '2027-03-05' }).outcome,
    ).toBe('allowed');
    expect(
      checkCustomerDataAccess({ purpose: 'other', consent: { givenOn: '2027-03-01', withdrawnOn: null }, at: '2027-03-05' }).outcome,
    ).toBe('allowed');
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
    expectCode({ purpose: 'investigation', at: '2027-03-05', consent: { givenOn: '2027-03-03', withdrawnOn: '2027-03-02' } }, 'INVALID_INPUT');
    expectCode({ purpose: 'investigation', at: 'soon' }, 'INVALID_DATE');
    expectCode({ purpose: 'investigation', at: '2027-03-01', consent: { givenOn: '2027-02-30' } }, 'INVALID_DATE');
  });
});
