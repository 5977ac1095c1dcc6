import { describe, expect, it } from 'vitest';
import { definePolicy, discretionaryEndNoticeDeadline, policy20241007 } from '../../src/index.js';
import { codeOf, codes, expectWellFormed } from '../releases/helpers.js';

describe('4.3.discretionary-end: latest day to notify a discretionary end (90 days)', () => {
  it('inclusive reading (default): end 2027-06-30 → notice by 2027-04-01', () => {
    // 2027-06-30 − 90 days: back 30 to May 31, 31 more to Apr 30, 29 more to Apr 1: 30 + 31 + 29 = 90.
    // `date -d '2027-06-30 -90 days'` → 2027-04-01 (a Thursday).
    const d = discretionaryEndNoticeDeadline('2027-06-30');
    expect(d.outcome).toBe('notice-by');
    expect(d.value).toEqual({ endDate: '2027-06-30', latestNoticeDate: '2027-04-01', reading: 'inclusive', days: 90 });
    expect(codes(d)).toEqual(['NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL', 'PLAN_UPGRADES']);
    expect(d.rule).toBe('discretionaryEndNoticeDeadline');
    expectWellFormed(d);
  });

  it('"90 clear days" reading: one day earlier, 2027-03-31', () => {
    // end − 91: `date -d '2027-06-30 -91 days'` → 2027-03-31; between 03-31 and 06-30 lie 90 whole
    // days (04-01 … 06-29: 30 + 31 + 29 = 90).
    const d = discretionaryEndNoticeDeadline('2027-06-30', { reading: 'clear-days' });
    expect(d.value).toEqual({ endDate: '2027-06-30', latestNoticeDate: '2027-03-31', reading: 'clear-days', days: 90 });
    expect(codes(d)[0]).toBe('NOTICE_DEADLINE_CLEAR_DAYS');
  });

  it('crosses a year back and a leap day', () => {
    // 2028-01-15 − 90: back 15 to Dec 31, 31 to Nov 30, 30 to Oct 31, 14 more → 2027-10-17 (15 + 31 + 30 + 14 = 90).
    // `date -d '2028-01-15 -90 days'` → 2027-10-17 (a Sunday: calendar days, business days do not matter).
    expect(discretionaryEndNoticeDeadline('2028-01-15').value.latestNoticeDate).toBe('2027-10-17');
    // 2028-05-31 − 90: back 31 to Apr 30, 30 to Mar 31, 29 more → 2028-03-02 (31 + 30 + 29 = 90).
    expect(discretionaryEndNoticeDeadline('2028-05-31').value.latestNoticeDate).toBe('2028-03-02');
    // 2028-03-31 − 90: back 31 to Feb 29 (2028 is a leap year), 29 to Jan 31, 30 more → 2028-01-01.
    expect(discretionaryEndNoticeDeadline('2028-03-31').value.latestNoticeDate).toBe('2028-01-01');
  });

  it('4.3.customer-upgrade: asks customers to plan OS and third-party upgrades', () => {
    const d = discretionaryEndNoticeDeadline('2027-06-30');
    const plan = d.reasons.find((r) => r.clause === '4.3.customer-upgrade');
    expect(plan?.message.ja).toContain('計画的なバージョンアップ');
  });

  it('takes the default reading and N from the policy', () => {
    const strict = definePolicy(policy20241007, {
      version: '2027-01-01',
      thirdParty: { noticeReading: 'clear-days', discretionaryEndNoticeDays: 120 },
    });
    // 2027-06-30 − 121 (120 clear days): back 30 to May 31, 31 to Apr 30, 30 to Mar 31, 30 more → 2027-03-01.
    // `date -d '2027-06-30 -121 days'` → 2027-03-01.
    expect(discretionaryEndNoticeDeadline('2027-06-30', { policy: strict }).value).toEqual({
      endDate: '2027-06-30',
      latestNoticeDate: '2027-03-01',
      reading: 'clear-days',
      days: 120,
    });
    // An explicit reading overrides the policy's: 2027-06-30 − 120 → 2027-03-02.
    expect(
      discretionaryEndNoticeDeadline('2027-06-30', { policy: strict, reading: 'inclusive' }).value.latestNoticeDate,
    ).toBe('2027-03-02');
  });

  it('takes a Date as the JST end date', () => {
    // 2027-06-29T15:00Z is 2027-06-30 00:00 JST.
    expect(discretionaryEndNoticeDeadline(new Date('2027-06-29T15:00:00Z')).value.endDate).toBe('2027-06-30');
  });

  it.each([['2027-06-31'], ['next year'], [null], [Number.NaN]])('bad end date %j → INVALID_DATE', (bad) => {
    expect(codeOf(() => discretionaryEndNoticeDeadline(bad as never))).toBe('INVALID_DATE');
  });

  it('bad reading → INVALID_OPTIONS', () => {
    expect(codeOf(() => discretionaryEndNoticeDeadline('2027-06-30', { reading: 'exclusive' as never }))).toBe(
      'INVALID_OPTIONS',
    );
  });
});
