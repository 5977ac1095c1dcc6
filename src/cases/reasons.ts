// The reasons of the preamble and chapter 1 (who is served, channels, reception, representatives):
// code → the words a customer reads, and a staff note where the library reads the text. Rules pick
// them through ruleContext, so a rule body holds the logic only. The form's reasons are in
// reasons-intake.ts, the case lifecycle's in reasons-lifecycle.ts.
import type { IsoDate } from '../calendar/civil.js';
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';
import type { Bilingual } from '../words/bilingual.js';
import { countEn } from '../words/count.js';
import { dateText, instantText } from '../words/dates.js';
import { type ReceptionHours, receptionHoursText } from '../words/hours.js';

/** The company as a customer reads it: `サンプル株式会社様` / `サンプル株式会社`, else お客様企業 / your company. */
export function companyText(name: string | undefined): Bilingual {
  return name === undefined ? { ja: 'お客様企業', en: 'your company' } : { ja: `${name}様`, en: name };
}

/** 1企業1名様 / one person per company: the principle of `1.2.representative`, with the policy's number. */
function principleText(perCompany: number): Bilingual {
  const en = perCompany === 1 ? 'one person' : countEn(perCompany, 'person', 'people');
  return { ja: `1企業${perCompany}名様`, en: `${en} per company` };
}

/**
 * The principle, then the contract's own allowance when it differs (interpretation 8): the
 * contract's number is stated as the contract's, never as the policy's.
 */
function allowanceText(p: { perCompany: number; allowance: number; company: Bilingual }): Bilingual {
  const principle = principleText(p.perCompany);
  if (p.allowance === p.perCompany) return { ja: `${principle.ja}が原則です`, en: `in principle ${principle.en}` };
  return {
    ja: `${principle.ja}が原則です。${p.company.ja}は、ご契約により${p.allowance}名様までご登録いただけます`,
    en: `in principle ${principle.en}; ${p.company.en}'s contract allows ${countEn(p.allowance, 'person', 'people')}`,
  };
}

/** The parameters of the phone sentences: the number, and the policy's hours and closed days. */
export interface HoursParams extends ReceptionHours {
  readonly phone: string;
}

/** `1.2.form.confirmation`: the case-number mail, shared by receptionStart, validateCaseIntake and obligationsFor. */
const CASE_NUMBER_MAIL: ReasonTemplate<{ email?: string }> = {
  clause: '1.2.form.confirmation',
  message: ({ email }) => ({
    ja: `お問い合わせの送信と同時にケースが登録され、ケース番号を発行してメール${email === undefined ? '' : `(${email}宛て)`}でお知らせします。受付処理はその後、営業時間内に順次行います。ケース番号の通知メールが届かない場合は、カスタマー・サービスまでご連絡ください。`,
    en: `On submission the case is registered and its case number is issued and sent by e-mail${email === undefined ? '' : ` to ${email}`}; reception processing follows, in order, within business hours. If no case-number mail arrives, please contact customer service.`,
  }),
};

