import { describe, expect, it } from 'vitest';
import { definePolicy, policy20241007, receptionStart } from '../../src/index.js';
import { codes, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';

describe('1.2.form.confirmation: reception within business hours (interpretation 3)', () => {
  it('an inquiry inside hours is taken up at once', () => {
    // 2027-01-04 is a Monday and a business day; 10:15 lies in [09:30, 18:30).
    const d = receptionStart('2027-01-04T10:15+09:00');
    expect(d.outcome).toBe('immediate');
    expect(d.value).toBe('2027-01-04T10:15:00+09:00');
    expect(codes(d)).toEqual(['WITHIN_HOURS', 'CASE_NUMBER_MAIL']);
    expect(d.clauses).toEqual(['1.1.hours', '1.2.form.confirmation']);
    expectWellFormed(d);
  });

  it('09:30:00 sharp is inside; the value keeps the exact instant', () => {
    expect(receptionStart('2027-01-04T09:30+09:00')).toMatchObject({
      outcome: 'immediate',
      value: '2027-01-04T09:30:00+09:00',
    });
    // 2027-01-04T00:30:00.250Z is 09:30:00.250 JST.
    expect(receptionStart(new Date('2027-01-04T00:30:00.250Z')).value).toBe('2027-01-04T09:30:00.250+09:00');
  });

  it('before opening on a business day: the same day at 09:30', () => {
    // Monday 2026-12-28, 08:59 → 09:30 the same day.
    const d = receptionStart('2026-12-28T08:59+09:00');
    expect(d).toMatchObject({ outcome: 'next-opening', value: '2026-12-28T09:30:00+09:00' });
    expect(codes(d)).toEqual(['BEFORE_OPENING', 'NEXT_OPENING', 'CASE_NUMBER_MAIL']);
    expectWellFormed(d);
  });

  it('at 18:30:00 on the last day before the year-end closure: Monday 4 January', () => {
    // Monday 2026-12-28 18:30 is outside [09:30, 18:30). Closed: 12-29 … 01-03 (year-end closure;
    // 01-01 元日; 01-02 Sat, 01-03 Sun). Next business day: Monday 2027-01-04.
    const d = receptionStart('2026-12-28T18:30+09:00');
    expect(d).toMatchObject({ outcome: 'next-opening', value: '2027-01-04T09:30:00+09:00' });
    expect(codes(d)).toEqual(['AFTER_CLOSING', 'CLOSED_UNTIL_OPENING', 'NEXT_OPENING', 'CASE_NUMBER_MAIL']);
    // 2026-12-28 is a Monday (so 12-29 a Tuesday); 2027-01-03 a Sunday; 29, 30, 31, 1, 2, 3 = 6 days.
    expect(d.reasons[0]!.message).toEqual({
      ja: '2026年12月28日(月) 18:30は受付終了時刻(18:30)以降です。',
      en: 'Mon 28 Dec 2026, 18:30 (JST) is at or after the closing time (18:30).',
    });
    // The half-open reading of the hours is for staff, not in the message.
    expect(d.reasons[0]!.note?.en).toContain('half-open');
    // The kinds in first-seen order: 12-29 year-end; 01-01 元日; 01-02 Saturday; 01-03 Sunday.
    expect(d.reasons[1]!.message).toEqual({
      ja: '続く2026年12月29日(火)から2027年1月3日(日)までの6日間も休業日です(年末年始休業・祝日「元日」・土曜日・日曜日)。',
      en: "The 6 days that follow, Tue 29 Dec 2026 to Sun 3 Jan 2027, are closed days too (year-end/new-year closure, national holiday (New Year's Day), Saturday, Sunday).",
    });
    expect(d.reasons[2]!.message).toEqual({
      ja: '受付処理は、次の営業開始時刻である2027年1月4日(月) 09:30から順次行います。',
      en: 'Reception processing starts at the next business opening, Mon 4 Jan 2027, 09:30 (JST), in order of arrival.',
    });
    expectWellFormed(d);
    expectCustomerWords(d.reasons.map((r) => r.message));
  });

  it('on a closed day, says why: the year-end closure and the holiday name', () => {
    // 2027-01-01 is a Friday: 元日 and in the year-end closure. Then Sat 2, Sun 3 (also year-end) → Mon 4.
    const d = receptionStart('2027-01-01T12:00+09:00');
    expect(d).toMatchObject({ outcome: 'next-opening', value: '2027-01-04T09:30:00+09:00' });
    expect(codes(d)[0]).toBe('CLOSED_DAY');
    expect(d.reasons[0]!.message.ja).toBe('2027年1月1日(金)は休業日(祝日「元日」・年末年始休業)です。');
    expect(d.reasons[0]!.message.en).toBe(
      "Fri 1 Jan 2027 is a closed day (national holiday (New Year's Day), year-end/new-year closure).",
    );
    expect(codes(d)).toContain('CLOSED_UNTIL_OPENING');
  });

  it('on a weekend before a holiday Monday: skips to Tuesday', () => {
    // Saturday 2027-01-09 → Sun 10 closed, Mon 11 成人の日 → Tuesday 2027-01-12 09:30.
    const d = receptionStart('2027-01-09T11:00+09:00');
    expect(d.value).toBe('2027-01-12T09:30:00+09:00');
    expect(d.reasons[0]).toMatchObject({
      code: 'CLOSED_DAY',
      message: { ja: '2027年1月9日(土)は休業日(土曜日)です。', en: 'Sat 9 Jan 2027 is a closed day (Saturday).' },
    });
    // Sun 10 and Mon 11 (成人の日, the second Monday of January) lie between.
    expect(d.reasons[1]!.message).toEqual({
      ja: '続く2027年1月10日(日)から2027年1月11日(月)までの2日間も休業日です(日曜日・祝日「成人の日」)。',
      en: 'The 2 days that follow, Sun 10 Jan 2027 to Mon 11 Jan 2027, are closed days too (Sunday, national holiday (Coming of Age Day)).',
    });
  });

  it('on a holiday with no closed day after it: no CLOSED_UNTIL_OPENING', () => {
    // Thursday 2027-04-29 昭和の日 → Friday 2027-04-30 is a business day.
    const d = receptionStart('2027-04-29T15:00+09:00');
    expect(d.value).toBe('2027-04-30T09:30:00+09:00');
    expect(codes(d)).toEqual(['CLOSED_DAY', 'NEXT_OPENING', 'CASE_NUMBER_MAIL']);
  });

  it('Golden Week: after closing on Friday 30 April, opens Thursday 6 May', () => {
    // Sat 5/1, Sun 5/2, Mon 5/3 憲法記念日, Tue 5/4 みどりの日, Wed 5/5 こどもの日 → Thu 2027-05-06.
    const d = receptionStart('2027-04-30T19:00+09:00');
    expect(d.value).toBe('2027-05-06T09:30:00+09:00');
    expect(d.reasons[1]!.message.ja).toContain('5日間');
    // 2027-04-30 is a Friday; 19:00 is after 18:30.
    expect(d.reasons[0]!.message.ja).toBe('2027年4月30日(金) 19:00は受付終了時刻(18:30)以降です。');
  });

  it('within hours and before opening, in full (ja and en)', () => {
    // 2027-01-04 is a Monday, a business day (the year-end closure ends on 01-03).
    expect(receptionStart('2027-01-04T10:15+09:00').reasons[0]!.message).toEqual({
      ja: '2027年1月4日(月) 10:15は営業時間内(09:30〜18:30)のため、受信後、順次受付処理を行います。',
      en: 'Mon 4 Jan 2027, 10:15 (JST) is within business hours (09:30–18:30), so reception processing follows in order of arrival.',
    });
    // 2026-12-28 is a Monday; 08:59 is before 09:30.
    expect(receptionStart('2026-12-28T08:59+09:00').reasons[0]!.message).toEqual({
      ja: '2026年12月28日(月) 08:59は受付開始時刻(09:30)の前です。',
      en: 'Mon 28 Dec 2026, 08:59 (JST) is before the opening time (09:30).',
    });
  });

  it('one closed day between: said as the next day', () => {
    // Thursday 2027-04-28 after closing → Thu 29 昭和の日 → Fri 30 opens: one closed day.
    const d = receptionStart('2027-04-28T19:00+09:00');
    expect(d.value).toBe('2027-04-30T09:30:00+09:00');
    expect(d.reasons[1]!.message.ja).toBe('翌日の2027年4月29日(木)も休業日です(祝日「昭和の日」)。');
    // The holiday's English name comes from the holiday data (closureText), which another change renames.
    expect(d.reasons[1]!.message.en).toMatch(
      /^The next day, Thu 29 Apr 2027, is a closed day too \(national holiday \(Sh.wa Day\)\)\.$/,
    );
  });

  it('follows the hours of the policy in force: a 10:00–17:00 policy never says 09:30 or 18:30', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      calendar: { hours: { open: '10:00', close: '17:00' } },
    });
    // Monday 2027-01-04 09:45 is inside the default hours but before this policy's 10:00.
    const before = receptionStart('2027-01-04T09:45+09:00', { policy });
    expect(before.value).toBe('2027-01-04T10:00:00+09:00');
    expect(before.reasons[0]!.message.ja).toBe('2027年1月4日(月) 09:45は受付開始時刻(10:00)の前です。');
    const within = receptionStart('2027-01-04T16:00+09:00', { policy });
    expect(within.reasons[0]!.message.en).toContain('(10:00–17:00)');
    for (const r of [...before.reasons, ...within.reasons]) {
      expect(`${r.message.ja} ${r.message.en}`).not.toMatch(/09:30|18:30/);
    }
  });

  it('every reason reads as a support desk would send it', () => {
    const all = [
      '2027-01-04T10:15+09:00',
      '2026-12-28T08:59+09:00',
      '2026-12-28T18:30+09:00',
      '2027-01-01T12:00+09:00',
      '2027-04-28T19:00+09:00',
    ].map((at) => receptionStart(at));
    expect(new Set(all.flatMap(codes))).toEqual(
      new Set([
        'WITHIN_HOURS',
        'BEFORE_OPENING',
        'AFTER_CLOSING',
        'CLOSED_DAY',
        'CLOSED_UNTIL_OPENING',
        'NEXT_OPENING',
        'CASE_NUMBER_MAIL',
      ]),
    );
    expectCustomerWords(all.flatMap((d) => d.reasons.map((r) => r.message)));
  });

  it('the time zone of the input does not matter', () => {
    // 2027-01-04T09:29:59 JST written as UTC and as US Pacific time: still before opening.
    expect(receptionStart('2027-01-04T00:29:59Z').value).toBe('2027-01-04T09:30:00+09:00');
    expect(receptionStart('2027-01-03T16:29:59-08:00').value).toBe('2027-01-04T09:30:00+09:00');
  });

  it('a company closure day is named with its label', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      calendar: { closures: [{ date: '2027-01-04', label: '創立記念日' }] },
    });
    // With Monday 2027-01-04 closed too, the next opening is Tuesday 2027-01-05.
    const d = receptionStart('2027-01-04T10:00+09:00', { policy });
    expect(d.value).toBe('2027-01-05T09:30:00+09:00');
    expect(d.reasons[0]!.message.ja).toContain('弊社休業日「創立記念日」');
    expect(d.policyVersion).toBe('2030-01-01');
  });

  it('the case-number mail note tells the customer to call if it does not arrive', () => {
    const note = receptionStart('2027-01-04T10:00+09:00').reasons.find((r) => r.code === 'CASE_NUMBER_MAIL')!;
    expect(note.message.ja).toContain('通知メールが届かない場合');
  });

  it('1.2.form.confirmation: the case number is issued and mailed on submission, reception processing comes after', () => {
    // 送信ボタンを押下すると…ケース番号を発行しメールにてご連絡: the mail does not wait for 受付処理.
    const note = receptionStart('2026-12-28T18:45+09:00').reasons.find((r) => r.code === 'CASE_NUMBER_MAIL')!;
    expect(note.message.ja).toContain('送信と同時に');
    expect(note.message.ja).not.toContain('受付処理の後');
    expect(note.message.en).toMatch(/^On submission/);
  });
});

describe('1.1.hours: reception start, bad input', () => {
  it.each<[string, unknown]>([
    ['a date without a time', '2027-01-04'],
    ['garbage', 'soon'],
    ['an Invalid Date', new Date('x')],
    ['an object', {}],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('throws INVALID_INSTANT for %s', (_, at) => {
    expect(thrown(() => receptionStart(at as string)).code).toBe('INVALID_INSTANT');
  });

  it('throws OUT_OF_COVERAGE beyond the holiday data', () => {
    expect(thrown(() => receptionStart('2099-01-05T10:00+09:00')).code).toBe('OUT_OF_COVERAGE');
  });
});
