import * as z from 'zod/mini';
import { deepFreeze } from '../freeze.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Bilingual } from '../policy/decision.js';
import { policy20241007 } from '../policy/policy-2024-10-07.js';
import type { Policy, Urgency } from '../policy/schema.js';
import { lazySchema, nonBlankText } from '../validate.js';
import { isPlainObject } from '../values.js';
import { URGENCY_LABELS } from './shared.js';

// Text a person must type: at least one character that is not white space. Built on first use,
// like the form's fields (see buildCaseIntakeSchema).
const text = nonBlankText;

/** What people type, made comparable: full-width digits and signs to ASCII (NFKC), white space trimmed. */
function normaliseText(text: string): string {
  return text.normalize('NFKC').trim();
}

// Dashes people type in a phone number that NFKC keeps as they are: ‐ ‑ ‒ – — ― − ー ｰ (long vowel marks
// from a Japanese IME, minus signs).
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;

/** A phone number as typed, NFKC-normalised, its dashes made hyphens and its spaces single. */
function normalisePhoneText(text: string): string {
  return normaliseText(text).replace(DASHES, '-').replace(/\s+/g, ' ');
}

// A separator after a digit: `-` or a space (then maybe `(`), `)` (then maybe `-` or a space), or `(`.
// One at a time, so `03--5776` is refused.
const SEP = String.raw`(?:[- ]\(?|\)[- ]?|\()?`;
const DIGIT = `[0-9]${SEP}`;
/**
 * A Japanese phone number (`1.2.form` 電話番号), as the library decides it: the national number is
 * 10 digits starting with 0 (landlines `03-5776-2167`, `0120-…`, `0570-…`), or 11 digits when it
 * starts with 020, 050, 060, 070, 080 or 090 (IP phones, mobiles, `0800-…`); written with `+81` the
 * leading 0 is dropped (`+81-3-5776-2167`, also `+81 (0)3 …`). Hyphens, spaces and parentheses may
 * separate the digits. ASCII only, `[0-9]` not `\d` (in Python, Java and .NET `\d` matches other
 * scripts' digits): the JSON Schema carries this pattern as it is; the library applies it after
 * NFKC, so full-width forms (`０３－５７７６－２１６７`) pass too.
 */
export const PHONE_PATTERN = new RegExp(
  String.raw`^(?:\(?0|\+81(?:[- ]?\(0\))?[- ]?)` +
    // After the leading 0: 11 digits for 0[25-9]0…, else 10 (the last digit is outside the group).
    `(?:[25-9]${SEP}0${SEP}(?:${DIGIT}){7}|(?![25-9]${SEP}0)[1-9]${SEP}(?:${DIGIT}){7})[0-9]$`,
);

/** The national number's digits, the form a phone number is stored in: `0357762167`. */
function phoneDigits(text: string): string {
  if (!text.startsWith('+81')) return text.replace(/[^0-9]/g, '');
  return `0${text
    .slice(3)
    .replace('(0)', '')
    .replace(/[^0-9]/g, '')}`;
}

// zod's ISO date pattern knows month lengths and leap years, so '2027-02-29' fails; JSON Schema gets the same pattern.
const isoDate = lazySchema(() => z.iso.date());

/** Whether a raw form lacks the subscription id it needs (`1.2.form.subscription`). */
export function lacksSubscriptionId(form: unknown): boolean {
  return isPlainObject(form) && form.holdsLicenceCertificate !== true && form.subscriptionId === undefined;
}

/** Marks a zod issue with our error code (read back by the error mapping). */
export const SUBSCRIPTION_ID_REQUIRED = 'SUBSCRIPTION_ID_REQUIRED';

