import { describe, expect, it } from 'vitest';
import { checkNoticeCompliance, definePolicy, policy20241007 } from '../../src/index.js';
import { codes, errorOf, expectCustomerWords, expectWellFormed } from '../releases/helpers.js';

// End date 2027-06-30: the latest notice day is 2027-04-01 (inclusive: 30 + 31 + 29 = 90 days back;
// `date -d '2027-06-30 -90 days'`) or 2027-03-31 (90 clear days: `date -d '2027-06-30 -91 days'`).
const END = '2027-06-30';

describe('4.3.discretionary-end: was the notice of a discretionary end on time and by e-mail?', () => {
  it('an e-mail on the latest notice day is compliant', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01', channel: 'email' });
    expect(d.outcome).toBe('compliant');
    expect(d.value).toEqual({
      endDate: END,
      noticeSentOn: '2027-04-01',
      latestNoticeDate: '2027-04-01',
      lastBusinessDayBefore: null, // 2027-04-01 is a Thursday, a business day
      reading: 'inclusive',
      days: 90,
      channel: 'email',
      daysBeforeEnd: 90,
      daysLate: 0,
    });
    expect(codes(d)).toEqual(['NOTICE_IN_TIME', 'NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL', 'PLAN_UPGRADES']);
    // The same 4.3.customer-upgrade request as discretionaryEndNoticeDeadline makes.
    expect(d.clauses).toEqual(['4.3.discretionary-end', '4.3.customer-upgrade']);
    expectWellFormed(d);
  });

  it('an earlier e-mail is compliant; no channel given is read as e-mail', () => {
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-01-15' }).outcome).toBe('compliant');
  });

  it('a day after the latest notice day is late by 1', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-02' });
    expect(d.outcome).toBe('late');
    expect(d.value).toMatchObject({ daysLate: 1, daysBeforeEnd: 89 });
    expect(codes(d)[0]).toBe('NOTICE_LATE');
    // 2027-04-02 is a Friday, 2027-04-01 a Thursday; one day late ("1 day", not "1 days").
    expect(d.reasons[0]!.message).toEqual({
      ja: '2027年4月2日(金)付のお知らせは、ポリシーで定めるお知らせの期限(2027年4月1日(木))より1日遅れています。',
      en: "The notice sent on Fri 2 Apr 2027 is 1 day later than the policy's notice deadline (Thu 1 Apr 2027).",
    });
    // That a late notice breaches the policy (interpretation 5) is said to staff, not to the customer.
    expect(d.reasons[0]!.note?.ja).toContain('ポリシーに反する');
  });

  it('the clear-days reading (options.reading) makes the inclusive last day late', () => {
    // Under "90 clear days" the latest day is 2027-03-31, so 2027-04-01 is 1 day late.
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01' }, { reading: 'clear-days' });
    expect(d.outcome).toBe('late');
    expect(d.value).toMatchObject({ latestNoticeDate: '2027-03-31', reading: 'clear-days', daysLate: 1 });
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-03-31' }, { reading: 'clear-days' }).outcome).toBe(
      'compliant',
    );
  });

  it('still accepts the reading in the input (compatibility); options.reading wins', () => {
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01', reading: 'clear-days' }).outcome).toBe(
      'late',
    );
    // Input says clear-days, options say inclusive: inclusive wins, so 2027-04-01 is the last day.
    const d = checkNoticeCompliance(
      { endDate: END, noticeSentOn: '2027-04-01', reading: 'clear-days' },
      { reading: 'inclusive' },
    );
    expect(d.outcome).toBe('compliant');
    expect(d.value.reading).toBe('inclusive');
  });

  it('a notice on or after the end date is after-end (and late: daysLate is kept)', () => {
    // 2027-07-10 − 2027-04-01: 29 (to Apr 30) + 31 + 30 + 10 = 100 days late; 10 days after the end.
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-07-10' });
    expect(d.outcome).toBe('after-end');
    expect(d.value).toMatchObject({ daysLate: 100, daysBeforeEnd: -10 });
    expect(codes(d)).toEqual(['NOTICE_AFTER_END', 'NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL', 'PLAN_UPGRADES']);
    expectWellFormed(d);
    // On the end date itself: 2027-06-30 − 2027-04-01 = 29 + 31 + 30 = 90 days late, 0 days before the end.
    const onEnd = checkNoticeCompliance({ endDate: END, noticeSentOn: END });
    expect(onEnd.outcome).toBe('after-end');
    expect(onEnd.value).toMatchObject({ daysLate: 90, daysBeforeEnd: 0 });
    // The day before the end is merely late: 89 days late, 1 day before the end.
    const dayBefore = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-06-29' });
    expect(dayBefore.outcome).toBe('late');
    expect(dayBefore.value).toMatchObject({ daysLate: 89, daysBeforeEnd: 1 });
  });

  it('wrong channel after the end: wrong-channel wins, the reasons say after-end too', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-07-01', channel: 'website' });
    expect(d.outcome).toBe('wrong-channel');
    expect(codes(d).slice(0, 2)).toEqual(['NOTICE_NOT_BY_EMAIL', 'NOTICE_AFTER_END']);
    // 2027-07-01 − 2027-04-01 = 29 + 31 + 30 + 1 = 91 days late.
    expect(d.value.daysLate).toBe(91);
  });

  it('a website post is the wrong channel, however early', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-01-15', channel: 'website' });
    expect(d.outcome).toBe('wrong-channel');
    expect(codes(d)).toEqual([
      'NOTICE_NOT_BY_EMAIL',
      'NOTICE_IN_TIME',
      'NOTICE_DEADLINE_INCLUSIVE',
      'NOTICE_BY_EMAIL',
      'PLAN_UPGRADES',
    ]);
    expect(d.reasons[0]!.message.ja).toContain('ウェブサイト');
  });

  it('wrong channel and late: the outcome is wrong-channel and the reasons say both', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-03', channel: 'phone' });
    expect(d.outcome).toBe('wrong-channel');
    expect(d.value.daysLate).toBe(2);
    expect(codes(d).slice(0, 2)).toEqual(['NOTICE_NOT_BY_EMAIL', 'NOTICE_LATE']);
  });

  it('reads instants as JST dates', () => {
    // 2027-04-01T15:30Z is 2027-04-02 00:30 in Tokyo: one day late, whatever the process time zone.
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: new Date('2027-04-01T15:30:00Z') }).value.daysLate).toBe(
      1,
    );
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01T23:59+09:00' }).outcome).toBe('compliant');
  });

  it.each([
    [{ noticeSentOn: '2027-04-01' }, 'endDate'],
    [{ endDate: END, noticeSentOn: '2027-04-01', channel: 'fax' }, 'channel'],
    [{ endDate: END, noticeSentOn: '2027-04-01', reading: 'exclusive' }, 'reading'],
    [{ endDate: END, noticeSentOn: '2027-04-01', extra: 1 }, ''],
  ])('%j → INVALID_INPUT', (input, field) => {
    const error = errorOf(() => checkNoticeCompliance(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    if (field) expect(error.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe('4.3.discretionary-end: checkNoticeCompliance options', () => {
  it('rejects a bad options.reading with INVALID_OPTIONS', () => {
    expect(
      errorOf(() =>
        checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01' }, { reading: 'exclusive' } as never),
      ).code,
    ).toBe('INVALID_OPTIONS');
  });
});

describe('4.3.discretionary-end: checkNoticeCompliance reads each date field by name', () => {
  // A bad date inside an object fails as INVALID_DATE, as it does as a plain argument, and names the field.
  it.each([
    [{ endDate: END, noticeSentOn: '2027-04-31' }, 'noticeSentOn'],
    [{ endDate: 'end of June', noticeSentOn: '2027-04-01' }, 'endDate'],
  ])('%j → INVALID_DATE naming %s', (input, field) => {
    const error = errorOf(() => checkNoticeCompliance(input as never));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(field);
  });
});

describe('4.3.discretionary-end: checkNoticeCompliance words a customer can read', () => {
  it('after the end: no advance notice, and by how many days it was late', () => {
    // Sat 2027-07-10 is 10 days after Wed 2027-06-30; from Thu 2027-04-01: 29 + 31 + 30 + 10 = 100 days.
    const [after] = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-07-10' }).reasons;
    expect(after?.message).toEqual({
      ja: '2027年7月10日(土)付のお知らせは、サポート・サービス終了日(2027年6月30日(水))の当日以降のため、事前のお知らせになっていません。お知らせの期限(2027年4月1日(木))より100日遅れています。',
      en: 'The notice sent on Sat 10 Jul 2027 came on or after the end date (Wed 30 Jun 2027), so it gave no advance notice. It is 100 days later than the notice was due (Thu 1 Apr 2027).',
    });
  });

  it('a latest notice day on a closed day gets the closed-day advice and its value field', () => {
    // End 2027-08-02 → latest notice day Tue 2027-05-04 (みどりの日) → last business day before Fri 2027-04-30.
    const d = checkNoticeCompliance({ endDate: '2027-08-02', noticeSentOn: '2027-04-30' });
    expect(d.outcome).toBe('compliant');
    expect(d.value.lastBusinessDayBefore).toBe('2027-04-30');
    expect(codes(d)).toEqual([
      'NOTICE_IN_TIME',
      'NOTICE_DEADLINE_INCLUSIVE',
      'DEADLINE_ON_CLOSED_DAY',
      'NOTICE_BY_EMAIL',
      'PLAN_UPGRADES',
    ]);
  });

  it('every reason of every outcome reads as a customer message', () => {
    for (const noticeSentOn of ['2027-01-15', '2027-04-01', '2027-04-02', END, '2027-07-10']) {
      for (const channel of ['email', 'website', 'phone', 'postal-mail', 'other'] as const) {
        expectCustomerWords(checkNoticeCompliance({ endDate: END, noticeSentOn, channel }));
      }
    }
  });

  it('a 120-day policy says 120 days, never 90', () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-01-01',
      thirdParty: { discretionaryEndNoticeDays: 120 },
    });
    // 2027-06-30 − 120 → Tue 2027-03-02; sent Thu 2027-04-01 is 30 days late (29 to Mar 31 + 1).
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01' }, { policy });
    expect(d.value.daysLate).toBe(30);
    expect(d.reasons[0]!.message.ja).toContain('お知らせの期限(2027年3月2日(火))より30日遅れています');
    expect(d.reasons.map((r) => r.message.ja + r.message.en).join('')).not.toContain('90');
  });
});
