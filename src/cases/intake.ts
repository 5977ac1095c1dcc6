import type { ClauseId } from '../policy/clauses.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision, Reason } from '../policy/decision.js';
import { ruleContext, type RuleContext } from '../policy/rule-context.js';
import { describeIssue } from '../validate.js';
import { describeValue, isPlainObject } from '../values.js';
import {
  errorsOfIssue,
  subscriptionIdRequired,
  type CaseIntakeError,
  type CaseIntakeErrorCode,
} from './intake-errors.js';
import { caseIntakeSchemaFor, lacksSubscriptionId, type CaseIntake } from './intake-schema.js';
import { intakeReasons } from './reasons-intake.js';
import { caseNumberMailReason } from './reception.js';
import { invalidInput } from './shared.js';

/**
 * One case to register (`1.2.form.one-question`): the shared fields of the form with one of its
 * questions. `part` of `parts` numbers the drafts of one submission (1-based).
 *
 * @example
 * ```ts
 * const d = validateCaseIntake(form); // form: see CaseIntakeInput (two questions)
 * if (d.outcome === 'valid') {
 *   const drafts: readonly CaseDraft[] = d.value.drafts;
 *   drafts.map((x) => [x.question, x.part, x.parts]); // [['帳票が印刷できない', 1, 2], ['PDF が文字化けする', 2, 2]]
 *   drafts.map((draft) => startCase(draft)); // a draft starts a case as it is
 * }
 * ```
 */
export type CaseDraft = Omit<CaseIntake, 'questions' | 'attachments'> & {
  readonly question: string;
  readonly part: number;
  readonly parts: number;
};

/**
 * What a valid form yields (`1.2.form`): one draft per question (`1.2.form.one-question`), and
 * notes to pass on to the customer.
 *
 * @example
 * ```ts
 * const d = validateCaseIntake(form); // form: see CaseIntakeInput
 * if (d.outcome === 'valid') {
 *   const valid: ValidCaseIntake = d.value;
 *   valid.notes.map((n) => n.code);
 *   // ['ONE_CASE_PER_QUESTION', 'CASE_NUMBER_MAIL', 'DATA_BY_EMAIL_AFTER_CASE_NUMBER', 'BUSINESS_IMPACT_MAY_BE_ASKED']
 * }
 * ```
 */
export interface ValidCaseIntake {
  readonly drafts: readonly CaseDraft[];
  /** Reminders for the customer, e.g. to send data by e-mail after the case number (`2.1.data`). */
  readonly notes: readonly Reason<CaseIntakeCode>[];
}

/**
 * What an invalid form yields (`1.2.form`): every problem, each in Japanese and English, so the
 * customer can fix them all at once.
 *
 * @example
 * ```ts
 * const d = validateCaseIntake({ ...form, questions: [] }); // form: see CaseIntakeInput
 * if (d.outcome === 'invalid') {
 *   const invalid: InvalidCaseIntake = d.value;
 *   invalid.errors.map((e) => e.code); // ['NO_QUESTION'] (1.2.form.one-question)
 * }
 * ```
 */
export interface InvalidCaseIntake {
  readonly errors: readonly CaseIntakeError[];
}

/**
 * The answer of {@link validateCaseIntake} (`1.2.form`): `'valid'` with the drafts and notes, or
 * `'invalid'` with every error; callers narrow on `outcome`.
 *
 * @example
 * ```ts
 * const d: CaseIntakeDecision = validateCaseIntake(form); // form: see CaseIntakeInput
 * if (d.outcome === 'valid') d.value.drafts.forEach((draft) => startCase(draft));
 * else d.value.errors.forEach((e) => console.log(e.path.join('.'), e.message.ja));
 * ```
 */
export type CaseIntakeDecision =
  | Decision<'valid', ValidCaseIntake, CaseIntakeCode>
  | Decision<'invalid', InvalidCaseIntake, CaseIntakeCode>;

/**
 * The reason codes {@link validateCaseIntake} can give, in its reasons and its notes (the field
 * errors have codes of their own, {@link CaseIntakeErrorCode}).
 *
 * @example
 * ```ts
 * const code: CaseIntakeCode = 'DATA_BY_EMAIL_AFTER_CASE_NUMBER';
 * ```
 */
export type CaseIntakeCode = keyof typeof intakeReasons | 'CASE_NUMBER_MAIL';

type IntakeRule = RuleContext<typeof intakeReasons>;

