import { describe, expect, it } from 'vitest';
import { checkEligibility, definePolicy, policy20241007, type EligibilityInput } from '../../src/index.js';
import { codes, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';

describe('intro.eligibility: who is served', () => {
  it.each(['maintenance-contract', 'service-subscription', 'sales-partner'] as const)(
    'serves a %s customer',
    (kind) => {
      const d = checkEligibility({ customer: { kind }, date: '2027-01-04' });
      expect(d.outcome).toBe('eligible');
      expect(codes(d)).toEqual(['CUSTOMER_SERVED', 'SERVICES_INCLUDED']);
      expectWellFormed(d);
    },
  );

  it('does not serve anyone else (kind none)', () => {
    const d = checkEligibility({ customer: { kind: 'none' }, date: '2027-01-04' });
    expect(d.outcome).toBe('not-eligible');
    expect(d.value).toBeNull();
    expect(codes(d)).toEqual(['CUSTOMER_NOT_SERVED']);
    expect(d.reasons[0]!.message.ja).toContain('提供対象ではありません');
    expectWellFormed(d);
  });

  it('a sales partner needs no contract dates', () => {
    expect(checkEligibility({ customer: { kind: 'sales-partner' }, date: '2030-06-01' }).outcome).toBe('eligible');
  });

  it('checks contract dates when given: the end date is inclusive (JST)', () => {
    const customer = { kind: 'maintenance-contract', contractStart: '2026-04-01', contractEnd: '2027-03-31' } as const;
    // 2027-03-31 is the last day of the contract, so it is still covered.
    expect(checkEligibility({ customer, date: '2027-03-31' }).outcome).toBe('eligible');
    expect(codes(checkEligibility({ customer, date: '2027-03-31' }))).toContain('CONTRACT_CURRENT');
    // The next day it has ended.
    const ended = checkEligibility({ customer, date: '2027-04-01' });
    expect(ended.outcome).toBe('not-eligible');
    expect(codes(ended)).toEqual(['CONTRACT_ENDED']);
    // 2027-03-31 is a Wednesday, 2027-04-01 a Thursday: dates as people write them, not ISO.
    expect(ended.reasons[0]!.message).toEqual({
      ja: 'ご契約は2027年3月31日(水)に終了しているため、2027年4月1日(木)はご契約期間外です。',
      en: 'The contract ended on Wed 31 Mar 2027, so Thu 1 Apr 2027 is outside the contract period.',
    });
    // The first day counts; the day before does not.
    expect(checkEligibility({ customer, date: '2026-04-01' }).outcome).toBe('eligible');
    const early = checkEligibility({ customer, date: '2026-03-31' });
    expect(codes(early)).toEqual(['CONTRACT_NOT_STARTED']);
    expectWellFormed(early);
  });

  it('reads a Date as its JST date, whatever the process time zone', () => {
    const customer = { kind: 'service-subscription', contractEnd: '2027-03-31' } as const;
    // 2027-03-31T15:00Z is 2027-04-01 00:00 in Tokyo: the day after the last contract day.
    expect(checkEligibility({ customer, date: new Date('2027-03-31T15:00:00Z') }).outcome).toBe('not-eligible');
    // 14:59:59Z is still 23:59:59 JST on 2027-03-31.
    expect(checkEligibility({ customer, date: new Date('2027-03-31T14:59:59Z') }).outcome).toBe('eligible');
  });

  it('honours a policy that stops serving a kind of customer', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      eligibility: { customerKinds: ['maintenance-contract', 'service-subscription'] },
    });
    const d = checkEligibility({ customer: { kind: 'sales-partner' }, date: '2030-02-01' }, { policy });
    expect(d.outcome).toBe('not-eligible');
    expect(codes(d)).toEqual(['CUSTOMER_NOT_SERVED']);
    expect(d.policyVersion).toBe('2030-01-01');
  });

  it('reports every failing condition at once', () => {
    const d = checkEligibility({
      customer: { kind: 'maintenance-contract', contractEnd: '2026-12-31' },
      product: 'excel',
      date: '2027-01-04',
    });
    expect(codes(d)).toEqual(['CONTRACT_ENDED', 'PRODUCT_NOT_COVERED']);
    expect(d.clauses).toEqual(['intro.eligibility', '1.1.products']);
  });
});

describe('intro.contents: what an eligible customer receives', () => {
  it('lists the services of policy.contents', () => {
    const d = checkEligibility({ customer: { kind: 'maintenance-contract' }, date: '2027-01-04' });
    expect(d.outcome === 'eligible' && d.value.services).toEqual(['support', 'upgrade', 'other']);
    expect(d.clauses).toContain('intro.contents');
    expect(d.reasons.find((r) => r.code === 'SERVICES_INCLUDED')!.message.ja).toContain('サポート・サービス');
  });
});