function buildCaseIntakeSchema(policy: Policy) {
  // 1.2.form: the product and the urgency accept the labels shown to people as well as the ids
  // (KAITOシリーズ, 高), and give the id.
  const productOf = new Map<string, string>();
  for (const p of policy.products)
    for (const key of [p.id, p.name.ja, p.name.en]) if (!productOf.has(key)) productOf.set(key, p.id);
  const urgencyOf = new Map<string, Urgency>();
  for (const u of policy.urgencyLevels) for (const key of [u, URGENCY_LABELS[u].ja]) urgencyOf.set(key, u);
  const products = [...productOf.keys()] as [string, ...string[]];
  const urgencies = [...urgencyOf.keys()] as [string, ...string[]];
  // The fields are getters, so their schemas are built on first use rather than at import (a few
  // milliseconds of every import); zod resolves the getters once, on first parse. `.check()` on the
  // finished object would copy its definition and so build every field at once; so the cross-field
  // check goes on an empty strict object first and `z.extend` adds the fields, still deferred.
  const subscriptionCheck = z.strictObject({}).check(
    z.refine((form) => !lacksSubscriptionId(form), {
      message: 'subscriptionId is required unless holdsLicenceCertificate is true',
      path: ['subscriptionId'],
      params: { code: SUBSCRIPTION_ID_REQUIRED },
      // Run even when other fields failed, so one submission reports every problem.
      when: (payload) => isPlainObject(payload.value),
    }),
  );
  return z.extend(subscriptionCheck, {
    get companyName() {
      return text();
    },
    get personName() {
      return text();
    },
    get email() {
      return z.string().check(z.overwrite(normaliseText), z.email());
    },
    get phone() {
      return z
        .string()
        .check(
          z.overwrite(normalisePhoneText),
          z.regex(PHONE_PATTERN, 'must be a phone number'),
          z.overwrite(phoneDigits),
        );
    },
    get subscriptionId() {
      return z.optional(
        z.string().check(z.overwrite(normaliseText), z.minLength(1), z.regex(/\S/, 'must not be blank')),
      );
    },
    get holdsLicenceCertificate() {
      return z.optional(z.boolean());
    },
    get subject() {
      return text();
    },
    get product() {
      return z.pipe(
        z.enum(products),
        z.transform((v: string) => productOf.get(v)!),
      );
    },
    get urgency() {
      return z.pipe(
        z.enum(urgencies),
        z.transform((v: string) => urgencyOf.get(v)!),
      );
    },
    get content() {
      return z.strictObject({
        deviceModel: text(),
        osType: text(),
        osVersion: text(),
        reproductionSteps: text(),
        frequency: text(),
        systemImpact: text(),
      });
    },
    get consentToPersonalInformation() {
      return z.literal(true);
    },
    get questions() {
      return z.array(text()).check(z.minLength(1));
    },
    get attachments() {
      return z.optional(z.array(z.unknown()).check(z.maxLength(0)));
    },
    get preChecklist() {
      return z.optional(
        z.strictObject({
          supportedEnvironment: z.boolean(),
          reproducesConsistently: z.boolean(),
          devices: z.enum(['single', 'several']),
        }),
      );
    },
    get environmentAccessPrepared() {
      return z.optional(z.boolean());
    },
    get businessImpact() {
      return z.optional(
        z.strictObject({
          financial: z.optional(text()),
          scope: z.optional(text()),
          goLiveDate: z.optional(isoDate()),
        }),
      );
    },
  });
}

/**
 * The case-registration form (`1.2.form`) as a zod/mini schema, for the 2024-10-07 policy:
 * products and urgency levels come from the policy. Use it to parse a form yourself or to
 * derive types; {@link validateCaseIntake} gives bilingual errors instead of zod issues.
 *
 * Fields: `companyName` (貴社名・エンドユーザー名), `personName`, `email`, `phone`,
 * `subscriptionId` (required unless `holdsLicenceCertificate` is true, `1.2.form.subscription`),
 * `subject`, `product` (a `policy.products` id), `urgency` (`high`/`medium`/`low`), `content`
 * (device model, OS type and version, reproduction steps, frequency, impact on the system),
 * `consentToPersonalInformation` (must be `true`), `questions` (one or more: one case each,
 * `1.2.form.one-question`), `attachments` (must be absent or empty: data goes by e-mail after the
 * case number, `2.1.data`), and the optional `preChecklist` (`1.2.pre.checklist`),
 * `environmentAccessPrepared` (`1.2.pre.access`) and `businessImpact` (`1.2.impact`).
 *
 * @example
 * ```ts
 * const result = caseIntakeSchema.safeParse(form);
 * if (result.success) result.data.questions; // string[]
 * ```
 */
export const caseIntakeSchema = buildCaseIntakeSchema(policy20241007);

