import { describe, expect, it } from 'vitest';
import {
  decideCall,
  decisionRecord,
  jsonDigest,
  policyDigest,
  policy20241007,
  redactPersonalData,
} from '../../src/index.js';
import { SAMPLE_CALLS } from '../calls/sample-calls.js';

describe('decisionRecord', () => {
  it('ties a decision to its policy content and its input', () => {
    const call = { rule: 'releaseEndOfSupport', args: ['2026-04-01'], id: 7 };
    const now = new Date('2027-01-04T01:00:00Z');
    const record = decisionRecord(decideCall(call), call, { now });
    expect(record).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      decidedAt: '2027-01-04T10:00:00+09:00', // 01:00Z is 10:00 in Tokyo
      rule: 'releaseEndOfSupport',
      outcome: 'ends',
      policyVersion: '2024-10-07',
      policyDigest: policyDigest(policy20241007),
      // The call without its id; `options: {}` counts as absent.
      inputDigest: jsonDigest({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }),
      callId: 7,
      value: decideCall(call).value,
    });
    const again = decisionRecord(decideCall(call), { ...call, options: {}, id: 8 });
    expect(again.inputDigest).toBe(record.inputDigest); // a replay gives the same digest
    expect(again.id).not.toBe(record.id);
  });

  it('never holds the personal data of a case form, only digests', () => {
    const call = SAMPLE_CALLS.validateCaseIntake;
    const record = decisionRecord(decideCall(call), call);
    const text = JSON.stringify(record);
    for (const personal of ['株式会社サンプル', '山田 太郎', 'taro.yamada@example.co.jp', '03-1234-5678'])
      expect(text).not.toContain(personal);
    const draft = (record.value as { drafts: Record<string, unknown>[] }).drafts[0];
    expect(draft?.email).toEqual({ sha256: jsonDigest('taro.yamada@example.co.jp') });
    expect(draft?.subject).toBe('KAITO でログインできない'); // not personal data
  });

  it('never holds a sender’s address or the registered contacts', () => {
    const call = SAMPLE_CALLS.checkInquirySender;
    const text = JSON.stringify(decisionRecord(decideCall(call), call));
    expect(text.toLowerCase()).not.toContain('taro@example.co.jp');
  });

  it('redactPersonalData also replaces a personal string quoted in a message', () => {
    const out = redactPersonalData(
      { note: 'mail to taro@example.co.jp sent', phone: null },
      new Set(['taro@example.co.jp']),
    );
    expect(out).toEqual({ note: `mail to [sha256:${jsonDigest('taro@example.co.jp')}] sent`, phone: null });
  });
});
