import { tryToChange } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { assessSupportRequest, definePolicy, policy20241007, SUPPORT_REQUEST_OUTCOMES } from '../../src/index.js';
import { codeOf, codes, errorOf, expectCustomerWords, expectWellFormed } from '../releases/helpers.js';

// The day of the requests: 2026-05-11, a Monday (`date -d 2026-05-11 +%a`).
const ON = '2026-05-11';

describe('4.3.scope / intro.contents: what customer service covers', () => {
  it.each([['inquiry'], ['defect']] as const)(
    'an ordinary %s is supported (intro.contents, not the out-of-scope clause)',
    (kind) => {
      const d = assessSupportRequest({ kind, on: ON });
      expect(d.outcome).toBe('supported');
      expect(d.value).toEqual({ on: ON, kind, cause: 'unknown', applicable: ['supported'], ends: [] });
      expect(codes(d)).toEqual(['WITHIN_CUSTOMER_SERVICE']);
      // Inquiries and problem/defect handling are what customer service contains (intro.contents);
      // 4.3.scope lists what is outside it, so it is not cited for an in-scope answer.
      expect(d.clauses).toEqual(['intro.contents']);
      expectWellFormed(d);
    },
  );

  it('a defect caused by the product itself is supported', () => {
    expect(assessSupportRequest({ kind: 'defect', cause: 'product', on: ON }).outcome).toBe('supported');
  });

  it('lists the outcomes from the most restrictive', () => {
    expect(SUPPORT_REQUEST_OUTCOMES).toEqual([
      'not-supported',
      'information-only',
      'paid-option',
      'paid',
      'limited',
      'supported',
    ]);
  });
});

describe('4.3.onsite: on-site support is a paid option', () => {
  it('is outside customer service; consult sales or customer service', () => {
    const d = assessSupportRequest({ kind: 'onsite', on: ON });
    expect(d.outcome).toBe('paid-option');
    expect(codes(d)).toEqual(['ONSITE_OUT_OF_SCOPE', 'ONSITE_PAID_OPTION']);
    expect(d.clauses).toEqual(['4.3.scope', '4.3.onsite']);
    expect(d.reasons[1]!.message.ja).toContain('弊社営業担当またはカスタマー・サービスまでご相談ください');
    expectWellFormed(d);
  });

  it('follows policy.scope.onsite', () => {
    const included = definePolicy(policy20241007, { version: '2026-01-01', scope: { onsite: 'included' } });
    const none = definePolicy(policy20241007, { version: '2026-01-02', scope: { onsite: 'unavailable' } });
    expect(assessSupportRequest({ kind: 'onsite', on: ON }, { policy: included }).outcome).toBe('supported');
    expect(codes(assessSupportRequest({ kind: 'onsite', on: ON }, { policy: included }))).toEqual(['ONSITE_INCLUDED']);
    expect(assessSupportRequest({ kind: 'onsite', on: ON }, { policy: none }).outcome).toBe('not-supported');
  });
});

describe('4.3.customization: customization is paid; customized versions follow chapter 7', () => {
  it('is paid', () => {
    const d = assessSupportRequest({ kind: 'customization', on: ON });
    expect(d.outcome).toBe('paid');
    expect(codes(d)).toEqual(['CUSTOMIZATION_OUT_OF_SCOPE', 'CUSTOMIZATION_PAID', 'CUSTOMIZED_VERSION_SUPPORT']);
    expect(d.clauses).toEqual(['4.3.scope', '4.3.customization', '7.scope']);
    expect(d.reasons[1]!.message.ja).toContain('第7章');
  });

  it('follows policy.scope.customization', () => {
    const included = definePolicy(policy20241007, { version: '2026-01-01', scope: { customization: 'included' } });
    expect(assessSupportRequest({ kind: 'customization', on: ON }, { policy: included }).outcome).toBe('supported');
  });
});