describe('1.1.products: covered products and services', () => {
  it.each(['kaito', 'sekai-cart'])('covers %s', (product) => {
    const d = checkEligibility({ customer: { kind: 'service-subscription' }, product, date: '2027-01-04' });
    expect(d.outcome).toBe('eligible');
    expect(codes(d)).toContain('PRODUCT_COVERED');
  });

  it('refuses a product outside the table and lists the covered ones', () => {
    const d = checkEligibility({
      customer: { kind: 'service-subscription' },
      product: 'other-app',
      date: '2027-01-04',
    });
    expect(d.outcome).toBe('not-eligible');
    expect(codes(d)).toEqual(['PRODUCT_NOT_COVERED']);
    expect(d.reasons[0]!.message.ja).toContain('KAITOシリーズ、セカイカート');
    expect(d.reasons[0]!.message.en).toContain('KAITO series, Sekai Cart');
    expectWellFormed(d);
  });
});

describe('intro.eligibility: bad input', () => {
  it.each<[string, unknown]>([
    ['not an object', 'maintenance'],
    ['null', null],
    ['an unknown kind', { customer: { kind: 'friend' }, date: '2027-01-04' }],
    ['a missing customer', { date: '2027-01-04' }],
    [
      'an impossible contract date',
      { customer: { kind: 'maintenance-contract', contractEnd: '2027-02-30' }, date: '2027-01-04' },
    ],
    [
      'an end before the start',
      {
        customer: { kind: 'maintenance-contract', contractStart: '2027-04-01', contractEnd: '2027-03-31' },
        date: '2027-01-04',
      },
    ],
    ['an unknown field', { customer: { kind: 'sales-partner' }, date: '2027-01-04', vip: true }],
    ['an empty product', { customer: { kind: 'sales-partner' }, product: '', date: '2027-01-04' }],
  ])('throws INVALID_INPUT for %s', (_, input) => {
    const error = thrown(() => checkEligibility(input as EligibilityInput));
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('names the field in the error', () => {
    const error = thrown(() =>
      checkEligibility({
        customer: { kind: 'maintenance-contract', contractStart: '2027-04-01', contractEnd: '2027-03-31' },
        date: '2027-01-04',
      }),
    );
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['customer.contractEnd']);
  });

  it.each<[string, unknown]>([
    ['a missing date', undefined],
    ['an impossible date', '2027-02-29'],
    ['text', 'tomorrow'],
    ['an Invalid Date', new Date('nope')],
  ])('throws INVALID_DATE for %s', (_, date) => {
    expect(thrown(() => checkEligibility({ customer: { kind: 'sales-partner' }, date } as EligibilityInput)).code).toBe(
      'INVALID_DATE',
    );
  });

  it('every reason reads as a support desk would send it', () => {
    const all = [
      checkEligibility({
        customer: { kind: 'maintenance-contract', contractStart: '2026-04-01', contractEnd: '2027-03-31' },
        product: 'kaito',
        date: '2027-01-04',
      }),
      checkEligibility({ customer: { kind: 'service-subscription', contractStart: '2027-04-01' }, date: '2027-01-04' }),
      checkEligibility({ customer: { kind: 'sales-partner', contractEnd: '2026-12-31' }, date: '2027-01-04' }),
      checkEligibility({ customer: { kind: 'none' }, product: 'excel', date: '2027-01-04' }),
    ];
    expect(new Set(all.flatMap(codes))).toEqual(
      new Set([
        'CUSTOMER_SERVED',
        'CONTRACT_CURRENT',
        'PRODUCT_COVERED',
        'SERVICES_INCLUDED',
        'CONTRACT_NOT_STARTED',
        'CONTRACT_ENDED',
        'CUSTOMER_NOT_SERVED',
        'PRODUCT_NOT_COVERED',
      ]),
    );
    expectCustomerWords(all.flatMap((d) => d.reasons.map((r) => r.message)));
    // 2027-04-01 is a Thursday, 2027-01-04 a Monday.
    expect(all[1]!.reasons.find((r) => r.code === 'CONTRACT_NOT_STARTED')!.message.ja).toBe(
      'ご契約の開始日は2027年4月1日(木)のため、2027年1月4日(月)はご契約期間前です。',
    );
  });

  it('throws INVALID_POLICY for a policy that is not one', () => {
    expect(
      thrown(() =>
        checkEligibility({ customer: { kind: 'sales-partner' }, date: '2027-01-04' }, { policy: {} as never }),
      ).code,
    ).toBe('INVALID_POLICY');
  });
});
