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
    expect(codes(d)).toEqual(['NOTICE_IN_TIME', 'NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL']);
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
  });

  it('the clear-days reading makes the inclusive last day late', () => {
    // Under "90 clear days" the latest day is 2027-03-31, so 2027-04-01 is 1 day late.
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-04-01', reading: 'clear-days' });
    expect(d.outcome).toBe('late');
    expect(d.value).toMatchObject({ latestNoticeDate: '2027-03-31', reading: 'clear-days', daysLate: 1 });
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-03-31', reading: 'clear-days' }).outcome).toBe('compliant');
  });

  it('a notice after the end itself is late too', () => {
    // 2027-07-10 − 2027-04-01: 29 (to Apr 30) + 31 + 30 + 10 = 100 days late.
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-07-10' });
    expect(d.outcome).toBe('late');
    expect(d.value).toMatchObject({ daysLate: 100, daysBeforeEnd: -10 });
  });

  it('a website post is the wrong channel, however early', () => {
    const d = checkNoticeCompliance({ endDate: END, noticeSentOn: '2027-01-15', channel: 'website' });
    expect(d.outcome).toBe('wrong-channel');
    expect(codes(d)).toEqual(['NOTICE_NOT_BY_EMAIL', 'NOTICE_IN_TIME', 'NOTICE_DEADLINE_INCLUSIVE', 'NOTICE_BY_EMAIL']);
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
    expect(checkNoticeCompliance({ endDate: END, noticeSentOn: new Date('2027-04-01T15:30:00Z') }).value.daysLate).toBe(1);
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

describe('4.3.discretionary-end: checkNoticeCompliance reads each date field by name', () => {
  // A bad date inside an object fails as INVALID_DATE, as it does as a plain argument, and names the field.
  it.each([
    [{ endDate: END, noticeSentOn: '2027-04-31' }, 'noticeSentOn'],
  ])('%j → INVALID_DATE naming %s', (input, field) => {
    const error = errorOf(() => checkNoticeCompliance(input as never));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(field);
  });
});