describe('4.3.third-party: problems caused by the OS or third-party products are limited', () => {
  it('caused by the OS: limited, contact the vendor, we help as far as possible', () => {
    const d = assessSupportRequest({ kind: 'defect', cause: 'os', environment: { os: { name: 'iPadOS 18' } }, on: ON });
    expect(d.outcome).toBe('limited');
    expect(codes(d)).toEqual(['OS_THIRD_PARTY_OUT_OF_SCOPE', 'CAUSED_BY_OS']);
    const msg = d.reasons[1]!.message;
    expect(msg).toEqual({
      ja: 'OS(「iPadOS 18」)に起因する問題のため、弊社での調査・修正・検証には限りがある場合がございます。お手数ですが、該当のソフトウェアまたはサービスの提供会社へお問い合わせください。問題の解決に必要な支援は、カスタマー・サービスができる限りご提供いたします。',
      en: 'As the problem is caused by the OS ("iPadOS 18"), our investigation, fixes and verification may be limited. Please contact the provider of that software or service; customer service will give you, as far as it can, the help needed to solve the problem.',
    });
    expectWellFormed(d);
  });

  it('caused by a third-party product (e.g. O365 misbehaving in the KAITO browser)', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      cause: 'third-party',
      environment: { thirdParty: [{ name: 'Microsoft 365' }] },
      on: ON,
    });
    expect(d.outcome).toBe('limited');
    expect(codes(d)[1]).toBe('CAUSED_BY_THIRD_PARTY');
    expect(d.reasons[1]!.message.en).toContain('Microsoft 365');
  });
});

describe('4.3.os-eol: OS or prerequisite product past its maker’s end of support', () => {
  // Windows 10: the maker's support lasted up to and including 2025-10-14.
  const windows10 = { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' };

  it('is not supported after the maker’s last day', () => {
    const d = assessSupportRequest({ kind: 'defect', environment: { os: windows10 }, on: ON });
    expect(d.outcome).toBe('not-supported');
    expect(d.value.ends).toEqual([
      { component: 'os', name: 'Windows 10', basis: 'vendor', lastSupportedDate: '2025-10-14', ended: true },
    ]);
    expect(codes(d)).toEqual(['OS_VENDOR_SUPPORT_ENDED', 'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', 'PLAN_UPGRADES']);
    expectWellFormed(d);
  });

  it('is still supported on the maker’s last day itself, and ends the next day', () => {
    const last = assessSupportRequest({ kind: 'inquiry', environment: { os: windows10 }, on: '2025-10-14' });
    expect(last.outcome).toBe('supported');
    expect(codes(last)).toEqual(['WITHIN_CUSTOMER_SERVICE', 'OS_VENDOR_SUPPORT_ENDS', 'PLAN_UPGRADES']);
    // 2025-10-14T15:00Z is 2025-10-15 00:00 JST: the first day without the maker's support.
    expect(
      assessSupportRequest({ kind: 'inquiry', environment: { os: windows10 }, on: new Date('2025-10-14T15:00:00Z') })
        .outcome,
    ).toBe('not-supported');
  });

  it('a prerequisite third-party product past its vendor’s end is not supported either', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      cause: 'product',
      environment: {
        thirdParty: [
          { name: 'Chrome 109', vendorSupportEndsOn: '2023-10-10' },
          { name: 'Edge', vendorSupportEndsOn: '2030-01-01' },
        ],
      },
      on: ON,
    });
    expect(d.outcome).toBe('not-supported');
    expect(d.value.ends.map((e) => [e.name, e.ended])).toEqual([
      ['Chrome 109', true],
      ['Edge', false],
    ]);
    expect(codes(d)).toEqual([
      'THIRD_PARTY_VENDOR_SUPPORT_ENDED',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'THIRD_PARTY_VENDOR_SUPPORT_ENDS',
      'PLAN_UPGRADES',
    ]);
  });
});

describe('4.3.discretionary-end: the company’s own end of support for an OS or product', () => {
  it('after the discretionary end date: not supported, even though the maker still supports it', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      environment: { os: { name: 'Android 12', vendorSupportEndsOn: '2027-03-31', discretionaryEndOn: '2026-03-31' } },
      on: ON,
    });
    expect(d.outcome).toBe('not-supported');
    expect(d.value.ends).toEqual([
      { component: 'os', name: 'Android 12', basis: 'vendor', lastSupportedDate: '2027-03-31', ended: false },
      { component: 'os', name: 'Android 12', basis: 'discretionary', lastSupportedDate: '2026-03-31', ended: true },
    ]);
    expect(codes(d)).toEqual([
      'DISCRETIONARY_END_PASSED',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'OS_VENDOR_SUPPORT_ENDS',
      'PLAN_UPGRADES',
    ]);
  });

  it('before it: supported, and the coming end is reported', () => {
    const d = assessSupportRequest({
      kind: 'inquiry',
      environment: { os: { name: 'Android 12', discretionaryEndOn: '2026-12-31' } },
      on: ON,
    });
    expect(d.outcome).toBe('supported');
    expect(codes(d)).toEqual(['WITHIN_CUSTOMER_SERVICE', 'DISCRETIONARY_END_SCHEDULED', 'PLAN_UPGRADES']);
  });
});

