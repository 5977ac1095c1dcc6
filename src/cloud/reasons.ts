// Chapter 5's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). Rules pick them through ruleContext, so a rule body holds the logic only.
import type { IsoDate } from '../calendar/civil.js';
import { deadlineOnClosedDay } from '../policy/closed-day-deadline.js';
import { reasonCatalogue } from '../policy/rule-context.js';
import type { Bilingual } from '../words/bilingual.js';
import { countEn } from '../words/count.js';
import { dateText, instantText } from '../words/dates.js';

/**
 * @internal A moment as a reason shows it: a date, or an instant when the caller gave a time
 * (`5.customer-data` compares instants then, so the reader must see the time too).
 */
export type MomentWords = { readonly day: number; readonly ms: number | null };

function momentText(m: MomentWords): Bilingual {
  return m.ms === null ? dateText(m.day) : instantText(m.ms);
}

/**
 * @internal What an access to customer data is for, in words (`5.customer-data`: 調査等).
 */
export const PURPOSE_WORDS: Readonly<Record<'investigation' | 'defect-fix' | 'other', Bilingual>> = Object.freeze({
  investigation: { ja: '調査', en: 'investigation' },
  'defect-fix': { ja: '不具合対応', en: 'a defect fix' },
  other: { ja: 'その他の作業', en: 'other work' },
});

/** `5.customer-data`: a consent that is not prior, plainly later or only not shown to be earlier. */
interface ConsentOrder {
  readonly given: MomentWords;
  readonly at: MomentWords;
  readonly order: 'later' | 'not-shown-earlier';
}

const days = (n: number): string => countEn(n, 'day');

/** `5.feature-change`: the target date of the mail, from the change date and the policy's days. */
interface TargetParams {
  readonly changeDate: IsoDate;
  readonly targetNoticeDate: IsoDate;
  readonly days: number;
}

