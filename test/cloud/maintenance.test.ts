import { tryToChange } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import {
  classifyMaintenance,
  CsPolicyError,
  definePolicy,
  policy20241007,
  type MaintenanceInput,
} from '../../src/index.js';
import { expectCustomerWords } from '../words/customer-words.js';

const planned = (over: Partial<MaintenanceInput> = {}): MaintenanceInput => ({
  trigger: 'planned',
  stopsService: false,
  changesFeaturesOrUi: false,
  ...over,
});
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('5.scheduled: scheduled maintenance, mailed in advance', () => {
  it.each([
    ['security-update', 'SECURITY_UPDATE'],
    ['product-program', 'PRODUCT_PROGRAM'],
    ['other-stability', 'STABLE_OPERATION_WORK'],
  ] as const)('classifies %s as scheduled with an advance e-mail', (work, code) => {
    const d = classifyMaintenance(planned({ work, stopsService: true }));
    expect(d.outcome).toBe('scheduled');
    expect(d.value).toEqual({ notice: 'advance-email', noticeDaysBefore: null, stopsService: true });
    expect(codes(d)).toEqual([code, 'SERVICE_STOP', 'ADVANCE_EMAIL']);
    expect(d.clauses).toEqual(['5.scheduled']);
    expect(d.rule).toBe('classifyMaintenance');
    expect(d.policyVersion).toBe('2024-10-07');
  });

  it('keeps work that stops nothing scheduled when it is one of the scheduled contents', () => {
    const d = classifyMaintenance(planned({ work: 'security-update' }));
    expect(d.outcome).toBe('scheduled');
    expect(d.value.stopsService).toBe(false);
    expect(codes(d)).toEqual(['SECURITY_UPDATE', 'ADVANCE_EMAIL']);
  });

  it('treats a minor fix that stops the service as scheduled, not preventive', () => {
    const d = classifyMaintenance(planned({ work: 'minor-fix', stopsService: true }));
    expect(d.outcome).toBe('scheduled');
    expect(codes(d)).toEqual(['MINOR_FIX_STOPS_SERVICE', 'SERVICE_STOP', 'ADVANCE_EMAIL']);
  });

  it('treats planned work of an unstated kind as scheduled (the reading that keeps the notice)', () => {
    const d = classifyMaintenance(planned());
    expect(d.outcome).toBe('scheduled');
    expect(d.value.notice).toBe('advance-email');
    expect(codes(d)).toEqual(['WORK_UNSPECIFIED', 'ADVANCE_EMAIL']);
  });
});

describe('5.preventive: preventive maintenance, any time, no notice', () => {
  it('classifies a minor fix with no stop and no feature change as preventive', () => {
    const d = classifyMaintenance(planned({ work: 'minor-fix' }));
    expect(d.outcome).toBe('preventive');
    expect(d.value).toEqual({ notice: 'none', noticeDaysBefore: null, stopsService: false });
    expect(codes(d)).toEqual(['MINOR_FIX_WITHOUT_STOP', 'NO_NOTICE_EACH_TIME']);
    expect(d.clauses).toEqual(['5.preventive']);
  });
});

describe('5.emergency: emergency maintenance on a detected anomaly', () => {
  it('classifies anomaly-detected work as emergency, notice as far as possible', () => {
    const d = classifyMaintenance({ trigger: 'anomaly-detected', stopsService: true, changesFeaturesOrUi: false });
    expect(d.outcome).toBe('emergency');
    expect(d.value).toEqual({ notice: 'as-possible', noticeDaysBefore: null, stopsService: true });
    // The text sets no notice for emergencies: the decision says so instead of inventing a period.
    expect(codes(d)).toEqual(['ANOMALY_DETECTED', 'EMERGENCY_NOTICE_NOT_SET']);
    expect(d.clauses).toEqual(['5.emergency']);
  });

  it('is emergency whatever the kind of work, even a minor fix', () => {
    expect(
      classifyMaintenance({
        trigger: 'anomaly-detected',
        stopsService: false,
        changesFeaturesOrUi: false,
        work: 'minor-fix',
      }).outcome,
    ).toBe('emergency');
  });

  it('words a customer can read: no period invented, no blunt refusal; the reading in a staff note', () => {
    const d = classifyMaintenance({ trigger: 'anomaly-detected', stopsService: true, changesFeaturesOrUi: true });
    const [anomaly, notice, change] = d.reasons;
    expect(anomaly?.message).toEqual({
      ja: 'システムで異常を検知したため、緊急メンテナンスを実施いたします。',
      en: 'An anomaly was detected in the system, so we carry out emergency maintenance.',
    });
    expect(notice?.message).toEqual({
      ja: '緊急メンテナンスについては、該当のお客様へ状況に応じてできる限りお知らせいたします。',
      en: 'For emergency maintenance, we keep affected customers informed as far as circumstances allow.',
    });
    // "The policy sets no notice for emergency maintenance" is how the library reads the text: a note.
    expect(notice?.message.en).not.toContain('policy');
    expect(notice?.note?.en).toContain('The policy sets no notice for emergency maintenance');
    // The 14 days of policy.cloud.featureChangeNoticeDays, and no 「緊急時は守れません」.
    expect(change?.message.ja).toBe(
      'この作業では機能やユーザーインターフェースが変更されます。機能の追加・変更は通常14日前を目処にメールでお知らせしておりますが、緊急メンテナンスのため、できる限り早くお知らせいたします。',
    );
    expect(change?.message.en).toContain('about 14 days before a feature change');
  });

  it('points to 5.feature-change when the emergency work changes features', () => {
    const d = classifyMaintenance({ trigger: 'anomaly-detected', stopsService: false, changesFeaturesOrUi: true });
    expect(d.outcome).toBe('emergency');
    expect(codes(d)).toEqual(['ANOMALY_DETECTED', 'EMERGENCY_NOTICE_NOT_SET', 'EMERGENCY_CHANGES_FEATURES']);
    expect(d.clauses).toEqual(['5.emergency', '5.feature-change']);
  });
});

