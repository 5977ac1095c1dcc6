import * as z from 'zod/mini';
import { parseIsoDateTime, type InstantInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { lazySchema, nonBlankText, parseWith } from '../validate.js';
import { invalidInput, notOneOf } from './shared.js';

/**
 * The stages of a case (`1.2.case`, `4.1.survey`): the main path in order, then the three other
 * ends a case may have (interpretation 12): withdrawn by the customer, closed as a duplicate of
 * another case, and refused because the sender is not a representative (`1.2.representative`).
 *
 * @example
 * ```ts
 * CASE_STATUSES.indexOf('survey') > CASE_STATUSES.indexOf('final-answer'); // true (4.1.survey)
 * ```
 */
export const CASE_STATUSES = Object.freeze([
  'submitted',
  'registered',
  'investigating',
  'final-answer',
  'survey',
  'closed',
  'withdrawn',
  'duplicate',
  'sender-refused',
] as const);
/**
 * A stage of a case (`1.2.case`, `4.1.survey`); {@link CASE_TRANSITIONS} says which events each
 * stage accepts.
 *
 * @example
 * ```ts
 * const status: CaseStatus = 'final-answer';
 * CASE_TRANSITIONS['send-survey'].includes(status); // true (4.1.survey: the survey follows the final answer)
 * ```
 */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Where interim software code may run (`2.2.interim-code`): only the affected or a verification
 * environment, since it carries no quality guarantee.
 *
 * @example
 * ```ts
 * const environment: InterimCodeEnvironment = 'verification';
 * transitionCase(investigating, { type: 'provide-interim-code', environment, at: '2027-01-05T10:00+09:00' }).outcome; // 'applied' (investigating: see InvestigatingCase)
 * ```
 */
export type InterimCodeEnvironment = 'affected' | 'verification';

/**
 * Why a sender's case is refused (`1.2.representative`): not a registered representative of the
 * customer company, or an individual end user of the product.
 *
 * @example
 * ```ts
 * const refusal: SenderRefusal = 'not-a-representative';
 * ```
 */
export type SenderRefusal = 'not-a-representative' | 'individual-end-user';

/**
 * What can happen to a case, each at the instant `at` it happened (interpretation 12: the history
 * is a timeline other rules can measure):
 * - `register`: support issues the case number (`1.2.case`);
 * - `receive-data`: diagnostic data arrives (`2.1.data`: by e-mail, after the case number);
 * - `split`: support splits the case, one question per case (`1.2.form.one-question`);
 * - `start-investigation`: work starts from the case number (`1.2.case`);
 * - `provide-interim-code`: a verification build is handed over (`2.2.interim-code`);
 * - `request-enhancement`: the request becomes an enhancement request with its own number (`2.3.enhancement`);
 * - `final-answer`, `send-survey` (`4.1.survey`: only after the final answer), `close`;
 * - `withdraw`: the customer withdraws the inquiry; `close-as-duplicate`: the same inquiry is
 *   handled under another case (`duplicateOf`); `refuse-sender`: the sender is not a
 *   representative (`1.2.representative`); `reopen`: after the final answer the customer reports
 *   that the problem remains (interpretation 12: the policy forbids none of these).
 *
 * @example
 * ```ts
 * const submitted = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * const event: CaseEvent = { type: 'receive-data', channel: 'email', at: '2027-01-04T10:00+09:00' };
 * transitionCase(submitted, event).reasons[0]?.code; // 'DATA_BEFORE_CASE_NUMBER' (2.1.data)
 * ```
 */
export type CaseEvent = { readonly at: InstantInput } & (
  | { readonly type: 'register'; readonly caseNumber: string }
  | { readonly type: 'receive-data'; readonly channel: 'email' | 'form' }
  | { readonly type: 'split'; readonly questions: readonly string[] }
  | { readonly type: 'start-investigation' }
  | { readonly type: 'provide-interim-code'; readonly environment: InterimCodeEnvironment | 'production-other' }
  | { readonly type: 'request-enhancement'; readonly enhancementNumber: string }
  | { readonly type: 'final-answer' }
  | { readonly type: 'send-survey' }
  | { readonly type: 'close' }
  | { readonly type: 'withdraw' }
  | { readonly type: 'close-as-duplicate'; readonly duplicateOf: string }
  | { readonly type: 'refuse-sender'; readonly refusal: SenderRefusal }
  | { readonly type: 'reopen' }
);

/**
 * The kind of a {@link CaseEvent}: the key of {@link CASE_TRANSITIONS}, which says from which
 * stages it is accepted (`1.2.case`, `4.1.survey`).
 *
 * @example
 * ```ts
 * const type: CaseEventType = 'send-survey';
 * CASE_TRANSITIONS[type]; // ['final-answer']
 * ```
 */
export type CaseEventType = CaseEvent['type'];

/**
 * Every event type, in the order of a typical case.
 *
 * @example
 * ```ts
 * for (const type of CASE_EVENT_TYPES) console.log(type, CASE_TRANSITIONS[type]);
 * ```
 */
export const CASE_EVENT_TYPES = Object.freeze([
  'register',
  'receive-data',
  'split',
  'start-investigation',
  'provide-interim-code',
  'request-enhancement',
  'final-answer',
  'send-survey',
  'close',
  'withdraw',
  'close-as-duplicate',
  'refuse-sender',
  'reopen',
] as const satisfies readonly CaseEventType[]);

/**
 * One event of a case's history: its type and the instant it happened, as a JST ISO string
 * (`'2027-01-04T10:00:00+09:00'`). The history is the case's timeline (interpretation 12).
 *
 * @example
 * ```ts
 * const entry: CaseHistoryEntry = { type: 'register', at: '2027-01-04T10:00:00+09:00' };
 * ```
 */
export interface CaseHistoryEntry {
  readonly type: CaseEventType;
  readonly at: string;
}

/**
 * What every case holds, from submission on: its one question (`1.2.form.one-question`), urgency
 * (`1.2.form`) and the history of events applied.
 *
 * @example
 * ```ts
 * const common: CaseCommon = startCase({ subject: '印刷できない', question: '帳票が印刷できません', urgency: 'medium' });
 * // { status: 'submitted', subject: '印刷できない', question: '帳票が印刷できません', urgency: 'medium',
 * //   product: null, splitFrom: null, history: [] }
 * ```
 */
export interface CaseCommon {
  readonly subject: string;
  /** The one question or problem of this case (`1.2.form.one-question`). */
  readonly question: string;
  readonly urgency: Urgency | null;
  /** A product id of `policy.products`, when known. */
  readonly product: string | null;
  /** The case number of the case this one was split from (`1.2.form.one-question`), else null. */
  readonly splitFrom: string | null;
  /** The events applied to this case with the instant of each, oldest first: the case's timeline. */
  readonly history: readonly CaseHistoryEntry[];
}

/**
 * What a case holds once it has a number (`1.2.case`: the number is issued first), from the
 * `'registered'` stage on.
 *
 * @example
 * ```ts
 * const label = (c: NumberedCaseFields): string => `${c.caseNumber}: ${c.question}`;
 * const d = transitionCase(startCase({ subject: '印刷できない', question: '帳票が印刷できません' }), { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' });
 * if (d.outcome === 'applied' && d.value.status === 'registered') label(d.value); // 'CS-0001: 帳票が印刷できません'
 * ```
 */
export interface NumberedCaseFields extends CaseCommon {
  readonly caseNumber: string;
  /** E-mails with diagnostic data received (`2.1.data`). */
  readonly dataReceived: number;
  /** Enhancement-request numbers opened from this case (`2.3.enhancement`). */
  readonly enhancementRequests: readonly string[];
}

/**
 * What a case holds once investigation may have begun: the interim code provided so far
 * (`2.2.interim-code`), from the `'investigating'` stage on.
 *
 * @example
 * ```ts
 * const worked: WorkedCaseFields = {
 *   subject: '印刷できない', question: '帳票が印刷できません', urgency: null, product: null, splitFrom: null,
 *   history: [{ type: 'register', at: '2027-01-04T10:00:00+09:00' }, { type: 'start-investigation', at: '2027-01-04T11:00:00+09:00' }],
 *   caseNumber: 'CS-0001', dataReceived: 0, enhancementRequests: [], interimCodes: ['verification'],
 * };
 * ```
 */
export interface WorkedCaseFields extends NumberedCaseFields {
  /** Environments interim code was provided for (`2.2.interim-code`). */
  readonly interimCodes: readonly InterimCodeEnvironment[];
}

/**
 * Submitted through the form (or split off), waiting for its case number (`1.2.case`: work
 * starts only from the number).
 *
 * @example
 * ```ts
 * const submitted: SubmittedCase = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * submitted.status; // 'submitted' (no caseNumber yet)
 * ```
 */
export interface SubmittedCase extends CaseCommon {
  readonly status: 'submitted';
}
/**
 * Has its case number; work may start and data may be sent by e-mail (`1.2.case`, `2.1.data`).
 *
 * @example
 * ```ts
 * const d = transitionCase(startCase({ subject: '印刷できない', question: '帳票が印刷できません' }), { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' });
 * if (d.outcome === 'applied' && d.value.status === 'registered') {
 *   const registered: RegisteredCase = d.value; // { status: 'registered', caseNumber: 'CS-0001', dataReceived: 0, … }
 * }
 * ```
 */
export interface RegisteredCase extends NumberedCaseFields {
  readonly status: 'registered';
}
/**
 * Support is investigating (`1.2.case`); interim code may now be provided (`2.2.interim-code`).
 *
 * @example
 * ```ts
 * const investigating: InvestigatingCase = {
 *   status: 'investigating', subject: '印刷できない', question: '帳票が印刷できません', urgency: 'medium', product: 'kaito',
 *   splitFrom: null, history: [{ type: 'register', at: '2027-01-04T10:00:00+09:00' }, { type: 'start-investigation', at: '2027-01-04T11:00:00+09:00' }],
 *   caseNumber: 'CS-0001', dataReceived: 0, enhancementRequests: [], interimCodes: [],
 * };
 * transitionCase(investigating, { type: 'provide-interim-code', environment: 'verification', at: '2027-01-05T10:00+09:00' }).outcome; // 'applied'
 * ```
 */
export interface InvestigatingCase extends WorkedCaseFields {
  readonly status: 'investigating';
}
/**
 * The final answer has been given (`4.1.survey`: the survey comes next, then the case closes).
 *
 * @example
 * ```ts
 * const answered: AnsweredCase = {
 *   status: 'final-answer', subject: '印刷できない', question: '帳票が印刷できません', urgency: null, product: null,
 *   splitFrom: null, history: [{ type: 'register', at: '2027-01-04T10:00:00+09:00' }, { type: 'final-answer', at: '2027-01-05T15:00:00+09:00' }],
 *   caseNumber: 'CS-0001', dataReceived: 0, enhancementRequests: [], interimCodes: [],
 * };
 * transitionCase(answered, { type: 'close', at: '2027-01-06T10:00+09:00' }).reasons[0]?.code; // 'SURVEY_NOT_SENT' (the survey comes first)
 * ```
 */
export interface AnsweredCase extends WorkedCaseFields {
  readonly status: 'final-answer';
}
/**
 * The satisfaction survey has been sent (`4.1.survey`); the case may now be closed.
 *
 * @example
 * ```ts
 * const surveyed: SurveyedCase = { ...answered, status: 'survey', history: [...answered.history, { type: 'send-survey', at: '2027-01-05T16:00:00+09:00' }] }; // answered: see AnsweredCase
 * transitionCase(surveyed, { type: 'close', at: '2027-01-12T10:00+09:00' }).outcome; // 'applied'
 * ```
 */
export interface SurveyedCase extends WorkedCaseFields {
  readonly status: 'survey';
}
/**
 * Closed, after the final answer and the survey (`4.1.survey`); a new question is a new case (`1.2.case`).
 *
 * @example
 * ```ts
 * const closed: ClosedCase = { ...surveyed, status: 'closed', history: [...surveyed.history, { type: 'close', at: '2027-01-12T10:00:00+09:00' }] }; // surveyed: see SurveyedCase
 * transitionCase(closed, { type: 'receive-data', channel: 'email', at: '2027-01-13T10:00+09:00' }).reasons[0]?.code; // 'CASE_ALREADY_CLOSED'
 * ```
 */
export interface ClosedCase extends WorkedCaseFields {
  readonly status: 'closed';
}

/**
 * What a case that ended off the main path holds (interpretation 12): everything it had, with a
 * case number when one was issued (`null` before).
 *
 * @example
 * ```ts
 * const ended = (c: EndedCaseFields): string => c.caseNumber ?? '(no case number)';
 * ```
 */
export interface EndedCaseFields extends CaseCommon {
  readonly caseNumber: string | null;
  readonly dataReceived: number;
  readonly enhancementRequests: readonly string[];
  readonly interimCodes: readonly InterimCodeEnvironment[];
}
/**
 * Withdrawn by the customer before its final answer (interpretation 12).
 *
 * @example
 * ```ts
 * const d = transitionCase(registered, { type: 'withdraw', at: '2027-01-05T10:00+09:00' }); // registered: see RegisteredCase
 * if (d.outcome === 'applied' && d.value.status === 'withdrawn') d.value.caseNumber; // 'CS-0001'
 * ```
 */
export interface WithdrawnCase extends EndedCaseFields {
  readonly status: 'withdrawn';
}
/**
 * Closed because the same inquiry is handled under another case, `duplicateOf` (interpretation 12).
 *
 * @example
 * ```ts
 * const d = transitionCase(registered, { type: 'close-as-duplicate', duplicateOf: 'CS-0000', at: '2027-01-05T10:00+09:00' });
 * if (d.outcome === 'applied' && d.value.status === 'duplicate') d.value.duplicateOf; // 'CS-0000'
 * ```
 */
export interface DuplicateCase extends EndedCaseFields {
  readonly status: 'duplicate';
  /** The case number the inquiry is handled under. */
  readonly duplicateOf: string;
}
/**
 * Refused because the sender is not a representative (`1.2.representative`, interpretation 12).
 *
 * @example
 * ```ts
 * const d = transitionCase(submitted, { type: 'refuse-sender', refusal: 'not-a-representative', at: '2027-01-04T10:05+09:00' });
 * if (d.outcome === 'applied' && d.value.status === 'sender-refused') d.value.refusal; // 'not-a-representative'
 * ```
 */
export interface SenderRefusedCase extends EndedCaseFields {
  readonly status: 'sender-refused';
  readonly refusal: SenderRefusal;
}

/**
 * A case at one stage, discriminated by `status`. Fields exist only from the stage that
 * gives them meaning: no `caseNumber` before `'registered'`, no `interimCodes` before
 * `'investigating'`, so a numberless case under investigation cannot be written down
 * (`1.2.case`: work starts from the case number).
 *
 * @example
 * ```ts
 * let state: CaseState = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * const d = transitionCase(state, { type: 'register', caseNumber: 'CS-0001', at: '2027-01-04T10:00+09:00' });
 * if (d.outcome === 'applied') state = d.value;
 * if (state.status === 'registered') state.caseNumber; // 'CS-0001'
 * ```
 */
export type CaseState =
  | SubmittedCase
  | RegisteredCase
  | InvestigatingCase
  | AnsweredCase
  | SurveyedCase
  | ClosedCase
  | WithdrawnCase
  | DuplicateCase
  | SenderRefusedCase;

const text = nonBlankText;

/** A JST ISO instant the library wrote (`'2027-01-04T10:00:00+09:00'`), as stored in a history. */
const isoInstant = lazySchema(() =>
  z.string().check(z.refine((s) => parseIsoDateTime(s) !== undefined, 'must be an ISO date-time with an offset')),
);

/** The instants of a history never go back: a timeline other rules measure. */
function inOrder(history: readonly { readonly at: string }[]): boolean {
  for (let i = 1; i < history.length; i++)
    if (parseIsoDateTime(history[i]!.at)! < parseIsoDateTime(history[i - 1]!.at)!) return false;
  return true;
}

/** Validates a case state handed back by a caller (`transitionCase`); built on first use. */
export const caseStateSchema = lazySchema(() => {
  const entry = z.strictObject({ type: z.enum(CASE_EVENT_TYPES), at: isoInstant() });
  const common = {
    subject: text(),
    question: text(),
    urgency: z.nullable(z.enum(URGENCY_LEVELS)),
    product: z.nullable(text()),
    splitFrom: z.nullable(text()),
    history: z.array(entry).check(z.refine(inOrder, 'must be in time order, oldest first')),
  };
  const numbered = {
    ...common,
    caseNumber: text(),
    dataReceived: z.int().check(z.minimum(0)),
    enhancementRequests: z.array(text()),
  };
  const worked = { ...numbered, interimCodes: z.array(z.enum(['affected', 'verification'])) };
  const ended = { ...worked, caseNumber: z.nullable(text()) };
  return z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('submitted'), ...common }),
    z.strictObject({ status: z.literal('registered'), ...numbered }),
    z.strictObject({ status: z.literal('investigating'), ...worked }),
    z.strictObject({ status: z.literal('final-answer'), ...worked }),
    z.strictObject({ status: z.literal('survey'), ...worked }),
    z.strictObject({ status: z.literal('closed'), ...worked }),
    z.strictObject({ status: z.literal('withdrawn'), ...ended }),
    z.strictObject({ status: z.literal('duplicate'), ...ended, duplicateOf: text() }),
    z.strictObject({
      status: z.literal('sender-refused'),
      ...ended,
      refusal: z.enum(['not-a-representative', 'individual-end-user']),
    }),
  ]);
});

