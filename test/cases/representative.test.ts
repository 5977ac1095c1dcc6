import { describe, expect, it } from 'vitest';
import { checkInquirySender, definePolicy, policy20241007, type InquirySenderInput } from '../../src/index.js';
import { codes, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';

describe('1.2.representative: one representative per company (interpretation 8)', () => {
  it('accepts the registered representative, comparing e-mails case-insensitively', () => {
    const d = checkInquirySender({
      sender: { email: 'Taro.Yamada@Example.co.jp' },
      company: { name: 'Sample KK', registeredContacts: ['taro.yamada@example.CO.JP'] },
    });
    expect(d.outcome).toBe('allowed');
    expect(d.value).toEqual({ registered: true, allowance: 1, registeredCount: 1, remaining: 0 });
    expect(codes(d)).toEqual(['REGISTERED_REPRESENTATIVE']);
    // 様 straight after the company name, no space.
    expect(d.reasons[0]!.message).toEqual({
      ja: 'Taro.Yamada@Example.co.jpは、Sample KK様の代表者様としてご登録いただいています。',
      en: 'Taro.Yamada@Example.co.jp is registered as a representative of Sample KK.',
    });
    expectWellFormed(d);
  });

  it('refuses a second person when the one place is taken', () => {
    const d = checkInquirySender({
      sender: { email: 'hanako@example.co.jp', kind: 'representative' },
      company: { registeredContacts: ['taro@example.co.jp'] },
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['NOT_REGISTERED_REPRESENTATIVE']);
    expect(d.value.remaining).toBe(0);
    expectWellFormed(d);
  });

  it('refuses a non-registered sender even when the company has a free place: no invented registration', () => {
    // Before issue 8 this was 'may-register' with 「登録の上でお問い合わせください」; the policy has no
    // registration procedure, so the sender is refused, with the reason (interpretation 8).
    const d = checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: [] } });
    expect(d.outcome).toBe('refused');
    expect(d.value).toEqual({ registered: false, allowance: 1, registeredCount: 0, remaining: 1 });
    expect(codes(d)).toEqual(['NOT_REGISTERED_REPRESENTATIVE']);
    // The principle is the policy's (1企業1名様); the words name no registration step.
    expect(d.reasons[0]!.message).toEqual({
      ja: 'お問い合わせは、お客様企業の代表者様からお受けしております(1企業1名様が原則です)。hanako@example.co.jpはお客様企業の代表者様としてのご登録がないため、このお問い合わせはお受けできません。ご登録の代表者様からご連絡ください。',
      en: "Inquiries are accepted from the customer company's representative (in principle one person per company). hanako@example.co.jp is not registered as a representative of your company, so this inquiry cannot be accepted; please have your registered representative contact us.",
    });
    expect(d.reasons[0]!.message.ja).not.toContain('登録の上');
    expect(d.reasons[0]!.note?.en).toContain('no procedure for registering');
    expectWellFormed(d);
  });

  it("states a contract's larger allowance as the contract's, after the principle", () => {
    const company = {
      name: 'サンプル株式会社',
      registeredContacts: ['a@example.co.jp', 'b@example.co.jp'],
      allowance: 3,
    };
    expect(checkInquirySender({ sender: { email: 'b@example.co.jp' }, company }).outcome).toBe('allowed');
    const d = checkInquirySender({ sender: { email: 'c@example.co.jp' }, company });
    expect(d.outcome).toBe('refused');
    expect(d.value.remaining).toBe(1);
    const [why] = d.reasons;
    expect(why!.message.ja).toContain(
      '(1企業1名様が原則です。サンプル株式会社様は、ご契約により3名様までご登録いただけます)',
    );
    expect(why!.message.en).toContain(
      "(in principle one person per company; サンプル株式会社's contract allows 3 people)",
    );
  });

  it('refuses an individual end user, even at an address the company registered', () => {
    const d = checkInquirySender({
      sender: { email: 'taro@example.co.jp', kind: 'individual-end-user' },
      company: { registeredContacts: ['taro@example.co.jp'] },
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['INDIVIDUAL_END_USER']);
    expect(d.reasons[0]!.message.ja).toBe(
      '製品の利用者個人の方からの直接のお問い合わせは、お受けしておりません。お客様企業の代表者様からご連絡ください。',
    );
    expectWellFormed(d);
  });

  it('flags registered contacts beyond the allowance, whatever the outcome', () => {
    const company = { name: 'Sample KK', registeredContacts: ['a@example.co.jp', 'b@example.co.jp'] };
    const allowed = checkInquirySender({ sender: { email: 'a@example.co.jp' }, company });
    expect(allowed.outcome).toBe('allowed');
    expect(codes(allowed)).toEqual(['REGISTERED_REPRESENTATIVE', 'OVER_ALLOWANCE']);
    expect(allowed.reasons[1]!.message).toEqual({
      ja: 'Sample KK様には代表者様が2名様ご登録されており、原則の1企業1名様を超えています。',
      en: 'Sample KK has 2 registered representatives, more than the principle of one person per company.',
    });
    expect(codes(checkInquirySender({ sender: { email: 'x@example.co.jp' }, company }))).toEqual([
      'NOT_REGISTERED_REPRESENTATIVE',
      'OVER_ALLOWANCE',
    ]);
  });

  it('counts the same address written twice once', () => {
    const d = checkInquirySender({
      sender: { email: 'x@example.co.jp' },
      company: { registeredContacts: ['a@example.co.jp', 'A@EXAMPLE.co.jp'], allowance: 2 },
    });
    expect(d.value.registeredCount).toBe(1);
    expect(d.outcome).toBe('refused');
    expect(codes(d)).not.toContain('OVER_ALLOWANCE');
  });

  it("follows the policy's numbers: a principle of 2 per company is said as 2, not 1", () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      representatives: { perCompany: 2, acceptIndividualEndUsers: true },
    });
    const endUser = checkInquirySender(
      {
        sender: { email: 'u@example.co.jp', kind: 'individual-end-user' },
        company: { registeredContacts: ['a@example.co.jp'] },
      },
      { policy },
    );
    // This policy accepts individual end users: they write for themselves, so no registration is needed.
    expect(endUser.outcome).toBe('allowed');
    expect(codes(endUser)).toEqual(['INDIVIDUAL_END_USER_ACCEPTED']);
    expect(endUser.value.allowance).toBe(2);
    const other = checkInquirySender(
      { sender: { email: 'x@example.co.jp' }, company: { registeredContacts: ['a@example.co.jp'] } },
      { policy },
    );
    expect(other.reasons[0]!.message.ja).toContain('(1企業2名様が原則です)');
    expect(other.reasons[0]!.message.en).toContain('(in principle 2 people per company)');
    expect(other.reasons[0]!.message.ja).not.toContain('1名様');
  });

  it('every reason reads as a support desk would send it', () => {
    // A Latin company name: the English must carry no kana (the Japanese name would be echoed as given).
    const company = { name: 'Sample KK', registeredContacts: ['a@example.co.jp', 'b@example.co.jp'] };
    const all = [
      checkInquirySender({ sender: { email: 'a@example.co.jp' }, company }),
      checkInquirySender({ sender: { email: 'x@example.co.jp' }, company }),
      checkInquirySender({ sender: { email: 'x@example.co.jp' }, company: { ...company, allowance: 3 } }),
      checkInquirySender({ sender: { email: 'a@example.co.jp', kind: 'individual-end-user' }, company }),
    ];
    expect(new Set(all.flatMap(codes))).toEqual(
      new Set(['REGISTERED_REPRESENTATIVE', 'OVER_ALLOWANCE', 'NOT_REGISTERED_REPRESENTATIVE', 'INDIVIDUAL_END_USER']),
    );
    expectCustomerWords(all.flatMap((d) => d.reasons.map((r) => r.message)));
  });
});

