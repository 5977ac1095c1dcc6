import { describe, expect, it } from 'vitest';
import { checkInquirySender, definePolicy, policy20241007, type InquirySenderInput } from '../../src/index.js';
import { codes, expectWellFormed, thrown } from './helpers.js';

describe('1.2.representative: one representative per company (interpretation 8)', () => {
  it('accepts the registered representative, comparing e-mails case-insensitively', () => {
    const d = checkInquirySender({
      sender: { email: 'Taro.Yamada@Example.co.jp' },
      company: { name: 'Sample KK', registeredContacts: ['taro.yamada@example.CO.JP'] },
    });
    expect(d.outcome).toBe('allowed');
    expect(d.value).toEqual({ registered: true, allowance: 1, registeredCount: 1, remaining: 0 });
    expect(codes(d)).toEqual(['REGISTERED_REPRESENTATIVE']);
    expect(d.reasons[0]!.message.ja).toContain('Sample KK 様');
    expectWellFormed(d);
  });

  it('refuses a second person when the one place is taken', () => {
    const d = checkInquirySender({
      sender: { email: 'hanako@example.co.jp', kind: 'representative' },
      company: { registeredContacts: ['taro@example.co.jp'] },
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['NOT_REGISTERED_COMPANY_FULL']);
    expect(d.value.remaining).toBe(0);
    expectWellFormed(d);
  });

  it('a company with no representative yet may register the sender', () => {
    const d = checkInquirySender({ sender: { email: 'hanako@example.co.jp' }, company: { registeredContacts: [] } });
    expect(d.outcome).toBe('may-register');
    expect(d.value).toEqual({ registered: false, allowance: 1, registeredCount: 0, remaining: 1 });
    expect(codes(d)).toEqual(['NOT_REGISTERED_ROOM_LEFT']);
    expectWellFormed(d);
  });

  it('a contract may grant more representatives', () => {
    const company = { registeredContacts: ['a@example.co.jp', 'b@example.co.jp'], allowance: 3 };
    expect(checkInquirySender({ sender: { email: 'b@example.co.jp' }, company }).outcome).toBe('allowed');
    const d = checkInquirySender({ sender: { email: 'c@example.co.jp' }, company });
    expect(d.outcome).toBe('may-register');
    expect(d.value.remaining).toBe(1);
    const full = checkInquirySender({
      sender: { email: 'd@example.co.jp' },
      company: { ...company, registeredContacts: [...company.registeredContacts, 'c@example.co.jp'] },
    });
    expect(full.outcome).toBe('refused');
  });

  it('refuses an individual end user, even at an address the company registered', () => {
    const d = checkInquirySender({
      sender: { email: 'taro@example.co.jp', kind: 'individual-end-user' },
      company: { registeredContacts: ['taro@example.co.jp'] },
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toEqual(['INDIVIDUAL_END_USER']);
    expect(d.reasons[0]!.message.ja).toContain('利用者個人の方からの直接のお問い合わせはお受けしておりません');
    expectWellFormed(d);
  });

  it('flags registered contacts beyond the allowance, whatever the outcome', () => {
    const company = { name: 'Sample KK', registeredContacts: ['a@example.co.jp', 'b@example.co.jp'] };
    const allowed = checkInquirySender({ sender: { email: 'a@example.co.jp' }, company });
    expect(allowed.outcome).toBe('allowed');
    expect(codes(allowed)).toEqual(['REGISTERED_REPRESENTATIVE', 'OVER_ALLOWANCE']);
    expect(allowed.reasons[1]!.message.en).toBe(
      'Sample KK has 2 registered representatives, more than its allowance of 1.',
    );
    expect(codes(checkInquirySender({ sender: { email: 'x@example.co.jp' }, company }))).toEqual([
      'NOT_REGISTERED_COMPANY_FULL',
      'OVER_ALLOWANCE',
    ]);
  });

  it('counts the same address written twice once', () => {
    const d = checkInquirySender({
      sender: { email: 'x@example.co.jp' },
      company: { registeredContacts: ['a@example.co.jp', 'A@EXAMPLE.co.jp'], allowance: 2 },
    });
    expect(d.value.registeredCount).toBe(1);
    expect(d.outcome).toBe('may-register');
    expect(codes(d)).not.toContain('OVER_ALLOWANCE');
  });

  it('honours a policy that accepts individual end users and a larger default', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      representatives: { perCompany: 2, acceptIndividualEndUsers: true },
    });
    const d = checkInquirySender(
      {
        sender: { email: 'u@example.co.jp', kind: 'individual-end-user' },
        company: { registeredContacts: ['a@example.co.jp'] },
      },
      { policy },
    );
    expect(d.outcome).toBe('may-register');
    expect(d.value.allowance).toBe(2);
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
