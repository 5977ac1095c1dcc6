import { describe, expect, it } from 'vitest';
import { definePolicy, gaNoticeObligations, policy20241007 } from '../../src/index.js';
import { codeOf, codes, errorOf, expectCustomerWords, expectWellFormed } from './helpers.js';

describe('3.2.notice: advance notice of a version-up at GA', () => {
  it('lists the dated obligations of a GA with an old release (3.3.eos)', () => {
    // GA 2026-04-01 (a Wednesday). "In advance" → by the day before: 2026-03-31 (Tuesday).
    // Old release's last supported day: 2026-04-01 + 180 = 29 + 31 + 30 + 31 + 31 = 152 → Aug 31,
    // + 28 → 2026-09-28 (`date -d '2026-04-01 +180 days'`).
    const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
    expect(d.outcome).toBe('notify');
    expect(d.value).toMatchObject({
      product: 'kaito',
      release: '3.0',
      ga: '2026-04-01',
      previousRelease: '2.4',
      noticeBy: '2026-03-31',
      // A Tuesday and no holiday: a business day, so no closed-day advice.
      lastBusinessDayBefore: null,
      previousReleaseLastSupportedDate: '2026-09-28',
      previousReleaseSupportEndsAt: '2026-09-29T00:00:00+09:00',
    });
    expect(d.value.items.map((i) => [i.id, i.timing, i.date, i.channels, i.clause])).toEqual([
      ['verification-release', 'before-ga', null, [], '3.2.notice'],
      ['version-up-notice', 'by', '2026-03-31', ['email', 'website'], '3.2.notice'],
      ['end-of-support-notice', 'by', '2026-03-31', ['email'], '3.3.eos'],
      ['general-availability', 'on', '2026-04-01', [], '3.3.eos'],
      ['previous-release-last-supported-day', 'on', '2026-09-28', [], '3.3.eos'],
    ]);
    // The product id of the policy is shown by its name.
    expect(d.value.items[1]!.description.ja).toContain('KAITOシリーズのリリース3.0');
    expectWellFormed(d);
  });

  it('3.3.eos: the end of support goes by e-mail, with the version-up notice', () => {
    const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
    const eos = d.reasons.find((r) => r.code === 'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP');
    expect(eos?.clause).toBe('3.3.eos');
    expect(eos?.message.ja).toContain('バージョンアップのお知らせとあわせてメール');
    expect(codes(d)).toEqual([
      'VERSION_UP_NOTICE_IN_ADVANCE',
      'VERIFICATION_RELEASE_MAY_PRECEDE_GA',
      'VERIFY_IN_CUSTOMER_ENVIRONMENT',
      'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP',
      'MIGRATE_BEFORE_END_OF_SUPPORT',
    ]);
  });

  it('3.2.verification: customers who need to verify features in their environment contact support', () => {
    const d = gaNoticeObligations({ product: 'sekai-cart', release: '5.1', ga: '2027-01-04' });
    const verify = d.reasons.find((r) => r.clause === '3.2.verification');
    expect(verify?.code).toBe('VERIFY_IN_CUSTOMER_ENVIRONMENT');
    expect(verify?.message.ja).toContain('カスタマー・サービスにお問い合わせください');
    expect(d.reasons.find((r) => r.code === 'VERIFICATION_RELEASE_MAY_PRECEDE_GA')?.message.ja).toContain('検証版');
  });

  it('without an old release there is no end of support to announce', () => {
    // GA 2027-01-04 (Monday, first business day after the year-end closure): the notice is due by
    // 2027-01-03, a calendar day (a closure day): "in advance" is not a business-day rule.
    const d = gaNoticeObligations({ product: 'sekai-cart', release: '5.1', ga: '2027-01-04' });
    expect(d.value.noticeBy).toBe('2027-01-03');
    // Interpretation 11: the date stays; the last business day before it is advice. 2027-01-03 is a
    // Sunday in the closure 12-29 … 01-03; back through 01-02 … 12-29 (all closure), 12-28 is a Monday.
    expect(d.value.lastBusinessDayBefore).toBe('2026-12-28');
    expect(codes(d)).toEqual([
      'VERSION_UP_NOTICE_IN_ADVANCE',
      'DEADLINE_ON_CLOSED_DAY',
      'VERIFICATION_RELEASE_MAY_PRECEDE_GA',
      'VERIFY_IN_CUSTOMER_ENVIRONMENT',
    ]);
    expect(d.value.previousRelease).toBeNull();
    expect(d.value.previousReleaseLastSupportedDate).toBeNull();
    expect(d.value.items.map((i) => i.id)).toEqual([
      'verification-release',
      'version-up-notice',
      'general-availability',
    ]);
    expect(d.clauses).not.toContain('3.3.migrate');
    expect(d.value.items[1]!.description.en).toContain('Sekai Cart 5.1');
  });

  it('accepts any product name and a Date for GA (JST date)', () => {
    // 2026-06-30T15:00Z = 2026-07-01 00:00 JST → notice by 2026-06-30.
    const d = gaNoticeObligations({
      product: 'KAITO Browser',
      release: '4.2',
      ga: new Date('2026-06-30T15:00:00Z'),
      previousRelease: '4.1',
    });
    expect(d.value.ga).toBe('2026-07-01');
    expect(d.value.noticeBy).toBe('2026-06-30');
    // 2026-07-01 + 180: 30 + 31 + 30 + 31 + 30 = 152 → Nov 30, + 28 → 2026-12-28 (`date -d '2026-07-01 +180 days'`).
    expect(d.value.previousReleaseLastSupportedDate).toBe('2026-12-28');
    expect(d.value.items[1]!.description.en).toContain('KAITO Browser 4.2');
  });

  it.each([
    [{ release: '3.0', ga: '2026-04-01' }, 'product'],
    [{ product: 'kaito', release: '', ga: '2026-04-01' }, 'release'],
    [{ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '' }, 'previousRelease'],
  ])('%j → INVALID_INPUT naming %s', (input, field) => {
    const error = errorOf(() => gaNoticeObligations(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path[0])).toContain(field);
  });

  it('refuses a non-object', () => {
    expect(codeOf(() => gaNoticeObligations('2026-04-01' as never))).toBe('INVALID_INPUT');
  });
});

