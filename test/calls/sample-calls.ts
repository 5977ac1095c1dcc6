import type { RuleCall, RuleName } from '../../src/index.js';
import { validCaseForm } from '../fixtures/case-form.js';

/** One valid call per rule, from the rules' own doc examples. */
export const SAMPLE_CALLS: { readonly [R in RuleName]: RuleCall<R> } = {
  checkEligibility: {
    rule: 'checkEligibility',
    args: [{ customer: { kind: 'maintenance-contract' }, product: 'kaito', date: '2027-01-04' }],
  },
  allowedChannels: { rule: 'allowedChannels', args: [{ urgency: 'high', at: '2027-01-04T10:00+09:00' }] },
  receptionStart: { rule: 'receptionStart', args: ['2027-01-01T12:00+09:00'] },
  checkInquirySender: {
    rule: 'checkInquirySender',
    args: [{ sender: { email: 'Taro@Example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } }],
  },
  validateCaseIntake: { rule: 'validateCaseIntake', args: [validCaseForm()] },
  transitionCase: {
    rule: 'transitionCase',
    args: [
      {
        status: 'submitted',
        subject: 'ログインできない',
        question: 'iOS 18 でログインできません',
        urgency: 'high',
        product: 'kaito',
        splitFrom: null,
        history: [],
      },
      { type: 'register', caseNumber: 'CS-2027-0001', at: '2027-01-04T10:00+09:00' },
    ],
  },
  classifyVersionUp: { rule: 'classifyVersionUp', args: ['2.3.1', '2.4.0'] },
  releaseEndOfSupport: { rule: 'releaseEndOfSupport', args: ['2026-04-01'] },
  releaseSupportStatus: {
    rule: 'releaseSupportStatus',
    args: [{ release: '2.3', successorGa: '2026-04-01', on: '2026-09-28' }],
  },
  gaNoticeObligations: {
    rule: 'gaNoticeObligations',
    args: [{ product: 'kaito', release: '3.0', ga: '2026-04-01', previousRelease: '2.4' }],
  },
  assessSupportRequest: { rule: 'assessSupportRequest', args: [{ kind: 'inquiry', on: '2026-05-11' }] },
  discretionaryEndNoticeDeadline: {
    rule: 'discretionaryEndNoticeDeadline',
    args: ['2027-06-30'],
    options: { reading: 'clear-days' },
  },
  checkNoticeCompliance: {
    rule: 'checkNoticeCompliance',
    args: [{ endDate: '2027-06-30', noticeSentOn: '2027-04-01' }],
  },
  policyChangeChannel: { rule: 'policyChangeChannel', args: [{ important: true }] },
  classifyMaintenance: {
    rule: 'classifyMaintenance',
    args: [{ trigger: 'planned', stopsService: true, changesFeaturesOrUi: false, work: 'security-update' }],
  },
  featureChangeNoticeDate: { rule: 'featureChangeNoticeDate', args: ['2027-06-01'] },
  checkFeatureChangeNotice: {
    rule: 'checkFeatureChangeNotice',
    args: [{ changeDate: '2027-05-06', noticeSentOn: '2027-04-26' }],
  },
  checkCustomerDataAccess: {
    rule: 'checkCustomerDataAccess',
    args: [{ purpose: 'investigation', consent: { givenOn: '2027-03-01' }, at: '2027-03-02T10:00+09:00' }],
  },
  clientAppDeliveryDate: { rule: 'clientAppDeliveryDate', args: ['2026-12-25T10:00+09:00'] },
  clientAppRequirements: { rule: 'clientAppRequirements', args: [] },
  customizationCharge: { rule: 'customizationCharge', args: [{ request: 'customer-specific-verification' }] },
  obligationsFor: {
    rule: 'obligationsFor',
    args: [{ kind: 'build-materials-received', receivedAt: '2027-01-04T10:00+09:00' }],
  },
  caseClock: {
    rule: 'caseClock',
    args: [
      [
        { at: '2026-12-28T17:30+09:00', clock: 'run' },
        { at: '2026-12-28T18:00+09:00', clock: 'pause' },
        { at: '2027-01-04T10:00+09:00', clock: 'run' },
      ],
    ],
    options: { now: '2027-01-04T11:00+09:00', urgency: 'high' },
  },
};