// The schema and the hand-written union must describe the same states.
type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<ReturnType<typeof caseStateSchema>>, Writable<CaseState>> = true;
void schemaMatchesType;

/** Validates an event (`transitionCase`); built on first use. `at` is read by `toEpochMs` after it. */
export const caseEventSchema = lazySchema(() => {
  const at = { at: z.unknown() };
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('register'), caseNumber: text(), ...at }),
    z.strictObject({ type: z.literal('receive-data'), channel: z.enum(['email', 'form']), ...at }),
    z.strictObject({ type: z.literal('split'), questions: z.array(text()).check(z.minLength(2)), ...at }),
    z.strictObject({ type: z.literal('start-investigation'), ...at }),
    z.strictObject({
      type: z.literal('provide-interim-code'),
      environment: z.enum(['affected', 'verification', 'production-other']),
      ...at,
    }),
    z.strictObject({ type: z.literal('request-enhancement'), enhancementNumber: text(), ...at }),
    z.strictObject({ type: z.literal('final-answer'), ...at }),
    z.strictObject({ type: z.literal('send-survey'), ...at }),
    z.strictObject({ type: z.literal('close'), ...at }),
    z.strictObject({ type: z.literal('withdraw'), ...at }),
    z.strictObject({ type: z.literal('close-as-duplicate'), duplicateOf: text(), ...at }),
    z.strictObject({
      type: z.literal('refuse-sender'),
      refusal: z.enum(['not-a-representative', 'individual-end-user']),
      ...at,
    }),
    z.strictObject({ type: z.literal('reopen'), ...at }),
  ]);
});