describe('1.2.representative: bad input', () => {
  it.each<[string, unknown]>([
    ['not an object', 'taro@example.co.jp'],
    ['a bad sender e-mail', { sender: { email: 'taro' }, company: { registeredContacts: [] } }],
    [
      'a bad registered e-mail',
      { sender: { email: 'taro@example.co.jp' }, company: { registeredContacts: ['nobody'] } },
    ],
    [
      'an allowance of 0',
      { sender: { email: 'taro@example.co.jp' }, company: { registeredContacts: [], allowance: 0 } },
    ],
    [
      'a fractional allowance',
      { sender: { email: 'taro@example.co.jp' }, company: { registeredContacts: [], allowance: 1.5 } },
    ],
    [
      'an unknown sender kind',
      { sender: { email: 'taro@example.co.jp', kind: 'admin' }, company: { registeredContacts: [] } },
    ],
    ['missing registered contacts', { sender: { email: 'taro@example.co.jp' }, company: {} }],
    [
      'an unknown field',
      { sender: { email: 'taro@example.co.jp' }, company: { registeredContacts: [] }, urgent: true },
    ],
  ])('throws INVALID_INPUT for %s', (_, input) => {
    const error = thrown(() => checkInquirySender(input as InquirySenderInput));
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('names the offending field', () => {
    const error = thrown(() =>
      checkInquirySender({
        sender: { email: 'taro@example.co.jp' },
        company: { registeredContacts: ['ok@example.co.jp', 'bad'] },
      }),
    );
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['company.registeredContacts.1']);
  });
});
