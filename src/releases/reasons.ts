// Chapter 3's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). Rules pick them through ruleContext, so a rule body holds the logic only.
import type { IsoDate } from '../calendar/civil.js';
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';
import type { Bilingual } from '../words/bilingual.js';
import { dateText } from '../words/dates.js';

/**
 * @internal `3.3.after-eos` / `4.3.after-eos`: what is still given after an end of support. The same
 * wording closes both chapters, so one template serves both clauses.
 */
export function informationOnly(clause: '3.3.after-eos' | '4.3.after-eos'): ReasonTemplate<{ subject: Bilingual }> {
  return {
    clause,
    message: ({ subject }) => ({
      ja: `サポート・サービスの終了後も、${subject.ja}について過去に発生した問題や不具合に類似する現象のお問い合わせには、情報を提供いたします。ただし、問題や不具合の解決をお約束するものではありません。`,
      en: `After support ends, we still give information on enquiries about ${subject.en} that resemble problems or defects that occurred in the past; this does not promise that the problem or defect will be resolved.`,
    }),
  };
}

/** The reasons of chapter 3 (`3.*`). */
export const releaseReasons = reasonCatalogue({
  OLD_RELEASE_SUPPORT_ENDS: {
    clause: '3.3.eos',
    message: (p: { successorGa: IsoDate; lastSupportedDate: IsoDate; days: number }) => {
      const ga = dateText(p.successorGa);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `新リリースの正式出荷開始(GA)日である${ga.ja}から${p.days}日後の${last.ja}まで、旧リリースのサポート・サービスを提供いたします。サポート・サービスは同日の終わり(24:00)をもって終了します。`,
        en: `The old release is supported until ${last.en}, ${p.days} days after the new release's general availability (GA) on ${ga.en}; support ends at the end of that day (24:00 JST).`,
      };
    },
    note: () => ({
      ja: '民法第140条・第141条にならい、GA当日は日数に算入せず、最終日の終了(24:00)をもって終了と読みます(解釈4)。',
      en: 'Counted as the Civil Code counts periods (Arts. 140–141): the GA day is not counted and support ends when the last day ends (interpretation 4).',
    }),
  },
  // 3.3.eos: 旧リリースのサポート・サービス終了はバージョンアップの通知とともにメールにてお知らせ.
  END_ANNOUNCED_WITH_VERSION_UP_NOTICE: {
    clause: '3.3.eos',
    message: () => ({
      ja: 'このサポート・サービスの終了は、バージョンアップのお知らせとあわせてメールでご案内いたします。',
      en: 'We announce this end of support by e-mail, together with the version-up notice.',
    }),
  },
  MIGRATE_BEFORE_END_OF_SUPPORT: {
    clause: '3.3.migrate',
    message: (p: { lastSupportedDate: IsoDate }) => {
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `サポート・サービスが終了する前(${last.ja}まで)に、サポート対象のリリースへ移行していただきますようお願いいたします。`,
        en: `Please move to a supported release before support ends (by ${last.en}).`,
      };
    },
  },
  INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY: informationOnly('3.3.after-eos'),
});
