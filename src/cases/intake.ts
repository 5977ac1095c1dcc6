import { describeIssue } from '../validate.js';
import { CsPolicyError } from '../errors.js';
import type { ClauseId } from '../policy/clauses.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { errorsOfIssue, subscriptionIdRequired, type CaseIntakeError } from './intake-errors.js';
import { caseNumberMailReason } from './reception.js';
import { caseIntakeSchemaFor, lacksSubscriptionId, type CaseIntake } from './intake-schema.js';
import { describeValue, isPlainObject } from './shared.js';

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
  readonly notes: readonly Reason[];
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
export type CaseIntakeDecision = Decision<'valid', ValidCaseIntake> | Decision<'invalid', InvalidCaseIntake>;

function checklistWarnings(form: CaseIntake): Reason[] {
  const checklist = form.preChecklist;
  if (checklist === undefined) {
    return [
      reason(
        'PRE_CHECKLIST_NOT_ANSWERED',
        '1.2.pre.checklist',
        '技術的なご質問・問題の場合は、ご使用の環境がサポート・サービス対象の環境か、問題が連続して発生するか、特定の端末のみか複数の端末で発生するかをご確認いただくと、調査時間を短縮できます。',
        'For a technical question or problem, checking whether the environment is a supported one, whether the problem reproduces consistently, and whether it occurs on one device or several shortens the investigation.',
      ),
    ];
  }
  const warnings: Reason[] = [];
  if (!checklist.supportedEnvironment) {
    warnings.push(
      reason(
        'ENVIRONMENT_MAY_BE_UNSUPPORTED',
        '1.2.pre.checklist',
        'ご使用の環境がサポート・サービス対象の環境ではない可能性があります。対象の環境かどうかをご確認ください。',
        'The environment may not be one that support covers; please check that it is.',
      ),
    );
  }
  if (!checklist.reproducesConsistently) {
    warnings.push(
      reason(
        'NOT_REPRODUCIBLE',
        '1.2.pre.checklist',
        '問題が連続して発生しない (再現しない) ため、調査に時間がかかる場合があります。発生時の状況をできるだけ詳しくお知らせください。',
        'The problem does not reproduce consistently, so the investigation may take longer; please describe when it occurs in as much detail as you can.',
      ),
    );
  }
  if (checklist.devices === 'single') {
    warnings.push(
      reason(
        'SINGLE_DEVICE',
        '1.2.pre.checklist',
        '問題は特定の端末のみで発生しています。その端末の機種・OS・設定をお知らせください。',
        'The problem occurs on one device only; please give that device’s model, OS and settings.',
      ),
    );
  }
  return warnings;
}

function notesFor(form: CaseIntake): Reason[] {
  const notes: Reason[] = [];
  const n = form.questions.length;
  if (n > 1) {
    notes.push(
      reason(
        'ONE_CASE_PER_QUESTION',
        '1.2.form.one-question',
        `${n} 件のご質問は、それぞれ別のケースとして登録します。`,
        `The ${n} questions are registered as ${n} separate cases.`,
      ),
    );
  }
  notes.push(
    caseNumberMailReason(form.email),
    reason(
      'DATA_BY_EMAIL_AFTER_CASE_NUMBER',
      '2.1.data',
      '診断ログや画面コピーなどのデータは、ケース番号を受け取った後にEメールに添付してお送りください。ケースに関係のない個人情報等はお送りにならないようお願いします。',
      'Send diagnostic logs, screenshots and other data as e-mail attachments after you receive the case number, and do not send personal information unrelated to the case.',
    ),
  );
  if (form.urgency === 'high' && form.environmentAccessPrepared !== true) {
    notes.push(
      reason(
        'ENVIRONMENT_ACCESS_MAY_BE_REQUESTED',
        '1.2.pre.access',
        '緊急性のある技術的な問題では、製品やサービスの管理画面を含むお客様環境へのアクセスをお願いする場合があります。あらかじめご準備をお願いします。',
        'For an urgent technical problem support may ask for access to your environment, including the admin screens of the product or service; please prepare it.',
      ),
    );
  }
  if (form.businessImpact === undefined) {
    notes.push(
      reason(
        'BUSINESS_IMPACT_MAY_BE_ASKED',
        '1.2.impact',
        'ビジネスへの影響をよりよく理解するため、財務における影響、企業内外での影響範囲、運用開始日への影響をお伺いする場合があります。',
        'To understand the business impact, support may ask about the financial impact, the scope of impact inside and outside your company, and the impact on your go-live date.',
      ),
    );
  }
  return notes;
}