describe('4.3.after-eos: after an OS or third-party end, information on similar past problems only', () => {
  it('says so, without a guarantee of resolution', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' } },
      on: ON,
    });
    const info = d.reasons.find((r) => r.clause === '4.3.after-eos');
    expect(info?.code).toBe('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY');
    expect(info?.message.ja).toContain('情報を提供いたします');
    expect(info?.message.ja).toContain('解決をお約束するものではありません');
  });
});

describe('4.3.customer-upgrade: customers plan their OS and third-party upgrades', () => {
  it('is asked whenever an OS or third-party end date is known', () => {
    const d = assessSupportRequest({
      kind: 'inquiry',
      environment: { thirdParty: [{ name: 'Edge', vendorSupportEndsOn: '2030-01-01' }] },
      on: ON,
    });
    expect(d.reasons.find((r) => r.clause === '4.3.customer-upgrade')?.message.ja).toContain(
      '計画的なバージョンアップ',
    );
    // Not when no end date is known.
    expect(
      assessSupportRequest({ kind: 'inquiry', environment: { os: { name: 'iOS 18' } }, on: ON }).clauses,
    ).not.toContain('4.3.customer-upgrade');
  });
});

describe('3.3.after-eos: a release past its end of support gets information only', () => {
  it('is information-only after the release’s last supported day', () => {
    // Release 2.4's successor reached GA on 2025-10-01 → last supported day 2026-03-30
    // (30 + 30 + 31 + 31 + 28 = 150 → Feb 28, + 30 → Mar 30; `date -d '2025-10-01 +180 days'`).
    const d = assessSupportRequest({
      kind: 'defect',
      environment: { release: { name: '2.4', lastSupportedDate: '2026-03-30' } },
      on: ON,
    });
    expect(d.outcome).toBe('information-only');
    expect(codes(d)).toEqual([
      'RELEASE_SUPPORT_ENDED',
      'NO_NEW_PROBLEM_RESPONSE_OR_FIXES',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'USE_LATEST_VERSION',
    ]);
    // The day after Mon 2026-03-30 is Tue 2026-03-31.
    expect(d.reasons[1]!.message.ja).toContain('2026年3月31日(火)以降');
    expect(d.clauses).toEqual(['3.3.after-eos', '3.recommend-latest']);
    expectWellFormed(d);
  });

  it('is supported up to and including that day', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      environment: { release: { name: '2.4', lastSupportedDate: '2026-05-11' } },
      on: ON,
    });
    expect(d.outcome).toBe('supported');
    expect(codes(d)).toEqual(['WITHIN_CUSTOMER_SERVICE', 'RELEASE_SUPPORTED_UNTIL']);
    expect(d.value.ends).toEqual([
      { component: 'release', name: '2.4', basis: 'release', lastSupportedDate: '2026-05-11', ended: false },
    ]);
  });
});

describe('4.3.scope: several findings → the most restrictive outcome, every reason listed', () => {
  it('OS past its end + caused by a third-party product + release past its end', () => {
    const d = assessSupportRequest({
      kind: 'defect',
      cause: 'third-party',
      environment: {
        os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' },
        thirdParty: [{ name: 'Microsoft 365' }],
        release: { name: '2.4', lastSupportedDate: '2026-03-30' },
      },
      on: ON,
    });
    expect(d.outcome).toBe('not-supported');
    expect(d.value.applicable).toEqual(['not-supported', 'information-only', 'limited']);
    expect(codes(d)).toEqual([
      'OS_VENDOR_SUPPORT_ENDED',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'RELEASE_SUPPORT_ENDED',
      'NO_NEW_PROBLEM_RESPONSE_OR_FIXES',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'OS_THIRD_PARTY_OUT_OF_SCOPE',
      'CAUSED_BY_THIRD_PARTY',
      'PLAN_UPGRADES',
      'USE_LATEST_VERSION',
    ]);
    expectWellFormed(d);
  });

  it('on-site for a release past its end: information-only beats paid-option', () => {
    const d = assessSupportRequest({
      kind: 'onsite',
      environment: { release: { name: '2.4', lastSupportedDate: '2026-03-30' } },
      on: ON,
    });
    expect(d.outcome).toBe('information-only');
    expect(d.value.applicable).toEqual(['information-only', 'paid-option']);
  });

  it('customization of a problem caused by the OS: paid beats limited', () => {
    const d = assessSupportRequest({ kind: 'customization', cause: 'os', on: ON });
    expect(d.value.applicable).toEqual(['paid', 'limited']);
    expect(d.outcome).toBe('paid');
  });
});

