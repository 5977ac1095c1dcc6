import { describe, expect, it } from 'vitest';
import { classifyVersionUp } from '../../src/index.js';
import { codeOf, codes, errorOf, expectCustomerWords, expectWellFormed } from './helpers.js';

describe('3.1.kinds: kinds of version-up', () => {
  it.each([
    // The major number goes up: アーキテクチャ等大幅な変更.
    ['2.3.1', '3.0.0', 'major'],
    ['1.9.9', '2.0.0', 'major'],
    ['2.3.1', '4.1.7', 'major'],
    // The minor number goes up, same major: 機能強化など軽微な変更.
    ['2.3.1', '2.4.0', 'minor'],
    ['2.3.1', '2.10.0', 'minor'], // numeric, not text: 10 > 3
    // Only the patch number goes up: 不具合修正など一般機能に変更が発生しない修正.
    ['2.4.0', '2.4.1', 'fix'],
    ['2.4.9', '2.4.10', 'fix'],
  ] as const)('%s → %s is %s', (from, to, kind) => {
    const d = classifyVersionUp(from, to);
    expect(d.outcome).toBe(kind);
    expect(d.rule).toBe('classifyVersionUp');
    expect(d.clauses).toEqual(['3.1.kinds']);
    expectWellFormed(d);
  });

  it('quotes the definition of each kind in Japanese and English', () => {
    expect(classifyVersionUp('1.0.0', '2.0.0').reasons[0]!.message.ja).toContain('アーキテクチャ等大幅な変更');
    expect(classifyVersionUp('1.0.0', '1.1.0').reasons[0]!.message.ja).toContain('機能強化など軽微な変更');
    expect(classifyVersionUp('1.0.0', '1.0.1').reasons[0]!.message.ja).toContain(
      '不具合修正など一般機能に変更が発生しない修正',
    );
    expect(classifyVersionUp('1.0.0', '2.0.0').reasons[0]!.message.en).toContain('architecture');
    expect(codes(classifyVersionUp('1.0.0', '2.0.0'))).toEqual(['MAJOR_VERSION_UP']);
    expect(codes(classifyVersionUp('1.0.0', '1.1.0'))).toEqual(['MINOR_VERSION_UP']);
    expect(codes(classifyVersionUp('1.0.0', '1.0.1'))).toEqual(['FIX_VERSION_UP']);
  });

  it('reads "MAJOR.MINOR" as patch 0 and drops a leading v', () => {
    expect(classifyVersionUp('v2.3', '2.3.0').outcome).toBe('not-an-upgrade');
    expect(classifyVersionUp('v2.3', 'V2.4').value).toEqual({ from: '2.3.0', to: '2.4.0' });
    expect(classifyVersionUp('2.3', '2.3.1').outcome).toBe('fix');
  });

  it('is not an upgrade when the target is the same or older', () => {
    const same = classifyVersionUp('2.4.1', 'v2.4.1');
    expect(same.outcome).toBe('not-an-upgrade');
    expect(codes(same)).toEqual(['SAME_VERSION']);
    const older = classifyVersionUp('3.0.0', '2.9.9');
    expect(older.outcome).toBe('not-an-upgrade');
    expect(codes(older)).toEqual(['DOWNGRADE']);
    expectWellFormed(older);
  });

  it.each([['2'], ['2.x'], ['2.3.4.5'], ['01.2.3'], ['2.3.4-beta.1'], [''], [' 2.3'], ['v'], [null], [3], [undefined]])(
    'bad version %j → INVALID_INPUT',
    (bad) => {
      expect(codeOf(() => classifyVersionUp(bad as never, '1.0.0'))).toBe('INVALID_INPUT');
      expect(codeOf(() => classifyVersionUp('1.0.0', bad as never))).toBe('INVALID_INPUT');
    },
  );

  it('words a customer can read: the kind in the policy’s words, how it is read in a staff note', () => {
    const [major] = classifyVersionUp('v2.3.1', '3.0').reasons;
    // Versions are written out in full (3.0 → 3.0.0) and joined to Japanese without spaces.
    expect(major?.message).toEqual({
      ja: 'バージョン2.3.1から3.0.0への更新は、メジャー・バージョンアップ(アーキテクチャ等大幅な変更)にあたります。',
      en: 'The update from version 2.3.1 to 3.0.0 is a major version-up (a large change, such as to the architecture).',
    });
    // The policy does not map version numbers to kinds: that reading (SemVer) is for staff.
    expect(major?.message.ja).not.toContain('SemVer');
    expect(major?.note?.ja).toContain('メジャー番号');
    expect(major?.note?.en).toContain('SemVer');
    expect(classifyVersionUp('3.0.0', '2.9.9').reasons[0]?.message).toEqual({
      ja: 'バージョン2.9.9は現在お使いのバージョン3.0.0より前のバージョンのため、バージョンアップにはあたりません。',
      en: 'Version 2.9.9 is earlier than the version in use, 3.0.0, so it is not a version-up.',
    });
  });

  it('every reason reads as a customer message (no ISO dates, clause ids or interpretation remarks)', () => {
    for (const [from, to] of [
      ['1.0.0', '2.0.0'],
      ['1.0.0', '1.1.0'],
      ['1.0.0', '1.0.1'],
      ['1.0.0', '1.0.0'],
      ['1.0.1', '1.0.0'],
    ] as const) {
      expectCustomerWords(classifyVersionUp(from, to));
    }
  });

  it('names the bad argument in the error', () => {
    const error = errorOf(() => classifyVersionUp('1.0', '2.x'));
    expect(error.message).toContain('to "2.x"');
    expect(error.issues[0]?.path).toEqual(['to']);
  });
});
