import { describe, expect, it } from 'vitest';
import { clientAppRequirements, CsPolicyError, definePolicy, policy20241007 } from '../../src/index.js';
import { expectCustomerWords } from '../words/customer-words.js';

describe('6.distribution / 6.build-materials: what a customer-specific app involves', () => {
  it('lists the stores, the build materials, the lead time and the fee', () => {
    const d = clientAppRequirements();
    expect(d.outcome).toBe('customer-specific-app-available');
    expect(d.value).toEqual({
      stores: ['App Store', 'Google Play'],
      customerSpecificApp: true,
      buildMaterials: [
        {
          id: 'ios-build-certificate',
          name: { ja: 'iOSアプリケーションビルド用証明書', en: 'iOS app build certificate' },
          platform: 'ios',
          required: 'on-request',
        },
      ],
      leadTimeBusinessDays: 10,
      paid: true,
    });
    expect(d.reasons.map((r) => r.code)).toEqual(['DISTRIBUTION', 'BUILD_MATERIALS', 'LEAD_TIME', 'PAID_SERVICE']);
    expect(d.clauses).toEqual(['6.distribution', '6.build-materials', '6.lead-time', '6.fee']);
    expect(d.reasons[0]!.message.ja).toContain('「App Store」「Google Play」');
  });

  it('words a customer can read, as the policy says them', () => {
    const [distribution, materials, lead, fee] = clientAppRequirements().reasons;
    expect(distribution?.message.ja).toBe(
      'クライアントアプリケーションは「App Store」「Google Play」などで配信しておりますが、お客様固有のアプリケーションとして提供することも可能です。',
    );
    expect(materials?.message).toEqual({
      ja: 'アプリケーションを作成する際、ビルド資材(例:iOSアプリケーションビルド用証明書など)のご提供をお願いする場合があります。',
      en: 'To build the application, we may ask you to supply build materials (for example: iOS app build certificate).',
    });
    expect(lead?.message.ja).toBe(
      'ビルド資材を受領してから10営業日で提供いたします。カスタマイズが発生する場合は、別途ご相談とさせていただきます。',
    );
    expect(fee?.message.ja).toBe('個別クライアントアプリケーションの提供は有償です。');
    expectCustomerWords(clientAppRequirements().reasons);
  });

  it('6.distribution: reads the stores and lead time from the policy (definePolicy)', () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-04-01',
      clientApps: { stores: ['App Store', 'Google Play', 'Microsoft Store'], leadTimeBusinessDays: 5 },
    });
    const d = clientAppRequirements({ policy });
    expect(d.value.stores).toEqual(['App Store', 'Google Play', 'Microsoft Store']);
    expect(d.value.leadTimeBusinessDays).toBe(5);
    // The words follow the policy: three stores, 5営業日.
    expect(d.reasons[0]!.message.ja).toContain('「App Store」「Google Play」「Microsoft Store」などで');
    expect(d.reasons[2]!.message.ja).toContain('受領してから5営業日で');
    expect(d.reasons[2]!.message.en).toContain('Delivery takes 5 business days');
    expect(d.policyVersion).toBe('2027-04-01');
  });

  it('6.build-materials: returns fresh data a caller may not corrupt for the next one', () => {
    const first = clientAppRequirements();
    // Decisions are deeply frozen (issue 9): the push fails, and cannot reach the next answer either way.
    expect(() => (first.value.stores as string[]).push('x')).toThrow(TypeError);
    expect(clientAppRequirements().value.stores).toEqual(['App Store', 'Google Play']);
    expect(Object.isFrozen(first.value.buildMaterials[0])).toBe(true);
  });

  it('6.fee: rejects a policy that is not one with INVALID_POLICY', () => {
    expect(() => clientAppRequirements({ policy: 42 as never })).toThrow(CsPolicyError);
    expect(() => clientAppRequirements({ policy: 42 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
  });
});
