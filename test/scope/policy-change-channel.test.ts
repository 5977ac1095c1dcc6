import { describe, expect, it } from 'vitest';
import { definePolicy, policy20241007, policyChangeChannel } from '../../src/index.js';
import { codeOf, codes, expectCustomerWords, expectWellFormed } from '../releases/helpers.js';

describe('4.2.policy-change: how a policy change is announced', () => {
  it('important changes by e-mail', () => {
    const d = policyChangeChannel({ important: true });
    expect(d.outcome).toBe('email');
    expect(d.value).toBeNull();
    expect(codes(d)).toEqual(['POLICY_MAY_CHANGE', 'IMPORTANT_CHANGE', 'CHECK_WEBSITE_REGULARLY']);
    expect(d.reasons[1]!.message.ja).toContain('メールにて通知');
    expectWellFormed(d);
  });

  it('other changes on the website, which customers check regularly', () => {
    const d = policyChangeChannel({ important: false });
    expect(d.outcome).toBe('website');
    expect(codes(d)).toEqual(['POLICY_MAY_CHANGE', 'OTHER_CHANGE', 'CHECK_WEBSITE_REGULARLY']);
    expect(d.reasons.find((r) => r.code === 'CHECK_WEBSITE_REGULARLY')?.message.ja).toContain('定期的にご確認ください');
    expect(d.clauses).toEqual(['4.2.policy-change']);
  });

  it('follows policy.policyChange', () => {
    const allByMail = definePolicy(policy20241007, {
      version: '2026-01-01',
      policyChange: { otherChangeChannel: 'email' },
    });
    expect(policyChangeChannel({ important: false }, { policy: allByMail }).outcome).toBe('email');
    expect(policyChangeChannel({ important: false }, { policy: allByMail }).policyVersion).toBe('2026-01-01');
  });

  it('words a customer can read, the channel from the policy in force', () => {
    expect(policyChangeChannel({ important: true }).reasons[1]!.message).toEqual({
      ja: '重要な変更がある場合は、メールにて通知いたします。',
      en: 'For an important change, we notify you by e-mail.',
    });
    expect(policyChangeChannel({ important: false }).reasons[1]!.message).toEqual({
      ja: '重要な変更以外の変更は、カスタマーサービス・ウェブサイトにてお知らせいたします。',
      en: 'For other changes, we announce them on the customer-service website.',
    });
    // A policy that mails every change says so for the other changes too.
    const allByMail = definePolicy(policy20241007, {
      version: '2026-01-01',
      policyChange: { otherChangeChannel: 'email' },
    });
    expect(policyChangeChannel({ important: false }, { policy: allByMail }).reasons[1]!.message.ja).toBe(
      '重要な変更以外の変更は、メールにて通知いたします。',
    );
    for (const important of [true, false]) expectCustomerWords(policyChangeChannel({ important }));
  });

  it.each([[{}], [{ important: 'yes' }], [{ important: true, extra: 1 }], [null], [true]])(
    'bad input %j → INVALID_INPUT',
    (input) => {
      expect(codeOf(() => policyChangeChannel(input as never))).toBe('INVALID_INPUT');
    },
  );
});