/** The reasons of chapter 5 (`5.*`). */
export const cloudReasons = reasonCatalogue({
  // 5.scheduled: the three contents of scheduled maintenance.
  SECURITY_UPDATE: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'OSやミドルウェアのセキュリティ更新プログラムの適用は、定期メンテナンスとして実施いたします。',
      en: 'Applying OS or middleware security updates is done as scheduled maintenance.',
    }),
  },
  PRODUCT_PROGRAM: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'ユーザーインターフェースや機能の変更を伴わない弊社製品プログラムの適用は、定期メンテナンスとして実施いたします。',
      en: 'Applying our product programs that change neither the user interface nor features is done as scheduled maintenance.',
    }),
  },
  STABLE_OPERATION_WORK: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'システムを安定的にお使いいただくために必要な作業は、定期メンテナンスとして実施いたします。',
      en: 'Work needed to keep the system running stably is done as scheduled maintenance.',
    }),
  },
  MINOR_FIX_STOPS_SERVICE: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'この修正はサービスの停止を伴うため、定期メンテナンスとして実施いたします。',
      en: 'This fix stops the service, so it is done as scheduled maintenance.',
    }),
    note: () => ({
      ja: '予防的メンテナンスはサービスの停止を伴わないものに限られるため、停止を伴う軽微な修正は定期メンテナンスと読みます。',
      en: 'Preventive maintenance never stops the service, so a minor fix that stops it is read as scheduled maintenance.',
    }),
  },
  WORK_UNSPECIFIED: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'この作業は定期メンテナンスとして実施し、該当のお客様へ事前にメールでお知らせいたします。',
      en: 'This work is done as scheduled maintenance, and affected customers are told by e-mail in advance.',
    }),
    note: () => ({
      ja: '作業の種類が指定されていないため、事前のメール通知が残る読み方(定期メンテナンス)を採ります。',
      en: 'The kind of work was not given, so the library takes the reading that keeps the advance e-mail (scheduled maintenance).',
    }),
  },
  SERVICE_STOP: {
    clause: '5.scheduled',
    message: () => ({
      ja: '定期メンテナンスでは、サービスを停止する場合があります。',
      en: 'Scheduled maintenance may stop the service.',
    }),
  },
  ADVANCE_EMAIL: {
    clause: '5.scheduled',
    message: () => ({
      ja: '定期メンテナンスを実施する際は、該当のお客様へ事前にメールでお知らせいたします。',
      en: 'Before scheduled maintenance, we tell affected customers by e-mail.',
    }),
  },
  FEATURE_CHANGE_STOPS_SERVICE: {
    clause: '5.scheduled',
    message: () => ({
      ja: 'この作業はサービスの停止を伴うため、停止についても該当のお客様へ事前にメールでお知らせいたします。',
      en: 'This work stops the service, so we also tell affected customers about the stop by e-mail in advance.',
    }),
  },

  // 5.preventive
  MINOR_FIX_WITHOUT_STOP: {
    clause: '5.preventive',
    message: () => ({
      ja: 'サービスの停止や機能の変更を伴わない軽微な障害修正や改善のため、予防的メンテナンスとして随時実施いたします。',
      en: 'This is a minor fix or improvement that neither stops the service nor changes features, so it is done as preventive maintenance at any time.',
    }),
  },
  NO_NOTICE_EACH_TIME: {
    clause: '5.preventive',
    message: () => ({
      ja: '予防的メンテナンスの実施内容や時期などについては、都度のお知らせはいたしません。',
      en: 'We do not send a notice each time about the contents or timing of preventive maintenance.',
    }),
  },

  // 5.emergency
  ANOMALY_DETECTED: {
    clause: '5.emergency',
    message: () => ({
      ja: 'システムで異常を検知したため、緊急メンテナンスを実施いたします。',
      en: 'An anomaly was detected in the system, so we carry out emergency maintenance.',
    }),
  },
  EMERGENCY_NOTICE_NOT_SET: {
    clause: '5.emergency',
    message: () => ({
      ja: '緊急メンテナンスについては、該当のお客様へ状況に応じてできる限りお知らせいたします。',
      en: 'For emergency maintenance, we keep affected customers informed as far as circumstances allow.',
    }),
    note: () => ({
      ja: 'ポリシーは緊急メンテナンスの通知について定めていません。ライブラリは事前通知の期間を設けず、「できる限りお知らせする」と答えます。',
      en: 'The policy sets no notice for emergency maintenance: the library sets no advance period and answers "inform as far as circumstances allow".',
    }),
  },
  EMERGENCY_CHANGES_FEATURES: {
    clause: '5.feature-change',
    message: (p: { days: number }) => ({
      ja: `この作業では機能やユーザーインターフェースが変更されます。機能の追加・変更は通常${p.days}日前を目処にメールでお知らせしておりますが、緊急メンテナンスのため、できる限り早くお知らせいたします。`,
      en: `This work changes features or the user interface. We usually e-mail affected customers about ${days(p.days)} before a feature change; as this is emergency maintenance, we will tell them as early as we can.`,
    }),
    note: () => ({
      ja: '異常を受けて行う作業では、機能変更の通知の目処を守れないことがあります。メールでのお知らせ自体は必要と読みます。',
      en: 'Work that an anomaly forces may not meet the feature-change target; the library still reads the e-mail itself as required.',
    }),
  },

  // 5.feature-change
  CHANGES_FEATURES_OR_UI: {
    clause: '5.feature-change',
    message: (p: { days: number }) => ({
      ja: `機能やユーザーインターフェースの変更を伴うため、メンテナンスではなく機能の追加・変更として扱います。該当のお客様へ${p.days}日前を目処にメールでお知らせいたします。`,
      en: `It changes features or the user interface, so it is handled as a feature change, not as maintenance: we e-mail affected customers about ${days(p.days)} before.`,
    }),
  },
  TARGET_NOTICE_DATE: {
    clause: '5.feature-change',
    message: (p: TargetParams) => {
      const change = dateText(p.changeDate);
      const target = dateText(p.targetNoticeDate);
      return {
        ja: `${change.ja}の機能の追加・変更については、その${p.days}日前の${target.ja}を目処に、該当のお客様へメールでお知らせいたします。`,
        en: `For the feature change on ${change.en}, we e-mail affected customers by about ${target.en}, ${days(p.days)} before it.`,
      };
    },
    note: () => ({
      ja: '目処の日付は変更日から暦日で数えます(解釈7)。メールは休業日にも送ることができます。',
      en: 'The target is counted in calendar days back from the change (interpretation 7); a mail can go out on any day.',
    }),
  },
  TARGET_NOT_DEADLINE: {
    clause: '5.feature-change',
    message: () => ({
      ja: 'この日付はお知らせの目処であり、期限ではありません。',
      en: 'This date is a target for the notice, not a deadline.',
    }),
    note: () => ({
      ja: '目処のため、これより遅いお知らせは禁止ではなく、目処から何日遅れたかとして報告します(解釈7)。',
      en: 'Being a target (目処), a later notice is reported as late by the days counted, never as forbidden (interpretation 7).',
    }),
  },
  // Interpretation 11 for a target: the date stays; the last business day before it is advice.
  // Worded for a 目処 (not 期限), so it does not contradict TARGET_NOT_DEADLINE.
  TARGET_ON_CLOSED_DAY: deadlineOnClosedDay('5.feature-change', 'target'),
  NOTICE_ON_TARGET: {
    clause: '5.feature-change',
    message: (p: { noticeSentOn: IsoDate; daysBeforeChange: number }) => {
      const sent = dateText(p.noticeSentOn);
      return {
        ja: `${sent.ja}のお知らせは変更日の${p.daysBeforeChange}日前で、目処どおりです。`,
        en: `The notice sent on ${sent.en}, ${days(p.daysBeforeChange)} before the change, meets the target.`,
      };
    },
  },
  NOTICE_LATE: {
    clause: '5.feature-change',
    message: (p: { noticeSentOn: IsoDate; targetNoticeDate: IsoDate; daysLate: number; daysBeforeChange: number }) => {
      const sent = dateText(p.noticeSentOn);
      const target = dateText(p.targetNoticeDate);
      return {
        ja: `${sent.ja}のお知らせは、目処の${target.ja}より${p.daysLate}日遅れています(変更日の${p.daysBeforeChange}日前)。`,
        en: `The notice sent on ${sent.en} is ${days(p.daysLate)} late (${days(p.daysBeforeChange)} before the change); the target was ${target.en}.`,
      };
    },
    note: () => ({
      ja: '目処のため、遅れは禁止ではなく遅れた日数として報告します(解釈7)。',
      en: 'The date is a target, so a later notice is reported as late by the days counted, not as a breach (interpretation 7).',
    }),
  },
  NOTICE_AFTER_CHANGE: {
    clause: '5.feature-change',
    message: (p: { noticeSentOn: IsoDate; changeDate: IsoDate; daysLate: number }) => {
      const sent = dateText(p.noticeSentOn);
      const change = dateText(p.changeDate);
      return {
        ja: `${sent.ja}のお知らせは、変更日(${change.ja})の当日以降に送られたため、事前のお知らせになっていません(目処から${p.daysLate}日後)。`,
        en: `The notice sent on ${sent.en} went out on or after the change on ${change.en}, so it did not come in advance (${days(p.daysLate)} after the target).`,
      };
    },
    note: () => ({
      ja: '変更日の当日以降のメールは、遅れではなく事前の通知がなかったものとして区別して報告します。',
      en: 'A mail on or after the change date is reported apart from a late one: it did not precede the change at all.',
    }),
  },

  // 5.customer-data
  PRIOR_CONSENT: {
    clause: '5.customer-data',
    message: (p: { given: MomentWords; purpose: Bilingual }) => {
      const given = momentText(p.given);
      return {
        ja: `${given.ja}にお客様の同意をいただいておりますので、${p.purpose.ja}のため、お客様固有の情報にアクセスいたします。`,
        en: `You consented on ${given.en}, so we access your customer-specific information for ${p.purpose.en}.`,
      };
    },
  },
  NO_CONSENT: {
    clause: '5.customer-data',
    message: (p: { purpose: Bilingual }) => ({
      ja: `${p.purpose.ja}のためにお客様固有の情報にアクセスすることについて、お客様の同意をいただいておりません。`,
      en: `We do not have your consent to access your customer-specific information for ${p.purpose.en}.`,
    }),
  },
  CONSENT_GIVEN_LATER: {
    clause: '5.customer-data',
    message: (p: ConsentOrder) => {
      const given = momentText(p.given);
      const at = momentText(p.at);
      return p.order === 'later'
        ? {
            ja: `同意をいただいたのは${given.ja}で、作業(${at.ja})より後のため、事前の同意にはあたりません。`,
            en: `The consent was given on ${given.en}, after the work (${at.en}), so it is not prior consent.`,
          }
        : {
            ja: `同意をいただいた${given.ja}が作業(${at.ja})より前であることを確認できないため、事前の同意にはあたりません。`,
            en: `The consent of ${given.en} is not shown to come before the work (${at.en}), so it is not prior consent.`,
          };
    },
    note: (p: ConsentOrder) =>
      p.order === 'later'
        ? {
            ja: '事前の同意は、作業より前にいただいたものに限ります(事前に)。',
            en: 'Only consent given before the access counts as prior (事前に).',
          }
        : {
            ja: '日付のみの値はその日のどの時刻でもあり得るため、同じ日(または同じ時刻)の同意は事前とは読みません。',
            en: 'A date-only value may be any time of its day, so consent on the same day (or at the same instant) is not read as prior.',
          },
  },
  CONSENT_WITHDRAWN: {
    clause: '5.customer-data',
    message: (p: { withdrawn: MomentWords; at: MomentWords }) => {
      const withdrawn = momentText(p.withdrawn);
      const at = momentText(p.at);
      return {
        ja: `同意は${withdrawn.ja}に撤回されており、作業(${at.ja})の時点では有効ではありません。`,
        en: `The consent was withdrawn on ${withdrawn.en} and is not in force at the time of the work (${at.en}).`,
      };
    },
    note: () => ({
      ja: '作業と同じ日付の撤回は、作業の時点で有効と読みます。',
      en: 'A withdrawal dated the day of the access is read as already in force.',
    }),
  },
  PRIOR_CONSENT_REQUIRED: {
    clause: '5.customer-data',
    message: () => ({
      ja: 'お客様固有の情報へのアクセスは、事前にお客様の同意を得た上で実施いたします。',
      en: "We access customer-specific information only with the customer's prior consent.",
    }),
  },
});
