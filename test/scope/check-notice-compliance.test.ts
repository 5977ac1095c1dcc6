import { describe, expect, it } from 'vitest';
import { checkNoticeCompliance } from '../../src/index.js';
import { codes, errorOf, expectWellFormed } from '../releases/helpers.js';

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
    expect(d.reasons[0]!.message.ja).toContain('1日遅く');
    expect(d.reasons[0]!.message.en).toContain('is 1 day after');
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