describe('3.2.notice: gaNoticeObligations words a customer can read', () => {
  it('the advance notice: GA and its day before, as people write dates; the reading of 事前 for staff', () => {
    // GA 2026-04-01 is a Wednesday; the day before, 2026-03-31, a Tuesday.
    const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
    const notice = d.reasons[0]!;
    expect(notice.message).toEqual({
      ja: 'バージョンアップの際は、事前にメールまたはカスタマーサービス・ウェブサイトでお知らせいたします。正式出荷開始(GA)が2026年4月1日(水)のため、前日の2026年3月31日(火)までにお知らせします。',
      en: 'We announce a version-up in advance by e-mail or on the customer-service website. As general availability (GA) is on Wed 1 Apr 2026, we announce it by Tue 31 Mar 2026, the day before.',
    });
    // "事前 is read as the day before GA" is the library's reading: a staff note, not the message.
    expect(notice.message.ja).not.toContain('読');
    expect(notice.note?.ja).toContain('GAの前日');
    expect(notice.note?.en).toContain('by the day before GA');
  });

  it('interpretation 11: a notice day on a holiday keeps its date and names the business day before', () => {
    // GA Thu 2027-05-06 → notice by Wed 2027-05-05 (こどもの日). Back: 05-04 みどりの日 (Tue),
    // 05-03 憲法記念日 (Mon), 05-02 Sunday, 05-01 Saturday → Fri 2027-04-30, a business day.
    const d = gaNoticeObligations({ product: 'kaito', release: '3.1', ga: '2027-05-06' });
    expect(d.value.noticeBy).toBe('2027-05-05');
    expect(d.value.lastBusinessDayBefore).toBe('2027-04-30');
    const closed = d.reasons.find((r) => r.code === 'DEADLINE_ON_CLOSED_DAY');
    expect(closed?.clause).toBe('3.2.notice');
    expect(closed?.message.ja).toBe(
      '期限の2027年5月5日(水)は弊社の休業日(祝日「こどもの日」)にあたります。期限の日付は変わりませんが、その前の営業日は2027年4月30日(金)です。',
    );
    expect(closed?.message.en).toContain(
      "The deadline, Wed 5 May 2027, is a closed day for us: national holiday (Children's Day).",
    );
    expect(closed?.message.en).toContain('the last business day before it is Fri 30 Apr 2027');
    // The timeline item keeps the calendar date.
    expect(d.value.items.find((i) => i.id === 'version-up-notice')?.date).toBe('2027-05-05');
  });

  it('a policy without a year-end closure: 12-30 is a business day and nothing mentions 年末年始', () => {
    // GA Thu 2026-12-31 → notice by Wed 2026-12-30: in the closure under 2024-10-07 (last business
    // day before: Mon 2026-12-28), an ordinary Wednesday without the closure.
    expect(
      gaNoticeObligations({ product: 'kaito', release: '3.2', ga: '2026-12-31' }).value.lastBusinessDayBefore,
    ).toBe('2026-12-28');
    const open = definePolicy(policy20241007, { version: '2027-01-01', calendar: { yearEndClosure: null } });
    const d = gaNoticeObligations({ product: 'kaito', release: '3.2', ga: '2026-12-31' }, { policy: open });
    expect(d.value.lastBusinessDayBefore).toBeNull();
    expect(codes(d)).not.toContain('DEADLINE_ON_CLOSED_DAY');
    expect(d.reasons.map((r) => r.message.ja).join('')).not.toContain('年末年始');
  });

  it('the days to the old release’s end come from the policy in force', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    // GA 2026-04-01 + 365 → 2027-04-01, a Thursday.
    const d = gaNoticeObligations(
      { product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' },
      { policy },
    );
    const eos = d.reasons.find((r) => r.code === 'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP')!;
    expect(eos.message.ja).toBe(
      '旧リリース2.4のサポート・サービスは、GAの365日後の2027年4月1日(木)の終わり(24:00)をもって終了します。この終了は、バージョンアップのお知らせとあわせてメールでご案内いたします。',
    );
    expect(eos.message.en).toBe(
      'Support of the old release 2.4 ends at the end of Thu 1 Apr 2027 (24:00 JST), 365 days after GA. We announce this end by e-mail, together with the version-up notice.',
    );
    expect(d.value.items.map((i) => i.description.ja).join('')).toContain('GAの365日後');
  });

  it('every reason and item description reads as a customer message', () => {
    for (const ga of ['2026-04-01', '2027-01-04', '2027-05-06']) {
      const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga, previousRelease: '2.4' });
      expectCustomerWords(d);
      for (const item of d.value.items) {
        expect(`${item.description.ja} ${item.description.en}`).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
        expect(item.description.ja).not.toMatch(/[\u3000-\u9fff] \d|\d [\u3000-\u9fff]/);
      }
    }
  });
});

describe('3.2.notice: gaNoticeObligations reads each date field by name', () => {
  // A bad date inside an object fails as INVALID_DATE, as it does as a plain argument, and names the field.
  it.each([[{ product: 'kaito', release: '3.0', ga: '2026-04-31' }, 'ga']])(
    '%j → INVALID_DATE naming %s',
    (input, field) => {
      const error = errorOf(() => gaNoticeObligations(input as never));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.message).toContain(field);
    },
  );
});
