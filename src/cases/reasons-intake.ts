// The reasons of the case-registration form (1.2.form and the clauses it carries): the decision's
// reasons and notes (intakeReasons), and the words of each field error (intakeErrorMessages).
// Field errors name their field from its path, so the words and the path cannot disagree.
import { reasonCatalogue } from '../policy/rule-context.js';
import { type Bilingual, capitalise } from '../words/bilingual.js';
import { countEn } from '../words/count.js';

/** The reasons and notes of {@link validateCaseIntake}. */
export const intakeReasons = reasonCatalogue({
  FORM_COMPLETE: {
    clause: '1.2.form',
    message: () => ({
      ja: 'ケース登録に必要な情報がそろっています。',
      en: 'The form has every field case registration needs.',
    }),
  },
  FORM_INVALID: {
    clause: '1.2.form',
    message: ({ count }: { count: number }) => ({
      ja: `ケース登録の入力内容に${count}件の誤りがあります。`,
      en: `The case-registration form has ${countEn(count, 'problem')}.`,
    }),
  },
  PRE_CHECKLIST_NOT_ANSWERED: {
    clause: '1.2.pre.checklist',
    message: () => ({
      ja: '技術的なご質問・問題の場合は、ご使用の環境がサポート・サービス対象の環境か、問題が連続して発生するか、特定の端末のみか複数の端末で発生するかをご確認いただくと、調査時間を短縮できます。',
      en: 'For a technical question or problem, checking whether your environment is one the support service covers, whether the problem occurs consistently, and whether it occurs on one device or on several shortens the investigation.',
    }),
  },
  ENVIRONMENT_MAY_BE_UNSUPPORTED: {
    clause: '1.2.pre.checklist',
    message: () => ({
      ja: 'ご使用の環境がサポート・サービス対象の環境ではない可能性があります。対象の環境かどうかをご確認ください。',
      en: 'Your environment may not be one the support service covers; please check whether it is.',
    }),
  },
  NOT_REPRODUCIBLE: {
    clause: '1.2.pre.checklist',
    message: () => ({
      ja: '問題が連続して発生しない(再現しない)ため、調査に時間がかかる場合があります。発生時の状況をできるだけ詳しくお知らせください。',
      en: 'The problem does not occur consistently (it does not reproduce), so the investigation may take longer; please describe when it occurs in as much detail as you can.',
    }),
  },
  SINGLE_DEVICE: {
    clause: '1.2.pre.checklist',
    message: () => ({
      ja: '問題は特定の端末のみで発生しています。その端末の機種・OS・設定をお知らせください。',
      en: 'The problem occurs on one device only; please tell us its model, OS and settings.',
    }),
  },
  ONE_CASE_PER_QUESTION: {
    clause: '1.2.form.one-question',
    message: ({ count }: { count: number }) => ({
      ja: `${count}件のご質問は、それぞれ別のケースとして登録します。`,
      en: `The ${count} questions are registered as ${count} separate cases.`,
    }),
  },
  DATA_BY_EMAIL_AFTER_CASE_NUMBER: {
    clause: '2.1.data',
    message: () => ({
      ja: '診断ログや画面コピーなどのデータは、ケース番号を受け取った後にEメールに添付してお送りください。ケースに関係のない個人情報等はお送りにならないようお願いいたします。',
      en: 'Please send diagnostic logs, screenshots and other data as e-mail attachments after you receive the case number, and do not send personal information unrelated to the case.',
    }),
  },
  ENVIRONMENT_ACCESS_MAY_BE_REQUESTED: {
    clause: '1.2.pre.access',
    message: () => ({
      ja: '緊急性のある技術的な問題では、製品やサービスの管理画面を含むお客様環境へのアクセスをお願いする場合があります。あらかじめご準備をお願いいたします。',
      en: 'For an urgent technical problem we may ask for access to your environment, including the admin screens of the product or service; please prepare it in advance.',
    }),
  },
  BUSINESS_IMPACT_MAY_BE_ASKED: {
    clause: '1.2.impact',
    message: () => ({
      ja: 'ビジネスへの影響をよりよく理解するため、財務における影響、企業内外での影響範囲、運用開始日への影響をお伺いする場合があります。',
      en: 'To understand the business impact better, we may ask about the financial impact, the scope of the impact inside and outside your company, and the impact on your go-live date.',
    }),
  },
});

/** The parameters of a field error: the field's label (from its path) and what the error needs. */
export interface FieldErrorParams {
  readonly label: Bilingual;
  /** The unknown field's name (`UNKNOWN_FIELD`) or the value given (`UNKNOWN_PRODUCT`), shortened. */
  readonly given?: string;
  /** What the field takes: a type hint (`WRONG_TYPE`) or the choices (`NOT_ONE_OF`, `UNKNOWN_*`). */
  readonly expected?: Bilingual;
}