/** The reasons of `intro.eligibility`, `intro.contents` and `1.1.products` ({@link checkEligibility}). */
export const eligibilityReasons = reasonCatalogue({
  CUSTOMER_SERVED: {
    clause: 'intro.eligibility',
    message: ({ kind }: { kind: Bilingual }) => ({
      ja: `${kind.ja}は、カスタマー・サービスの提供対象です。`,
      en: `Customer service is provided to ${kind.en}.`,
    }),
  },
  CUSTOMER_NOT_SERVED: {
    clause: 'intro.eligibility',
    message: ({ kind }: { kind: Bilingual }) => ({
      ja: `${kind.ja}は、カスタマー・サービスの提供対象ではありません。`,
      en: `Customer service is not provided to ${kind.en}.`,
    }),
  },
  CONTRACT_NOT_STARTED: {
    clause: 'intro.eligibility',
    message: (p: { contractStart: IsoDate; date: IsoDate }) => {
      const start = dateText(p.contractStart);
      const date = dateText(p.date);
      return {
        ja: `ご契約の開始日は${start.ja}のため、${date.ja}はご契約期間前です。`,
        en: `The contract starts on ${start.en}, so ${date.en} is before the contract period.`,
      };
    },
  },
  CONTRACT_ENDED: {
    clause: 'intro.eligibility',
    message: (p: { contractEnd: IsoDate; date: IsoDate }) => {
      const end = dateText(p.contractEnd);
      const date = dateText(p.date);
      return {
        ja: `ご契約は${end.ja}に終了しているため、${date.ja}はご契約期間外です。`,
        en: `The contract ended on ${end.en}, so ${date.en} is outside the contract period.`,
      };
    },
  },
  CONTRACT_CURRENT: {
    clause: 'intro.eligibility',
    message: (p: { date: IsoDate }) => {
      const date = dateText(p.date);
      return { ja: `${date.ja}はご契約期間内です。`, en: `${date.en} is within the contract period.` };
    },
    note: () => ({
      ja: 'ご契約の開始日・終了日はどちらもその日を含めて判定しています。',
      en: 'The start and end dates of a contract both count as within it.',
    }),
  },
  PRODUCT_COVERED: {
    clause: '1.1.products',
    message: ({ product }: { product: Bilingual }) => ({
      ja: `${product.ja}は、サポート・サービスの対象です。`,
      en: `${product.en} is covered by the support service.`,
    }),
  },
  PRODUCT_NOT_COVERED: {
    clause: '1.1.products',
    message: (p: { given: string; covered: Bilingual }) => ({
      ja: `「${p.given}」は、サポート・サービスの対象製品・サービスではありません。対象は${p.covered.ja}です。`,
      en: `"${p.given}" is not a product or service covered by the support service; the covered ones are ${p.covered.en}.`,
    }),
  },
  SERVICES_INCLUDED: {
    clause: 'intro.contents',
    message: ({ contents }: { contents: Bilingual }) => ({
      ja: `カスタマー・サービスでは、${contents.ja}をご提供します。`,
      en: `Customer service provides: ${contents.en}.`,
    }),
  },
});

/** The reasons of `1.1.channels`, `1.1.contacts` and `1.1.hours` ({@link allowedChannels}). */
export const channelReasons = reasonCatalogue({
  WEB_FORM_OPEN: {
    clause: '1.1.channels',
    message: (p: { url: string; loginRequired: boolean }) => ({
      ja: `お問い合わせは、フォーム(${p.url})からいつでも受け付けています。${p.loginRequired ? 'ご利用にはログインが必要です。' : 'ログインは不要です。'}`,
      en: `You can make an inquiry through the form (${p.url}) at any time; ${p.loginRequired ? 'you need to log in' : 'no login is needed'}.`,
    }),
  },
  WEB_FORM_NOT_FOR_URGENCY: {
    clause: '1.1.channels',
    message: ({ urgency }: { urgency: Bilingual }) => ({
      ja: `緊急度「${urgency.ja}」のお問い合わせは、フォームでは受け付けていません。`,
      en: `Inquiries of urgency "${urgency.en}" are not taken through the form.`,
    }),
  },
  PHONE_EMERGENCY_ONLY: {
    clause: '1.1.channels',
    message: (p: { phone: string; levels: readonly Bilingual[]; urgency: Bilingual }) =>
      p.levels.length === 0
        ? {
            ja: 'お電話でのお問い合わせは受け付けていません。フォームからお問い合わせください。',
            en: 'Inquiries by phone are not taken; please use the form.',
          }
        : {
            ja: `お電話(${p.phone})では、緊急の場合(緊急度「${p.levels.map((l) => l.ja).join('・')}」)のみ受け付けています。緊急度「${p.urgency.ja}」のお問い合わせは、フォームからお願いいたします。`,
            en: `The phone (${p.phone}) takes emergencies only (urgency "${p.levels.map((l) => l.en).join('", "')}"); please send an inquiry of urgency "${p.urgency.en}" through the form.`,
          },
    note: () => ({
      ja: 'ポリシーの「緊急の場合」を、お客様緊急度「高」と読んでいます(解釈9)。',
      en: 'The policy\'s "in an emergency" is read as customer urgency "high" (interpretation 9).',
    }),
  },
  PHONE_ANY_TIME: {
    clause: '1.1.channels',
    message: ({ phone }: { phone: string }) => ({
      ja: `緊急の場合は、お電話(${phone})でも受け付けています。`,
      en: `In an emergency you can also call ${phone}.`,
    }),
  },
  PHONE_DURING_BUSINESS_HOURS: {
    clause: '1.1.hours',
    message: (p: HoursParams) => {
      const hours = receptionHoursText(p);
      return {
        ja: `緊急の場合は、お電話(${p.phone})でも受け付けています。お電話の受付時間は、${hours.ja}です。`,
        en: `In an emergency you can also call ${p.phone}: ${hours.en}.`,
      };
    },
    note: () => ({
      ja: 'サポート・サービス表の受付時間はサービス全体に一つのため、お電話も受付時間内のみ受け付けると読んでいます。',
      en: 'The support-service table gives one set of reception hours for the whole service, so the phone is read as answered within them only.',
    }),
  },
  PHONE_WITHIN_HOURS: {
    clause: '1.1.hours',
    message: (p: { phone: string; at: number }) => {
      const at = instantText(p.at);
      return {
        ja: `${at.ja}は受付時間内のため、お電話(${p.phone})でも受け付けています。`,
        en: `${at.en} is within reception hours, so you can also call ${p.phone}.`,
      };
    },
  },
  PHONE_OUTSIDE_HOURS: {
    clause: '1.1.hours',
    message: (p: { at: number; next: number }) => {
      const at = instantText(p.at);
      const next = instantText(p.next);
      return {
        ja: `${at.ja}は受付時間外のため、お電話ではお受けできません。フォームからお問い合わせいただくか、次の受付開始(${next.ja})以降にお電話ください。`,
        en: `${at.en} is outside reception hours, so the phone is not answered; please use the form, or call from the next opening, ${next.en}.`,
      };
    },
  },
  PHONE_HOURS_NOT_KNOWN: {
    clause: '1.1.hours',
    message: (p: HoursParams & { at: number; coverage: { from: string; to: string } }) => {
      const at = instantText(p.at);
      const hours = receptionHoursText(p);
      return {
        ja: `緊急の場合は、お電話(${p.phone})でも受け付けています。お電話の受付時間は${hours.ja}ですが、${at.ja}が受付時間内かどうかは、現時点ではお答えできません。`,
        en: `In an emergency you can also call ${p.phone}: ${hours.en}; whether ${at.en} falls within those hours cannot be told yet.`,
      };
    },
    note: (p: HoursParams & { at: number; coverage: { from: string; to: string } }) => ({
      ja: `祝日のデータは${p.coverage.from}〜${p.coverage.to}の範囲のため、その外の日の受付時間は判定していません。フォームはいつでも利用できるため、お答えしています。`,
      en: `The holiday data covers ${p.coverage.from} to ${p.coverage.to}; outside it the phone hours are not decided. The form is always open, so the answer is still given.`,
    }),
  },
});

