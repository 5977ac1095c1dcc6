import { describe, expect, it } from 'vitest';
import { gaNoticeObligations } from '../../src/index.js';
import { codeOf, codes, errorOf, expectWellFormed } from './helpers.js';

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
    expect(d.value.items[1]!.description.ja).toContain('KAITOシリーズ 3.0');
    expectWellFormed(d);
  });

  it('3.3.eos: the end of support goes by e-mail, with the version-up notice', () => {
    const d = gaNoticeObligations({ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' });
    const eos = d.reasons.find((r) => r.code === 'END_OF_SUPPORT_NOTICE_WITH_VERSION_UP');
    expect(eos?.clause).toBe('3.3.eos');
    expect(eos?.message.ja).toContain('バージョンアップの通知とともにメール');
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