/**
 * The words of each field error of the form (`1.2.form`), by code. `label` always comes from the
 * error's path, so a message names the field the error is on.
 */
export const intakeErrorMessages = Object.freeze({
  REQUIRED: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」を入力してください。`,
    en: `Please fill in ${label.en}.`,
  }),
  EMPTY: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」が空欄です。入力してください。`,
    en: `${capitalise(label.en)} is blank; please fill it in.`,
  }),
  WRONG_TYPE: ({ label, expected }: FieldErrorParams) => ({
    ja: `「${label.ja}」の入力形式が正しくありません。${expected?.ja ?? '正しい形式で入力してください'}。`,
    en: `${capitalise(label.en)} is not in the right form: please ${expected?.en ?? 'enter it in the right form'}.`,
  }),
  UNKNOWN_FIELD: ({ given }: FieldErrorParams) => ({
    ja: `送信内容に、フォームにない項目「${given}」が含まれています。`,
    en: `The form has no field "${given}".`,
  }),
  INVALID_EMAIL: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」の形式が正しくありません。メールアドレス(例: name@example.co.jp)を入力してください。`,
    en: `${capitalise(label.en)} is not valid: please enter an address such as name@example.co.jp.`,
  }),
  INVALID_PHONE: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」は、市外局番(携帯電話は090などの番号)から始まる日本の電話番号を入力してください(例: 03-1234-5678)。`,
    en: `Please enter ${label.en} as a Japanese number starting with its area code (090 etc. for a mobile), e.g. 03-1234-5678.`,
  }),
  INVALID_DATE: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」には、実在する日付を入力してください(年は4桁、月と日は2桁で、ハイフンでつなぎます)。`,
    en: `Please enter a real date for ${label.en}: the year in 4 digits, then the month and the day in 2 digits each, joined by hyphens.`,
  }),
  UNKNOWN_PRODUCT: ({ label, given, expected }: FieldErrorParams) => ({
    ja: `「${given}」は、サポート・サービスの対象製品・サービスではありません。「${label.ja}」は${expected?.ja}のいずれかを入力してください。`,
    en: `"${given}" is not a product or service the support service covers; please enter ${label.en} as one of ${expected?.en}.`,
  }),
  UNKNOWN_URGENCY: ({ label, expected }: FieldErrorParams) => ({
    ja: `「${label.ja}」は${expected?.ja}のいずれかを入力してください。`,
    en: `Please enter ${label.en} as one of ${expected?.en}.`,
  }),
  NOT_ONE_OF: ({ label, expected }: FieldErrorParams) => ({
    ja: `「${label.ja}」は${expected?.ja}のいずれかをお選びください。`,
    en: `Please choose ${label.en}: ${expected?.en}.`,
  }),
  CONSENT_REQUIRED: () => ({
    ja: '個人情報の取り扱いについての同意が必要です。同意の上で送信してください。',
    en: 'Your consent to the handling of personal information is required; please give it and send the form again.',
  }),
  SUBSCRIPTION_ID_REQUIRED: () => ({
    ja: 'サブスクリプションIDをお持ちのお客様は必ずご入力ください(ウェブによるトライアル利用申込時の確認メールに記載されています)。ライセンス証書をお持ちのお客様は入力不要です。',
    en: 'Please enter your subscription ID (it is in the confirmation mail of your web trial application); customers holding a licence certificate need not enter it.',
  }),
  NO_QUESTION: () => ({
    ja: 'ご質問を1件以上入力してください。',
    en: 'Please enter at least one question.',
  }),
  ATTACHMENTS_NOT_ACCEPTED: () => ({
    ja: 'お問い合わせフォームにはデータを添付できません。診断ログや画面コピーなどのデータは、ケース番号を受け取った後にEメールに添付してお送りください。',
    en: 'The inquiry form takes no attachments; please send diagnostic logs, screenshots and other data as e-mail attachments after you receive the case number.',
  }),
  INVALID_VALUE: ({ label }: FieldErrorParams) => ({
    ja: `「${label.ja}」の値が正しくありません。`,
    en: `${capitalise(label.en)} is not valid.`,
  }),
} satisfies Readonly<Record<string, (params: FieldErrorParams) => Bilingual>>);

/** What a field of each type takes, for `WRONG_TYPE`: the words of the hint. */
export const EXPECTED_HINTS: Readonly<Record<string, Bilingual>> = Object.freeze({
  string: { ja: '文字で入力してください', en: 'enter it as text' },
  boolean: { ja: 'はい・いいえのどちらかでお選びください', en: 'choose yes or no' },
  array: { ja: '1件ずつ入力してください', en: 'enter each item separately' },
  object: { ja: '各項目をそれぞれ入力してください', en: 'fill in each of its fields' },
  number: { ja: '数字で入力してください', en: 'enter a number' },
});
