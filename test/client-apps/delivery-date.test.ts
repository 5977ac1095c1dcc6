import { describe, expect, it } from 'vitest';
import {
  clientAppDeliveryDate,
  CsPolicyError,
  definePolicy,
  policy20241007,
  type ClientAppDeliveryDecision,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectCustomerWords } from '../words/customer-words.js';
import { LUNCH as lunch, SATURDAY_HALF_DAY } from '../fixtures/weekly-hours.js';

// Reference calendar (JST), weekdays checked with `date -d`:
//   2026-12-25 Fri · 26 Sat · 27 Sun · 28 Mon · 29 Tue–2027-01-03 Sun year-end closure (01-01 Fri 元日)
//   2027-01-04 Mon · 01-08 Fri · 01-11 Mon 成人の日 · 01-15 Fri · 01-18 Mon · 01-22 Fri
//   Golden Week 2027: 04-28 Wed · 04-29 Thu 昭和の日 · 04-30 Fri · 05-01 Sat · 05-02 Sun ·
//   05-03 Mon 憲法記念日 · 05-04 Tue みどりの日 · 05-05 Wed こどもの日 · 05-06 Thu · 05-18 Tue · 05-19 Wed

function due(decision: ClientAppDeliveryDecision) {
  if (decision.outcome !== 'due') throw new Error(`expected a due date, got ${decision.outcome}`);
  return decision.value;
}
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('6.lead-time: 10 business days after the build materials (interpretation 6)', () => {
  it('counts from a receipt inside hours, not counting the receipt day', () => {
    // Fri 12-25 10:00 is inside hours: receipt day 12-25. Business days after it:
    // 12-28 (1), [12-29..01-03 closure], 01-04 (2), 01-05 (3), 01-06 (4), 01-07 (5), 01-08 (6),
    // [01-09 Sat, 01-10 Sun, 01-11 成人の日], 01-12 (7), 01-13 (8), 01-14 (9), 01-15 (10).
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00');
    expect(d.outcome).toBe('due');
    expect(d.value).toEqual({
      receivedAt: '2026-12-25T10:00:00+09:00',
      effectiveReceivedAt: '2026-12-25T10:00:00+09:00',
      effectiveReceiptDate: '2026-12-25',
      dueDate: '2027-01-15',
      businessDays: 10,
      paid: true,
    });
    expect(codes(d)).toEqual(['RECEIVED_WITHIN_HOURS', 'LEAD_TIME', 'CLOSED_DAYS_CROSSED', 'PAID_SERVICE']);
    expect(d.clauses).toEqual(['6.lead-time', '6.fee', '6.build-materials', '1.1.hours']);
    expect(d.rule).toBe('clientAppDeliveryDate');
    // The holidays crossed are named, so a reader sees why the date moved.
    const crossed = d.reasons.find((r) => r.code === 'CLOSED_DAYS_CROSSED')!;
    // Weekday closures between 12-26 and 01-15: Tue 12-29, Wed 12-30, Thu 12-31 (year-end), Fri 01-01
    // (元日 inside the year-end closure), Mon 01-11 (成人の日). Sat 01-02 and Sun 01-03 are weekends: not listed.
    expect(crossed.message.ja).toBe(
      '期間中の休業日(2026年12月29日(火)の年末年始休業、2026年12月30日(水)の年末年始休業、2026年12月31日(木)の年末年始休業、2027年1月1日(金)の元日・年末年始休業、2027年1月11日(月)の成人の日)は、営業日に数えていません。',
    );
    expect(crossed.message.en).toContain('Coming of Age Day (Mon 11 Jan 2027)');
    expect(crossed.message.en).toContain('year-end/new-year closure (Tue 29 Dec 2026)');
  });

  it('moves a receipt after 18:30 to the next business opening', () => {
    // Fri 12-25 19:00 is outside hours: received at Mon 12-28 09:30, receipt day 12-28.
    // 01-04..01-08 (1–5), [01-11 成人の日], 01-12..01-15 (6–9), 01-18 (10).
    const d = clientAppDeliveryDate('2026-12-25T19:00+09:00');
    expect(due(d)).toMatchObject({
      effectiveReceivedAt: '2026-12-28T09:30:00+09:00',
      effectiveReceiptDate: '2026-12-28',
      dueDate: '2027-01-18',
    });
    expect(codes(d)[0]).toBe('RECEIVED_OUTSIDE_HOURS');
  });

  it('treats 18:30:00 as outside hours and 18:29:59 as inside (half-open hours)', () => {
    expect(due(clientAppDeliveryDate('2026-12-25T18:30:00+09:00')).dueDate).toBe('2027-01-18');
    expect(due(clientAppDeliveryDate('2026-12-25T18:29:59+09:00')).dueDate).toBe('2027-01-15');
  });

  it('keeps the same receipt day for materials that arrive before opening on a business day', () => {
    // Fri 12-25 08:00 counts as received at 12-25 09:30: receipt day still 12-25.
    const d = clientAppDeliveryDate('2026-12-25T08:00+09:00');
    expect(due(d)).toMatchObject({
      effectiveReceivedAt: '2026-12-25T09:30:00+09:00',
      effectiveReceiptDate: '2026-12-25',
      dueDate: '2027-01-15',
    });
    expect(codes(d)[0]).toBe('RECEIVED_OUTSIDE_HOURS');
  });

  it('moves a receipt on a closed day to the next business opening', () => {
    // Sun 12-27 is closed: received Mon 12-28 09:30, due 2027-01-18 as above.
    const d = clientAppDeliveryDate('2026-12-27T11:00+09:00');
    expect(due(d)).toMatchObject({ effectiveReceiptDate: '2026-12-28', dueDate: '2027-01-18' });
    expect(codes(d)[0]).toBe('RECEIVED_ON_CLOSED_DAY');
    // Wed 12-30 is inside the year-end closure: received Mon 2027-01-04 09:30.
    // 01-05..01-08 (1–4), [01-11], 01-12..01-15 (5–8), 01-18 (9), 01-19 (10).
    expect(due(clientAppDeliveryDate('2026-12-30T10:00+09:00'))).toMatchObject({
      effectiveReceiptDate: '2027-01-04',
      dueDate: '2027-01-19',
    });
  });

  it('crosses Golden Week', () => {
    // Wed 04-28 14:00 inside hours: 04-30 (1), [05-01..05-05], 05-06 (2), 05-07 (3),
    // 05-10..05-14 (4–8), 05-17 (9), 05-18 Tue (10).
    expect(due(clientAppDeliveryDate('2027-04-28T14:00+09:00')).dueDate).toBe('2027-05-18');
    // Thu 04-29 昭和の日 is closed: received Fri 04-30 09:30; 05-06 (1), 05-07 (2),
    // 05-10..05-14 (3–7), 05-17 (8), 05-18 (9), 05-19 Wed (10).
    const onHoliday = clientAppDeliveryDate('2027-04-29T11:00+09:00');
    expect(due(onHoliday)).toMatchObject({ effectiveReceiptDate: '2027-04-30', dueDate: '2027-05-19' });
    expect(codes(onHoliday)[0]).toBe('RECEIVED_ON_CLOSED_DAY');
    const crossed = onHoliday.reasons.find((r) => r.code === 'CLOSED_DAYS_CROSSED')!;
    // Weekday closures after Fri 04-30: Mon 05-03 憲法記念日, Tue 05-04 みどりの日, Wed 05-05 こどもの日.
    expect(crossed.message.en).toContain('(Mon 3 May 2027)');
    expect(crossed.message.en).toContain('(Wed 5 May 2027)');
    expect(crossed.message.ja).toContain('2027年5月4日(火)のみどりの日');
    // The receipt on Thu 04-29 (昭和の日) names the closure and the next opening, Fri 04-30 09:30.
    expect(onHoliday.reasons[0]!.message.ja).toMatch(
      /^ビルド資材は弊社の休業日\(.*昭和の日.*\)の2027年4月29日\(木\) 11:00に受領しましたので、次の営業開始の2027年4月30日\(金\) 09:30に受領したものとして扱います。$/,
    );
  });

  it('reads every instant form the same, whatever the process time zone', () => {
    // 2026-12-25T01:00Z is 10:00 JST; 2026-12-25T10:00Z is 19:00 JST.
    expect(due(clientAppDeliveryDate(new Date('2026-12-25T01:00:00Z'))).dueDate).toBe('2027-01-15');
    expect(due(clientAppDeliveryDate(Date.parse('2026-12-25T01:00:00Z'))).dueDate).toBe('2027-01-15');
    expect(due(clientAppDeliveryDate('2026-12-25T10:00:00Z')).dueDate).toBe('2027-01-18');
    // Without an offset a date-time is JST wall time.
    expect(due(clientAppDeliveryDate('2026-12-25T10:00')).receivedAt).toBe('2026-12-25T10:00:00+09:00');
  });

  it('words a customer can read: the receipt and the due date in full', () => {
    // Fri 2026-12-25 19:00 is after 18:30 → the next opening is Mon 2026-12-28 09:30 (Sat 26, Sun 27 closed).
    // 10th business day after Mon 12-28: Jan 4–8 (1–5), [Mon 01-11 成人の日], Jan 12–15 (6–9), Mon 01-18 (10).
    const d = clientAppDeliveryDate('2026-12-25T19:00+09:00');
    expect(d.reasons[0]!.message).toEqual({
      ja: 'ビルド資材は営業時間外(営業時間は09:30〜18:30)の2026年12月25日(金) 19:00に受領しましたので、次の営業開始の2026年12月28日(月) 09:30に受領したものとして扱います。',
      en: 'We received the build materials at Fri 25 Dec 2026, 19:00 (JST), outside business hours (09:30–18:30 JST), so they count as received at the next business opening, Mon 28 Dec 2026, 09:30 (JST).',
    });
    expect(d.reasons[1]!.message).toEqual({
      ja: '受領日(2026年12月28日(月))は数えず、その翌営業日から数えて10営業日目の2027年1月18日(月)が提供予定日です。',
      en: 'Not counting the receipt day (Mon 28 Dec 2026), the app is due on the 10th business day after it: Mon 18 Jan 2027.',
    });
    // The Civil Code reading is for staff.
    expect(d.reasons[1]!.note?.ja).toContain('民法第140条');
    for (const at of [
      '2026-12-25T10:00+09:00',
      '2026-12-25T19:00+09:00',
      '2026-12-25T08:00+09:00',
      '2026-12-27T11:00+09:00',
      '2027-04-29T11:00+09:00',
    ]) {
      expectCustomerWords(clientAppDeliveryDate(at).reasons);
      expectCustomerWords(clientAppDeliveryDate(at, { customization: true }).reasons);
    }
  });

  it('is plain JSON data', () => {
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('6.lead-time: with customization the schedule is agreed separately', () => {
  it('answers agree-separately with no date', () => {
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: true });
    expect(d.outcome).toBe('agree-separately');
    expect(d.value).toEqual({ receivedAt: '2026-12-25T10:00:00+09:00', paid: true });
    expect(codes(d)).toEqual(['CUSTOMIZATION_AGREE_SEPARATELY', 'PAID_SERVICE']);
    expect(d.clauses).toEqual(['6.lead-time', '6.fee', '6.build-materials']);
  });

  it('computes a date when customization is false', () => {
    expect(clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: false }).outcome).toBe('due');
  });
});