/** The reasons of `1.1.hours` and `1.2.form.confirmation` ({@link receptionStart}). */
export const receptionReasons = reasonCatalogue({
  WITHIN_HOURS: {
    clause: '1.1.hours',
    message: (p: { received: number; open: string; close: string }) => {
      const received = instantText(p.received);
      return {
        ja: `${received.ja}は営業時間内(${p.open}〜${p.close})のため、受信後、順次受付処理を行います。`,
        en: `${received.en} is within business hours (${p.open}–${p.close}), so reception processing follows in order of arrival.`,
      };
    },
  },
  CLOSED_DAY: {
    clause: '1.1.hours',
    message: (p: { day: number; closures: Bilingual }) => {
      const day = dateText(p.day);
      return {
        ja: `${day.ja}は休業日(${p.closures.ja})です。`,
        en: `${day.en} is a closed day (${p.closures.en}).`,
      };
    },
  },
  BEFORE_OPENING: {
    clause: '1.1.hours',
    message: (p: { received: number; open: string }) => {
      const received = instantText(p.received);
      return {
        ja: `${received.ja}は受付開始時刻(${p.open})の前です。`,
        en: `${received.en} is before the opening time (${p.open}).`,
      };
    },
  },
  AFTER_CLOSING: {
    clause: '1.1.hours',
    message: (p: { received: number; close: string }) => {
      const received = instantText(p.received);
      return {
        ja: `${received.ja}は受付終了時刻(${p.close})以降です。`,
        en: `${received.en} is at or after the closing time (${p.close}).`,
      };
    },
    note: (p: { received: number; close: string }) => ({
      ja: `営業時間は終了時刻を含まない区間と読み、${p.close}ちょうどの受信は時間外としています(解釈2)。`,
      en: `Business hours are read as a half-open interval: an inquiry received at ${p.close} exactly is outside them (interpretation 2).`,
    }),
  },
  CLOSED_UNTIL_OPENING: {
    clause: '1.1.hours',
    message: (p: { first: number; last: number; count: number; closures: Bilingual }) => {
      const first = dateText(p.first);
      const last = dateText(p.last);
      return p.count === 1
        ? {
            ja: `翌日の${first.ja}も休業日です(${p.closures.ja})。`,
            en: `The next day, ${first.en}, is a closed day too (${p.closures.en}).`,
          }
        : {
            ja: `続く${first.ja}から${last.ja}までの${p.count}日間も休業日です(${p.closures.ja})。`,
            en: `The ${p.count} days that follow, ${first.en} to ${last.en}, are closed days too (${p.closures.en}).`,
          };
    },
  },
  NEXT_OPENING: {
    clause: '1.2.form.confirmation',
    message: (p: { next: number }) => {
      const next = instantText(p.next);
      return {
        ja: `受付処理は、次の営業開始時刻である${next.ja}から順次行います。`,
        en: `Reception processing starts at the next business opening, ${next.en}, in order of arrival.`,
      };
    },
    note: () => ({
      ja: '営業時間外の受信は、次の営業開始時刻に受け付けたものとしています(解釈3)。「順次」は待ち行列としては扱っていません。',
      en: 'An inquiry received outside hours is taken up at the next business opening (interpretation 3); "in order" is not modelled as a queue.',
    }),
  },
  CASE_NUMBER_MAIL,
});