/**
 * Input of {@link startCase}: the one question of a new case (`1.2.case`, `1.2.form.one-question`);
 * a case draft from `validateCaseIntake` fits as it is.
 *
 * @example
 * ```ts
 * const input: StartCaseInput = { subject: '印刷できない', question: '帳票が印刷できません', urgency: 'medium', product: 'kaito' };
 * startCase(input).status; // 'submitted'
 * ```
 */
export interface StartCaseInput {
  readonly subject: string;
  readonly question: string;
  readonly urgency?: Urgency;
  readonly product?: string;
}

// Not strict: a CaseDraft (with its many other fields) may be passed as it is; only these are kept.
const startCaseInputSchema = lazySchema(() =>
  z.object({
    subject: text(),
    question: text(),
    urgency: z.optional(z.enum(URGENCY_LEVELS)),
    product: z.optional(text()),
  }),
);

/**
 * A new case, as submitted and before it has a number (`1.2.case`). A draft from
 * `validateCaseIntake` can be passed as it is (its other fields are not kept).
 *
 * @example
 * ```ts
 * const submitted = startCase({ subject: 'ログインできない', question: 'iOS 18 でログインできません', urgency: 'high', product: 'kaito' });
 * // { status: 'submitted', subject: 'ログインできない', question: …, urgency: 'high', product: 'kaito', splitFrom: null, history: [] }
 * const next = transitionCase(submitted, { type: 'register', caseNumber: 'CS-2027-0001' });
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a missing subject or question, or a product or urgency the policy does not have.
 */
export function startCase(input: StartCaseInput, options?: RuleOptions): SubmittedCase {
  const policy = policyOf(options);
  const parsed = parseWith(startCaseInputSchema, input, 'INVALID_INPUT', 'case');
  if (parsed.product !== undefined && !policy.products.some((p) => p.id === parsed.product))
    throw invalidInput('case', [
      notOneOf(
        ['product'],
        policy.products.map((p) => p.id),
      ),
    ]);
  if (parsed.urgency !== undefined && !policy.urgencyLevels.includes(parsed.urgency))
    throw invalidInput('case', [notOneOf(['urgency'], policy.urgencyLevels)]);
  return {
    status: 'submitted',
    subject: parsed.subject,
    question: parsed.question,
    urgency: parsed.urgency ?? null,
    product: parsed.product ?? null,
    splitFrom: null,
    history: [],
  };
}
