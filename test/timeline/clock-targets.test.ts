import { describe, expect, it } from 'vitest';
import { obligationsToIcs } from '../../src/ics/index.js';
import { definePolicy, obligationsFor, policy20241007, type Obligation } from '../../src/index.js';
import { expectCustomerWords } from '../words/customer-words.js';
import { LUNCH as lunch } from '../fixtures/weekly-hours.js';

// 1.2.case: the case clock's targets as obligations of a new inquiry (issue 12). The targets are a later policy
// version's (the 2024-10-07 text sets none), in business minutes of the policy's calendar, 1.1.hours:
// Mon–Fri 09:30–18:30 (540 minutes a day), closed on national holidays and over the year-end closure.
// January 2027: Mon 4, Tue 5, Wed 6 open; Fri 8 open; Sat 9, Sun 10 closed; Mon 11 closed (成人の日, the second
// Monday: Mondays are the 4th and the 11th); Tue 12, Wed 13 open.
const policy = definePolicy(policy20241007, {
  version: '2027-04-01',
  caseClock: {
    targets: { high: { firstResponse: 120, resolution: 960 }, medium: { resolution: 1440 } },
    warningPercent: 75,
  },
});
const dueOf = (o: Obligation) => (o.due.kind === 'instant' ? o.due.at : o.due.kind);
const rows = (list: readonly Obligation[]) => list.map((o) => [o.id, dueOf(o), o.deadline, o.clause]);

