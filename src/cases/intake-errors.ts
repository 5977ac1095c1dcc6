// Turns zod issues on the case-registration form into bilingual, coded field errors (1.2.form).
import type * as z from 'zod/mini';
import type { ClauseId } from '../policy/clauses.js';
import type { Bilingual } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { FIELD_CLAUSES, FIELD_LABELS, SUBSCRIPTION_ID_REQUIRED } from './intake-schema.js';
import { productList, URGENCY_LABELS } from './shared.js';

/**
 * Stable codes of form errors:
 * `REQUIRED` (missing), `WRONG_TYPE`, `EMPTY` (blank text), `UNKNOWN_FIELD`, `INVALID_EMAIL`,
 * `INVALID_PHONE`, `INVALID_DATE`, `UNKNOWN_PRODUCT` (`1.1.products`), `UNKNOWN_URGENCY`,
 * `NOT_ONE_OF`, `CONSENT_REQUIRED`, `SUBSCRIPTION_ID_REQUIRED` (`1.2.form.subscription`),
 * `NO_QUESTION` (`1.2.form.one-question`), `ATTACHMENTS_NOT_ACCEPTED` (`2.1.data`), `INVALID_VALUE`.
 * A form can branch on them instead of on the message text.
 *
 * @example
 * ```ts
 * const code: CaseIntakeErrorCode = 'SUBSCRIPTION_ID_REQUIRED';
 * const d = validateCaseIntake({ ...form, subscriptionId: undefined }); // form: see CaseIntakeInput
 * if (d.outcome === 'invalid') d.value.errors.some((e) => e.code === code); // true (1.2.form.subscription)
 * ```
 */
export type CaseIntakeErrorCode =
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'EMPTY'
  | 'UNKNOWN_FIELD'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'INVALID_DATE'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_URGENCY'
  | 'NOT_ONE_OF'
  | 'CONSENT_REQUIRED'
  | 'SUBSCRIPTION_ID_REQUIRED'
  | 'NO_QUESTION'
  | 'ATTACHMENTS_NOT_ACCEPTED'
  | 'INVALID_VALUE';

/**
 * One problem with the case-registration form (`1.2.form`): where, a stable code, the clause, and
 * a message in Japanese and English to show next to the field.
 *
 * @example
 * ```ts
 * const d = validateCaseIntake({ ...form, email: 'taro' }); // form: see CaseIntakeInput
 * if (d.outcome === 'invalid') {
 *   const error: CaseIntakeError = d.value.errors[0]!;
 *   // { path: ['email'], code: 'INVALID_EMAIL', clause: '1.2.form',
 *   //   message: { ja: '「E-mail」の形式が正しくありません。…', en: 'E-mail address is not valid: …' } }
 * }
 * ```
 */
export interface CaseIntakeError {
  readonly path: readonly (string | number)[];
  readonly code: CaseIntakeErrorCode;
  readonly clause: ClauseId;
  readonly message: Bilingual;
}

