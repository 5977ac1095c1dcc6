import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { definePolicy, diffPolicies, policy20241007, releaseEndOfSupport } from '../../src/index.js';
import { codeOf, codes, expectWellFormed } from './helpers.js';

describe('3.3.eos: end of support of the old release, 180 days after the new GA', () => {
  it('GA 2026-04-01 → supported up to and including 2026-09-28, ends at 24:00 JST', () => {
    // 2026-04-01 + 180 days: April has 30 days → 29 days left in April after the 1st,
    // +31 May = 60, +30 June = 90, +31 July = 121, +31 August = 152, +28 → 2026-09-28 (a Monday).
    // Checked with `date -d '2026-04-01 +180 days'` → 2026-09-28. The GA day is not counted
    // (Civil Code Art. 140); support ends when 2026-09-28 ends (Art. 141): 24:00 JST = 09-29T00:00+09:00.
    const d = releaseEndOfSupport('2026-04-01');
    expect(d.outcome).toBe('ends');
    expect(d.value).toEqual({
      successorGa: '2026-04-01',
      lastSupportedDate: '2026-09-28',
      supportEndsAt: '2026-09-29T00:00:00+09:00',
      days: 180,
    });
    expect(d.rule).toBe('releaseEndOfSupport');
    expectWellFormed(d);
  });

  it('crosses a leap day: GA 2027-10-01 → 2028-03-29', () => {
    // 2027-10-01 + 180: 30 left in October, +30 Nov = 60, +31 Dec = 91, +31 Jan = 122,
    // +29 Feb 2028 (leap year) = 151, +29 → 2028-03-29. `date -d '2027-10-01 +180 days'` → 2028-03-29.
    expect(releaseEndOfSupport('2027-10-01').value.lastSupportedDate).toBe('2028-03-29');
  });

  it('crosses a year end: GA 2026-12-28 → 2027-06-26 (a Saturday: calendar days, not business days)', () => {
    // 2026-12-28 + 180: 3 left in December, +31 Jan = 34, +28 Feb = 62, +31 Mar = 93, +30 Apr = 123,
    // +31 May = 154, +26 → 2027-06-26. `date -d '2026-12-28 +180 days' +%a` → Sat. The year-end
    // closure and the weekend do not move the date: the policy counts calendar days.
    const d = releaseEndOfSupport('2026-12-28');
    expect(d.value.lastSupportedDate).toBe('2027-06-26');
    expect(d.value.supportEndsAt).toBe('2027-06-27T00:00:00+09:00');
  });

  it('takes a Date, an instant string or a Luxon DateTime as the JST date of GA', () => {
    // 2026-03-31T15:00Z is 2026-04-01 00:00 in Tokyo, whatever the process time zone.
    expect(releaseEndOfSupport(new Date('2026-03-31T15:00:00Z')).value.successorGa).toBe('2026-04-01');
    expect(releaseEndOfSupport('2026-04-01T23:59+09:00').value.lastSupportedDate).toBe('2026-09-28');
    // 2026-03-31T14:59Z is still 2026-03-31 in Tokyo → + 180 = 2026-09-27.
    expect(releaseEndOfSupport(Date.parse('2026-03-31T14:59:00Z')).value.lastSupportedDate).toBe('2026-09-27');
    expect(
      releaseEndOfSupport(DateTime.fromISO('2026-04-01T10:00', { zone: 'Asia/Tokyo' })).value.lastSupportedDate,
    ).toBe('2026-09-28');
  });

  it('3.3.eos: says the end is announced by e-mail together with the version-up notice', () => {
    // 3.3.eos itself says 終了はバージョンアップの通知とともにメールにてお知らせ: the catalogue's clause.
    const d = releaseEndOfSupport('2026-04-01');
    const notice = d.reasons.find((r) => r.code === 'END_ANNOUNCED_WITH_VERSION_UP_NOTICE');
    expect(notice?.clause).toBe('3.3.eos');
    expect(notice?.message.ja).toContain('バージョンアップのお知らせとあわせてメール');
    expect(notice?.message.en).toContain('e-mail');
  });

  it('3.3.migrate: recommends moving to a supported release before the end', () => {
    const d = releaseEndOfSupport('2026-04-01');
    const migrate = d.reasons.find((r) => r.clause === '3.3.migrate');
    expect(migrate?.code).toBe('MIGRATE_BEFORE_END_OF_SUPPORT');
    // 2026-09-28 is a Monday (the first test): dates read as people write them.
    expect(migrate?.message.ja).toContain('2026年9月28日(月)まで');
    expect(migrate?.message.en).toContain('by Mon 28 Sep 2026');
    expect(codes(d)).toEqual([
      'OLD_RELEASE_SUPPORT_ENDS',
      'END_ANNOUNCED_WITH_VERSION_UP_NOTICE',
      'MIGRATE_BEFORE_END_OF_SUPPORT',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
    ]);
    expect(d.clauses).toEqual(['3.3.eos', '3.3.migrate', '3.3.after-eos']);
  });

  it('words a customer can read: dates as people write them, the reading of the text in a staff note', () => {
    const [ends] = releaseEndOfSupport('2026-04-01').reasons;
    // 2026-04-01 is a Wednesday; 2026-09-28 a Monday.
    expect(ends?.message.ja).toBe(
      '新リリースの正式出荷開始(GA)日である2026年4月1日(水)から180日後の2026年9月28日(月)まで、旧リリースのサポート・サービスを提供いたします。サポート・サービスは同日の終わり(24:00)をもって終了します。',
    );
    expect(ends?.message.en).toBe(
      "The old release is supported until Mon 28 Sep 2026, 180 days after the new release's general availability (GA) on Wed 1 Apr 2026; support ends at the end of that day (24:00 JST).",
    );
    // How the library counts (Civil Code, interpretation 4) is for staff, not in the message.
    expect(ends?.message.ja).not.toContain('民法');
    expect(ends?.note?.ja).toContain('民法第140条');
    for (const r of releaseEndOfSupport('2026-04-01').reasons) {
      expect(`${r.message.ja} ${r.message.en}`).not.toMatch(
        /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|\d\.\d\.|解釈|interpretation/,
      );
    }
  });

  it('3.3.eos configurable: definePolicy raising endOfSupportDays to 365 moves the date', () => {
    const policy2027 = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    expect(diffPolicies(policy20241007, policy2027).find((c) => c.path === 'releases.endOfSupportDays')).toMatchObject({
      from: 180,
      to: 365,
    });
    // 2027-04-01 + 365 days: the span includes 2028-02-29 (2028 is a leap year), so one year later
    // is not 2028-04-01 but 2028-03-31. `date -d '2027-04-01 +365 days'` → 2028-03-31.
    const d = releaseEndOfSupport('2027-04-01', { policy: policy2027 });
    expect(d.value).toEqual({
      successorGa: '2027-04-01',
      lastSupportedDate: '2028-03-31',
      supportEndsAt: '2028-04-01T00:00:00+09:00',
      days: 365,
    });
    expect(d.policyVersion).toBe('2027-04-01');
    expect(d.reasons[0]!.message.ja).toContain('365日後');
    // The same GA under 2024-10-07: 2027-04-01 + 180: 29 + 31 + 30 + 31 + 31 = 152 → Aug 31, + 28 → 2027-09-28.
    expect(releaseEndOfSupport('2027-04-01').value.lastSupportedDate).toBe('2027-09-28');
  });

  it.each([['2026-02-30'], ['2026/04/01'], [''], [null], [Number.NaN], [new Date(Number.NaN)], [{}]])(
    'bad GA %j → INVALID_DATE',
    (bad) => {
      expect(codeOf(() => releaseEndOfSupport(bad as never))).toBe('INVALID_DATE');
    },
  );

  it('refuses a policy that is not one → INVALID_POLICY', () => {
    expect(codeOf(() => releaseEndOfSupport('2026-04-01', { policy: { version: 'x' } as never }))).toBe(
      'INVALID_POLICY',
    );
  });
});
