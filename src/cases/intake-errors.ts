// Turns zod issues on the case-registration form into bilingual, coded field errors (1.2.form).
import type * as z from 'zod/mini';
import type { ClauseId } from '../policy/clauses.js';
import type { Bilingual } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';
import { FIELD_CLAUSES, FIELD_LABELS, SUBSCRIPTION_ID_REQUIRED, VALUE_LABELS } from './intake-schema.js';
import { EXPECTED_HINTS, intakeErrorMessages, type FieldErrorParams } from './reasons-intake.js';
import { URGENCY_LABELS } from './shared.js';

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
type Path = readonly (string | number)[];

function labelOf(path: Path): Bilingual {
  const key = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  const label = FIELD_LABELS[key];
  if (label) return label;
  if (path.length === 0) return { ja: 'フォーム', en: 'the form' };
  const shown = path.join('.');
  return { ja: shown, en: shown };
}

function clauseOf(path: Path): ClauseId {
  const top = path[0];
  return (typeof top === 'string' ? FIELD_CLAUSES[top] : undefined) ?? '1.2.form';
}

/**
 * The one builder of a form error: its clause and the field named in its words both come from
 * `path`, and its words from the catalogue (src/cases/reasons-intake.ts) by `code`.
 */
function fieldError(
  path: Path,
  code: CaseIntakeErrorCode,
  extra: Omit<FieldErrorParams, 'label'> = {},
): CaseIntakeError {
  const message = intakeErrorMessages[code]({ label: labelOf(path), ...extra });
  // UNKNOWN_FIELD sits on the key the form does not have; its clause is the form's.
  const clause = code === 'UNKNOWN_FIELD' ? '1.2.form' : clauseOf(path);
  return { path, code, clause, message };
}

/** The error for a missing subscription id (`1.2.form.subscription`). */
export function subscriptionIdRequired(): CaseIntakeError {
  return fieldError(['subscriptionId'], 'SUBSCRIPTION_ID_REQUIRED');
}

/** A value shown to a person, shortened: an echo of the input must not flood the message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** 「高」「中」「低」 / "high", "medium", "low": the choices of a field as people type them. */
function choices(items: readonly Bilingual[]): Bilingual {
  return {
    ja: items.map((i) => `「${i.ja}」`).join(''),
    en:
      items.length <= 1
        ? (items[0]?.en ?? '')
        : `${items
            .slice(0, -1)
            .map((i) => i.en)
            .join(', ')} or ${items[items.length - 1]!.en}`,
  };
}

/** The form errors one zod issue stands for (usually one; one per key for unknown fields). */
export function errorsOfIssue(issue: Issue, policy: Policy): CaseIntakeError[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const top = path[0];

  if (top === 'attachments') return [fieldError(['attachments'], 'ATTACHMENTS_NOT_ACCEPTED')];
  if (top === 'consentToPersonalInformation') return [fieldError(path, 'CONSENT_REQUIRED')];
  switch (issue.code) {
    case 'custom':
      if (issue.params?.code === SUBSCRIPTION_ID_REQUIRED) return [subscriptionIdRequired()];
      break;
    case 'unrecognized_keys':
      return issue.keys.map((key) => fieldError([...path, key], 'UNKNOWN_FIELD', { given: shown(key) }));
    case 'invalid_type':
      if (issue.input === undefined) return [fieldError(path, 'REQUIRED')];
      return [
        fieldError(path, 'WRONG_TYPE', {
          ...(EXPECTED_HINTS[issue.expected] && { expected: EXPECTED_HINTS[issue.expected] }),
        }),
      ];
    case 'too_small':
      if (issue.origin === 'array' && top === 'questions') return [fieldError(path, 'NO_QUESTION')];
      return [fieldError(path, 'EMPTY')];
    case 'invalid_format':
      if (issue.format === 'email') return [fieldError(path, 'INVALID_EMAIL')];
      if (top === 'phone') return [fieldError(path, 'INVALID_PHONE')];
      if (issue.format === 'date') return [fieldError(path, 'INVALID_DATE')];
      // The other pattern on text fields is "not blank".
      return [fieldError(path, 'EMPTY')];
    case 'invalid_value':
      // A missing enum field is reported by zod as a wrong value; for people it is a missing one.
      if (issue.input === undefined) return [fieldError(path, 'REQUIRED')];
      if (top === 'product' && path.length === 1) {
        // The names people see, each with the id a system may send: KAITOシリーズ(kaito).
        const expected = choices(
          policy.products.map((p) => ({ ja: `${p.name.ja}(${p.id})`, en: `${p.name.en} (${p.id})` })),
        );
        return [fieldError(path, 'UNKNOWN_PRODUCT', { given: shown(issue.input), expected })];
      }
      if (top === 'urgency' && path.length === 1) {
        const expected = choices(
          policy.urgencyLevels.map((u) => ({
            ja: `${URGENCY_LABELS[u].ja}(${u})`,
            en: `${u} (${URGENCY_LABELS[u].ja})`,
          })),
        );
        return [fieldError(path, 'UNKNOWN_URGENCY', { expected })];
      }
      {
        const key = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
        const labels = VALUE_LABELS[key];
        const expected = choices(
          issue.values.map((v) => labels?.[String(v)] ?? { ja: String(v), en: JSON.stringify(v) }),
        );
        return [fieldError(path, 'NOT_ONE_OF', { expected })];
      }
    default:
      break;
  }
  if (top === 'businessImpact' && path[1] === 'goLiveDate') return [fieldError(path, 'INVALID_DATE')];
  return [fieldError(path, 'INVALID_VALUE')];
}
