import { describe, expect, it } from 'vitest';
import { checkCustomerDataAccess, CsPolicyError, type CustomerDataAccessInput } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectCustomerWords } from '../words/customer-words.js';

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
    // Consent "2027-03-01" (a Monday, date only) against an access at 10:00 that day.
    expect(sameDay.reasons[0]!.message).toEqual({
      ja: '同意をいただいた2027年3月1日(月)が作業(2027年3月1日(月) 10:00)より前であることを確認できないため、事前の同意にはあたりません。',
      en: 'The consent of Mon 1 Mar 2027 is not shown to come before the work (Mon 1 Mar 2027, 10:00 (JST)), so it is not prior consent.',
    });
    // Why the same day does not count is the library's reading: a staff note.
    expect(sameDay.reasons[0]!.note?.en).toContain('date-only value may be any time of its day');
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

  it('words a customer can read: dates in words, the purpose named', () => {
    // Consent on Mon 2027-03-01, access on Tue 2027-03-02.
    const allowed = checkCustomerDataAccess({
      purpose: 'investigation',
      consent: { givenOn: '2027-03-01' },
      at: '2027-03-02',
    });
    expect(allowed.reasons[0]!.message).toEqual({
      ja: '2027年3月1日(月)にお客様の同意をいただいておりますので、調査のため、お客様固有の情報にアクセスいたします。',
      en: 'You consented on Mon 1 Mar 2027, so we access your customer-specific information for investigation.',
    });
    const withdrawn = checkCustomerDataAccess({
      purpose: 'defect-fix',
      consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-05' },
      at: '2027-03-05',
    });
    // 2027-03-05 is a Friday (Mon 03-01 + 4).
    expect(withdrawn.reasons[0]!.message.ja).toBe(
      '同意は2027年3月5日(金)に撤回されており、作業(2027年3月5日(金))の時点では有効ではありません。',
    );
    expect(checkCustomerDataAccess({ purpose: 'defect-fix', at: '2027-03-02' }).reasons[0]!.message.ja).toBe(
      '不具合対応のためにお客様固有の情報にアクセスすることについて、お客様の同意をいただいておりません。',
    );
    const inputs: CustomerDataAccessInput[] = [
      { purpose: 'other', consent: { givenOn: '2027-03-01T09:00+09:00' }, at: '2027-03-02T10:00+09:00' },
      { purpose: 'other', at: '2027-03-02' },
      { purpose: 'investigation', consent: { givenOn: '2027-03-03' }, at: '2027-03-02' },
      { purpose: 'investigation', consent: { givenOn: '2027-03-02' }, at: '2027-03-02T09:00+09:00' },
      {
        purpose: 'investigation',
        consent: { givenOn: '2027-03-01', withdrawnOn: '2027-03-02T08:00+09:00' },
        at: '2027-03-02T09:00+09:00',
      },
    ];
    for (const input of inputs) expectCustomerWords(checkCustomerDataAccess(input).reasons);
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
    // Both timed, so the reader sees both clocks: consent 15:00, work 10:00 on Mon 2027-03-01.
    expect(later.reasons[0]!.message).toEqual({
      ja: '同意をいただいたのは2027年3月1日(月) 15:00で、作業(2027年3月1日(月) 10:00)より後のため、事前の同意にはあたりません。',
      en: 'The consent was given on Mon 1 Mar 2027, 15:00 (JST), after the work (Mon 1 Mar 2027, 10:00 (JST)), so it is not prior consent.',
    });
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
    // The message and the field list come from one source: they say the same thing.
    const error = errorOf(() =>
      checkCustomerDataAccess({
        purpose: 'investigation',
        at: '2027-03-05',
        consent: { givenOn: '2027-03-03', withdrawnOn: '2027-03-02' },
      }),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual(['consent', 'withdrawnOn']);
    expect(error.message).toBe(`invalid customer-data access: consent.withdrawnOn: ${error.issues[0]!.message}`);
    expectCode({ purpose: 'investigation', at: '2027-03-01', consent: { givenOn: '2027-02-30' } }, 'INVALID_DATE');
  });
});
