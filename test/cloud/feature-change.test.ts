import { describe, expect, it } from 'vitest';
import {
  checkFeatureChangeNotice,
  CsPolicyError,
  definePolicy,
  featureChangeNoticeDate,
  policy20241007,
} from '../../src/index.js';
import { expectCustomerWords } from '../words/customer-words.js';

// Reference dates (JST), weekdays checked with `date -d`:
//   2027-05-06 Thu (the first business day after Golden Week) − 14 days = 2027-04-22 Thu.
//   2027-01-10 Sun − 14 days = 2026-12-27 Sun (across the new year).
//   2028-03-10 Fri − 14 days = 2028-02-25 Fri (2028 is a leap year: February has 29 days).
//   2027-05-06 − 30 days = 2027-04-06 Tue.

describe('5.feature-change: target notice date (interpretation 7)', () => {
  it('is the change date minus 14 calendar days', () => {
    const d = featureChangeNoticeDate('2027-05-06');
    expect(d.outcome).toBe('notice-by');
    expect(d.value).toEqual({
      changeDate: '2027-05-06',
      targetNoticeDate: '2027-04-22',
      days: 14,
      lastBusinessDayBefore: null, // Thu 2027-04-22 is a business day
    });
    expect(d.reasons.map((r) => r.code)).toEqual(['TARGET_NOTICE_DATE', 'TARGET_NOT_DEADLINE']);
    expect(d.clauses).toEqual(['5.feature-change']);
    expect(d.rule).toBe('featureChangeNoticeDate');
  });

  it('counts calendar days across the new year and a leap day, not business days', () => {
    expect(featureChangeNoticeDate('2027-01-10').value.targetNoticeDate).toBe('2026-12-27');
    expect(featureChangeNoticeDate('2028-03-10').value.targetNoticeDate).toBe('2028-02-25');
  });

  it('reads an instant as its JST date', () => {
    // 2027-05-05T15:00Z is 2027-05-06 00:00 JST.
    expect(featureChangeNoticeDate(new Date('2027-05-05T15:00:00Z')).value.changeDate).toBe('2027-05-06');
    expect(featureChangeNoticeDate('2027-05-06T09:00+09:00').value.targetNoticeDate).toBe('2027-04-22');
  });

  it('moves with policy.cloud.featureChangeNoticeDays (definePolicy)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', cloud: { featureChangeNoticeDays: 30 } });
    const d = featureChangeNoticeDate('2027-05-06', { policy });
    expect(d.value).toEqual({
      changeDate: '2027-05-06',
      targetNoticeDate: '2027-04-06',
      days: 30,
      lastBusinessDayBefore: null, // Tue 2027-04-06 is a business day
    });
    // The words follow the policy: 30日前, 30 days.
    expect(d.reasons[0]!.message.ja).toContain('その30日前の2027年4月6日(火)を目処に');
    expect(d.reasons[0]!.message.en).toContain('by about Tue 6 Apr 2027, 30 days before it');
    expect(d.reasons[0]!.message.ja).not.toContain('14日');
    expect(d.policyVersion).toBe('2027-04-01');
  });

  it('words a customer can read: the target in full, the reading of 目処 in a staff note', () => {
    // Change Thu 2027-05-06 − 14 days = Thu 2027-04-22.
    const [target, notDeadline] = featureChangeNoticeDate('2027-05-06').reasons;
    expect(target?.message).toEqual({
      ja: '2027年5月6日(木)の機能の追加・変更については、その14日前の2027年4月22日(木)を目処に、該当のお客様へメールでお知らせいたします。',
      en: 'For the feature change on Thu 6 May 2027, we e-mail affected customers by about Thu 22 Apr 2027, 14 days before it.',
    });
    expect(notDeadline?.message).toEqual({
      ja: 'この日付はお知らせの目処であり、期限ではありません。',
      en: 'This date is a target for the notice, not a deadline.',
    });
    // "A later notice is reported as late by N days" is the library's reading: a note, no literal N.
    expect(notDeadline?.note?.en).toContain('late by the days counted');
    expect(`${notDeadline?.message.ja}${notDeadline?.message.en}`).not.toMatch(/N日|N days|遅れ/);
  });

  it('interpretation 11: a target on a closed day stays, with the last business day before it', () => {
    // Change Tue 2027-05-18 − 14 = Tue 2027-05-04, みどりの日. Before it: Mon 05-03 憲法記念日,
    // Sun 05-02, Sat 05-01, then Fri 2027-04-30, a business day (昭和の日 is Thu 04-29).
    const d = featureChangeNoticeDate('2027-05-18');
    expect(d.value).toEqual({
      changeDate: '2027-05-18',
      targetNoticeDate: '2027-05-04',
      days: 14,
      lastBusinessDayBefore: '2027-04-30',
    });
    expect(d.reasons.map((r) => r.code)).toEqual(['TARGET_NOTICE_DATE', 'TARGET_NOT_DEADLINE', 'TARGET_ON_CLOSED_DAY']);
    const closed = d.reasons[2]!;
    expect(closed.clause).toBe('5.feature-change');
    expect(closed.message.ja).toMatch(/^目処の2027年5月4日\(火\)は弊社の休業日\(.*みどりの日.*\)にあたります。/);
    expect(closed.message.ja).toContain('目処の日付は変わりませんが、その前の営業日は2027年4月30日(金)です。');
    expect(closed.message.en).toContain('The target date, Tue 4 May 2027, is a closed day for us');
    expect(closed.message.en).toContain('the last business day before it is Fri 30 Apr 2027.');
    // Worded for a target: the message never calls it a deadline (期限), unlike TARGET_NOT_DEADLINE's denial.
    expect(closed.message.ja).not.toContain('期限');
    expect(closed.note?.ja).toContain('解釈11');
    // A Saturday in the year-end closure: change Sat 2027-01-16 − 14 = Sat 2027-01-02; 01-01 元日 and
    // 12-29…12-31 are closed too, so the last business day before is Mon 2026-12-28.
    expect(featureChangeNoticeDate('2027-01-16').value.lastBusinessDayBefore).toBe('2026-12-28');
  });

  it('every reason reads as a customer message (no ISO dates, clause ids or interpretation remarks)', () => {
    for (const change of ['2027-05-06', '2027-05-18', '2027-01-16'])
      expectCustomerWords(featureChangeNoticeDate(change).reasons);
  });

  it('rejects what is not a date with INVALID_DATE', () => {
    for (const bad of ['2027-02-30', 'next week', Number.NaN, new Date('x')]) {
      expect(() => featureChangeNoticeDate(bad as never)).toThrow(CsPolicyError);
      expect(() => featureChangeNoticeDate(bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    }
  });
});