function checklistWarnings(rule: IntakeRule, form: CaseIntake): Reason<CaseIntakeCode>[] {
  const checklist = form.preChecklist;
  if (checklist === undefined) return [rule.reason('PRE_CHECKLIST_NOT_ANSWERED')];
  const warnings: Reason<CaseIntakeCode>[] = [];
  if (!checklist.supportedEnvironment) warnings.push(rule.reason('ENVIRONMENT_MAY_BE_UNSUPPORTED'));
  if (!checklist.reproducesConsistently) warnings.push(rule.reason('NOT_REPRODUCIBLE'));
  if (checklist.devices === 'single') warnings.push(rule.reason('SINGLE_DEVICE'));
  return warnings;
}

function notesFor(rule: IntakeRule, form: CaseIntake): Reason<CaseIntakeCode>[] {
  const notes: Reason<CaseIntakeCode>[] = [];
  const count = form.questions.length;
  if (count > 1) notes.push(rule.reason('ONE_CASE_PER_QUESTION', { count }));
  notes.push(caseNumberMailReason(form.email), rule.reason('DATA_BY_EMAIL_AFTER_CASE_NUMBER'));
  if (form.urgency === 'high' && form.environmentAccessPrepared !== true)
    notes.push(rule.reason('ENVIRONMENT_ACCESS_MAY_BE_REQUESTED'));
  if (form.businessImpact === undefined) notes.push(rule.reason('BUSINESS_IMPACT_MAY_BE_ASKED'));
  return notes;
}

/**
 * Validates a case-registration form and splits it into one case draft per question
 * (`1.2.form`, `1.2.form.subscription`, `1.2.form.one-question`, `1.2.pre.checklist`,
 * `1.2.pre.access`, `1.2.impact`, `2.1.data`).
 *
 * An invalid form is an answer, not an exception: outcome `'invalid'` lists every problem
 * with its path, a stable code, its clause and a message in Japanese and English. Only a
 * non-object input (not a form at all) throws. Phone, e-mail and subscription id are trimmed and
 * NFKC-normalised (full-width digits and signs as Japanese users type them); the phone is stored
 * as the digits of the national number (`0357762167`); product and urgency take the labels shown
 * to people (`KAITOシリーズ`, `高`) as well as the ids, and give the id. A valid form gives one
 * draft per question (several questions are registered as several cases), notes for the customer
 * (the case number comes by mail; data goes by e-mail after it), and, as reasons, warnings from
 * the pre-inquiry checklist (an unsupported environment, a problem that does not reproduce, one
 * device only), which never invalidate the form.
 *
 * @example
 * ```ts
 * const decision = validateCaseIntake(form);
 * if (decision.outcome === 'invalid') {
 *   for (const e of decision.value.errors) show(e.path, e.message.ja);
 * } else {
 *   for (const draft of decision.value.drafts) register(draft); // draft.phone: '0357762167'
 * }
 * ```
 * @throws CsPolicyError `INVALID_INPUT` when `input` is not an object.
 */
export function validateCaseIntake(input: unknown, options?: RuleOptions): CaseIntakeDecision {
  const rule = ruleContext('validateCaseIntake', options, intakeReasons);
  if (!isPlainObject(input)) {
    throw invalidInput('case-registration form', [
      { path: [], message: `must be an object of fields, not ${describeValue(input)}` },
    ]);
  }
  const result = caseIntakeSchemaFor(rule.policy).safeParse(input, { reportInput: true, error: describeIssue });
  if (!result.success) {
    const errors: CaseIntakeError[] = [];
    const seen = new Set<string>();
    const add = (e: CaseIntakeError): void => {
      const key = `${e.path.join('.')}|${e.code satisfies CaseIntakeErrorCode}`;
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(e);
      }
    };
    for (const issue of result.error.issues) for (const e of errorsOfIssue(issue, rule.policy)) add(e);
    // zod may skip the cross-field refinement when a field failed; the rule is checked here too.
    if (lacksSubscriptionId(input) && !errors.some((e) => e.path[0] === 'subscriptionId'))
      add(subscriptionIdRequired());
    const clauses: ClauseId[] = errors.map((e) => e.clause);
    return rule.decide('invalid', { errors }, [rule.reason('FORM_INVALID', { count: errors.length })], clauses);
  }
  const form = result.data;
  const { questions, attachments: _attachments, ...shared } = form;
  const drafts: CaseDraft[] = questions.map((question, i) => ({
    ...shared,
    question,
    part: i + 1,
    parts: questions.length,
  }));
  const notes = notesFor(rule, form);
  const reasons = [rule.reason('FORM_COMPLETE'), ...checklistWarnings(rule, form)];
  return rule.decide(
    'valid',
    { drafts, notes },
    reasons,
    notes.map((n) => n.clause),
  );
}
