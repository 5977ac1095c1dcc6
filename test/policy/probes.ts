import * as cs from '../../src/index.js';
import type { ClauseId, Policy } from '../../src/index.js';
import { validCaseForm } from '../fixtures/case-form.js';

/**
 * A fixed set of calls over every rule that reads the policy, with inputs that reach the parameters: what
 * the diffPolicies test decides under two policy versions to see which clauses a parameter moves (4.2.policy-change).
 * A call that returns a decision names its clauses itself; any other call (a case, a table, a schema) names
 * the clauses it rests on here.
 */
export interface Probe {
  readonly name: string;
  /** Clauses of a call that does not return a decision; `null` for a decision. */
  readonly clauses: readonly ClauseId[] | null;
  readonly call: (policy: Policy) => unknown;
}

const p = (name: string, call: (policy: Policy) => unknown, clauses: readonly ClauseId[] | null = null): Probe => ({
  name,
  call,
  clauses,
});

const form = (product: string, urgency: string) => validCaseForm({ product, urgency });

// Instants and dates chosen around the parameters' edges: opening and closing time, the year-end closure,
// a holiday (2027-01-11 成人の日), a company closure day a variant may add (2027-08-13).
const INSTANTS = [
  '2027-01-04T09:00+09:00',
  '2027-01-04T09:45+09:00',
  '2027-01-04T18:15+09:00',
  '2027-01-04T18:45+09:00',
  '2026-12-28T17:00+09:00',
  '2026-12-28T18:45+09:00',
  '2027-08-12T18:45+09:00',
];
const DATES = ['2027-01-04', '2027-08-13', '2026-12-29', '2027-06-30'];

