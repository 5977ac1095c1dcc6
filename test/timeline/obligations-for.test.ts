import { describe, expect, it } from 'vitest';
import { CsPolicyError, definePolicy, obligationsFor, policy20241007, type Obligation } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectCustomerWords } from '../words/customer-words.js';

const dueOf = (o: Obligation) =>
  o.due.kind === 'date' ? o.due.date : o.due.kind === 'instant' ? o.due.at : 'agree-separately';
const rows = (list: readonly Obligation[]) => list.map((o) => [o.id, dueOf(o), o.deadline, o.clause]);

describe('obligationsFor: the dated timeline of an event', () => {
  it('3.2.notice 3.3.eos 3.3.migrate: a release GA', () => {
    // GA Wed 2026-04-01. Notices "in advance": by the day before, 2026-03-31.
    // Old release: 180 days after GA, the GA day not counted: April 30−1 = 29, +31 (May) = 60, +30 (June) = 90,
    // +31 (July) = 121, +31 (August) = 152, +28 → 2026-09-28.
    const decision = obligationsFor({
      kind: 'release-ga',
      product: 'kaito',
      release: '4.0',
      ga: '2026-04-01',
      previousRelease: '3.2',
    });
    expect(decision.outcome).toBe('obligations');
    expect(decision.policyVersion).toBe('2024-10-07');
    expect(rows(decision.value)).toEqual([
      ['release.version-up-notice', '2026-03-31', 'by', '3.2.notice'],
      ['release.end-of-support-notice', '2026-03-31', 'by', '3.3.eos'],
      ['release.general-availability', '2026-04-01', 'on', '3.3.eos'],
      ['release.previous-release-last-supported-day', '2026-09-28', 'on', '3.3.eos'],
      ['release.customer-migration', '2026-09-28', 'by', '3.3.migrate'],
    ]);
    expect(decision.clauses).toEqual(expect.arrayContaining(['3.2.notice', '3.3.eos', '3.3.migrate']));
    expect(decision.value.find((o) => o.id === 'release.customer-migration')!.party).toBe('customer');
  });

  it('4.3.os-eol 4.3.after-eos 4.3.customer-upgrade: a vendor ends support of an OS', () => {
    const decision = obligationsFor({ kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30' });
    expect(rows(decision.value)).toEqual([
      ['vendor-end.customer-upgrade', '2027-06-30', 'by', '4.3.customer-upgrade'],
      ['vendor-end.not-supported', '2027-07-01', 'from', '4.3.os-eol'],
      ['vendor-end.information-only', '2027-07-01', 'from', '4.3.after-eos'],
    ]);
  });

  it('4.3.discretionary-end: a discretionary end, inclusive and clear-days readings', () => {
    // End 2027-06-30; 90 days before: June has 30 days → 2027-05-31 is 30 days back, 2027-04-30 is 61, 2027-04-01 is 90.
    const inclusive = obligationsFor({ kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-06-30' });
    expect(rows(inclusive.value)).toEqual([
      ['discretionary-end.notice', '2027-04-01', 'by', '4.3.discretionary-end'],
      ['discretionary-end.end', '2027-06-30', 'on', '4.3.discretionary-end'],
      ['discretionary-end.information-only', '2027-07-01', 'from', '4.3.after-eos'],
    ]);
    // "90 clear days" leaves 90 whole days between the notice and the end: one day earlier.
    const clear = obligationsFor({
      kind: 'discretionary-end',
      name: 'Android 11',
      endsOn: '2027-06-30',
      reading: 'clear-days',
    });
    expect(dueOf(clear.value[0]!)).toBe('2027-03-31');
  });

  it('5.feature-change: a cloud feature change has a target notice date', () => {
    // 2027-05-10 − 14 days = 2027-04-26 (through Golden Week: calendar days, holidays do not matter).
    const decision = obligationsFor({ kind: 'feature-change', changeOn: '2027-05-10', description: '新しい検索画面' });
    expect(rows(decision.value)).toEqual([
      ['feature-change.notice', '2027-04-26', 'target', '5.feature-change'],
      ['feature-change.change', '2027-05-10', 'on', '5.feature-change'],
    ]);
    expect(decision.value[0]!.what.ja).toContain('新しい検索画面');
  });

  it('6.lead-time 6.fee: build materials received after hours on the last business day of the year', () => {
    // Fri 2026-12-25 19:00 is after 18:30 → counts as received at the next opening, Mon 2026-12-28 09:30.
    // 10 business days after Dec 28: Jan 4, 5, 6, 7, 8 (5), Jan 11 is 成人の日, Jan 12, 13, 14, 15 (9), Jan 18 (10).
    const decision = obligationsFor({ kind: 'build-materials-received', receivedAt: '2026-12-25T19:00+09:00' });
    expect(rows(decision.value)).toEqual([
      ['client-app.effective-receipt', '2026-12-28T09:30:00+09:00', 'on', '6.lead-time'],
      ['client-app.delivery', '2027-01-18', 'by', '6.lead-time'],
    ]);
    expect(decision.clauses).toContain('6.fee');
    const custom = obligationsFor({
      kind: 'build-materials-received',
      receivedAt: '2026-12-25T10:00+09:00',
      customization: true,
    });
    expect(rows(custom.value)).toEqual([['client-app.delivery', 'agree-separately', 'by', '6.lead-time']]);
  });

  it('1.2.form.confirmation: an inquiry after hours is taken up at the next opening', () => {
    // Mon 2026-12-28 18:45 is after hours; Dec 29 – Jan 3 is the year-end closure; Mon 2027-01-04 09:30.
    const decision = obligationsFor({ kind: 'inquiry-received', receivedAt: '2026-12-28T18:45+09:00' });
    expect(rows(decision.value)).toEqual([
      ['inquiry.case-number-mail', '2026-12-28T18:45:00+09:00', 'on', '1.2.form.confirmation'],
      ['inquiry.reception', '2027-01-04T09:30:00+09:00', 'on', '1.2.form.confirmation'],
    ]);
  });

  it('follows the policy version it is given (3.3.eos 365 days)', () => {
    // 2026-04-01 + 365 days = 2027-04-01 (no 29 February in between).
    const policy = definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: 365 } });
    const decision = obligationsFor(
      { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2026-04-01', previousRelease: '3.2' },
      { policy },
    );
    expect(decision.policyVersion).toBe('2027-04-01');
    expect(dueOf(decision.value.find((o) => o.id === 'release.previous-release-last-supported-day')!)).toBe(
      '2027-04-01',
    );
  });

  it('4.3.os-eol 4.3.after-eos 4.3.customer-upgrade 4.3.discretionary-end: the shared reasons, one code each', () => {
    const vendor = obligationsFor({ kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30' });
    expect(vendor.reasons.map((r) => r.code)).toEqual([
      'VENDOR_END_NOT_SUPPORTED',
      'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      'PLAN_UPGRADES',
      'NO_NOTICE_PERIOD_FOR_VENDOR_END',
    ]);
    const discretionary = obligationsFor({ kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-06-30' });
    const codes = discretionary.reasons.map((r) => r.code);
    expect(codes).toContain('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY');
    expect(codes.filter((c) => c === 'PLAN_UPGRADES')).toHaveLength(1);
    expect(
      discretionary.value.find((o) => o.id === 'discretionary-end.information-only')!.reasons[0]!.message.ja,
    ).toContain('Android 11');
  });

  it('4.3.os-eol: the timeline’s own words, in full; the reading of the policy in a staff note', () => {
    // End Wed 2027-06-30; unsupported from the next day, Thu 2027-07-01.
    const d = obligationsFor({ kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30' });
    const byCode = new Map(d.reasons.map((r) => [r.code, r]));
    expect(byCode.get('VENDOR_END_NOT_SUPPORTED')?.message).toEqual({
      ja: '「iOS 16」のメーカーによるサポートは2027年6月30日(水)で終了するため、2027年7月1日(木)以降、その上で発生した問題はサポート・サービスの対象外となります。',
      en: "The maker's support of iOS 16 ends on Wed 30 Jun 2027, so from Thu 1 Jul 2027 problems that occur on it are not supported.",
    });
    // The 90 days are policy.thirdParty.discretionaryEndNoticeDays; no clause id inside the sentence.
    expect(byCode.get('NO_NOTICE_PERIOD_FOR_VENDOR_END')?.message).toEqual({
      ja: '弊社の判断でサポートを終了する場合は、遅くとも終了日の90日前までにメールでお知らせいたします。メーカーによるサポート終了には、このお知らせの期間は適用されません。',
      en: 'When we end support at our own discretion, we tell you by e-mail at least 90 days before the end; this notice period does not apply when the maker ends its support.',
    });
    expect(byCode.get('NO_NOTICE_PERIOD_FOR_VENDOR_END')?.note?.en).toContain('sets no notice period for a vendor end');
    // The 4.3.after-eos words are the shared template's, naming the product.
    expect(byCode.get('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY')?.message.ja).toContain('「iOS 16」について');
    expect(d.value.map((o) => o.what.ja)).toEqual([
      'お客様による「iOS 16」の計画的なバージョンアップ',
      '「iOS 16」上の問題はサポート対象外',
      '過去の同様の問題に関する情報提供のみ',
    ]);
  });

  it('every number in the words comes from the policy in force (a 120-day notice never says 90日)', () => {
    const policy = definePolicy(policy20241007, {
      version: '2031-01-01',
      thirdParty: { discretionaryEndNoticeDays: 120 },
      clientApps: { leadTimeBusinessDays: 5 },
    });
    const vendor = obligationsFor({ kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30' }, { policy });
    const noNotice = vendor.reasons.find((r) => r.code === 'NO_NOTICE_PERIOD_FOR_VENDOR_END')!;
    expect(noNotice.message.ja).toContain('終了日の120日前まで');
    expect(noNotice.message.en).toContain('at least 120 days before');
    expect(`${noNotice.message.ja}${noNotice.message.en}`).not.toMatch(/90/);
    // 6.lead-time: receipt Fri 2026-12-25 10:00 (inside hours); 5 business days: 12-28, 01-04…01-07 → Thu 01-07.
    const app = obligationsFor({ kind: 'build-materials-received', receivedAt: '2026-12-25T10:00+09:00' }, { policy });
    const delivery = app.value.find((o) => o.id === 'client-app.delivery')!;
    expect(delivery.due).toEqual({ kind: 'date', date: '2027-01-07' });
    expect(delivery.what).toEqual({
      ja: 'アプリケーションの提供(受領日の翌営業日から数えて5営業日目)',
      en: 'Deliver the app (5 business days after receipt)',
    });
  });

  it('5.feature-change: a target on a closed day carries the advice of interpretation 11', () => {
    // Change Tue 2027-05-18 − 14 = Tue 2027-05-04 (みどりの日); last business day before: Fri 2027-04-30.
    const d = obligationsFor({ kind: 'feature-change', changeOn: '2027-05-18' });
    const notice = d.value.find((o) => o.id === 'feature-change.notice')!;
    expect(notice.due).toEqual({ kind: 'date', date: '2027-05-04' });
    expect(notice.reasons.map((r) => r.code)).toContain('TARGET_ON_CLOSED_DAY');
    expect(notice.reasons.find((r) => r.code === 'TARGET_ON_CLOSED_DAY')!.message.ja).toContain('2027年4月30日(金)');
  });

  it('one builder: an obligation id always has the same clause, party and deadline', () => {
    const events = [
      { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2026-04-01', previousRelease: '3.2' },
      { kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30' },
      { kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-06-30' },
      { kind: 'feature-change', changeOn: '2027-05-10', description: '新しい検索画面' },
      { kind: 'build-materials-received', receivedAt: '2026-12-25T19:00+09:00' },
      { kind: 'build-materials-received', receivedAt: '2026-12-25T19:00+09:00', customization: true },
      { kind: 'inquiry-received', receivedAt: '2026-12-28T18:45+09:00' },
    ] as const;
    const seen = new Map<string, string>();
    for (const event of events) {
      const d = obligationsFor(event);
      for (const o of d.value) {
        const terms = `${o.clause}|${o.party}|${o.deadline}`;
        expect(seen.get(o.id) ?? terms, o.id).toBe(terms);
        seen.set(o.id, terms);
        // Each obligation owns its reasons list: editing one leaves the decision's reasons alone.
        expect(o.reasons).not.toBe(d.reasons);
      }
      // The timeline's own words read as customer messages (the composed rules' are theirs to check).
      const own = [
        'VENDOR_END_NOT_SUPPORTED',
        'NO_NOTICE_PERIOD_FOR_VENDOR_END',
        'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
      ];
      expectCustomerWords(d.reasons.filter((r) => own.includes(r.code)));
      for (const o of d.value.filter((x) => !x.id.startsWith('release.') || x.id === 'release.customer-migration')) {
        expect(`${o.what.ja} ${o.what.en}`, o.id).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:|解釈|interpretation/);
        expect(o.what.ja, o.id).not.toMatch(/[\u3000-\u9fff\uff00-\uffef] \d|\d [\u3000-\u9fff\uff00-\uffef]| \(/);
      }
    }
    expect(seen.get('release.customer-migration')).toBe('3.3.migrate|customer|by');
    expect(seen.get('feature-change.notice')).toBe('5.feature-change|company|target');
    // The migration date in words: 2026-04-01 + 180 = Mon 2026-09-28.
    const ga = obligationsFor(events[0]);
    expect(ga.value.find((o) => o.id === 'release.customer-migration')!.what.ja).toBe(
      '2026年9月28日(月)までに、サポート対象のリリースへ移行していただきます',
    );
  });

  it('1.2.form.confirmation: one case-number mail reason, the same as receptionStart', () => {
    const decision = obligationsFor({
      kind: 'inquiry-received',
      receivedAt: '2027-01-04T10:00+09:00',
      urgency: 'high',
    });
    expect(decision.reasons.filter((r) => r.code.startsWith('CASE_NUMBER')).map((r) => r.code)).toEqual([
      'CASE_NUMBER_MAIL',
    ]);
    expect(decision.value[0]!.reasons.map((r) => r.code)).toEqual(['CASE_NUMBER_MAIL']);
    expect(decision.value[1]!.reasons.map((r) => r.code)).not.toContain('CASE_NUMBER_MAIL');
  });

  it('1.2.form: an urgency the policy does not have is refused', () => {
    const policy = definePolicy(policy20241007, { version: '2031-01-01', urgencyLevels: ['high', 'medium'] });
    expect(() =>
      obligationsFor({ kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00', urgency: 'low' }, { policy }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('urgency') }));
    expect(
      obligationsFor({ kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00', urgency: 'medium' }, { policy })
        .outcome,
    ).toBe('obligations');
  });

  it('names every kind when the kind is unknown', () => {
    expect(() => obligationsFor({ kind: 'nope' } as never)).toThrow(
      /kind: must be one of "release-ga", "vendor-end-of-support", "discretionary-end", "feature-change", "build-materials-received", "inquiry-received"/,
    );
    // The message and the field list come from one source: they say the same thing.
    const error = errorOf(() => obligationsFor({ kind: 'nope' } as never));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toBe(`invalid event: kind: ${error.issues[0]!.message}`);
  });

  it.each<[string, unknown, string, string]>([
    [
      '6.lead-time: customization not a boolean',
      { kind: 'build-materials-received', receivedAt: '2027-01-04T10:00+09:00', customization: 'yes' },
      'INVALID_INPUT',
      'customization',
    ],
    [
      '4.3.discretionary-end: an empty reading',
      { kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-06-30', reading: '' },
      'INVALID_INPUT',
      'reading',
    ],
    [
      '4.3.discretionary-end: an unknown reading',
      { kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-06-30', reading: 'strict' },
      'INVALID_INPUT',
      'reading',
    ],
    [
      '5.feature-change: a description that is a number',
      { kind: 'feature-change', changeOn: '2027-05-10', description: 42 },
      'INVALID_INPUT',
      'description',
    ],
    [
      '5.feature-change: an empty description',
      { kind: 'feature-change', changeOn: '2027-05-10', description: '' },
      'INVALID_INPUT',
      'description',
    ],
    [
      '1.2.form.confirmation: an unknown urgency',
      { kind: 'inquiry-received', receivedAt: '2027-01-04T10:00+09:00', urgency: 'critical' },
      'INVALID_INPUT',
      'urgency',
    ],
    [
      '4.3.os-eol: an unknown field',
      { kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-06-30', notice: true },
      'INVALID_INPUT',
      'notice',
    ],
    [
      '3.3.eos: an unknown field',
      { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2026-04-01', previous: '3.2' },
      'INVALID_INPUT',
      'previous',
    ],
    [
      '3.3.eos: an empty release',
      { kind: 'release-ga', product: 'kaito', release: '', ga: '2026-04-01' },
      'INVALID_INPUT',
      'release',
    ],
    [
      '3.3.eos: an empty product',
      { kind: 'release-ga', product: '', release: '4.0', ga: '2026-04-01' },
      'INVALID_INPUT',
      'product',
    ],
    ['3.3.eos: a missing ga', { kind: 'release-ga', product: 'kaito', release: '4.0' }, 'INVALID_INPUT', 'ga'],
    ['4.3.os-eol: a missing endsOn', { kind: 'vendor-end-of-support', name: 'iOS 16' }, 'INVALID_INPUT', 'endsOn'],
    ['4.3.os-eol: a missing name', { kind: 'vendor-end-of-support', endsOn: '2027-06-30' }, 'INVALID_INPUT', 'name'],
    [
      '4.3.discretionary-end: a missing endsOn',
      { kind: 'discretionary-end', name: 'Android 11' },
      'INVALID_INPUT',
      'endsOn',
    ],
    ['5.feature-change: a missing changeOn', { kind: 'feature-change' }, 'INVALID_INPUT', 'changeOn'],
    ['6.lead-time: a missing receivedAt', { kind: 'build-materials-received' }, 'INVALID_INPUT', 'receivedAt'],
    ['1.2.form.confirmation: a missing receivedAt', { kind: 'inquiry-received' }, 'INVALID_INPUT', 'receivedAt'],
    [
      '3.3.eos: a ga that is no date',
      { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2026-13-01' },
      'INVALID_DATE',
      'ga',
    ],
    [
      '4.3.discretionary-end: an endsOn that is no date',
      { kind: 'discretionary-end', name: 'Android 11', endsOn: '2027-02-30' },
      'INVALID_DATE',
      'endsOn',
    ],
    [
      '5.feature-change: a changeOn that is no date',
      { kind: 'feature-change', changeOn: 'next week' },
      'INVALID_DATE',
      'changeOn',
    ],
    [
      '6.lead-time: a receivedAt that is no instant',
      { kind: 'build-materials-received', receivedAt: 'soon', customization: true },
      'INVALID_INSTANT',
      'receivedAt',
    ],
    [
      '1.2.form.confirmation: a receivedAt that is no instant',
      { kind: 'inquiry-received', receivedAt: '2027-01-04T25:00+09:00' },
      'INVALID_INSTANT',
      'receivedAt',
    ],
  ])('refuses %s', (_title, event, code, field) => {
    try {
      obligationsFor(event as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsPolicyError);
      expect((error as CsPolicyError).code).toBe(code);
      expect((error as CsPolicyError).message).toContain(field);
    }
  });

  it.each([
    [{ kind: 'nope' }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
    [{ kind: 'discretionary-end', name: '', endsOn: '2027-06-30' }, 'INVALID_INPUT'],
    [{ kind: 'vendor-end-of-support', name: 'iOS 16', endsOn: '2027-02-30' }, 'INVALID_DATE'],
    [{ kind: 'inquiry-received', receivedAt: '2026-12-28' }, 'INVALID_INSTANT'],
  ])('refuses a bad event %j with %s', (event, code) => {
    try {
      obligationsFor(event as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsPolicyError);
      expect((error as CsPolicyError).code).toBe(code);
    }
  });
});
