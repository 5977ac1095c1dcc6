import * as z from 'zod/mini';
import { CsPolicyError } from '../errors.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { URGENCY_LEVELS, type Urgency } from '../policy/schema.js';
import { lazySchema, nonBlankText, parseWith } from '../validate.js';

/**
 * The stages of a case (`1.2.case`, `4.1.survey`), in order.
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
 * transitionCase(investigating, { type: 'provide-interim-code', environment }).outcome; // 'applied' (investigating: see InvestigatingCase)
 * ```
 */
export type InterimCodeEnvironment = 'affected' | 'verification';

/**
 * What can happen to a case:
 * - `register`: support issues the case number (`1.2.case`);
 * - `receive-data`: diagnostic data arrives (`2.1.data`: by e-mail, after the case number);
 * - `split`: support splits the case, one question per case (`1.2.form.one-question`);
 * - `start-investigation`: work starts from the case number (`1.2.case`);
 * - `provide-interim-code`: a verification build is handed over (`2.2.interim-code`);
 * - `request-enhancement`: the request becomes an enhancement request with its own number (`2.3.enhancement`);
 * - `final-answer`, `send-survey` (`4.1.survey`: only after the final answer), `close`.
 *
 * @example
 * ```ts
 * const submitted = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * const event: CaseEvent = { type: 'receive-data', channel: 'email' };
 * transitionCase(submitted, event).reasons[0]?.code; // 'DATA_BEFORE_CASE_NUMBER' (2.1.data)
 * ```
 */
export type CaseEvent =
  | { readonly type: 'register'; readonly caseNumber: string }
  | { readonly type: 'receive-data'; readonly channel: 'email' | 'form' }
  | { readonly type: 'split'; readonly questions: readonly string[] }
  | { readonly type: 'start-investigation' }
  | { readonly type: 'provide-interim-code'; readonly environment: InterimCodeEnvironment | 'production-other' }
  | { readonly type: 'request-enhancement'; readonly enhancementNumber: string }
  | { readonly type: 'final-answer' }
  | { readonly type: 'send-survey' }
  | { readonly type: 'close' };

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
] as const satisfies readonly CaseEventType[]);

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
  /** The events applied to this case, oldest first. */
  readonly history: readonly CaseEventType[];
}

/**
 * What a case holds once it has a number (`1.2.case`: the number is issued first), from the
 * `'registered'` stage on.
 *
 * @example
 * ```ts
 * const label = (c: NumberedCaseFields): string => `${c.caseNumber}: ${c.question}`;
 * const d = transitionCase(startCase({ subject: '印刷できない', question: '帳票が印刷できません' }), { type: 'register', caseNumber: 'CS-0001' });
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
 *   history: ['register', 'start-investigation', 'provide-interim-code'],
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
 * const d = transitionCase(startCase({ subject: '印刷できない', question: '帳票が印刷できません' }), { type: 'register', caseNumber: 'CS-0001' });
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
 *   splitFrom: null, history: ['register', 'start-investigation'],
 *   caseNumber: 'CS-0001', dataReceived: 0, enhancementRequests: [], interimCodes: [],
 * };
 * transitionCase(investigating, { type: 'provide-interim-code', environment: 'verification' }).outcome; // 'applied'
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
 *   splitFrom: null, history: ['register', 'final-answer'],
 *   caseNumber: 'CS-0001', dataReceived: 0, enhancementRequests: [], interimCodes: [],
 * };
 * transitionCase(answered, { type: 'close' }).reasons[0]?.code; // 'SURVEY_NOT_SENT' (the survey comes first)
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
 * const surveyed: SurveyedCase = { ...answered, status: 'survey', history: [...answered.history, 'send-survey'] }; // answered: see AnsweredCase
 * transitionCase(surveyed, { type: 'close' }).outcome; // 'applied'
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
 * const closed: ClosedCase = { ...surveyed, status: 'closed', history: [...surveyed.history, 'close'] }; // surveyed: see SurveyedCase
 * transitionCase(closed, { type: 'receive-data', channel: 'email' }).reasons[0]?.code; // 'CASE_ALREADY_CLOSED'
 * ```
 */
export interface ClosedCase extends WorkedCaseFields {
  readonly status: 'closed';
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
 * const d = transitionCase(state, { type: 'register', caseNumber: 'CS-0001' });
 * if (d.outcome === 'applied') state = d.value;
 * if (state.status === 'registered') state.caseNumber; // 'CS-0001'
 * ```
 */
export type CaseState = SubmittedCase | RegisteredCase | InvestigatingCase | AnsweredCase | SurveyedCase | ClosedCase;

const text = nonBlankText;

/** Validates a case state handed back by a caller (`transitionCase`); built on first use. */
export const caseStateSchema = lazySchema(() => {
  const common = {
    subject: text(),
    question: text(),
    urgency: z.nullable(z.enum(URGENCY_LEVELS)),
    product: z.nullable(text()),
    splitFrom: z.nullable(text()),
    history: z.array(z.enum(CASE_EVENT_TYPES)),
  };
  const numbered = {
    ...common,
    caseNumber: text(),
    dataReceived: z.int().check(z.minimum(0)),
    enhancementRequests: z.array(text()),
  };
  const worked = { ...numbered, interimCodes: z.array(z.enum(['affected', 'verification'])) };
  return z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('submitted'), ...common }),
    z.strictObject({ status: z.literal('registered'), ...numbered }),
    z.strictObject({ status: z.literal('investigating'), ...worked }),
    z.strictObject({ status: z.literal('final-answer'), ...worked }),
    z.strictObject({ status: z.literal('survey'), ...worked }),
    z.strictObject({ status: z.literal('closed'), ...worked }),
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

/** Validates an event (`transitionCase`); built on first use. */
export const caseEventSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('register'), caseNumber: text() }),
    z.strictObject({ type: z.literal('receive-data'), channel: z.enum(['email', 'form']) }),
    z.strictObject({ type: z.literal('split'), questions: z.array(text()).check(z.minLength(2)) }),
    z.strictObject({ type: z.literal('start-investigation') }),
    z.strictObject({
      type: z.literal('provide-interim-code'),
      environment: z.enum(['affected', 'verification', 'production-other']),
    }),
    z.strictObject({ type: z.literal('request-enhancement'), enhancementNumber: text() }),
    z.strictObject({ type: z.literal('final-answer') }),
    z.strictObject({ type: z.literal('send-survey') }),
    z.strictObject({ type: z.literal('close') }),
  ]),
);

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
  if (parsed.product !== undefined && !policy.products.some((p) => p.id === parsed.product)) {
    const ids = policy.products.map((p) => JSON.stringify(p.id)).join(', ');
    throw new CsPolicyError('INVALID_INPUT', `invalid case: product: must be one of ${ids} (1.1.products)`, [
      { path: ['product'], message: `must be one of ${ids}` },
    ]);
  }
  if (parsed.urgency !== undefined && !policy.urgencyLevels.includes(parsed.urgency)) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      `invalid case: urgency: must be one of ${policy.urgencyLevels.join(', ')}`,
      [{ path: ['urgency'], message: `must be one of ${policy.urgencyLevels.join(', ')}` }],
    );
  }
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