export const PROBES: readonly Probe[] = [
  ...INSTANTS.flatMap((at) => [
    p(`receptionStart ${at}`, (policy) => cs.receptionStart(at, { policy })),
    p(`clientAppDeliveryDate ${at}`, (policy) => cs.clientAppDeliveryDate(at, { policy })),
    ...(['high', 'medium', 'low'] as const).map((urgency) =>
      p(`allowedChannels ${urgency} ${at}`, (policy) => cs.allowedChannels({ urgency, at }, { policy })),
    ),
    p(`obligationsFor inquiry ${at}`, (policy) =>
      cs.obligationsFor({ kind: 'inquiry-received', receivedAt: at, urgency: 'high' }, { policy }),
    ),
    p(`obligationsFor build ${at}`, (policy) =>
      cs.obligationsFor({ kind: 'build-materials-received', receivedAt: at }, { policy }),
    ),
  ]),
  p('allowedChannels high', (policy) => cs.allowedChannels({ urgency: 'high' }, { policy })),
  p('allowedChannels low', (policy) => cs.allowedChannels({ urgency: 'low' }, { policy })),
  ...DATES.flatMap((date) => [
    ...(['maintenance-contract', 'service-subscription', 'sales-partner', 'none'] as const).map((kind) =>
      p(`checkEligibility ${kind} ${date}`, (policy) =>
        cs.checkEligibility({ customer: { kind }, product: 'sekai-cart', date }, { policy }),
      ),
    ),
    p(`discretionaryEndNoticeDeadline ${date}`, (policy) => cs.discretionaryEndNoticeDeadline(date, { policy })),
    p(`featureChangeNoticeDate ${date}`, (policy) => cs.featureChangeNoticeDate(date, { policy })),
    p(`releaseEndOfSupport ${date}`, (policy) => cs.releaseEndOfSupport(date, { policy })),
    p(`gaNoticeObligations ${date}`, (policy) =>
      cs.gaNoticeObligations({ product: 'kaito', release: '4.0', ga: date, previousRelease: '3.2' }, { policy }),
    ),
    p(`obligationsFor release-ga ${date}`, (policy) =>
      cs.obligationsFor(
        { kind: 'release-ga', product: 'kaito', release: '4.0', ga: date, previousRelease: '3.2' },
        { policy },
      ),
    ),
    p(`obligationsFor vendor-end ${date}`, (policy) =>
      cs.obligationsFor({ kind: 'vendor-end-of-support', name: 'Windows 10', endsOn: date }, { policy }),
    ),
    p(`obligationsFor discretionary-end ${date}`, (policy) =>
      cs.obligationsFor({ kind: 'discretionary-end', name: 'Windows 10', endsOn: date }, { policy }),
    ),
    p(`obligationsFor feature-change ${date}`, (policy) =>
      cs.obligationsFor({ kind: 'feature-change', changeOn: date }, { policy }),
    ),
    p(`checkNoticeCompliance ${date}`, (policy) =>
      cs.checkNoticeCompliance({ endDate: '2027-06-30', noticeSentOn: date }, { policy }),
    ),
    p(`checkFeatureChangeNotice ${date}`, (policy) =>
      cs.checkFeatureChangeNotice({ changeDate: '2027-06-30', noticeSentOn: date }, { policy }),
    ),
    p(`releaseSupportStatus ${date}`, (policy) =>
      cs.releaseSupportStatus({ release: '2.3', successorGa: '2027-01-04', on: date }, { policy }),
    ),
    p(`checkCustomerDataAccess ${date}`, (policy) =>
      cs.checkCustomerDataAccess(
        { purpose: 'investigation', consent: { givenOn: '2027-01-04' }, at: date },
        { policy },
      ),
    ),
    ...(['inquiry', 'defect', 'onsite', 'customization'] as const).map((kind) =>
      p(`assessSupportRequest ${kind} ${date}`, (policy) =>
        cs.assessSupportRequest(
          { kind, on: date, environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2027-01-04' } } },
          { policy },
        ),
      ),
    ),
  ]),
  p('assessSupportRequest third-party', (policy) =>
    cs.assessSupportRequest(
      {
        kind: 'defect',
        cause: 'third-party',
        environment: { thirdParty: [{ name: 'Microsoft 365' }] },
        on: '2027-01-04',
      },
      { policy },
    ),
  ),
  p(
    'toEndOfLifeDate',
    (policy) =>
      cs.toEndOfLifeDate(
        {
          releases: [
            { releaseCycle: '2.4', releaseDate: '2025-10-01' },
            { releaseCycle: '3.0', releaseDate: '2026-04-01' },
          ],
        },
        { policy },
      ),
    ['3.3.eos'],
  ),
  p('classifyVersionUp', (policy) => cs.classifyVersionUp('2.3.1', '3.0.0', { policy })),
  ...[true, false].map((important) =>
    p(`policyChangeChannel ${important}`, (policy) => cs.policyChangeChannel({ important }, { policy })),
  ),
  ...cs.CUSTOMIZATION_REQUESTS.map((request) =>
    p(`customizationCharge ${request}`, (policy) => cs.customizationCharge({ request }, { policy })),
  ),
  ...cs.MAINTENANCE_WORK.map((work) =>
    p(`classifyMaintenance ${work}`, (policy) =>
      cs.classifyMaintenance({ trigger: 'planned', stopsService: true, changesFeaturesOrUi: true, work }, { policy }),
    ),
  ),
  p('clientAppRequirements', (policy) => cs.clientAppRequirements({ policy })),
  p('contactTable', (policy) => cs.contactTable({ policy }), [
    '1.1.products',
    '1.1.contacts',
    '1.1.channels',
    '1.1.hours',
  ]),
  p('caseIntakeJsonSchema', (policy) => cs.caseIntakeJsonSchema({ policy }), ['1.2.form']),
  ...['kaito', 'sekai-cart', 'new-product'].flatMap((product) =>
    ['high', 'medium', 'low'].flatMap((urgency) => [
      p(`validateCaseIntake ${product} ${urgency}`, (policy) =>
        cs.validateCaseIntake(form(product, urgency), { policy }),
      ),
      p(
        `startCase ${product} ${urgency}`,
        (policy) =>
          cs.startCase({ subject: '印刷できない', question: '帳票が印刷できません', urgency, product } as never, {
            policy,
          }),
        ['1.2.case'],
      ),
    ]),
  ),
  ...[
    { email: 'a@example.co.jp', registered: ['a@example.co.jp'] },
    { email: 'b@example.co.jp', registered: ['a@example.co.jp'] },
    { email: 'b@example.co.jp', registered: [] },
    { email: 'b@example.co.jp', registered: ['a@example.co.jp', 'c@example.co.jp'] },
  ].flatMap(({ email, registered }) =>
    (['representative', 'individual-end-user'] as const).map((kind) =>
      p(`checkInquirySender ${email} ${kind} ${registered.length}`, (policy) =>
        cs.checkInquirySender({ sender: { email, kind }, company: { registeredContacts: registered } } as never, {
          policy,
        }),
      ),
    ),
  ),
  p('calendar', (policy) => cs.calendarOf(policy).closedDaysBetween('2026-12-01', '2027-08-31'), ['1.1.hours']),
];