type Issue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, Bilingual>> = {
  string: { ja: '文字列', en: 'text' },
  boolean: { ja: 'true または false', en: 'true or false' },
  array: { ja: 'リスト (配列)', en: 'a list' },
  object: { ja: '項目のまとまり (オブジェクト)', en: 'an object' },
  number: { ja: '数値', en: 'a number' },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function labelOf(path: readonly (string | number)[]): Bilingual {
  const key = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  const label = FIELD_LABELS[key];
  if (label) return label;
  const shown = path.join('.') || '(form)';
  return { ja: shown, en: shown };
}

function clauseOf(path: readonly (string | number)[]): ClauseId {
  const top = path[0];
  return (typeof top === 'string' ? FIELD_CLAUSES[top] : undefined) ?? '1.2.form';
}

function error(
  path: readonly (string | number)[],
  code: CaseIntakeErrorCode,
  ja: string,
  en: string,
  clause = clauseOf(path),
): CaseIntakeError {
  return { path, code, clause, message: { ja, en } };
}

/** The error for a missing subscription id (`1.2.form.subscription`). */
export function subscriptionIdRequired(): CaseIntakeError {
  return error(
    ['subscriptionId'],
    'SUBSCRIPTION_ID_REQUIRED',
    'サブスクリプションIDをお持ちのお客様は必ずご入力ください (ウェブによるトライアル利用申込時の確認メールに記載されています)。ライセンス証書をお持ちのお客様は入力不要です。',
    'Enter your subscription id (it is in the confirmation mail of your web-trial application); customers holding a licence certificate need not enter it.',
  );
}

/** The error for attachments on the form (`2.1.data`). */
function attachmentsNotAccepted(): CaseIntakeError {
  return error(
    ['attachments'],
    'ATTACHMENTS_NOT_ACCEPTED',
    'お問い合わせフォームにはデータを添付できません。診断ログや画面コピーなどのデータは、ケース番号を受け取った後にEメールに添付してお送りください。',
    'The inquiry form takes no attachments; send diagnostic logs, screenshots and other data as e-mail attachments after you receive the case number.',
  );
}

/** The form errors one zod issue stands for (usually one; one per key for unknown fields). */
export function errorsOfIssue(issue: Issue, policy: Policy): CaseIntakeError[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const top = path[0];
  const label = labelOf(path);
  const En = capitalise(label.en);

  if (top === 'attachments') return [attachmentsNotAccepted()];
  if (top === 'consentToPersonalInformation') {
    return [
      error(
        path,
        'CONSENT_REQUIRED',
        '個人情報の取り扱いについての同意が必要です。同意の上で送信してください。',
        'Consent to the handling of personal information is required.',
      ),
    ];
  }
  switch (issue.code) {
    case 'custom':
      if (issue.params?.code === SUBSCRIPTION_ID_REQUIRED) return [subscriptionIdRequired()];
      break;
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        error(
          [...path, key],
          'UNKNOWN_FIELD',
          `「${key}」はフォームにない項目です。`,
          `"${key}" is not a field of the form.`,
          '1.2.form',
        ),
      );
    case 'invalid_type':
      if (issue.input === undefined)
        return [
          error(path, 'REQUIRED', `「${label.ja}」を入力してください。`, `Please fill in: ${label.en} (required).`),
        ];
      {
        const expected = EXPECTED[issue.expected] ?? { ja: issue.expected, en: issue.expected };
        return [
          error(
            path,
            'WRONG_TYPE',
            `「${label.ja}」の形式が正しくありません (${expected.ja}で入力してください)。`,
            `${En} must be ${expected.en}.`,
          ),
        ];
      }
    case 'too_small':
      if (issue.origin === 'array' && top === 'questions') {
        return [error(path, 'NO_QUESTION', 'ご質問を1件以上入力してください。', 'Enter at least one question.')];
      }
      return [
        error(
          path,
          'EMPTY',
          `「${label.ja}」が空です。入力してください。`,
          `Please fill in: ${label.en} (it is blank).`,
        ),
      ];
    case 'invalid_format':
      if (issue.format === 'email') {
        return [
          error(
            path,
            'INVALID_EMAIL',
            `「${label.ja}」の形式が正しくありません。メールアドレス (例: name@example.co.jp) を入力してください。`,
            `${En} is not valid: enter an address such as name@example.co.jp.`,
          ),
        ];
      }
      if (top === 'phone') {
        return [
          error(
            path,
            'INVALID_PHONE',
            '電話番号は数字とハイフンで入力してください (例: 03-5776-2167)。',
            'The phone number must be digits with optional hyphens or spaces (e.g. 03-5776-2167).',
          ),
        ];
      }
      if (issue.format === 'date') return [invalidDate(path, label)];
      // The other pattern on text fields is "not blank".
      return [
        error(
          path,
          'EMPTY',
          `「${label.ja}」が空です。入力してください。`,
          `Please fill in: ${label.en} (it is blank).`,
        ),
      ];
    case 'invalid_value':
      // A missing enum field is reported by zod as a wrong value; for people it is a missing one.
      if (issue.input === undefined)
        return [
          error(path, 'REQUIRED', `「${label.ja}」を入力してください。`, `Please fill in: ${label.en} (required).`),
        ];
      if (top === 'product' && path.length === 1) {
        const products = productList(policy);
        const ids = policy.products.map((p) => p.id).join(', ');
        const given = typeof issue.input === 'string' ? issue.input : String(issue.input);
        return [
          error(
            path,
            'UNKNOWN_PRODUCT',
            `「${given}」はサポート・サービスの対象製品・サービスではありません。${products.ja} からお選びください。`,
            `"${given}" is not a covered product or service; choose one of ${products.en} (ids: ${ids}).`,
          ),
        ];
      }
      if (top === 'urgency' && path.length === 1) {
        const levels = policy.urgencyLevels;
        return [
          error(
            path,
            'UNKNOWN_URGENCY',
            `お客様緊急度は ${levels.map((u) => `${URGENCY_LABELS[u].ja} (${u})`).join('・')} の${levels.length}つのレベルからお選びください。`,
            `Urgency must be one of the ${levels.length} levels: ${levels.join(', ')}.`,
          ),
        ];
      }
      {
        const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
        return [
          error(
            path,
            'NOT_ONE_OF',
            `「${label.ja}」は ${values} のいずれかを選んでください。`,
            `${En} must be one of ${values}.`,
          ),
        ];
      }
    default:
      break;
  }
  if (top === 'businessImpact' && path[1] === 'goLiveDate') return [invalidDate(path, label)];
  return [error(path, 'INVALID_VALUE', `「${label.ja}」の値が正しくありません。`, `${En} is not valid.`)];
}

function invalidDate(path: readonly (string | number)[], label: Bilingual): CaseIntakeError {
  return error(
    path,
    'INVALID_DATE',
    `「${label.ja}」は実在する日付を YYYY-MM-DD の形式で入力してください。`,
    `${capitalise(label.en)} must be a real date "YYYY-MM-DD".`,
  );
}