describe('6.fee: every answer says the service is paid', () => {
  it('carries PAID_SERVICE on due and agree-separately answers', () => {
    for (const d of [
      clientAppDeliveryDate('2027-04-28T14:00+09:00'),
      clientAppDeliveryDate('2027-04-28T14:00+09:00', { customization: true }),
    ]) {
      expect(d.reasons.some((r) => r.code === 'PAID_SERVICE' && r.clause === '6.fee')).toBe(true);
      expect(d.value.paid).toBe(true);
    }
  });

  it('says free when a later policy makes it free (definePolicy)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', clientApps: { paid: false } });
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00', { policy });
    expect(d.value.paid).toBe(false);
    expect(codes(d)).toContain('FREE_SERVICE');
    // No version id (an ISO-looking date) inside the sentence: the decision carries policyVersion.
    expect(d.reasons.find((r) => r.code === 'FREE_SERVICE')!.message).toEqual({
      ja: '個別クライアントアプリケーションの提供に費用はかかりません。',
      en: 'Providing a customer-specific client application is free of charge.',
    });
    expectCustomerWords(d.reasons);
  });
});

describe('6.lead-time under another policy version (definePolicy): the deadline moves', () => {
  it('follows leadTimeBusinessDays = 5', () => {
    // Receipt Fri 12-25: 12-28 (1), 01-04 (2), 01-05 (3), 01-06 (4), 01-07 Thu (5).
    const policy = definePolicy(policy20241007, { version: '2027-04-01', clientApps: { leadTimeBusinessDays: 5 } });
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00', { policy });
    expect(due(d)).toMatchObject({ dueDate: '2027-01-07', businessDays: 5 });
    expect(d.policyVersion).toBe('2027-04-01');
    expect(d.reasons.find((r) => r.code === 'LEAD_TIME')!.message.en).toContain('5th business day');
    // Thu 2027-01-07 is the 5th business day after Fri 12-25.
    expect(d.reasons.find((r) => r.code === 'LEAD_TIME')!.message.ja).toBe(
      '受領日(2026年12月25日(金))は数えず、その翌営業日から数えて5営業日目の2027年1月7日(木)が提供予定日です。',
    );
  });

  it('skips a company closure in policy.calendar.closures', () => {
    // Closure Mon 01-04 – Fri 01-08. Receipt Fri 12-25: 12-28 (1), [closure, 01-09/10 weekend,
    // 01-11 成人の日], 01-12 (2), 01-13 (3), 01-14 (4), 01-15 (5), 01-18 (6), 01-19 (7),
    // 01-20 (8), 01-21 (9), 01-22 Fri (10).
    const policy = definePolicy(policy20241007, {
      version: '2027-04-01',
      calendar: { closures: [{ from: '2027-01-04', to: '2027-01-08', label: '臨時休業' }] },
    });
    const d = clientAppDeliveryDate('2026-12-25T10:00+09:00', { policy });
    expect(due(d).dueDate).toBe('2027-01-22');
    expect(d.reasons.find((r) => r.code === 'CLOSED_DAYS_CROSSED')!.message.ja).toContain('2027年1月4日(月)の臨時休業');
    // Unchanged under the 2024-10-07 policy.
    expect(due(clientAppDeliveryDate('2026-12-25T10:00+09:00')).dueDate).toBe('2027-01-15');
  });
});

