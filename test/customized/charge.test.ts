import { tryToChange } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import {
  CsPolicyError,
  CUSTOMIZATION_REQUESTS,
  customizationCharge,
  definePolicy,
  policy20241007,
} from '../../src/index.js';
import { expectCustomerWords } from '../releases/helpers.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('7.scope: support scope follows the product version', () => {
  it.each(CUSTOMIZATION_REQUESTS)('carries the 7.scope reason first for %s', (request) => {
    const d = customizationCharge({ request });
    expect(d.reasons[0]!.code).toBe('SCOPE_FOLLOWS_PRODUCT');
    expect(d.clauses[0]).toBe('7.scope');
    expect(d.rule).toBe('customizationCharge');
    expect(d.value.request).toBe(request);
  });
});

describe('7.maintenance: included in the maintenance fee', () => {
  it.each([
    ['inquiry', 'INQUIRY_INCLUDED'],
    ['defect-in-customized-function', 'DEFECT_INCLUDED'],
    ['os-version-up-support', 'OS_VERSION_UP_INCLUDED'],
  ] as const)('includes %s', (request, code) => {
    const d = customizationCharge({ request });
    expect(d.outcome).toBe('included');
    expect(d.value).toEqual({ request, onLatestProductVersion: false });
    expect(codes(d)).toEqual(['SCOPE_FOLLOWS_PRODUCT', code]);
    expect(d.clauses).toEqual(['7.scope', '7.maintenance']);
  });

  it('limits OS version-up support to OS versions the product supports', () => {
    expect(customizationCharge({ request: 'os-version-up-support' }).reasons[1]!.message.en).toMatch(
      /OS versions the product supports/,
    );
  });
});

describe('7.os-upgrade: OS-caused problems within the fee, customer verification charged', () => {
  it('handles a problem caused by an OS version-up within the fee, basically', () => {
    const d = customizationCharge({ request: 'os-caused-problem' });
    expect(d.outcome).toBe('included');
    expect(codes(d)).toEqual([
      'SCOPE_FOLLOWS_PRODUCT',
      'OS_PROBLEM_WITHIN_FEE',
      'CUSTOMER_VERIFICATION_CHARGED',
      'REBASE_MAY_BE_NEEDED',
    ]);
    expect(d.clauses).toEqual(['7.scope', '7.os-upgrade', '7.rebase']);
    expect(d.reasons[1]!.message.ja).toContain('基本的には保守費用内');
  });

  it('charges customer-specific verification separately', () => {
    const d = customizationCharge({ request: 'customer-specific-verification' });
    expect(d.outcome).toBe('charged-separately');
    expect(d.value.onLatestProductVersion).toBe(false);
    expect(codes(d)).toEqual(['SCOPE_FOLLOWS_PRODUCT', 'CUSTOMER_VERIFICATION_CHARGED']);
    expect(d.clauses).toEqual(['7.scope', '7.os-upgrade']);
  });
});

describe('7.rebase: rebuild on the latest product version, cost agreed separately', () => {
  it('quotes a rebase', () => {
    const d = customizationCharge({ request: 'rebase-on-latest' });
    expect(d.outcome).toBe('quoted');
    expect(d.value).toEqual({ request: 'rebase-on-latest', onLatestProductVersion: true });
    expect(codes(d)).toEqual(['SCOPE_FOLLOWS_PRODUCT', 'REBASE_ON_LATEST']);
    expect(d.clauses).toEqual(['7.scope', '7.rebase']);
  });
});

