import { tryToChange } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { definePolicy, policy20241007, releaseSupportStatus } from '../../src/index.js';
import { codeOf, codes, errorOf, expectCustomerWords, expectWellFormed } from './helpers.js';

// Successor GA 2026-04-01 → last supported day 2026-09-28 (29 + 31 + 30 + 31 + 31 = 152 → Aug 31,
// + 28 → Sep 28; `date -d '2026-04-01 +180 days'` → 2026-09-28).
const GA = '2026-04-01';

describe('3.3.eos: support status of a release on a day', () => {
  it('is supported while no successor has reached GA', () => {
    for (const successorGa of [undefined, null]) {
      const d = releaseSupportStatus({ release: '2.4', successorGa, on: '2026-09-01' });
      expect(d.outcome).toBe('supported');
      expect(d.value).toEqual({
        release: '2.4',
        on: '2026-09-01',
        successorGa: null,
        lastSupportedDate: null,
        supportEndsAt: null,
      });
      expect(codes(d)).toEqual(['NO_SUCCESSOR_GA']);
      expectWellFormed(d);
    }
  });

  it('is supported the day before a scheduled successor GA, and already knows the end', () => {
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-03-31' });
    expect(d.outcome).toBe('supported');
    expect(d.value).toEqual({
      release: '2.4',
      on: '2026-03-31',
      successorGa: GA,
      lastSupportedDate: '2026-09-28',
      supportEndsAt: '2026-09-29T00:00:00+09:00',
    });
    expect(codes(d)).toEqual(['SUCCESSOR_GA_SCHEDULED', 'MIGRATE_BEFORE_END_OF_SUPPORT']);
  });

  it('is support-ending from the GA day on, with the days left', () => {
    // On the GA day itself: 2026-09-28 − 2026-04-01 = 180 days left.
    const first = releaseSupportStatus({ release: '2.4', successorGa: GA, on: GA });
    expect(first.outcome).toBe('support-ending');
    if (first.outcome === 'support-ending') expect(first.value.daysLeft).toBe(180);
    // 2026-09-01 → 2026-09-28: 27 days left.
    const sept = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-09-01' });
    expect(sept.outcome).toBe('support-ending');
    expect(sept.value).toMatchObject({ lastSupportedDate: '2026-09-28', daysLeft: 27 });
    expectWellFormed(sept);
  });

  it('is still support-ending on the last supported day (support ends at 24:00 JST of it)', () => {
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-09-28' });
    expect(d.outcome).toBe('support-ending');
    expect(d.value).toMatchObject({ daysLeft: 0, supportEndsAt: '2026-09-29T00:00:00+09:00' });
    // 23:59 JST on 09-28 is 14:59Z: still the last day in Tokyo, whatever the process time zone.
    expect(
      releaseSupportStatus({ release: '2.4', successorGa: GA, on: new Date('2026-09-28T14:59:59Z') }).outcome,
    ).toBe('support-ending');
  });

  it('3.3.migrate and 3.recommend-latest: a release whose successor has GA-ed is not the latest', () => {
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-09-01' });
    expect(codes(d)).toEqual(['SUPPORT_ENDING', 'MIGRATE_BEFORE_END_OF_SUPPORT', 'USE_LATEST_VERSION']);
    expect(d.clauses).toEqual(['3.3.eos', '3.3.migrate', '3.recommend-latest']);
    expect(d.reasons.find((r) => r.clause === '3.recommend-latest')?.message.ja).toContain(
      '常に最新のバージョンをご利用ください',
    );
    // On the latest release (no successor), no such reason.
    expect(releaseSupportStatus({ release: '3.0', on: '2026-09-01' }).clauses).not.toContain('3.recommend-latest');
  });
});

describe('3.3.after-eos: after the end of support, information on similar past problems only', () => {
  it('has ended the day after the last supported day', () => {
    // 24:00 JST on 2026-09-28 = 2026-09-28T15:00Z: from that instant it is 09-29 in Tokyo.
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: new Date('2026-09-28T15:00:00Z') });
    expect(d.outcome).toBe('ended');
    if (d.outcome !== 'ended') return;
    expect(d.value).toEqual({
      release: '2.4',
      on: '2026-09-29',
      successorGa: GA,
      lastSupportedDate: '2026-09-28',
      supportEndsAt: '2026-09-29T00:00:00+09:00',
      daysSinceEnd: 1,
      afterEndOfSupport: {
        informationOnSimilarPastProblems: true,
        resolutionGuaranteed: false,
        newProblemResponse: false,
        fixes: false,
      },
    });
    expect(codes(d)).toEqual([
      'SUPPORT_ENDED',
      'NO_NEW_PROBLEM_RESPONSE_OR_FIXES',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'USE_LATEST_VERSION',
    ]);
    expect(d.reasons.find((r) => r.code === 'NO_NEW_PROBLEM_RESPONSE_OR_FIXES')?.message.ja).toContain(
      '2026年9月29日(火)以降',
    );
    expect(d.reasons.find((r) => r.code === 'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY')?.message.en).toContain(
      'does not promise that the problem or defect will be resolved',
    );
    expectWellFormed(d);
  });

  it('a caller changing one answer changes no later answer (fresh values per call)', () => {
    const first = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-12-28' });
    if (first.outcome !== 'ended') throw new Error('expected ended');
    tryToChange(() => {
      (first.value.afterEndOfSupport as { fixes: boolean }).fixes = true;
    });
    tryToChange(() => {
      (first.reasons[0]!.message as { ja: string }).ja = 'changed';
    });
    const again = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-12-28' });
    expect(again.outcome === 'ended' && again.value.afterEndOfSupport.fixes).toBe(false);
    expect(again.reasons[0]!.message.ja).not.toBe('changed');
  });

  it('counts the days since the end', () => {
    // 2026-12-28 − 2026-09-28: 2 (to Sep 30) + 31 + 30 + 28 = 91.
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-12-28' });
    expect(d.outcome === 'ended' && d.value.daysSinceEnd).toBe(91);
  });
});

