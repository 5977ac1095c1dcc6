// Chapter 4's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). Rules pick them through ruleContext, so a rule body holds the logic only.
import type { IsoDate } from '../calendar/civil.js';
import { scopeFollowsProduct } from '../customized/reasons.js';
import { deadlineOnClosedDay } from '../policy/closed-day-deadline.js';
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';
import { informationOnly } from '../releases/reasons.js';
import type { Bilingual } from '../words/bilingual.js';
import { countEn } from '../words/count.js';
import { dateText } from '../words/dates.js';

/** An OS or prerequisite third-party product of the customer's environment, named. */
export interface ComponentParams {
  readonly component: 'os' | 'third-party';
  readonly name: string;
}

/** 「OS「Windows 10」」 / `the OS "Windows 10"`; a third-party product is named as a prerequisite. */
function componentText({ component, name }: ComponentParams): Bilingual {
  return component === 'os'
    ? { ja: `OS「${name}」`, en: `the OS "${name}"` }
    : { ja: `前提となるサードパーティ製品「${name}」`, en: `the prerequisite third-party product "${name}"` };
}

/** `4.3.os-eol`: the maker's or vendor's end of support, passed or ahead. */
function vendorEnd(ended: boolean): ReasonTemplate<ComponentParams & { lastSupportedDate: IsoDate }> {
  return {
    clause: '4.3.os-eol',
    message: (p) => {
      const what = componentText(p);
      const last = dateText(p.lastSupportedDate);
      return ended
        ? {
            ja: `${what.ja}は、メーカーまたはベンダーによるサポートが${last.ja}をもって終了しているため、その上で発生した問題にはサポート・サービスを提供できません。`,
            en: `The maker's or vendor's support of ${what.en} ended after ${last.en}, its last day, so we cannot support problems that occur on it.`,
          }
        : {
            ja: `${what.ja}のメーカーまたはベンダーによるサポートは${last.ja}までです。その翌日以降、その上で発生した問題はサポート・サービスの対象外となります。`,
            en: `The maker's or vendor's support of ${what.en} lasts until ${last.en}; from the next day, problems that occur on it are no longer supported.`,
          };
    },
    note: () => ({
      ja: '終了日はサポートの最終日として読み、その日の終わり(24:00)までをサポート対象としています(リリースの解釈4と同じ)。',
      en: 'The end date is read as the last supported day, up to its end (24:00), as interpretation 4 reads release ends.',
    }),
  };
}

/** `4.3.third-party`: a problem caused by the OS or by third-party products, named when known. */
function causedBy(component: 'os' | 'third-party'): ReasonTemplate<{ names: readonly string[] }> {
  return {
    clause: '4.3.third-party',
    message: ({ names }) => {
      const listed = { ja: names.map((n) => `「${n}」`).join('、'), en: names.map((n) => `"${n}"`).join(', ') };
      const what =
        component === 'os'
          ? { ja: names.length ? `OS(${listed.ja})` : 'OS', en: names.length ? `the OS (${listed.en})` : 'the OS' }
          : {
              ja: names.length ? `サードパーティ製品(${listed.ja})` : 'サードパーティ製品',
              en: names.length ? `a third-party product (${listed.en})` : 'a third-party product',
            };
      return {
        ja: `${what.ja}に起因する問題のため、弊社での調査・修正・検証には限りがある場合がございます。お手数ですが、該当のソフトウェアまたはサービスの提供会社へお問い合わせください。問題の解決に必要な支援は、カスタマー・サービスができる限りご提供いたします。`,
        en: `As the problem is caused by ${what.en}, our investigation, fixes and verification may be limited. Please contact the provider of that software or service; customer service will give you, as far as it can, the help needed to solve the problem.`,
      };
    },
  };
}

/** `4.3.discretionary-end`: the latest day of the notice, for either reading of "N days before". */
function noticeDeadline(
  note: (p: { days: number }) => Bilingual,
): ReasonTemplate<{ endDate: IsoDate; latestNoticeDate: IsoDate; days: number }> {
  return {
    clause: '4.3.discretionary-end',
    message: (p) => {
      const [end, by] = [dateText(p.endDate), dateText(p.latestNoticeDate)];
      return {
        ja: `弊社の判断でOS・サードパーティ製品のサポート・サービスを終了する場合は、遅くとも終了日の${p.days}日前までにお知らせいたします。終了日が${end.ja}の場合、お知らせの期限は${by.ja}です。`,
        en: `When we end support of an OS or third-party product at our own discretion, we give notice at least ${p.days} days before the end date. For an end on ${end.en}, the notice is due by ${by.en}.`,
      };
    },
    note,
  };
}

