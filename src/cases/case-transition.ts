import { toJstIsoString } from '../calendar/format.js';
import { parseIsoDateTime, toEpochMs, type InstantInput } from '../calendar/input.js';
import { deepFreeze } from '../freeze.js';
import type { ClauseId } from '../policy/clauses.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext, type RuleContext } from '../policy/rule-context.js';
import { parseWith } from '../validate.js';
import {
  caseEventSchema,
  caseStateSchema,
  type CaseEvent,
  type CaseEventType,
  type CaseHistoryEntry,
  type CaseState,
  type CaseStatus,
  type EndedCaseFields,
  type SubmittedCase,
  type WorkedCaseFields,
} from './case-state.js';
import { EVENT_WORDS, lifecycleReasons, STAGE_WORDS } from './reasons-lifecycle.js';
import { invalidInput } from './shared.js';

/**
 * From which stages each event is accepted: the case lifecycle as one table (deeply frozen)
 * (`1.2.case`, `1.2.form.one-question`, `2.1.data`, `2.2.interim-code`, `2.3.enhancement`, `4.1.survey`,
 * `1.2.representative`; interpretation 12 for withdraw, duplicate, refuse-sender and reopen).
 * A UI can use it to enable only the actions that make sense.
 *
 * @example
 * ```ts
 * CASE_TRANSITIONS['send-survey']; // ['final-answer'] (4.1.survey: the survey follows the final answer)
 * CASE_TRANSITIONS['receive-data']; // ['registered', 'investigating'] (2.1.data: after the case number)
 * ```
 */
export const CASE_TRANSITIONS: { readonly [E in CaseEventType]: readonly CaseStatus[] } = deepFreeze({
  register: ['submitted'],
  'receive-data': ['registered', 'investigating'],
  split: ['submitted', 'registered', 'investigating'],
  'start-investigation': ['registered'],
  'provide-interim-code': ['investigating'],
  'request-enhancement': ['registered', 'investigating'],
  // A plain question may be answered without a separate investigation stage.
  'final-answer': ['registered', 'investigating'],
  'send-survey': ['final-answer'],
  close: ['survey'],
  // Interpretation 12: the other ends of a case, and reopening after the final answer.
  withdraw: ['submitted', 'registered', 'investigating'],
  'close-as-duplicate': ['submitted', 'registered', 'investigating'],
  'refuse-sender': ['submitted', 'registered'],
  reopen: ['final-answer', 'survey'],
});

/** The clause each event rests on. */
const EVENT_CLAUSE: { readonly [E in CaseEventType]: ClauseId } = Object.freeze({
  register: '1.2.case',
  'receive-data': '2.1.data',
  split: '1.2.form.one-question',
  'start-investigation': '1.2.case',
  'provide-interim-code': '2.2.interim-code',
  'request-enhancement': '2.3.enhancement',
  'final-answer': '1.2.case',
  'send-survey': '4.1.survey',
  close: '4.1.survey',
  withdraw: '1.2.case',
  'close-as-duplicate': '1.2.case',
  'refuse-sender': '1.2.representative',
  reopen: '1.2.case',
});

/**
 * Support has split a case, one question per case (`1.2.form.one-question`): the case itself keeps
 * the first question, the others start as new cases.
 *
 * @example
 * ```ts
 * const r = transitionCase(startCase({ subject: '印刷', question: '印刷できない' }), { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' });
 * const d = r.outcome === 'applied' ? transitionCase(r.value, { type: 'split', questions: ['印刷できない', 'PDF が文字化けする'], at: '2027-01-04T11:00+09:00' }) : r;
 * if (d.outcome === 'split') {
 *   const split: CaseSplit = d.value;
 *   split.kept.question; // '印刷できない'
 *   split.created[0]?.splitFrom; // 'CS-0001'
 * }
 * ```
 */
export interface CaseSplit {
  readonly kept: CaseState;
  /** New cases, one per further question, each waiting for its own case number. */
  readonly created: readonly SubmittedCase[];
}

/**
 * The answer of {@link transitionCase}: `'applied'` with the new state, `'split'` with the
 * kept and the new cases, or `'refused'` (value `null`) with the reason (`1.2.case`, `4.1.survey`).
 *
 * @example
 * ```ts
 * const submitted = startCase({ subject: '印刷', question: '印刷できない' });
 * const d: CaseTransitionDecision = transitionCase(submitted, { type: 'split', questions: ['印刷できない', 'PDF が文字化けする'], at: '2027-01-04T10:00+09:00' });
 * if (d.outcome === 'split') d.value.created.length; // 1 (the second question becomes a new case)
 * else if (d.outcome === 'refused') console.log(renderDecision(d, 'en'));
 * ```
 */