describe('obligationsFor inquiry-received: the case clock’s targets (1.2.case)', () => {
  it('dates each target of the urgency from the receipt, skipping the night, the weekend and 成人の日', () => {
    // Received Fri 2027-01-08 17:30, urgency high. First response, 120 minutes: 17:30–18:30 on Friday is 60; Sat 9,
    // Sun 10 and Mon 11 (成人の日) are closed; Tue 12 09:30 + the other 60 = 10:30.
    // Final answer, 960 minutes: 60 on Friday, 540 on Tue 12 (600), Wed 13 09:30 + the other 360 = 15:30.
    const d = obligationsFor(
      { kind: 'inquiry-received', receivedAt: '2027-01-08T17:30+09:00', urgency: 'high' },
      { policy },
    );
    // 17:30 is within hours, so reception starts at once, at the mail's instant. The warning threshold (75 %) is
    // not an obligation: nothing else is listed.
    expect(rows(d.value)).toEqual([
      ['inquiry.case-number-mail', '2027-01-08T17:30:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.reception', '2027-01-08T17:30:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.first-response-target', '2027-01-12T10:30:00+09:00', 'target', '1.2.case'],
      ['inquiry.resolution-target', '2027-01-13T15:30:00+09:00', 'target', '1.2.case'],
    ]);
    const first = d.value.find((o) => o.id === 'inquiry.first-response-target')!;
    expect(first.party).toBe('company');
    expect(first.what).toEqual({
      ja: '緊急度「高」のお問い合わせの初回のご回答(目標: 営業時間で2時間以内)',
      en: 'The first response to an inquiry of high urgency (target: within 2 hours of business time)',
    });
    expect(first.reasons.map((r) => r.code)).toEqual(['FIRST_RESPONSE_TARGET']);
    expect(first.reasons[0]!.message).toEqual({
      ja: '緊急度「高」のお問い合わせの初回のご回答は、営業時間で2時間以内を目標としています。時間は受付時間内だけで数えるため、2027年1月8日(金) 17:30にいただいたお問い合わせの目標時刻は2027年1月12日(火) 10:30です。お客様のご連絡をお待ちしている間は数えないため、その分、目標時刻は後になります。',
      en: 'Our target for the first response to an inquiry of high urgency is within 2 hours of business time. Time is counted within reception hours only, so for an inquiry received at Fri 8 Jan 2027, 17:30 (JST) the target is reached at Tue 12 Jan 2027, 10:30 (JST); time spent waiting for your reply is not counted and moves the target later by as much.',
    });
    // 960 minutes is 16 hours.
    expect(d.value.find((o) => o.id === 'inquiry.resolution-target')!.what.ja).toBe(
      '緊急度「高」のお問い合わせの最終回答(目標: 営業時間で16時間以内)',
    );
    expect(d.clauses).toContain('1.2.case');
    expect(d.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['CASE_NUMBER_MAIL', 'FIRST_RESPONSE_TARGET', 'RESOLUTION_TARGET']),
    );
    expectCustomerWords(d.reasons);
  });

  it('counts from the next opening when the inquiry comes outside hours', () => {
    // Sun 2027-01-10 20:00: nothing counts until Tue 12 09:30 (Mon 11 is 成人の日). 120 minutes → Tue 11:30;
    // 960 = 540 on Tue + 420 → Wed 13 09:30 + 7 h = 16:30.
    const d = obligationsFor(
      { kind: 'inquiry-received', receivedAt: '2027-01-10T20:00+09:00', urgency: 'high' },
      { policy },
    );
    expect(rows(d.value)).toEqual([
      ['inquiry.case-number-mail', '2027-01-10T20:00:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.reception', '2027-01-12T09:30:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.first-response-target', '2027-01-12T11:30:00+09:00', 'target', '1.2.case'],
      ['inquiry.resolution-target', '2027-01-13T16:30:00+09:00', 'target', '1.2.case'],
    ]);
  });

  it('lists only the targets the policy sets for the urgency', () => {
    // Medium: a final-answer target only, 1440 minutes from Mon 2027-01-04 10:00: 10:00–18:30 = 510, Tue 5 540
    // (1050), Wed 6 09:30 + the other 390 (6 h 30) = 16:00. No first-response target: none listed.
    const medium = obligationsFor(
      { kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00', urgency: 'medium' },
      { policy },
    );
    expect(rows(medium.value).filter((r) => r[3] === '1.2.case')).toEqual([
      ['inquiry.resolution-target', '2027-01-06T16:00:00+09:00', 'target', '1.2.case'],
    ]);
    // Low: the version sets no target for it; no urgency: which target applies is not known. Neither has any.
    for (const event of [
      { kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00', urgency: 'low' },
      { kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00' },
    ] as const) {
      const d = obligationsFor(event, { policy });
      expect(d.value.map((o) => o.id)).toEqual(['inquiry.case-number-mail', 'inquiry.reception']);
      expect(d.clauses).not.toContain('1.2.case');
    }
  });

  it('uses the policy’s own calendar: a lunch hour does not count', () => {
    // Weekdays 09:00–12:00 and 13:00–18:00. Received Tue 2027-01-12 11:30, 120 minutes: 11:30–12:00 is 30, the
    // lunch hour none, 13:00 + the other 90 = 14:30.
    const weekly = definePolicy(policy, {
      version: '2027-05-01',
      calendar: { hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch } },
    });
    const d = obligationsFor(
      { kind: 'inquiry-received', receivedAt: '2027-01-12T11:30+09:00', urgency: 'high' },
      { policy: weekly },
    );
    expect(dueOf(d.value.find((o) => o.id === 'inquiry.first-response-target')!)).toBe('2027-01-12T14:30:00+09:00');
  });

  it('under the 2024-10-07 policy (no targets) the obligations are unchanged', () => {
    // The text sets no handling-time targets: the case-number mail and the reception only, as before issue 12.
    const d = obligationsFor({ kind: 'inquiry-received', receivedAt: '2027-01-08T17:30+09:00', urgency: 'high' });
    expect(rows(d.value)).toEqual([
      ['inquiry.case-number-mail', '2027-01-08T17:30:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.reception', '2027-01-08T17:30:00+09:00', 'on', '1.2.form.confirmation'],
    ]);
    expect(d.clauses).toEqual(['1.2.form.confirmation', '1.1.hours']);
    expect(d.reasons.map((r) => r.code)).not.toContain('FIRST_RESPONSE_TARGET');
  });

  it('exports the targets as timed events of an iCalendar file', () => {
    const d = obligationsFor(
      { kind: 'inquiry-received', receivedAt: '2027-01-08T17:30+09:00', urgency: 'high' },
      { policy },
    );
    const ics = obligationsToIcs(d.value, { stamp: '2027-01-08T17:30+09:00' }).replace(/\r\n /g, '');
    // Tue 2027-01-12 10:30 JST, Wed 2027-01-13 15:30 JST.
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Tokyo:20270112T103000/);
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Tokyo:20270113T153000/);
  });
});