/**
 * Validates a case-registration form and splits it into one case draft per question
 * (`1.2.form`, `1.2.form.subscription`, `1.2.form.one-question`, `1.2.pre.checklist`,
 * `1.2.pre.access`, `1.2.impact`, `2.1.data`).
 *
 * An invalid form is an answer, not an exception: outcome `'invalid'` lists every problem
 * with its path, a stable code, its clause and a message in Japanese and English. Only a
 * non-object input (not a form at all) throws. A valid form gives one draft per question
 * (several questions are registered as several cases), notes for the customer (the case
 * number comes by mail; data goes by e-mail after it), and, as reasons, warnings from the
 * pre-inquiry checklist (an unsupported environment, a problem that does not reproduce, one
 * device only), which never invalidate the form.
 *
 * @example
 * ```ts
 * const decision = validateCaseIntake(form);
 * if (decision.outcome === 'invalid') {
 *   for (const e of decision.value.errors) show(e.path, e.message.ja);
 * } else {
 *   for (const draft of decision.value.drafts) register(draft);
 * }
 * ```
 * @throws CsPolicyError `INVALID_INPUT` when `input` is not an object.
 */
export function validateCaseIntake(input: unknown, options?: RuleOptions): CaseIntakeDecision {
  const policy = policyOf(options);
  if (!isPlainObject(input)) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      `a case-registration form must be an object of fields, not ${describeValue(input)}`,
      [{ path: [], message: 'must be an object' }],
    );
  }
  const result = caseIntakeSchemaFor(policy).safeParse(input, { reportInput: true, error: describeIssue });
  if (!result.success) {
    const errors: CaseIntakeError[] = [];
    const seen = new Set<string>();
    const add = (e: CaseIntakeError): void => {
      const key = `${e.path.join('.')}|${e.code}`;
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(e);
      }
    };
    for (const issue of result.error.issues) for (const e of errorsOfIssue(issue, policy)) add(e);
    // zod may skip the cross-field refinement when a field failed; the rule is checked here too.
    if (lacksSubscriptionId(input) && !errors.some((e) => e.path[0] === 'subscriptionId'))
      add(subscriptionIdRequired());
    const clauses: ClauseId[] = errors.map((e) => e.clause);
    return decide(
      'validateCaseIntake',
      policy,
      'invalid',
      { errors },
      [
        reason(
          'FORM_INVALID',
          '1.2.form',
          `ケース登録の入力内容に ${errors.length} 件の誤りがあります。`,
          `The case-registration form has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`,
        ),
      ],
      clauses,
    );
  }
  const form = result.data;
  const { questions, attachments: _attachments, ...shared } = form;
  const drafts: CaseDraft[] = questions.map((question, i) => ({
    ...shared,
    question,
    part: i + 1,
    parts: questions.length,
  }));
  const notes = notesFor(form);
  const reasons = [
    reason(
      'FORM_COMPLETE',
      '1.2.form',
      'ケース登録に必要な情報がそろっています。',
      'The form has every field case registration needs.',
    ),
    ...checklistWarnings(form),
  ];
  return decide(
    'validateCaseIntake',
    policy,
    'valid',
    { drafts, notes },
    reasons,
    notes.map((n) => n.clause),
  );
}