/**
 * A case-registration form after validation (`1.2.form`): every field case registration needs,
 * with the questions still together (one case each, `1.2.form.one-question`).
 *
 * @example
 * ```ts
 * const intake: CaseIntake = caseIntakeSchema.parse(form); // form: see CaseIntakeInput
 * intake.questions; // ['帳票が印刷できない', 'PDF が文字化けする']
 * ```
 */
export type CaseIntake = z.output<typeof caseIntakeSchema>;
/**
 * A case-registration form as submitted (`1.2.form`), the fields the policy asks for: what a web
 * form sends to {@link validateCaseIntake}.
 *
 * @example
 * ```ts
 * const form: CaseIntakeInput = {
 *   companyName: '株式会社サンプル', personName: '山田 太郎', email: 'taro@example.co.jp', phone: '03-1234-5678',
 *   subscriptionId: 'SUB-0001', subject: '帳票が印刷できない', product: 'kaito', urgency: 'medium',
 *   content: { deviceModel: 'iPhone 15', osType: 'iOS', osVersion: '18.1', reproductionSteps: '印刷ボタンを押す', frequency: '毎回', systemImpact: '帳票業務が止まる' },
 *   consentToPersonalInformation: true,
 *   questions: ['帳票が印刷できない', 'PDF が文字化けする'],
 * };
 * validateCaseIntake(form).outcome; // 'valid' (two drafts, one per question)
 * ```
 */
export type CaseIntakeInput = z.input<typeof caseIntakeSchema>;

const schemas = new WeakMap<Policy, typeof caseIntakeSchema>();

/** The intake schema of a policy version (its products and urgency levels), built once per policy. */
export function caseIntakeSchemaFor(policy: Policy): typeof caseIntakeSchema {
  if (policy === policy20241007) return caseIntakeSchema;
  let schema = schemas.get(policy);
  if (!schema) {
    schema = buildCaseIntakeSchema(policy);
    schemas.set(policy, schema);
  }
  return schema;
}

/** Field labels of the form in both languages, as the policy names them; keys are paths with `*` for list items. */
export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = deepFreeze({
  companyName: { ja: '貴社名 (エンドユーザー名)', en: 'company (end-user) name' },
  personName: { ja: 'お名前', en: 'your name' },
  email: { ja: 'E-mail', en: 'e-mail address' },
  phone: { ja: '電話番号', en: 'phone number' },
  subscriptionId: { ja: 'サブスクリプションID', en: 'subscription id' },
  holdsLicenceCertificate: { ja: 'ライセンス証書の有無', en: 'licence certificate held' },
  subject: { ja: '件名', en: 'subject' },
  product: { ja: 'ソフトウェア・サービス', en: 'software or service' },
  urgency: { ja: 'お客様緊急度', en: 'urgency' },
  content: { ja: '内容', en: 'content' },
  'content.deviceModel': { ja: '端末機種', en: 'device model' },
  'content.osType': { ja: 'OSのタイプ', en: 'OS type' },
  'content.osVersion': { ja: 'OSのバージョン', en: 'OS version' },
  'content.reproductionSteps': { ja: '問題の再現手順', en: 'steps to reproduce' },
  'content.frequency': { ja: '発生頻度', en: 'frequency' },
  'content.systemImpact': { ja: 'お客様のシステムへの影響度', en: 'impact on your system' },
  consentToPersonalInformation: {
    ja: '個人情報の取り扱いについての同意',
    en: 'consent to the handling of personal information',
  },
  questions: { ja: 'ご質問', en: 'questions' },
  'questions.*': { ja: 'ご質問', en: 'question' },
  attachments: { ja: '添付ファイル', en: 'attachments' },
  preChecklist: { ja: 'お問い合わせ前の確認事項', en: 'pre-inquiry checklist' },
  'preChecklist.supportedEnvironment': { ja: 'サポート・サービス対象の環境か', en: 'supported environment' },
  'preChecklist.reproducesConsistently': { ja: '問題が連続して発生するか', en: 'reproduces consistently' },
  'preChecklist.devices': { ja: '発生する端末 (特定の端末のみか複数か)', en: 'devices affected (one or several)' },
  environmentAccessPrepared: { ja: 'お客様環境へのアクセスの準備', en: 'access to your environment prepared' },
  businessImpact: { ja: 'ビジネスへの影響度', en: 'business impact' },
  'businessImpact.financial': { ja: '財務における影響', en: 'financial impact' },
  'businessImpact.scope': { ja: '企業内外での影響範囲', en: 'scope of impact inside and outside the company' },
  'businessImpact.goLiveDate': { ja: '運用開始日', en: 'go-live date' },
});