describe('7.import: importing product features is paid and all or nothing', () => {
  it('quotes an import on the latest product version', () => {
    const d = customizationCharge({ request: 'import-product-features' });
    expect(d.outcome).toBe('quoted');
    expect(d.value.onLatestProductVersion).toBe(true);
    expect(codes(d)).toEqual(['SCOPE_FOLLOWS_PRODUCT', 'IMPORT_PAID', 'IMPORT_ON_LATEST']);
    expect(d.clauses).toEqual(['7.scope', '7.import']);
  });

  it('says the listed features cannot be picked individually', () => {
    const d = customizationCharge({ request: 'import-product-features', features: ['offline-mode', 'dark-theme'] });
    expect(d.outcome).toBe('quoted');
    expect(codes(d)).toEqual(['SCOPE_FOLLOWS_PRODUCT', 'IMPORT_PAID', 'IMPORT_ON_LATEST', 'FEATURES_NOT_SELECTABLE']);
    expect(d.reasons[3]!.message.en).toContain('offline-mode, dark-theme');
    expect(d.reasons[3]!.message).toEqual({
      ja: '取り込む機能は取捨選択できないため、ご指定の機能(「offline-mode」、「dark-theme」)だけを取り込むことはできません。製品版の最新バージョンの機能がすべて取り込まれます。',
      en: 'The features you listed (offline-mode, dark-theme) cannot be brought in on their own: every feature of the latest product version comes in.',
    });
  });

  it('records the policy version it decided under (definePolicy)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01' });
    expect(customizationCharge({ request: 'import-product-features' }, { policy }).policyVersion).toBe('2027-04-01');
  });

  it('is plain JSON data', () => {
    const d = customizationCharge({ request: 'import-product-features', features: ['x'] });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('chapter 7: words a customer can read, and answers nobody else can change', () => {
  it('the OS-caused problem: within the fee "basically", the reading of 基本的には for staff', () => {
    const d = customizationCharge({ request: 'os-caused-problem' });
    expect(d.reasons[1]!.message).toEqual({
      ja: 'OSのバージョンアップに起因する問題は、基本的には保守費用内で対応いたします。',
      en: 'Problems caused by an OS version-up are, as a rule, handled within the maintenance fee.',
    });
    expect(d.reasons[1]!.note?.ja).toContain('基本的には');
    expect(d.reasons[2]!.message.ja).toBe('ただし、お客様個別に検証を実施する場合の費用は、別途頂戴いたします。');
  });

  it.each(CUSTOMIZATION_REQUESTS)('every reason of %s reads as a customer message', (request) => {
    expectCustomerWords(customizationCharge({ request }));
  });

  it('mutating a returned decision does not change a later one (issue 9: no shared reason objects)', () => {
    const first = customizationCharge({ request: 'os-caused-problem' });
    const scope = first.reasons[0] as { code: string; message: { ja: string } };
    tryToChange(() => {
      scope.code = 'CHANGED';
    });
    tryToChange(() => {
      scope.message.ja = 'changed';
    });
    tryToChange(() => {
      (first.reasons[2]!.message as { en: string }).en = 'changed';
    });
    tryToChange(() => {
      (first.reasons as unknown[]).length = 0;
    });
    tryToChange(() => {
      (first.clauses as string[]).push('7.import');
    });
    const again = customizationCharge({ request: 'customer-specific-verification' });
    expect(again.reasons.map((r) => r.code)).toEqual(['SCOPE_FOLLOWS_PRODUCT', 'CUSTOMER_VERIFICATION_CHARGED']);
    expect(again.reasons[0]!.message.ja).toBe('カスタマイズ版のサポート範囲は、ベースとなる製品版に準拠いたします。');
    expect(again.reasons[1]!.message.en).toBe(
      'However, verification carried out for you individually is charged separately.',
    );
    expect(customizationCharge({ request: 'os-caused-problem' }).clauses).toEqual([
      '7.scope',
      '7.os-upgrade',
      '7.rebase',
    ]);
  });
});

describe('7.scope / 7.import: bad input', () => {
  it.each([
    ['an unknown request', { request: 'rewrite-everything' }],
    ['a missing request', {}],
    ['features with another request', { request: 'inquiry', features: ['x'] }],
    ['an empty features list', { request: 'import-product-features', features: [] }],
    ['an empty feature name', { request: 'import-product-features', features: [''] }],
    ['an unknown field', { request: 'inquiry', price: 0 }],
    ['a string', 'inquiry'],
  ])('rejects %s with INVALID_INPUT', (_label, input) => {
    expect(() => customizationCharge(input as never)).toThrow(CsPolicyError);
    expect(() => customizationCharge(input as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('names the field in the message', () => {
    expect(() => customizationCharge({ request: 'inquiry', features: ['x'] })).toThrow(
      /features: applies only to request "import-product-features"/,
    );
  });

  it('rejects a policy that is not one with INVALID_POLICY', () => {
    expect(() => customizationCharge({ request: 'inquiry' }, { policy: {} as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
  });
});