describe('5.feature-change: planned work that changes features is not maintenance', () => {
  it('answers feature-change with the 14-day notice target', () => {
    const d = classifyMaintenance(planned({ work: 'product-program', changesFeaturesOrUi: true }));
    expect(d.outcome).toBe('feature-change');
    expect(d.value).toEqual({ notice: 'advance-email', noticeDaysBefore: 14, stopsService: false });
    expect(codes(d)).toEqual(['CHANGES_FEATURES_OR_UI']);
    expect(d.clauses).toEqual(['5.feature-change', '5.scheduled', '5.preventive']);
  });

  it('adds the stop notice when the change also stops the service', () => {
    const d = classifyMaintenance(planned({ work: 'minor-fix', stopsService: true, changesFeaturesOrUi: true }));
    expect(d.outcome).toBe('feature-change');
    expect(codes(d)).toEqual(['CHANGES_FEATURES_OR_UI', 'FEATURE_CHANGE_STOPS_SERVICE']);
  });

  it('reads the notice days from the policy (definePolicy), in the value and in the words', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', cloud: { featureChangeNoticeDays: 30 } });
    const d = classifyMaintenance(planned({ changesFeaturesOrUi: true }), { policy });
    expect(d.value.noticeDaysBefore).toBe(30);
    expect(d.policyVersion).toBe('2027-04-01');
    expect(d.reasons[0]!.message).toEqual({
      ja: '機能やユーザーインターフェースの変更を伴うため、メンテナンスではなく機能の追加・変更として扱います。該当のお客様へ30日前を目処にメールでお知らせいたします。',
      en: 'It changes features or the user interface, so it is handled as a feature change, not as maintenance: we e-mail affected customers about 30 days before.',
    });
    const emergency = classifyMaintenance(
      { trigger: 'anomaly-detected', stopsService: false, changesFeaturesOrUi: true },
      { policy },
    );
    expect(emergency.reasons[2]!.message.ja).toContain('通常30日前を目処に');
    expect(emergency.reasons[2]!.message.ja).not.toContain('14日');
  });
});

describe('5.scheduled / 5.preventive / 5.emergency: decisions are independent data', () => {
  it('gives every decision its own reasons: changing one answer never changes the next', () => {
    const first = classifyMaintenance(planned({ work: 'security-update' }));
    // A caller that edits its copy (e.g. to translate it) must not rewrite later answers.
    tryToChange(() => {
      Object.assign(first.reasons[0]!, { code: 'EDITED', message: { ja: '編集', en: 'edited' } });
    });
    const next = classifyMaintenance(planned({ work: 'security-update' }));
    expect(next.reasons[0]!.code).toBe('SECURITY_UPDATE');
    expect(next.reasons[0]!.message.ja).toBe(
      'OSやミドルウェアのセキュリティ更新プログラムの適用は、定期メンテナンスとして実施いたします。',
    );
  });

  it('every reason of every kind of work reads as a customer message', () => {
    const triggers = ['planned', 'anomaly-detected'] as const;
    const works = [undefined, 'security-update', 'product-program', 'other-stability', 'minor-fix'] as const;
    for (const trigger of triggers)
      for (const work of works)
        for (const stopsService of [false, true])
          for (const changesFeaturesOrUi of [false, true]) {
            const input: MaintenanceInput = { trigger, stopsService, changesFeaturesOrUi, ...(work ? { work } : {}) };
            expectCustomerWords(classifyMaintenance(input).reasons);
          }
  });

  it('keeps how the library reads the text in staff notes', () => {
    // Unstated work is read as scheduled, the reading that keeps the advance mail.
    const unstated = classifyMaintenance(planned()).reasons[0]!;
    expect(unstated.code).toBe('WORK_UNSPECIFIED');
    expect(unstated.message.ja).toBe(
      'この作業は定期メンテナンスとして実施し、該当のお客様へ事前にメールでお知らせいたします。',
    );
    expect(unstated.note?.en).toContain('keeps the advance e-mail');
    expect(unstated.message.en).not.toContain('not given');
  });
});

describe('5.scheduled / 5.preventive / 5.emergency: bad input', () => {
  it.each([
    ['a missing field', { trigger: 'planned', stopsService: false }],
    ['an unknown trigger', { trigger: 'whenever', stopsService: false, changesFeaturesOrUi: false }],
    [
      'an unknown kind of work',
      { trigger: 'planned', stopsService: false, changesFeaturesOrUi: false, work: 'rewrite' },
    ],
    ['a non-boolean flag', { trigger: 'planned', stopsService: 'no', changesFeaturesOrUi: false }],
    ['an unknown field', { trigger: 'planned', stopsService: false, changesFeaturesOrUi: false, urgent: true }],
    ['not an object', 'planned'],
    ['null', null],
  ])('rejects %s with INVALID_INPUT', (_label, input) => {
    expect(() => classifyMaintenance(input as never)).toThrow(CsPolicyError);
    expect(() => classifyMaintenance(input as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('names the offending field', () => {
    expect(() => classifyMaintenance({ trigger: 'planned', stopsService: false } as never)).toThrow(
      /changesFeaturesOrUi/,
    );
  });

  it('rejects a policy that is not one with INVALID_POLICY', () => {
    expect(() => classifyMaintenance(planned(), { policy: {} as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
  });
});
