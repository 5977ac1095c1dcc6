// The timeline's own words: the reasons obligationsFor adds to those of the rules it composes, and
// what each kind of obligation is. Reasons of other chapters come from their rules (or, for
// `4.3.after-eos`, the shared `informationOnly` template), never rewritten here.
import type { IsoDate } from '../calendar/civil.js';
import {
  businessTimeText,
  type ClockMeasure,
  targetSentence,
  targetSubject,
  type TargetParams,
  targetsFromVersion,
} from '../clock/reasons.js';
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';
import type { Urgency } from '../policy/schema.js';
import { informationOnly } from '../releases/reasons.js';
import { type Bilingual, capitalise } from '../words/bilingual.js';
import { countEn } from '../words/count.js';
import { dateText, instantText } from '../words/dates.js';
import { obligationCatalogue } from './obligation.js';

/**
 * `1.2.case`: a case-clock target of the policy version, dated from the receipt as if handling ran without a
 * pause (the clock's own `breachAt`). In the clock's words (`targetSentence`), then the target time.
 */
const clockTarget: ReasonTemplate<TargetParams & { receivedAt: number; at: string }> = {
  clause: '1.2.case',
  message: (p) => {
    const [intro, received, at] = [targetSentence(p), instantText(p.receivedAt), instantText(p.at)];
    return {
      ja: `${intro.ja}時間は受付時間内だけで数えるため、${received.ja}にいただいたお問い合わせの目標時刻は${at.ja}です。お客様のご連絡をお待ちしている間は数えないため、その分、目標時刻は後になります。`,
      en: `${intro.en} Time is counted within reception hours only, so for an inquiry received at ${received.en} the target is reached at ${at.en}; time spent waiting for your reply is not counted and moves the target later by as much.`,
    };
  },
  note: () => {
    const from = targetsFromVersion();
    return {
      ja: `${from.ja}目標時刻は、受信の時点から中断なく対応した場合の時刻です(受付時間外の受信は次の受付開始から数えます)。`,
      en: `${from.en} The target time is the one reached if handling runs from receipt without a pause (an inquiry received outside hours counts from the next opening).`,
    };
  },
};

/** The reasons of the timeline that no composed rule gives (`4.3.os-eol`, `4.3.after-eos`, `1.2.case` targets). */
export const timelineReasons = reasonCatalogue({
  FIRST_RESPONSE_TARGET: clockTarget,
  RESOLUTION_TARGET: clockTarget,
  VENDOR_END_NOT_SUPPORTED: {
    clause: '4.3.os-eol',
    message: (p: { name: string; endsOn: IsoDate; from: IsoDate }) => {
      const end = dateText(p.endsOn);
      const from = dateText(p.from);
      return {
        ja: `「${p.name}」のメーカーによるサポートは${end.ja}で終了するため、${from.ja}以降、その上で発生した問題はサポート・サービスの対象外となります。`,
        en: `The maker's support of ${p.name} ends on ${end.en}, so from ${from.en} problems that occur on it are not supported.`,
      };
    },
  },
  INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY: informationOnly('4.3.after-eos'),
  NO_NOTICE_PERIOD_FOR_VENDOR_END: {
    clause: '4.3.os-eol',
    message: (p: { days: number }) => ({
      ja: `弊社の判断でサポートを終了する場合は、遅くとも終了日の${p.days}日前までにメールでお知らせいたします。メーカーによるサポート終了には、このお知らせの期間は適用されません。`,
      en: `When we end support at our own discretion, we tell you by e-mail at least ${countEn(p.days, 'day')} before the end; this notice period does not apply when the maker ends its support.`,
    }),
    note: () => ({
      ja: 'ポリシーは、メーカーによるサポート終了(4.3.os-eol)について通知の期間を定めていません。日数は弊社判断による終了(4.3.discretionary-end)のものです。',
      en: 'The policy sets no notice period for a vendor end (4.3.os-eol); the days are those of a discretionary end (4.3.discretionary-end).',
    }),
  },
});

/** A description the caller gave, quoted inside the words: 「新しい検索画面」 / "new search screen". */
function quoted(description: string | undefined): Bilingual {
  return description === undefined ? { ja: '', en: '' } : { ja: `「${description}」`, en: ` "${description}"` };
}

/** The release items of `gaNoticeObligations`, in chapter 3's own words. */
const releaseItem = (clause: '3.2.notice' | '3.3.eos', deadline: 'by' | 'on') =>
  ({ clause, party: 'company', deadline, what: (p: { description: Bilingual }) => p.description }) as const;

const INFORMATION_ONLY = {
  clause: '4.3.after-eos',
  party: 'company',
  deadline: 'from',
  what: () => ({ ja: '過去の同様の問題に関する情報提供のみ', en: 'Information on similar past problems only' }),
} as const;

