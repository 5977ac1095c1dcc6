import { describe, expect, it } from 'vitest';
import { definePolicy, discretionaryEndNoticeDeadline, policy20241007 } from '../../src/index.js';
import { codeOf, codes, expectCustomerWords, expectWellFormed } from '../releases/helpers.js';

describe('4.3.discretionary-end: latest day to notify a discretionary end (90 days)', () => {
  it('inclusive reading (default): end 2027-06-30 → notice by 2027-04-01', () => {
    // 2027-06-30 − 90 days: back 30 to May 31, 31 more to Apr 30, 29 more to Apr 1: 30 + 31 + 29 = 90.
    // `date -d '2027-06-30 -90 days'` → 2027-04-01 (a Thursday).
    const d = discretionaryEndNoticeDeadline('2027-06-30');
    expect(d.outcome).toBe('notice-by');
    // 2027-04-01 is a Thursday and no holiday: no closed-day advice.
    expect(d.value).toEqual({
      endDate: '2027-06-30',
      latestNoticeDate: '2027-04-01',
      reading: 'inclusive',
      days: 90,
      lastBusinessDayBefore: null,
    });
    expect(codes(d)).toEqual(['NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL', 'PLAN_UPGRADES']);
    expect(d.rule).toBe('discretionaryEndNoticeDeadline');
    expectWellFormed(d);
  });

  it('"90 clear days" reading: one day earlier, 2027-03-31', () => {
    // end − 91: `date -d '2027-06-30 -91 days'` → 2027-03-31; between 03-31 and 06-30 lie 90 whole
    // days (04-01 … 06-29: 30 + 31 + 29 = 90).
    const d = discretionaryEndNoticeDeadline('2027-06-30', { reading: 'clear-days' });
    expect(d.value).toEqual({
      endDate: '2027-06-30',
      latestNoticeDate: '2027-03-31', // a Wednesday
      reading: 'clear-days',
      days: 90,
      lastBusinessDayBefore: null,
    });
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
      lastBusinessDayBefore: null, // 2027-03-01 is a Monday
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

describe('4.3.discretionary-end: a latest notice day on a closed day (interpretation 11)', () => {
  it('end 2027-08-02 → notice by 2027-05-04 (みどりの日), kept; the business day before is Fri 2027-04-30', () => {
    // 2027-08-02 − 90: back 2 to Jul 31, 31 to Jun 30, 30 to May 31, 27 more → May 4 (2 + 31 + 30 + 27 = 90);
    // `date -d '2027-08-02 -90 days'` → 2027-05-04, a Tuesday, みどりの日. Before it: 05-03 憲法記念日 (Mon),
    // 05-02 Sunday, 05-01 Saturday, so the last business day before is 2027-04-30 (Fri).
    const d = discretionaryEndNoticeDeadline('2027-08-02');
    expect(d.value).toEqual({
      endDate: '2027-08-02',
      latestNoticeDate: '2027-05-04',
      reading: 'inclusive',
      days: 90,
      lastBusinessDayBefore: '2027-04-30',
    });
    expect(codes(d)).toEqual([
      'NOTICE_DEADLINE_INCLUSIVE',
      'DEADLINE_ON_CLOSED_DAY',
      'NOTICE_BY_EMAIL',
      'PLAN_UPGRADES',
    ]);
    const [deadline, closed] = d.reasons;
    expect(deadline?.message).toEqual({
      ja: '弊社の判断でOS・サードパーティ製品のサポート・サービスを終了する場合は、遅くとも終了日の90日前までにお知らせいたします。終了日が2027年8月2日(月)の場合、お知らせの期限は2027年5月4日(火)です。',
      en: 'When we end support of an OS or third-party product at our own discretion, we give notice at least 90 days before the end date. For an end on Mon 2 Aug 2027, the notice is due by Tue 4 May 2027.',
    });
    expect(closed?.clause).toBe('4.3.discretionary-end');
    expect(closed?.message.ja).toBe(
      '期限の2027年5月4日(火)は弊社の休業日(祝日「みどりの日」)にあたります。期限の日付は変わりませんが、その前の営業日は2027年4月30日(金)です。',
    );
    expect(closed?.message.en).toContain(
      'The deadline, Tue 4 May 2027, is a closed day for us: national holiday (Greenery Day).',
    );
    expect(closed?.message.en).toContain('the last business day before it is Fri 30 Apr 2027');
    // The reading of "90 days before" (interpretation 5) is for staff.
    expect(deadline?.note?.ja).toContain('丸90日');
    expectCustomerWords(d);
  });

  it('a notice day on a substitute holiday: 2027-06-20 − 90 = Mon 2027-03-22 → Fri 2027-03-19', () => {
    // 2027-06-20 − 90: back 20 to May 31, 31 to Apr 30, 30 to Mar 31, 9 more → Mar 22 (20 + 31 + 30 + 9 = 90).
    // 2027-03-21 is 春分の日 on a Sunday (Cabinet Office), so Monday 03-22 is a 振替休日. Before it:
    // 03-21 Sunday, 03-20 Saturday, so the last business day before is Fri 2027-03-19.
    const d = discretionaryEndNoticeDeadline('2027-06-20');
    expect(d.value.latestNoticeDate).toBe('2027-03-22');
    expect(d.value.lastBusinessDayBefore).toBe('2027-03-19');
  });

  it('every reason of both readings reads as a customer message', () => {
    for (const end of ['2027-06-30', '2027-08-02', '2028-01-15']) {
      expectCustomerWords(discretionaryEndNoticeDeadline(end));
      expectCustomerWords(discretionaryEndNoticeDeadline(end, { reading: 'clear-days' }));
    }
  });

  it('a 120-day policy says 120, never 90', () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-01-01',
      thirdParty: { discretionaryEndNoticeDays: 120 },
    });
    // 2027-06-30 − 120: back 30 to May 31, 31 to Apr 30, 30 to Mar 31, 29 more → Mar 2 (a Tuesday).
    const d = discretionaryEndNoticeDeadline('2027-06-30', { policy });
    const words = d.reasons.map((r) => `${r.message.ja} ${r.message.en} ${r.note?.ja ?? ''}`).join(' ');
    expect(d.reasons[0]!.message.ja).toContain('遅くとも終了日の120日前までに');
    expect(d.reasons[0]!.message.ja).toContain('お知らせの期限は2027年3月2日(火)です');
    expect(d.reasons[0]!.message.en).toContain('at least 120 days before');
    expect(words).not.toMatch(/90/);
  });
});