export type CaseTransitionDecision =
  | Decision<'applied', CaseState, CaseTransitionCode>
  | Decision<'split', CaseSplit, CaseTransitionCode>
  | Decision<'refused', null, CaseTransitionCode>;

/**
 * The reason codes {@link transitionCase} can give.
 *
 * @example
 * ```ts
 * const code: CaseTransitionCode = 'SURVEY_BEFORE_FINAL_ANSWER';
 * ```
 */
export type CaseTransitionCode = keyof typeof lifecycleReasons;

type LifecycleRule = RuleContext<typeof lifecycleReasons>;
type LifecycleReason = Reason<CaseTransitionCode>;

const ANSWERED: readonly CaseStatus[] = ['final-answer', 'survey'];
const ENDED: readonly CaseStatus[] = ['closed', 'withdrawn', 'duplicate', 'sender-refused'];

/** Why an event is not accepted at this stage. */
function statusRefusal(rule: LifecycleRule, event: CaseEvent, state: CaseState): LifecycleReason {
  const status = state.status;
  if (ENDED.includes(status)) return rule.reason('CASE_ALREADY_CLOSED');
  if (status === 'submitted') {
    return rule.reason(event.type === 'receive-data' ? 'DATA_BEFORE_CASE_NUMBER' : 'CASE_NUMBER_FIRST');
  }
  switch (event.type) {
    case 'register':
      return rule.reason('ALREADY_REGISTERED', { caseNumber: 'caseNumber' in state ? (state.caseNumber ?? '') : '' });
    case 'start-investigation':
      if (status === 'investigating') return rule.reason('ALREADY_INVESTIGATING');
      break;
    case 'provide-interim-code':
      if (status === 'registered') return rule.reason('INVESTIGATION_NOT_STARTED');
      break;
    case 'send-survey':
      return rule.reason(status === 'survey' ? 'SURVEY_ALREADY_SENT' : 'SURVEY_BEFORE_FINAL_ANSWER');
    case 'close':
      return rule.reason(status === 'final-answer' ? 'SURVEY_NOT_SENT' : 'NO_FINAL_ANSWER');
    case 'reopen':
      return rule.reason('REOPEN_BEFORE_FINAL_ANSWER');
    default:
      break;
  }
  if (ANSWERED.includes(status)) return rule.reason('CASE_ALREADY_ANSWERED');
  return rule.reason('EVENT_NOT_ALLOWED', { stage: STAGE_WORDS[status], action: EVENT_WORDS[event.type] });
}

/** Why the event itself is refused even at a stage that accepts its type. */
function contentRefusals(rule: LifecycleRule, event: CaseEvent, state: CaseState): LifecycleReason[] {
  const own = 'caseNumber' in state ? state.caseNumber : null;
  switch (event.type) {
    case 'receive-data':
      return event.channel === 'form' ? [rule.reason('DATA_NOT_BY_FORM')] : [];
    case 'provide-interim-code':
      return event.environment === 'production-other' ? [rule.reason('INTERIM_CODE_ENVIRONMENT')] : [];
    case 'request-enhancement': {
      const known = 'enhancementRequests' in state ? state.enhancementRequests : [];
      const number = event.enhancementNumber;
      return number === own || known.includes(number) ? [rule.reason('ENHANCEMENT_NUMBER_NOT_OWN', { number })] : [];
    }
    case 'close-as-duplicate':
      return own !== null && event.duplicateOf === own ? [rule.reason('DUPLICATE_OF_ITSELF', { caseNumber: own })] : [];
    default:
      return [];
  }
}

/** The fields of a numbered case, with interim codes (empty before the investigation). */
function worked(state: Exclude<CaseState, SubmittedCase>): WorkedCaseFields {
  const { status: _status, ...fields } = state as Extract<CaseState, { caseNumber: string }>;
  return { ...fields, interimCodes: 'interimCodes' in state ? state.interimCodes : [] };
}

