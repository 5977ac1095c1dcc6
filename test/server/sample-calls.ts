import { readFileSync } from 'node:fs';
import type { RuleCall } from '../../src/calls/call.js';
import { startCase } from '../../src/index.js';

// One valid call of every rule (the test checks that together they cover the registry), written
// from each rule's documented input; the service must answer each exactly as the library does.
const form = JSON.parse(readFileSync(new URL('../../docs/examples/form.json', import.meta.url), 'utf8'));

export const SAMPLE_CALLS: readonly RuleCall[] = [
  {
    rule: 'checkEligibility',
    args: [{ customer: { kind: 'service-subscription' }, product: 'kaito', date: '2027-01-04' }],
  },
  { rule: 'allowedChannels', args: [{ urgency: 'high', at: '2027-01-04T10:00+09:00' }] },
  { rule: 'receptionStart', args: ['2026-12-28T18:45+09:00'] },
  {
    rule: 'checkInquirySender',
    args: [{ sender: { email: 'taro@example.co.jp' }, company: { registeredContacts: ['taro@example.co.jp'] } }],
  },
  { rule: 'validateCaseIntake', args: [form] },
  {
    rule: 'transitionCase',
    args: [
      startCase({ subject: '印刷できない', question: '帳票が印刷できません' }),
      { type: 'register', caseNumber: 'CS-0001' },
    ],
  },
  { rule: 'classifyVersionUp', args: ['2.3', '2.4'] },
  { rule: 'releaseEndOfSupport', args: ['2026-04-01'] },
  { rule: 'releaseSupportStatus', args: [{ release: '2.3', successorGa: '2026-04-01', on: '2026-10-01' }] },
  {
    rule: 'gaNoticeObligations',
    args: [{ product: 'kaito', release: '2.4', ga: '2027-06-01', previousRelease: '2.3' }],
  },
  { rule: 'assessSupportRequest', args: [{ kind: 'defect', cause: 'product', on: '2027-01-04' }] },
  { rule: 'discretionaryEndNoticeDeadline', args: ['2027-08-02'] },
  { rule: 'checkNoticeCompliance', args: [{ endDate: '2027-08-02', noticeSentOn: '2027-04-01' }] },
  { rule: 'policyChangeChannel', args: [{ important: true }] },
  { rule: 'classifyMaintenance', args: [{ trigger: 'planned', stopsService: true, changesFeaturesOrUi: false }] },
  { rule: 'featureChangeNoticeDate', args: ['2027-06-01'] },
  { rule: 'checkFeatureChangeNotice', args: [{ changeDate: '2027-06-01', noticeSentOn: '2027-05-20' }] },
  { rule: 'checkCustomerDataAccess', args: [{ purpose: 'investigation', at: '2027-01-04T10:00+09:00' }] },
  { rule: 'clientAppDeliveryDate', args: ['2026-12-25T10:00+09:00'] },
  { rule: 'clientAppRequirements', args: [] },
  { rule: 'customizationCharge', args: [{ request: 'import-product-features', features: ['export'] }] },
  { rule: 'obligationsFor', args: [{ kind: 'feature-change', changeOn: '2027-06-01' }] },
  {
    rule: 'caseClock',
    args: [[{ at: '2027-01-04T10:00+09:00', clock: 'run' }]],
    options: { now: '2027-01-04T11:00+09:00' },
  },
];