/** The words of the choices of a field, by path: for `NOT_ONE_OF`. */
export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  'preChecklist.devices': {
    single: { ja: '特定の端末のみ(single)', en: 'one device only ("single")' },
    several: { ja: '複数の端末(several)', en: 'several devices ("several")' },
  },
};

/** The clause a field of the form rests on, by its top-level name. */
export const FIELD_CLAUSES: Readonly<Record<string, ClauseId>> = deepFreeze({
  subscriptionId: '1.2.form.subscription',
  holdsLicenceCertificate: '1.2.form.subscription',
  product: '1.1.products',
  questions: '1.2.form.one-question',
  attachments: '2.1.data',
  preChecklist: '1.2.pre.checklist',
  environmentAccessPrepared: '1.2.pre.access',
  businessImpact: '1.2.impact',
});

/**
 * A JSON Schema document (draft 2020-12) as plain data: the case-registration form (`1.2.form`)
 * for form builders and other languages, as {@link caseIntakeJsonSchema} returns it.
 *
 * @example
 * ```ts
 * const schema: CaseIntakeJsonSchema = caseIntakeJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * writeFileSync('case-intake.schema.json', JSON.stringify(schema, null, 2));
 * ```
 */
export type CaseIntakeJsonSchema = Record<string, unknown>;

/**
 * `[0-9]` for `\d` in every pattern (zod's ISO-date pattern uses `\d`): in JavaScript `\d` is ASCII,
 * but in Python, Java and .NET it matches other scripts' digits, so the schema would be looser
 * there than here. None of our patterns has `\d` inside a character class, where this would not do.
 */
function asciiDigits(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) asciiDigits(item);
    return;
  }
  if (!isPlainObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') node[key] = value.replaceAll('\\d', '[0-9]');
    else asciiDigits(value);
  }
}

function labelProperties(schema: Record<string, unknown>, prefix: string): void {
  const properties = schema.properties;
  if (!isPlainObject(properties)) return;
  for (const [key, property] of Object.entries(properties)) {
    if (!isPlainObject(property)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const label = FIELD_LABELS[path];
    if (label) {
      property.title = label.ja;
      property.description = label.en;
    }
    labelProperties(property, path);
  }
}

/**
 * The case-registration form (`1.2.form`) as a JSON Schema (draft 2020-12), made with zod's
 * `z.toJSONSchema` from the schema of the policy version, for form builders and other languages.
 * Each property has the Japanese label as `title` and the English one as `description`.
 *
 * zod cannot express the one cross-field rule, "subscriptionId is required unless
 * holdsLicenceCertificate is true" (`1.2.form.subscription`, a refinement): it is added by hand
 * as an `if`/`then`. What JSON Schema says exactly as the library does: required fields, the
 * product and urgency enums, e-mail and phone patterns, `consentToPersonalInformation: const true`,
 * `questions: minItems 1`, `attachments: maxItems 0`, real `goLiveDate` dates (the pattern knows
 * leap years), no unknown fields.
 *
 * @example
 * ```ts
 * const schema = caseIntakeJsonSchema();
 * schema.required; // ['companyName', 'personName', 'email', 'phone', 'subject', 'product', 'urgency', 'content', 'consentToPersonalInformation', 'questions']
 * ```
 * @throws CsPolicyError `INVALID_POLICY` when `options.policy` is not a policy object.
 */
export function caseIntakeJsonSchema(options?: RuleOptions): CaseIntakeJsonSchema {
  const policy = policyOf(options);
  const schema = z.toJSONSchema(caseIntakeSchemaFor(policy), { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  labelProperties(schema, '');
  asciiDigits(schema);
  // 1.2.form.subscription: サブスクリプションIDをお持ちのお客様は必ずご入力 / ライセンス証書をお持ちのお客様は入力不要.
  schema.if = {
    not: { properties: { holdsLicenceCertificate: { const: true } }, required: ['holdsLicenceCertificate'] },
  };
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable.
  schema.then = { required: ['subscriptionId'] };
  schema.title = 'ケース登録 / Case registration';
  schema.description = `JMAS Customer Services Policy ${policy.version}, 1.2.form`;
  return schema;
}