describe('4.3.scope: assessSupportRequest words a customer can read', () => {
  it('an OS past its maker’s end: the last day as people write it, the reading of the date for staff', () => {
    // Windows 10's last supported day, 2025-10-14, was a Tuesday.
    const d = assessSupportRequest({
      kind: 'defect',
      environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' } },
      on: ON,
    });
    expect(d.reasons[0]!.message).toEqual({
      ja: 'OS「Windows 10」は、メーカーまたはベンダーによるサポートが2025年10月14日(火)をもって終了しているため、その上で発生した問題にはサポート・サービスを提供できません。',
      en: 'The maker\'s or vendor\'s support of the OS "Windows 10" ended after Tue 14 Oct 2025, its last day, so we cannot support problems that occur on it.',
    });
    expect(d.reasons[0]!.note?.ja).toContain('最終日');
  });

  it('a coming discretionary end of a prerequisite product', () => {
    // 2026-12-31 is a Thursday.
    const d = assessSupportRequest({
      kind: 'inquiry',
      environment: { thirdParty: [{ name: 'Edge', discretionaryEndOn: '2026-12-31' }] },
      on: ON,
    });
    expect(d.reasons.find((r) => r.code === 'DISCRETIONARY_END_SCHEDULED')?.message).toEqual({
      ja: '前提となるサードパーティ製品「Edge」に対するサポート・サービスは、弊社の判断により2026年12月31日(木)をもって終了いたします。',
      en: 'We end our support of the prerequisite third-party product "Edge" at our own discretion; the last day of support is Thu 31 Dec 2026.',
    });
  });

  it('every reason of every finding reads as a customer message', () => {
    const environment = {
      os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14', discretionaryEndOn: '2026-01-31' },
      thirdParty: [
        { name: 'Edge', vendorSupportEndsOn: '2030-01-01', discretionaryEndOn: '2029-06-30' },
        { name: 'Chrome 109', vendorSupportEndsOn: '2023-10-10' },
      ],
      release: { name: '2.4', lastSupportedDate: '2026-03-30' },
    };
    const included = definePolicy(policy20241007, {
      version: '2026-01-01',
      scope: { onsite: 'included', customization: 'included' },
    });
    const none = definePolicy(policy20241007, {
      version: '2026-01-02',
      scope: { onsite: 'unavailable', customization: 'unavailable' },
    });
    for (const kind of ['inquiry', 'defect', 'onsite', 'customization'] as const) {
      for (const cause of ['product', 'os', 'third-party', 'unknown'] as const) {
        expectCustomerWords(assessSupportRequest({ kind, cause, environment, on: ON }));
        expectCustomerWords(assessSupportRequest({ kind, cause, on: ON }));
        for (const policy of [included, none])
          expectCustomerWords(assessSupportRequest({ kind, cause, on: ON }, { policy }));
      }
    }
    // Before every end: the "ends" and "supported until" reasons.
    expectCustomerWords(assessSupportRequest({ kind: 'defect', environment, on: '2023-01-10' }));
  });

  it('a caller changing one answer changes no later answer', () => {
    const first = assessSupportRequest({ kind: 'customization', on: ON });
    tryToChange(() => {
      (first.reasons[0]!.message as { ja: string }).ja = 'changed';
    });
    tryToChange(() => {
      (first.value.applicable as string[]).push('supported');
    });
    const again = assessSupportRequest({ kind: 'customization', on: ON });
    expect(again.reasons[0]!.message.ja).toBe('カスタマイズ・サービスは、カスタマー・サービスの対象外です。');
    expect(again.value.applicable).toEqual(['paid']);
  });
});