describe('5.feature-change: checking a sent notice (late by N days, never forbidden)', () => {
  const change = '2027-05-06'; // target 2027-04-22

  it('is on target on the target date or earlier', () => {
    const onDay = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-22' });
    expect(onDay.outcome).toBe('on-target');
    expect(onDay.value).toEqual({
      changeDate: change,
      noticeSentOn: '2027-04-22',
      targetNoticeDate: '2027-04-22',
      daysBeforeChange: 14,
      daysLate: 0,
    });
    expect(onDay.reasons.map((r) => r.code)).toEqual(['TARGET_NOTICE_DATE', 'NOTICE_ON_TARGET']);
    const early = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-01' });
    expect(early.outcome).toBe('on-target');
    expect(early.value.daysBeforeChange).toBe(35);
  });

  it('is late by N days after the target and before the change', () => {
    // Mon 2027-04-26 is 4 days after Thu 04-22, 10 days before the change.
    const d = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-26' });
    expect(d.outcome).toBe('late');
    expect(d.value.daysLate).toBe(4);
    expect(d.value.daysBeforeChange).toBe(10);
    expect(d.reasons.map((r) => r.code)).toEqual(['TARGET_NOTICE_DATE', 'NOTICE_LATE']);
    expect(d.reasons[1]!.message.en).toMatch(/4 days late/);
    // The day before the change is still "late", not a breach: 13 days late.
    expect(checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-05-05' }).value.daysLate).toBe(13);
  });

  it('says "1 day late", singular, in English', () => {
    // Fri 2027-04-23 is the day after the target Thu 04-22: 1 day late, 13 days before the change.
    const d = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-23' });
    expect(d.value).toMatchObject({ daysLate: 1, daysBeforeChange: 13 });
    expect(d.reasons[1]!.message.en).toContain('is 1 day late (13 days before the change)');
    // A policy with a 1-day target: the target reasons say "1 day before".
    const policy = definePolicy(policy20241007, { version: '2027-04-02', cloud: { featureChangeNoticeDays: 1 } });
    // 2027-05-06 − 1 = Wed 2027-05-05 (こどもの日).
    expect(featureChangeNoticeDate(change, { policy }).reasons[0]!.message.en).toContain(
      'by about Wed 5 May 2027, 1 day before it',
    );
    // Mailed the day before a change whose target is the day before: on target, "1 day before the change".
    expect(
      checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-05-05' }, { policy }).reasons[1]!.message.en,
    ).toContain('1 day before the change');
  });

  it('words a customer can read: the actual days late, dates as people write them', () => {
    // Target Thu 2027-04-22; a mail on Mon 2027-04-26 is 4 days late and 10 days before Thu 05-06.
    const late = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-26' }).reasons[1]!;
    expect(late.message).toEqual({
      ja: '2027年4月26日(月)のお知らせは、目処の2027年4月22日(木)より4日遅れています(変更日の10日前)。',
      en: 'The notice sent on Mon 26 Apr 2027 is 4 days late (10 days before the change); the target was Thu 22 Apr 2027.',
    });
    // "Late, not a breach" is how the library reads 目処: a staff note.
    expect(late.note?.en).toContain('not as a breach');
    expect(late.message.en).not.toContain('breach');
    // Mailed on the change day itself, Thu 05-06: 14 days after the target.
    const after = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: change }).reasons[1]!;
    expect(after.message.ja).toBe(
      '2027年5月6日(木)のお知らせは、変更日(2027年5月6日(木))の当日以降に送られたため、事前のお知らせになっていません(目処から14日後)。',
    );
    for (const sent of ['2027-04-01', '2027-04-22', '2027-04-23', '2027-04-26', '2027-05-06', '2027-05-10']) {
      expectCustomerWords(checkFeatureChangeNotice({ changeDate: change, noticeSentOn: sent }).reasons);
    }
  });

  it('reports a notice on or after the change date as after-change', () => {
    const same = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-05-06' });
    expect(same.outcome).toBe('after-change');
    expect(same.value).toMatchObject({ daysBeforeChange: 0, daysLate: 14 });
    expect(same.reasons.map((r) => r.code)).toEqual(['TARGET_NOTICE_DATE', 'NOTICE_AFTER_CHANGE']);
    const after = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-05-10' });
    expect(after.outcome).toBe('after-change');
    expect(after.value).toMatchObject({ daysBeforeChange: -4, daysLate: 18 });
  });

  it('compares JST dates of instants', () => {
    // 23:30 JST on the target day is still the target day.
    expect(checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-22T23:30+09:00' }).outcome).toBe(
      'on-target',
    );
    // 2027-04-22T15:30Z is 2027-04-23 00:30 JST: one day late.
    const d = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: new Date('2027-04-22T15:30:00Z') });
    expect(d.outcome).toBe('late');
    expect(d.value.daysLate).toBe(1);
  });

  it('follows the policy days (definePolicy)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', cloud: { featureChangeNoticeDays: 30 } });
    // Target 2027-04-06; a notice on 04-22 is 16 days late under this policy.
    const d = checkFeatureChangeNotice({ changeDate: change, noticeSentOn: '2027-04-22' }, { policy });
    expect(d.outcome).toBe('late');
    expect(d.value.daysLate).toBe(16);
  });

  it('rejects a malformed object with INVALID_INPUT and a bad date with INVALID_DATE', () => {
    const expectCode = (input: unknown, code: string) =>
      expect(() => checkFeatureChangeNotice(input as never)).toThrow(
        expect.objectContaining({ name: 'CsPolicyError', code }),
      );
    expectCode({ changeDate: change }, 'INVALID_INPUT');
    expectCode({ changeDate: change, noticeSentOn: true }, 'INVALID_INPUT');
    expectCode({ changeDate: change, noticeSentOn: '2027-04-22', note: 'x' }, 'INVALID_INPUT');
    expectCode(undefined, 'INVALID_INPUT');
    expectCode({ changeDate: '2027-13-01', noticeSentOn: '2027-04-22' }, 'INVALID_DATE');
    expectCode({ changeDate: change, noticeSentOn: 'yesterday' }, 'INVALID_DATE');
    expect(() => checkFeatureChangeNotice({ changeDate: change } as never)).toThrow(/noticeSentOn: is required/);
  });
});