/** A case-clock target (`1.2.case`): 緊急度「高」のお問い合わせの初回のご回答(目標: 営業時間で2時間以内). */
const clockTargetItem = (measure: ClockMeasure) =>
  ({
    clause: '1.2.case',
    party: 'company',
    deadline: 'target',
    what: (p: { urgency: Urgency; target: number }) => {
      const [subject, limit] = [targetSubject(p.urgency, measure), businessTimeText(p.target)];
      return {
        ja: `${subject.ja}(目標: ${limit.ja}以内)`,
        en: `${capitalise(subject.en)} (target: within ${limit.en})`,
      };
    },
  }) as const;

/** Every kind of obligation obligationsFor lists: id → clause, party, deadline and words. */
export const timelineObligations = obligationCatalogue({
  'release.version-up-notice': releaseItem('3.2.notice', 'by'),
  'release.end-of-support-notice': releaseItem('3.3.eos', 'by'),
  'release.general-availability': releaseItem('3.3.eos', 'on'),
  'release.previous-release-last-supported-day': releaseItem('3.3.eos', 'on'),
  'release.customer-migration': {
    clause: '3.3.migrate',
    party: 'customer',
    deadline: 'by',
    what: (p: { lastSupportedDate: IsoDate }) => {
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `${last.ja}までに、サポート対象のリリースへ移行していただきます`,
        en: `The customer moves to a supported release by ${last.en}`,
      };
    },
  },
  'vendor-end.customer-upgrade': {
    clause: '4.3.customer-upgrade',
    party: 'customer',
    deadline: 'by',
    what: (p: { name: string }) => ({
      ja: `お客様による「${p.name}」の計画的なバージョンアップ`,
      en: `The customer upgrades ${p.name}, as planned`,
    }),
  },
  'vendor-end.not-supported': {
    clause: '4.3.os-eol',
    party: 'company',
    deadline: 'from',
    what: (p: { name: string }) => ({
      ja: `「${p.name}」上の問題はサポート対象外`,
      en: `Problems on ${p.name} no longer supported`,
    }),
  },
  'vendor-end.information-only': INFORMATION_ONLY,
  'discretionary-end.notice': {
    clause: '4.3.discretionary-end',
    party: 'company',
    deadline: 'by',
    what: (p: { name: string }) => ({
      ja: `「${p.name}」のサポート終了をメールでお知らせ`,
      en: `E-mail the end of support of ${p.name}`,
    }),
  },
  'discretionary-end.end': {
    clause: '4.3.discretionary-end',
    party: 'company',
    deadline: 'on',
    what: (p: { name: string }) => ({
      ja: `「${p.name}」のサポート・サービス終了日`,
      en: `Support of ${p.name} ends`,
    }),
  },
  'discretionary-end.information-only': INFORMATION_ONLY,
  'feature-change.notice': {
    clause: '5.feature-change',
    party: 'company',
    deadline: 'target',
    what: (p: { description?: string }) => {
      const d = quoted(p.description);
      return {
        ja: `機能の追加・変更${d.ja}について、該当のお客様へメールでお知らせ(目処)`,
        en: `E-mail affected customers about the feature change${d.en} (target)`,
      };
    },
  },
  'feature-change.change': {
    clause: '5.feature-change',
    party: 'company',
    deadline: 'on',
    what: (p: { description?: string }) => {
      const d = quoted(p.description);
      return { ja: `機能の追加・変更${d.ja}`, en: `Feature change${d.en}` };
    },
  },
  'client-app.effective-receipt': {
    clause: '6.lead-time',
    party: 'company',
    deadline: 'on',
    what: () => ({ ja: 'ビルド資材の受領(起算日)', en: 'Build materials count as received' }),
  },
  'client-app.delivery': {
    clause: '6.lead-time',
    party: 'company',
    deadline: 'by',
    what: (p: { businessDays: number } | { customization: true }) =>
      'customization' in p
        ? {
            ja: 'カスタマイズを含むため、提供までの期間は別途ご相談',
            en: 'With customization, the schedule is agreed separately',
          }
        : {
            ja: `アプリケーションの提供(受領日の翌営業日から数えて${p.businessDays}営業日目)`,
            en: `Deliver the app (${countEn(p.businessDays, 'business day')} after receipt)`,
          },
  },
  'inquiry.case-number-mail': {
    clause: '1.2.form.confirmation',
    party: 'company',
    deadline: 'on',
    what: () => ({ ja: 'ケース番号の発行とメールでのお知らせ', en: 'Issue and mail the case number' }),
  },
  'inquiry.first-response-target': clockTargetItem('first-response'),
  'inquiry.resolution-target': clockTargetItem('resolution'),
  'inquiry.reception': {
    clause: '1.2.form.confirmation',
    party: 'company',
    deadline: 'on',
    what: () => ({
      ja: '受付処理の開始(営業時間内に順次)',
      en: 'Reception processing starts (in order, within business hours)',
    }),
  },
});