/** The reasons of `1.2.representative` ({@link checkInquirySender}, interpretation 8). */
export const representativeReasons = reasonCatalogue({
  INDIVIDUAL_END_USER: {
    clause: '1.2.representative',
    message: () => ({
      ja: '製品の利用者個人の方からの直接のお問い合わせは、お受けしておりません。お客様企業の代表者様からご連絡ください。',
      en: "We do not accept inquiries directly from individual users of the product; please ask your company's representative to contact us.",
    }),
  },
  INDIVIDUAL_END_USER_ACCEPTED: {
    clause: '1.2.representative',
    message: () => ({
      ja: '製品の利用者個人の方からのお問い合わせも、お受けしております。',
      en: 'We also accept inquiries from individual users of the product.',
    }),
    note: () => ({
      ja: 'このポリシーの版は、利用者個人の方からの直接のお問い合わせを受け付けています。',
      en: 'This policy version accepts direct inquiries from individual end users.',
    }),
  },
  REGISTERED_REPRESENTATIVE: {
    clause: '1.2.representative',
    message: (p: { email: string; company: Bilingual }) => ({
      ja: `${p.email}は、${p.company.ja}の代表者様としてご登録いただいています。`,
      en: `${p.email} is registered as a representative of ${p.company.en}.`,
    }),
  },
  NOT_REGISTERED_REPRESENTATIVE: {
    clause: '1.2.representative',
    message: (p: { email: string; company: Bilingual; perCompany: number; allowance: number }) => {
      const allowance = allowanceText(p);
      return {
        ja: `お問い合わせは、お客様企業の代表者様からお受けしております(${allowance.ja})。${p.email}は${p.company.ja}の代表者様としてのご登録がないため、このお問い合わせはお受けできません。ご登録の代表者様からご連絡ください。`,
        en: `Inquiries are accepted from the customer company's representative (${allowance.en}). ${p.email} is not registered as a representative of ${p.company.en}, so this inquiry cannot be accepted; please have your registered representative contact us.`,
      };
    },
    note: () => ({
      ja: 'ポリシーには代表者様の登録手続きの定めがないため、登録のご案内はしていません。登録済みでない方からのお問い合わせはお断りします(解釈8)。',
      en: 'The policy sets no procedure for registering a representative, so none is offered; an inquiry from anyone not registered is refused (interpretation 8).',
    }),
  },
  OVER_ALLOWANCE: {
    clause: '1.2.representative',
    message: (p: { company: Bilingual; count: number; perCompany: number; allowance: number }) => {
      const principle = principleText(p.perCompany);
      const limit: Bilingual =
        p.allowance === p.perCompany
          ? { ja: `原則の${principle.ja}`, en: `the principle of ${principle.en}` }
          : {
              ja: `ご契約の${p.allowance}名様`,
              en: `the ${countEn(p.allowance, 'person', 'people')} its contract allows`,
            };
      return {
        ja: `${p.company.ja}には代表者様が${p.count}名様ご登録されており、${limit.ja}を超えています。`,
        en: `${p.company.en} has ${p.count} registered representatives, more than ${limit.en}.`,
      };
    },
  },
});
