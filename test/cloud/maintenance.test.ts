import { describe, expect, it } from 'vitest';
import {
  classifyMaintenance,
  CsPolicyError,
  definePolicy,
  policy20241007,
  type MaintenanceInput,
} from '../../src/index.js';

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

  it('reads the notice days from the policy (definePolicy)', () => {
    const policy = definePolicy(policy20241007, { version: '2027-04-01', cloud: { featureChangeNoticeDays: 30 } });
    const d = classifyMaintenance(planned({ changesFeaturesOrUi: true }), { policy });
    expect(d.value.noticeDaysBefore).toBe(30);
    expect(d.policyVersion).toBe('2027-04-01');
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