describe('6.lead-time under hours per weekday (issue 12): the words name the receipt day’s own hours', () => {
  // Mon, Tue, Thu, Fri 09:00–12:00 and 13:00–18:00 (a lunch hour), Wednesday closed (the weekly closing day),
  // Saturday 10:00–15:00, Sunday closed. January 2027: Fri 8, Sat 9, Sun 10, Mon 11 (成人の日), Tue 12, Wed 13.
  const policy = definePolicy(policy20241007, {
    version: '2027-04-01',
    calendar: { hours: { mon: lunch, tue: lunch, thu: lunch, fri: lunch, sat: SATURDAY_HALF_DAY } },
  });
  const reasonOf = (d: ClientAppDeliveryDecision, code: string) => d.reasons.find((r) => r.code === code);

  it('received in the lunch hour: outside the day’s hours, which are named as two intervals', () => {
    // Tue 01-12 12:30 lies between 12:00 and 13:00: received at the 13:00 opening, receipt day 01-12. Business days
    // after it: Thu 14 (1), Fri 15 (2), Sat 16 (3), Mon 18 (4), Tue 19 (5), Thu 21 (6), Fri 22 (7), Sat 23 (8),
    // Mon 25 (9), Tue 26 (10) — Wednesdays 13 and 20 and Sundays 17 and 24 are closed every week.
    const d = clientAppDeliveryDate('2027-01-12T12:30+09:00', { policy });
    expect(due(d)).toMatchObject({ effectiveReceivedAt: '2027-01-12T13:00:00+09:00', dueDate: '2027-01-26' });
    expect(reasonOf(d, 'RECEIVED_OUTSIDE_HOURS')!.message).toEqual({
      ja: 'ビルド資材は営業時間外(営業時間は09:00〜12:00・13:00〜18:00)の2027年1月12日(火) 12:30に受領しましたので、次の営業開始の2027年1月12日(火) 13:00に受領したものとして扱います。',
      en: 'We received the build materials at Tue 12 Jan 2027, 12:30 (JST), outside business hours (09:00–12:00 and 13:00–18:00 JST), so they count as received at the next business opening, Tue 12 Jan 2027, 13:00 (JST).',
    });
    // Only weekly closures were crossed: none is named.
    expect(reasonOf(d, 'CLOSED_DAYS_CROSSED')).toBeUndefined();
    expectCustomerWords(d.reasons);
  });

  it('received within hours: the interval it fell in, the Saturday’s own', () => {
    const morning = clientAppDeliveryDate('2027-01-12T11:00+09:00', { policy });
    expect(reasonOf(morning, 'RECEIVED_WITHIN_HOURS')!.message.ja).toBe(
      'ビルド資材は営業時間内(09:00〜12:00)の2027年1月12日(火) 11:00に受領しましたので、同日を受領日とします。',
    );
    const sat = clientAppDeliveryDate('2027-01-09T11:00+09:00', { policy });
    expect(reasonOf(sat, 'RECEIVED_WITHIN_HOURS')!.message.en).toBe(
      'We received the build materials at Sat 9 Jan 2027, 11:00 (JST), within business hours (10:00–15:00 JST), so that day is the receipt day.',
    );
  });

  it('names the holiday crossed but not the weekly closing day', () => {
    // Fri 01-08 10:00, receipt day 01-08: Sat 9 (1), [Sun 10, Mon 11 成人の日], Tue 12 (2), [Wed 13], Thu 14 (3),
    // Fri 15 (4), Sat 16 (5), [Sun 17], Mon 18 (6), Tue 19 (7), [Wed 20], Thu 21 (8), Fri 22 (9), Sat 23 (10).
    const d = clientAppDeliveryDate('2027-01-08T10:00+09:00', { policy });
    expect(due(d).dueDate).toBe('2027-01-23');
    expect(reasonOf(d, 'CLOSED_DAYS_CROSSED')!.message.ja).toBe(
      '期間中の休業日(2027年1月11日(月)の成人の日)は、営業日に数えていません。',
    );
  });
  it('a holiday on a Saturday with hours is a closure crossed, and the sentence does not call it a weekday', () => {
    // 2028-01-01 is a Saturday, so 2028-04-29 (day 120 of a leap year: 119 days later, 17 weeks) is one too:
    // 昭和の日 on a Saturday this week opens 10:00–15:00. Received Thu 04-27 10:00, it is crossed; Wed 05-03
    // (憲法記念日) is the weekly closing day anyway, so it moves nothing and is not named; Thu 05-04 and Fri 05-05 are.
    const d = clientAppDeliveryDate('2028-04-27T10:00+09:00', { policy });
    const crossed = reasonOf(d, 'CLOSED_DAYS_CROSSED')!.message;
    expect(crossed.ja).toMatch(/^期間中の休業日\(2028年4月29日\(土\)の昭和の日、/);
    expect(crossed.en).toMatch(
      /^Closures in the period are not counted as business days: Showa Day \(Sat 29 Apr 2028\); Greenery Day \(Thu 4 May 2028\)/,
    );
    expect(crossed.ja).not.toContain('平日');
  });
});

describe('6.lead-time: bad input', () => {
  it('rejects a date without a time with INVALID_INSTANT: reception hours decide the receipt day', () => {
    expect(() => clientAppDeliveryDate('2026-12-25')).toThrow(CsPolicyError);
    expect(() => clientAppDeliveryDate('2026-12-25')).toThrow(expect.objectContaining({ code: 'INVALID_INSTANT' }));
    expect(() => clientAppDeliveryDate('2026-12-25')).toThrow(/receivedAt "2026-12-25" is a date without a time/);
    // Rejected even when no date is computed: bad input is never half-answered.
    expect(() => clientAppDeliveryDate('2026-12-25', { customization: true })).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
  });

  it.each([['not a date'], [Number.NaN], [new Date('x')], [null], [{}]])('rejects %s with INVALID_INSTANT', (bad) => {
    expect(() => clientAppDeliveryDate(bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });

  it('rejects a non-boolean customization with INVALID_OPTIONS', () => {
    expect(() => clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    // The message and the field list say the same thing (one source).
    const error = errorOf(() => clientAppDeliveryDate('2026-12-25T10:00+09:00', { customization: 'yes' as never }));
    expect(error.issues).toEqual([{ path: ['customization'], message: 'must be true or false, not "yes"' }]);
    expect(error.message).toBe('invalid client-app delivery options: customization: must be true or false, not "yes"');
  });

  it('rejects a policy that is not one with INVALID_POLICY', () => {
    expect(() => clientAppDeliveryDate('2026-12-25T10:00+09:00', { policy: { version: 'x' } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
  });

  it('answers OUT_OF_COVERAGE beyond the holiday data', () => {
    expect(() => clientAppDeliveryDate('2051-06-01T10:00+09:00')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_COVERAGE' }),
    );
  });
});
