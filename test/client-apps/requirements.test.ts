import { describe, expect, it } from 'vitest';
import { clientAppRequirements, CsPolicyError, definePolicy, policy20241007 } from '../../src/index.js';

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

  it('6.distribution: reads the stores and lead time from the policy (definePolicy)', () => {
    const policy = definePolicy(policy20241007, {
      version: '2027-04-01',
      clientApps: { stores: ['App Store', 'Google Play', 'Microsoft Store'], leadTimeBusinessDays: 5 },
    });
    const d = clientAppRequirements({ policy });
    expect(d.value.stores).toEqual(['App Store', 'Google Play', 'Microsoft Store']);
    expect(d.value.leadTimeBusinessDays).toBe(5);
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