/** @internal The subject of the `4.3.after-eos` reason when an OS or product support has ended. */
export const ENDED_COMPONENTS_SUBJECT: Bilingual = Object.freeze({
  ja: 'サポート・サービスを終了したOS・サードパーティ製品',
  en: 'the OS and third-party products whose support has ended',
});

/** Where a notice went, as customers read it. */
export const NOTICE_CHANNEL_WORDS = Object.freeze({
  email: Object.freeze({ ja: 'メール', en: 'e-mail' }),
  website: Object.freeze({ ja: 'ウェブサイト', en: 'the website' }),
  phone: Object.freeze({ ja: 'お電話', en: 'phone' }),
  'postal-mail': Object.freeze({ ja: '郵便', en: 'post' }),
  other: Object.freeze({ ja: 'メール以外の方法', en: 'a channel other than e-mail' }),
});

/** How a policy change is announced (`4.2.policy-change`), by the channel of the policy in force. */
const CHANGE_CHANNEL_WORDS = {
  email: { ja: 'メールにて通知いたします', en: 'we notify you by e-mail' },
  website: {
    ja: 'カスタマーサービス・ウェブサイトにてお知らせいたします',
    en: 'we announce them on the customer-service website',
  },
} as const;

/** The reasons of chapter 4 (`4.*`), and those of other chapters that its rules also give. */
export const scopeReasons = reasonCatalogue({
  // intro.contents: what customer service contains (inquiries, problem and defect handling).
  WITHIN_CUSTOMER_SERVICE: {
    clause: 'intro.contents',
    message: (p: { defect: boolean }) =>
      p.defect
        ? {
            ja: '製品および提供サービスの問題・不具合への対応は、カスタマー・サービスの対象です。',
            en: 'Handling problems and defects of our products and services is part of customer service.',
          }
        : {
            ja: '製品および提供サービスについてのお問い合わせは、カスタマー・サービスの対象です。',
            en: 'Enquiries about our products and services are part of customer service.',
          },
  },

  // 4.3.scope / 4.3.onsite
  ONSITE_OUT_OF_SCOPE: {
    clause: '4.3.scope',
    message: () => ({
      ja: 'オンサイトでのサポート・サービスは、カスタマー・サービスの対象外です。',
      en: 'On-site support is outside customer service.',
    }),
  },
  ONSITE_PAID_OPTION: {
    clause: '4.3.onsite',
    message: () => ({
      ja: 'カスタマー・サービスには、お客様先でのオンサイトのサポート・サービスは含まれておりません。有償での提供をご希望の場合は、弊社営業担当またはカスタマー・サービスまでご相談ください。',
      en: 'Customer service does not include on-site support at your premises. If you would like it as a paid service, please consult your sales representative or customer service.',
    }),
  },
  ONSITE_INCLUDED: {
    clause: '4.3.onsite',
    message: () => ({
      ja: 'オンサイトでのサポート・サービスは、カスタマー・サービスに含まれております。',
      en: 'On-site support is part of customer service.',
    }),
  },
  ONSITE_UNAVAILABLE: {
    clause: '4.3.onsite',
    message: () => ({
      ja: 'オンサイトでのサポート・サービスは、ご提供しておりません。',
      en: 'We do not offer on-site support.',
    }),
  },

  // 4.3.scope / 4.3.customization (and 7.scope, which chapter 7 owns)
  CUSTOMIZATION_OUT_OF_SCOPE: {
    clause: '4.3.scope',
    message: () => ({
      ja: 'カスタマイズ・サービスは、カスタマー・サービスの対象外です。',
      en: 'Customization services are outside customer service.',
    }),
  },
  CUSTOMIZATION_PAID: {
    clause: '4.3.customization',
    message: () => ({
      ja: '製品のカスタマイズは有償で対応いたします。カスタマイズした製品のサポートについては、本ポリシーの第7章「カスタマイズ版のサポート」をご参照ください。',
      en: 'We customize the product for a fee. For the support of customized products, please see chapter 7 of this policy, "Support of customized versions".',
    }),
  },
  CUSTOMIZED_VERSION_SUPPORT: scopeFollowsProduct,
  CUSTOMIZATION_INCLUDED: {
    clause: '4.3.customization',
    message: () => ({
      ja: '製品のカスタマイズは、カスタマー・サービスに含まれております。',
      en: 'Customizing the product is part of customer service.',
    }),
  },
  CUSTOMIZATION_UNAVAILABLE: {
    clause: '4.3.customization',
    message: () => ({
      ja: '製品のカスタマイズは、ご提供しておりません。',
      en: 'We do not offer customization of the product.',
    }),
  },

  // 4.3.scope / 4.3.third-party
  OS_THIRD_PARTY_OUT_OF_SCOPE: {
    clause: '4.3.scope',
    message: () => ({
      ja: 'OSまたはサードパーティ製品そのものに対するサポート・サービスは、カスタマー・サービスの対象外です。',
      en: 'Support of the OS or of third-party products themselves is outside customer service.',
    }),
  },
  CAUSED_BY_OS: causedBy('os'),
  CAUSED_BY_THIRD_PARTY: causedBy('third-party'),

  // 4.3.os-eol
  OS_VENDOR_SUPPORT_ENDED: vendorEnd(true),
  THIRD_PARTY_VENDOR_SUPPORT_ENDED: vendorEnd(true),
  OS_VENDOR_SUPPORT_ENDS: vendorEnd(false),
  THIRD_PARTY_VENDOR_SUPPORT_ENDS: vendorEnd(false),

  // 4.3.discretionary-end, as assessSupportRequest meets it in an environment.
  DISCRETIONARY_END_PASSED: {
    clause: '4.3.discretionary-end',
    message: (p: ComponentParams & { lastSupportedDate: IsoDate }) => {
      const what = componentText(p);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `${what.ja}に対するサポート・サービスは、弊社の判断により${last.ja}をもって終了しているため、その上で発生した問題にはサポート・サービスを提供できません。`,
        en: `We ended our support of ${what.en} at our own discretion after ${last.en}, its last day, so we cannot support problems that occur on it.`,
      };
    },
  },
  DISCRETIONARY_END_SCHEDULED: {
    clause: '4.3.discretionary-end',
    message: (p: ComponentParams & { lastSupportedDate: IsoDate }) => {
      const what = componentText(p);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `${what.ja}に対するサポート・サービスは、弊社の判断により${last.ja}をもって終了いたします。`,
        en: `We end our support of ${what.en} at our own discretion; the last day of support is ${last.en}.`,
      };
    },
  },

  // 4.3.discretionary-end: the notice (遅くともサポート・サービス終了日の90日前までにメールにてお知らせ).
  NOTICE_DEADLINE_INCLUSIVE: noticeDeadline(({ days }) => ({
    ja: `終了日から${days}暦日を引いた日を、その日も含めてお知らせの期限と読んでいます(解釈5)。より厳しい「丸${days}日」の読み方(終了日の${days + 1}日前)も選べます。`,
    en: `The notice day is read as the end date minus ${days} calendar days, that day included (interpretation 5); the stricter "${days} clear days" reading (end minus ${days + 1}) is available.`,
  })),
  NOTICE_DEADLINE_CLEAR_DAYS: noticeDeadline(({ days }) => ({
    ja: `お知らせの日と終了日の間に丸${days}日を置く読み方により、終了日の${days + 1}日前を期限としています(解釈5の厳しい読み方)。`,
    en: `Read as ${days} clear days between the notice and the end date, the notice is due on the end date minus ${days + 1} days (the stricter reading of interpretation 5).`,
  })),
  NOTICE_BY_EMAIL: {
    clause: '4.3.discretionary-end',
    message: () => ({ ja: 'このお知らせは、メールでお送りいたします。', en: 'We send this notice by e-mail.' }),
  },
  // Interpretation 11: the latest notice day may be a closed day; it stays the date.
  DEADLINE_ON_CLOSED_DAY: deadlineOnClosedDay('4.3.discretionary-end'),
  NOTICE_NOT_BY_EMAIL: {
    clause: '4.3.discretionary-end',
    message: (p: { channel: keyof typeof NOTICE_CHANNEL_WORDS }) => {
      const channel = NOTICE_CHANNEL_WORDS[p.channel];
      return {
        ja: `サポート・サービス終了のお知らせはメールで行うことになっていますが、このお知らせは${channel.ja}で行われています。`,
        en: `The notice of an end of support is to be sent by e-mail, but this one was sent by ${channel.en}.`,
      };
    },
  },
  NOTICE_AFTER_END: {
    clause: '4.3.discretionary-end',
    message: (p: { sentOn: IsoDate; endDate: IsoDate; latestNoticeDate: IsoDate; daysLate: number }) => {
      const [sent, end, by] = [dateText(p.sentOn), dateText(p.endDate), dateText(p.latestNoticeDate)];
      return {
        ja: `${sent.ja}付のお知らせは、サポート・サービス終了日(${end.ja})の当日以降のため、事前のお知らせになっていません。お知らせの期限(${by.ja})より${p.daysLate}日遅れています。`,
        en: `The notice sent on ${sent.en} came on or after the end date (${end.en}), so it gave no advance notice. It is ${countEn(p.daysLate, 'day')} later than the notice was due (${by.en}).`,
      };
    },
  },
  NOTICE_LATE: {
    clause: '4.3.discretionary-end',
    message: (p: { sentOn: IsoDate; latestNoticeDate: IsoDate; daysLate: number }) => {
      const [sent, by] = [dateText(p.sentOn), dateText(p.latestNoticeDate)];
      return {
        ja: `${sent.ja}付のお知らせは、ポリシーで定めるお知らせの期限(${by.ja})より${p.daysLate}日遅れています。`,
        en: `The notice sent on ${sent.en} is ${countEn(p.daysLate, 'day')} later than the policy's notice deadline (${by.en}).`,
      };
    },
    note: () => ({
      ja: '期限を過ぎたお知らせはポリシーに反するものとして扱います(解釈5)。',
      en: 'A notice sent after the deadline is treated as a breach of the policy (interpretation 5).',
    }),
  },
  NOTICE_IN_TIME: {
    clause: '4.3.discretionary-end',
    message: (p: { sentOn: IsoDate; latestNoticeDate: IsoDate; daysBeforeEnd: number }) => {
      const [sent, by] = [dateText(p.sentOn), dateText(p.latestNoticeDate)];
      return {
        ja: `${sent.ja}付のお知らせは、お知らせの期限(${by.ja})までに行われています(終了日の${p.daysBeforeEnd}日前)。`,
        en: `The notice sent on ${sent.en} went out by the notice deadline (${by.en}), ${countEn(p.daysBeforeEnd, 'day')} before the end date.`,
      };
    },
  },

  // 4.3.after-eos (the wording chapter 3 owns)
  INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY: informationOnly('4.3.after-eos'),
  // 4.3.customer-upgrade: OSおよびサードパーティ製品につきましては、計画的なバージョンアップをお願いいたします.
  PLAN_UPGRADES: {
    clause: '4.3.customer-upgrade',
    message: () => ({
      ja: 'OSおよびサードパーティ製品につきましては、計画的なバージョンアップをお願いいたします。',
      en: 'Please plan the version-ups of your OS and third-party products.',
    }),
  },

  // 4.2.policy-change
  POLICY_MAY_CHANGE: {
    clause: '4.2.policy-change',
    message: () => ({
      ja: 'カスタマー・サービスのポリシーは、サービス改善のため、弊社独自の判断により変更、修正、更新される場合があります。',
      en: 'To improve the service, the customer-service policy may be changed, corrected or updated at our own discretion.',
    }),
  },
  IMPORTANT_CHANGE: {
    clause: '4.2.policy-change',
    message: (p: { channel: keyof typeof CHANGE_CHANNEL_WORDS }) => ({
      ja: `重要な変更がある場合は、${CHANGE_CHANNEL_WORDS[p.channel].ja}。`,
      en: `For an important change, ${CHANGE_CHANNEL_WORDS[p.channel].en}.`,
    }),
  },
  OTHER_CHANGE: {
    clause: '4.2.policy-change',
    message: (p: { channel: keyof typeof CHANGE_CHANNEL_WORDS }) => ({
      ja: `重要な変更以外の変更は、${CHANGE_CHANNEL_WORDS[p.channel].ja}。`,
      en: `For other changes, ${CHANGE_CHANNEL_WORDS[p.channel].en}.`,
    }),
  },
  CHECK_WEBSITE_REGULARLY: {
    clause: '4.2.policy-change',
    message: () => ({
      ja: 'カスタマーサービス・ウェブサイトを定期的にご確認くださいますようお願いいたします。',
      en: 'Please check the customer-service website regularly.',
    }),
  },
});