describe('3.3.eos: releaseSupportStatus input', () => {
  it.each([
    [{ release: '', on: '2026-09-01' }, 'release'],
    [{ release: '2.4' }, 'on'],
    [{ release: 2.4, on: '2026-09-01' }, 'release'],
  ])('%j → INVALID_INPUT naming %s', (input, field) => {
    const error = errorOf(() => releaseSupportStatus(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => i.path[0])).toContain(field);
  });

  it('refuses unknown fields and non-objects', () => {
    expect(codeOf(() => releaseSupportStatus({ release: '2.4', on: '2026-09-01', latest: true } as never))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => releaseSupportStatus(null as never))).toBe('INVALID_INPUT');
  });
});

describe('3.3.eos: releaseSupportStatus reads each date field by name', () => {
  // A bad date inside an object fails as INVALID_DATE, as it does as a plain argument, and names the field.
  it.each([
    [{ release: '2.4', on: '2026-02-30' }, 'on'],
    [{ release: '2.4', successorGa: 'soon', on: '2026-09-01' }, 'successorGa'],
  ])('%j → INVALID_DATE naming %s', (input, field) => {
    const error = errorOf(() => releaseSupportStatus(input as never));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(field);
  });
});

describe('3.3.eos: releaseSupportStatus words a customer can read', () => {
  it('support-ending: the GA, the last day and the days left, as people write dates', () => {
    // GA 2026-04-01 is a Wednesday; the last day 2026-09-28 a Monday; 2026-09-01 a Tuesday, 27 days before.
    const [ending] = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-09-01' }).reasons;
    expect(ending?.message).toEqual({
      ja: '後継リリースが2026年4月1日(水)に正式出荷開始(GA)となったため、リリース2.4のサポート・サービスは180日後の2026年9月28日(月)の終わり(24:00)をもって終了します。2026年9月1日(火)時点で、終了まで残り27日です。',
      en: 'The successor reached general availability (GA) on Wed 1 Apr 2026, so support of release 2.4 ends at the end of Mon 28 Sep 2026 (24:00 JST), 180 days later. On Tue 1 Sep 2026, 27 days remain.',
    });
    // How the days are counted (Civil Code, interpretation 4) is a staff note.
    expect(ending?.note?.ja).toContain('民法第140条');
  });

  it('on the last day it says so instead of "0 days left"', () => {
    const [ending] = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-09-28' }).reasons;
    expect(ending?.message.ja).toContain('2026年9月28日(月)はサポート・サービスの最終日です。');
    expect(ending?.message.en).toContain('Mon 28 Sep 2026 is the last day of support.');
    expect(ending?.message.ja).not.toContain('残り0日');
  });

  it('ended: no new problems handled from the day after the last day', () => {
    // The day after Mon 2026-09-28 is Tue 2026-09-29.
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-12-28' });
    expect(d.reasons.find((r) => r.code === 'NO_NEW_PROBLEM_RESPONSE_OR_FIXES')?.message).toEqual({
      ja: '2026年9月29日(火)以降、リリース2.4で発生した新たな問題への対応と修正プログラムの提供はいたしません。',
      en: 'From Tue 29 Sep 2026, we no longer handle new problems that occur on release 2.4 and provide no fixes for it.',
    });
  });

  it('every reason of every outcome reads as a customer message', () => {
    for (const on of ['2026-03-01', GA, '2026-09-01', '2026-09-28', '2026-09-29', '2027-01-04']) {
      expectCustomerWords(releaseSupportStatus({ release: '2.4', successorGa: GA, on }));
    }
    expectCustomerWords(releaseSupportStatus({ release: '2.4', on: GA }));
  });

  it('the number of days comes from the policy in force (365 days: never says 180)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    // GA 2026-04-01 + 365 days = 2027-04-01 (no 29 February in between), a Thursday.
    const d = releaseSupportStatus({ release: '2.4', successorGa: GA, on: '2026-03-01' }, { policy });
    expect(d.value.lastSupportedDate).toBe('2027-04-01');
    const text = d.reasons.map((r) => `${r.message.ja}${r.message.en}`).join('');
    expect(text).toContain('365日後の2027年4月1日(木)');
    expect(text).toContain('365 days later');
    expect(text).not.toContain('180');
  });
});