/** What an ended case keeps: every field it had, the number when there is one (interpretation 12). */
function ended(state: CaseState, history: readonly CaseHistoryEntry[]): EndedCaseFields {
  return {
    subject: state.subject,
    question: state.question,
    urgency: state.urgency,
    product: state.product,
    splitFrom: state.splitFrom,
    history,
    caseNumber: 'caseNumber' in state ? state.caseNumber : null,
    dataReceived: 'dataReceived' in state ? state.dataReceived : 0,
    enhancementRequests: 'enhancementRequests' in state ? state.enhancementRequests : [],
    interimCodes: 'interimCodes' in state ? state.interimCodes : [],
  };
}

/** The instant of an event, checked: required, a real instant, and not before the last one of the history. */
function eventInstant(event: { readonly at?: unknown }, state: CaseState): number {
  if (event.at === undefined) throw invalidInput('case event', [{ path: ['at'], message: 'is required (an instant)' }]);
  const at = toEpochMs(event.at as InstantInput, 'at');
  const last = state.history[state.history.length - 1];
  if (last !== undefined && at < parseIsoDateTime(last.at)!) {
    throw invalidInput('case event', [
      { path: ['at'], message: `must not be before the previous event of the case (${last.at})` },
    ]);
  }
  return at;
}

/**
 * Applies an event to a case at the instant it happened (`1.2.case`, `1.2.form.one-question`,
 * `2.1.data`, `2.1.data-handling`, `2.2.interim-code`, `2.3.enhancement`, `4.1.survey`,
 * `1.2.representative`; interpretation 12).
 *
 * The main path is `submitted → registered → investigating → final-answer → survey → closed`
 * ({@link CASE_TRANSITIONS} says which stage accepts which event). Rules it enforces:
 * - work starts only from a case number (ケース番号に基づいて対応を開始);
 * - data is accepted only after the case number and only by e-mail (ケース番号受領後にEメールへの添付),
 *   and each delivery is noted as handled strictly under the security and privacy policies (2.1.data-handling);
 * - support may split a case, one question per case (`'split'` outcome: the case keeps the first question);
 * - interim code only for the affected or a verification environment, with no quality guarantee,
 *   the fix shipping in the next release;
 * - a request the current specification cannot meet becomes an enhancement request with its own number;
 * - the satisfaction survey only after the final answer, and closing only after the survey.
 *
 * Interpretation 12 adds the ends a support desk needs, which the policy does not forbid: the
 * customer withdraws the inquiry (`withdraw`), the inquiry is handled under another case
 * (`close-as-duplicate`, naming it), the sender is not a representative (`refuse-sender`), and,
 * after the final answer, the customer reports that the problem remains (`reopen`: back to
 * the investigation, then a new final answer and survey).
 *
 * Every event carries `at`, the instant it happened; the new state's `history` records it (as a
 * JST ISO string), so the history is a timeline other rules can measure. An event before the last
 * one of the history is an input error. A refused event returns `'refused'`, with every reason,
 * and leaves the state as it was. The input state is never modified.
 *
 * @example
 * ```ts
 * let c: CaseState = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * const d = transitionCase(c, { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' });
 * if (d.outcome === 'applied') c = d.value; // { status: 'registered', caseNumber: 'CS-0001', history: [{ type: 'register', at: '2027-01-04T10:00:00+09:00' }], … }
 * transitionCase(c, { type: 'send-survey', at: '2027-01-04T11:00+09:00' }).reasons[0].code; // 'SURVEY_BEFORE_FINAL_ANSWER'
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed state or event (or an event before the
 * last one), `INVALID_INSTANT` for a bad `at`.
 */