describe('4.3.scope: assessSupportRequest input', () => {
  it.each([
    [{ on: ON }, 'kind'],
    [{ kind: 'complaint', on: ON }, 'kind'],
    [{ kind: 'defect', cause: 'network', on: ON }, 'cause'],
    [{ kind: 'defect' }, 'on'],
    [{ kind: 'defect', environment: { os: { name: '' } }, on: ON }, 'environment'],
    [{ kind: 'defect', environment: { os: { name: 'Windows 10', vendorSupportEndsOn: true } }, on: ON }, 'environment'],
    [
      { kind: 'defect', environment: { thirdParty: [{ name: 'Edge', discretionaryEndOn: null }] }, on: ON },
      'environment',
    ],
    [{ kind: 'defect', environment: { release: { lastSupportedDate: '2026-03-30' } }, on: ON }, 'environment'],
    [{ kind: 'defect', environment: { browser: 'Edge' }, on: ON }, 'environment'],
    [{ kind: 'defect', on: ON, urgency: 'high' }, ''],
  ])('%j → INVALID_INPUT', (input, field) => {
    const error = errorOf(() => assessSupportRequest(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    if (field) expect(error.issues.map((i) => i.path[0])).toContain(field);
  });

  it('names the nested field', () => {
    const error = errorOf(() =>
      assessSupportRequest({
        kind: 'defect',
        environment: { thirdParty: [{ name: 'Edge', discretionaryEndOn: { day: 1 } }] },
        on: ON,
      } as never),
    );
    expect(error.issues[0]?.path).toEqual(['environment', 'thirdParty', 0, 'discretionaryEndOn']);
    expect(codeOf(() => assessSupportRequest(undefined as never))).toBe('INVALID_INPUT');
  });
});

describe('4.3.scope: assessSupportRequest reads each date field by name', () => {
  // A bad date inside an object fails as INVALID_DATE, as it does as a plain argument, and names the field.
  it.each([
    [{ kind: 'defect', on: '2026-05-32' }, 'on'],
    [
      { kind: 'defect', environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-02-30' } }, on: ON },
      'environment.os.vendorSupportEndsOn',
    ],
    [
      { kind: 'defect', environment: { os: { name: 'Android 12', discretionaryEndOn: 'soon' } }, on: ON },
      'environment.os.discretionaryEndOn',
    ],
    [
      {
        kind: 'defect',
        environment: { thirdParty: [{ name: 'Edge' }, { name: 'Chrome', vendorSupportEndsOn: 'never' }] },
        on: ON,
      },
      'environment.thirdParty[1].vendorSupportEndsOn',
    ],
    [
      { kind: 'defect', environment: { thirdParty: [{ name: 'Edge', discretionaryEndOn: '2026-13-01' }] }, on: ON },
      'environment.thirdParty[0].discretionaryEndOn',
    ],
    [
      { kind: 'defect', environment: { release: { name: '2.4', lastSupportedDate: '2026-04-31' } }, on: ON },
      'environment.release.lastSupportedDate',
    ],
  ])('%j → INVALID_DATE naming %s', (input, field) => {
    const error = errorOf(() => assessSupportRequest(input as never));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(field);
  });

  it('4.3.os-eol: every date field accepts a Date, epoch ms or a date-time, read as its JST date', () => {
    // 2025-10-14T15:00Z is 2025-10-15 00:00 JST: as a last supported day it means 2025-10-15,
    // so on 2025-10-15 the OS is still supported and on 2025-10-16 it is not.
    const os = { name: 'Windows 10', vendorSupportEndsOn: new Date('2025-10-14T15:00:00Z') };
    const last = assessSupportRequest({ kind: 'inquiry', environment: { os }, on: '2025-10-15' });
    expect(last.outcome).toBe('supported');
    expect(last.value.ends[0]?.lastSupportedDate).toBe('2025-10-15');
    expect(assessSupportRequest({ kind: 'inquiry', environment: { os }, on: '2025-10-16' }).outcome).toBe(
      'not-supported',
    );
    // A date-time string with a time counts as its JST date (2025-10-14), as epoch ms does.
    const dt = assessSupportRequest({
      kind: 'inquiry',
      environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14T00:00' } },
      on: ON,
    });
    expect(dt.value.ends[0]?.lastSupportedDate).toBe('2025-10-14');
    expect(dt.outcome).toBe('not-supported');
    const ms = Date.UTC(2026, 2, 29, 15); // 2026-03-29T15:00Z = 2026-03-30 00:00 JST
    const rel = assessSupportRequest({
      kind: 'defect',
      environment: { release: { name: '2.4', lastSupportedDate: ms } },
      on: ON,
    });
    expect(rel.value.ends).toEqual([
      { component: 'release', name: '2.4', basis: 'release', lastSupportedDate: '2026-03-30', ended: true },
    ]);
    expectWellFormed(rel);
  });
});