export function transitionCase(state: CaseState, event: CaseEvent, options?: RuleOptions): CaseTransitionDecision {
  const rule = ruleContext('transitionCase', options, lifecycleReasons);
  const current = parseWith(caseStateSchema, state, 'INVALID_INPUT', 'case state') as CaseState;
  const ev = parseWith(caseEventSchema, event, 'INVALID_INPUT', 'case event') as CaseEvent;
  const at = eventInstant(ev, current);
  const refuse = (reasons: LifecycleReason[]): CaseTransitionDecision =>
    rule.decide('refused', null, reasons, [EVENT_CLAUSE[ev.type]]);

  const refusals: LifecycleReason[] = [];
  if (!CASE_TRANSITIONS[ev.type].includes(current.status)) refusals.push(statusRefusal(rule, ev, current));
  if (!ENDED.includes(current.status)) refusals.push(...contentRefusals(rule, ev, current));
  if (refusals.length > 0) return refuse(refusals);

  const history: CaseHistoryEntry[] = [...current.history, { type: ev.type, at: toJstIsoString(at) }];
  const applied = (next: CaseState, reasons: LifecycleReason[]): CaseTransitionDecision =>
    rule.decide('applied', next, reasons);
  const caseNumber = 'caseNumber' in current ? current.caseNumber : null;

  // Each branch below is reached only from the stages CASE_TRANSITIONS allows.
  switch (ev.type) {
    case 'register': {
      if (current.status !== 'submitted') break;
      const { status: _status, ...fields } = current;
      const number = ev.caseNumber;
      return applied(
        { ...fields, history, status: 'registered', caseNumber: number, dataReceived: 0, enhancementRequests: [] },
        [
          rule.reason('CASE_REGISTERED', { caseNumber: number }),
          rule.reason('DATA_BY_EMAIL_FROM_NOW', { caseNumber: number }),
        ],
      );
    }
    case 'receive-data': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      return applied({ ...current, history, dataReceived: current.dataReceived + 1 }, [
        rule.reason('DATA_RECEIVED'),
        rule.reason('DATA_HANDLED_STRICTLY'),
        rule.reason('NO_UNRELATED_PERSONAL_DATA'),
      ]);
    }
    case 'split': {
      const [first, ...rest] = ev.questions as [string, ...string[]];
      const kept = { ...current, history, question: first } as CaseState;
      const created: SubmittedCase[] = rest.map((question) => ({
        status: 'submitted',
        subject: current.subject,
        question,
        urgency: current.urgency,
        product: current.product,
        splitFrom: caseNumber,
        history: [],
      }));
      return rule.decide('split', { kept, created }, [rule.reason('CASE_SPLIT', { count: ev.questions.length })]);
    }
    case 'start-investigation': {
      if (current.status !== 'registered') break;
      return applied({ ...worked(current), history, status: 'investigating' }, [
        rule.reason('INVESTIGATION_STARTED', { caseNumber: current.caseNumber }),
      ]);
    }
    case 'provide-interim-code': {
      if (current.status !== 'investigating' || ev.environment === 'production-other') break;
      const environment = ev.environment;
      return applied({ ...current, history, interimCodes: [...current.interimCodes, environment] }, [
        rule.reason('INTERIM_CODE_PROVIDED', { environment }),
        rule.reason('INTERIM_CODE_NO_QUALITY_GUARANTEE'),
        rule.reason('FIX_IN_NEXT_RELEASE'),
      ]);
    }
    case 'request-enhancement': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      const number = ev.enhancementNumber;
      return applied({ ...current, history, enhancementRequests: [...current.enhancementRequests, number] }, [
        rule.reason('ENHANCEMENT_REQUEST_OPENED', { number }),
      ]);
    }
    case 'final-answer': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      return applied({ ...worked(current), history, status: 'final-answer' }, [
        rule.reason('FINAL_ANSWER_GIVEN', { caseNumber: current.caseNumber }),
        rule.reason('SURVEY_NEXT'),
      ]);
    }
    case 'send-survey': {
      if (current.status !== 'final-answer') break;
      return applied({ ...current, history, status: 'survey' }, [rule.reason('SURVEY_SENT')]);
    }
    case 'close': {
      if (current.status !== 'survey') break;
      return applied({ ...current, history, status: 'closed' }, [
        rule.reason('CASE_CLOSED', { caseNumber: current.caseNumber }),
      ]);
    }
    case 'withdraw':
      return applied({ ...ended(current, history), status: 'withdrawn' }, [
        rule.reason('CASE_WITHDRAWN', { caseNumber }),
      ]);
    case 'close-as-duplicate':
      return applied({ ...ended(current, history), status: 'duplicate', duplicateOf: ev.duplicateOf }, [
        rule.reason('CASE_CLOSED_AS_DUPLICATE', { caseNumber, duplicateOf: ev.duplicateOf }),
      ]);
    case 'refuse-sender':
      return applied({ ...ended(current, history), status: 'sender-refused', refusal: ev.refusal }, [
        rule.reason('SENDER_REFUSED', { refusal: ev.refusal }),
      ]);
    case 'reopen': {
      if (current.status !== 'final-answer' && current.status !== 'survey') break;
      return applied({ ...current, history, status: 'investigating' }, [
        rule.reason('CASE_REOPENED', { caseNumber: current.caseNumber }),
      ]);
    }
  }
  // Unreachable while CASE_TRANSITIONS and the branches agree; refuse rather than answer half-way.
  return refuse([statusRefusal(rule, ev, current)]);
}
