// Chapter 3's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). Rules pick them through ruleContext, so a rule body holds the logic only.
import type { IsoDate } from '../calendar/civil.js';
import { deadlineOnClosedDay } from '../policy/closed-day-deadline.js';
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';
import { type Bilingual, capitalise } from '../words/bilingual.js';
import { countEn } from '../words/count.js';
import { dateText } from '../words/dates.js';

/**
 * @internal `3.3.after-eos` / `4.3.after-eos`: what is still given after an end of support. The same
 * wording closes both chapters, so one template serves both clauses.
 *
 * @example
 * ```ts
 * const catalogue = reasonCatalogue({ INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY: informationOnly('4.3.after-eos') });
 * ```
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

/** @internal A release as customers read it: 「リリース2.4」 / `release 2.4`. */
export function releaseText(release: string): Bilingual {
  return { ja: `リリース${release}`, en: `release ${release}` };
}

/** @internal A product's release as customers read it: 「KAITOシリーズのリリース3.0」 / `KAITO series 3.0`. */
export function releaseSubject(product: Bilingual, release: string): Bilingual {
  return { ja: `${product.ja}のリリース${release}`, en: `${product.en} ${release}` };
}

/** Interpretation 4, for staff: how the end of support is counted. */
const civilCodeNote = (): Bilingual => ({
  ja: '民法第140条・第141条にならい、GA当日は日数に算入せず、最終日の終了(24:00)をもって終了と読みます(解釈4)。',
  en: 'Counted as the Civil Code counts periods (Arts. 140–141): the GA day is not counted and support ends when the last day ends (interpretation 4).',
});

/** `3.1.kinds`: one kind of version-up, with the policy's own words for it. */
function versionUpKind(kind: Bilingual, position: Bilingual): ReasonTemplate<{ from: string; to: string }> {
  return {
    clause: '3.1.kinds',
    message: ({ from, to }) => ({
      ja: `バージョン${from}から${to}への更新は、${kind.ja}にあたります。`,
      en: `The update from version ${from} to ${to} is ${kind.en}.`,
    }),
    note: () => ({
      ja: `ポリシーはバージョン番号と種類の対応を定めていないため、SemVerと同じく、上がった位置(${position.ja})から種類を判断しています。`,
      en: `The policy does not say how a version number shows the kind; as in SemVer, the library reads it from the position that goes up (the ${position.en}).`,
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
    note: civilCodeNote,
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

  // 3.1.kinds: the three kinds in the policy's words (アーキテクチャ等大幅な変更 / 機能強化など軽微な変更 /
  // 不具合修正など一般機能に変更が発生しない修正).
  MAJOR_VERSION_UP: versionUpKind(
    {
      ja: 'メジャー・バージョンアップ(アーキテクチャ等大幅な変更)',
      en: 'a major version-up (a large change, such as to the architecture)',
    },
    { ja: 'メジャー番号', en: 'major number' },
  ),
  MINOR_VERSION_UP: versionUpKind(
    {
      ja: 'マイナー・バージョンアップ(機能強化など軽微な変更)',
      en: 'a minor version-up (a small change, such as a feature enhancement)',
    },
    { ja: 'マイナー番号', en: 'minor number' },
  ),
  FIX_VERSION_UP: versionUpKind(
    {
      ja: '修正バージョンアップ(不具合修正など一般機能に変更が発生しない修正)',
      en: 'a fix version-up (a fix, such as a defect fix, that changes no general function)',
    },
    { ja: 'パッチ番号', en: 'patch number' },
  ),
  SAME_VERSION: {
    clause: '3.1.kinds',
    message: (p: { from: string; to: string }) => ({
      ja: `バージョン${p.to}は現在お使いのバージョン${p.from}と同じため、バージョンアップにはあたりません。`,
      en: `Version ${p.to} is the same as the version in use, ${p.from}, so it is not a version-up.`,
    }),
  },
  DOWNGRADE: {
    clause: '3.1.kinds',
    message: (p: { from: string; to: string }) => ({
      ja: `バージョン${p.to}は現在お使いのバージョン${p.from}より前のバージョンのため、バージョンアップにはあたりません。`,
      en: `Version ${p.to} is earlier than the version in use, ${p.from}, so it is not a version-up.`,
    }),
  },

  // 3.3.eos, as releaseSupportStatus answers it for one release on one day.
  NO_SUCCESSOR_GA: {
    clause: '3.3.eos',
    message: (p: { release: string; on: IsoDate }) => {
      const release = releaseText(p.release);
      const on = dateText(p.on);
      return {
        ja: `${release.ja}の後継リリースはまだ正式出荷開始(GA)となっていないため、${on.ja}時点で${release.ja}はサポート・サービスの対象です。`,
        en: `No successor of ${release.en} has reached general availability (GA), so on ${on.en} ${release.en} is supported.`,
      };
    },
  },
  SUCCESSOR_GA_SCHEDULED: {
    clause: '3.3.eos',
    message: (p: { release: string; on: IsoDate; successorGa: IsoDate; lastSupportedDate: IsoDate; days: number }) => {
      const release = releaseText(p.release);
      const [on, ga, last] = [dateText(p.on), dateText(p.successorGa), dateText(p.lastSupportedDate)];
      return {
        ja: `後継リリースの正式出荷開始(GA)は${ga.ja}の予定のため、${on.ja}時点で${release.ja}はサポート・サービスの対象です。GAの後は、その${p.days}日後の${last.ja}までサポート・サービスを提供し、同日の終わり(24:00)をもって終了します。`,
        en: `The successor's general availability (GA) is planned for ${ga.en}, so on ${on.en} ${release.en} is supported. After that GA it is supported until ${last.en}, ${p.days} days later; support ends at the end of that day (24:00 JST).`,
      };
    },
    note: civilCodeNote,
  },
  SUPPORT_ENDING: {
    clause: '3.3.eos',
    message: (p: {
      release: string;
      on: IsoDate;
      successorGa: IsoDate;
      lastSupportedDate: IsoDate;
      days: number;
      daysLeft: number;
    }) => {
      const release = releaseText(p.release);
      const [on, ga, last] = [dateText(p.on), dateText(p.successorGa), dateText(p.lastSupportedDate)];
      const left =
        p.daysLeft === 0
          ? { ja: `${on.ja}はサポート・サービスの最終日です。`, en: `${on.en} is the last day of support.` }
          : {
              ja: `${on.ja}時点で、終了まで残り${p.daysLeft}日です。`,
              en: `On ${on.en}, ${countEn(p.daysLeft, 'day')} remain.`,
            };
      return {
        ja: `後継リリースが${ga.ja}に正式出荷開始(GA)となったため、${release.ja}のサポート・サービスは${p.days}日後の${last.ja}の終わり(24:00)をもって終了します。${left.ja}`,
        en: `The successor reached general availability (GA) on ${ga.en}, so support of ${release.en} ends at the end of ${last.en} (24:00 JST), ${p.days} days later. ${left.en}`,
      };
    },
    note: civilCodeNote,
  },
  SUPPORT_ENDED: {
    clause: '3.3.eos',
    message: (p: { release: string; successorGa: IsoDate; lastSupportedDate: IsoDate }) => {
      const release = releaseText(p.release);
      const [ga, last] = [dateText(p.successorGa), dateText(p.lastSupportedDate)];
      return {
        ja: `後継リリースが${ga.ja}に正式出荷開始(GA)となり、${release.ja}のサポート・サービスは${last.ja}の終わり(24:00)をもって終了しました。`,
        en: `The successor reached general availability (GA) on ${ga.en}, and support of ${release.en} ended at the end of ${last.en} (24:00 JST).`,
      };
    },
  },
  // 3.3.after-eos: 新規の問題への対応並びに修正プログラムの提供はいたしません.
  NO_NEW_PROBLEM_RESPONSE_OR_FIXES: {
    clause: '3.3.after-eos',
    message: (p: { release: string; from: IsoDate }) => {
      const release = releaseText(p.release);
      const from = dateText(p.from);
      return {
        ja: `${from.ja}以降、${release.ja}で発生した新たな問題への対応と修正プログラムの提供はいたしません。`,
        en: `From ${from.en}, we no longer handle new problems that occur on ${release.en} and provide no fixes for it.`,
      };
    },
  },
  // 3.recommend-latest: 常に最新のバージョンをご利用ください.
  USE_LATEST_VERSION: {
    clause: '3.recommend-latest',
    message: () => ({
      ja: '最新のバージョン・リリースにアップグレードすることで、お客様環境における既知の問題が改善される可能性があります。最新の技術や強化された機能をお使いいただくためにも、常に最新のバージョンをご利用ください。',
      en: 'Upgrading to the latest version and release may fix known problems in your environment; to use the latest technology and enhanced features, please always use the latest version.',
    }),
  },
  // assessSupportRequest on a release whose last supported day is still ahead.
  RELEASE_SUPPORTED_UNTIL: {
    clause: '3.3.eos',
    message: (p: { release: string; lastSupportedDate: IsoDate }) => {
      const release = releaseText(p.release);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `${release.ja}は${last.ja}までサポート・サービスの対象です。`,
        en: `${capitalise(release.en)} is supported until ${last.en}.`,
      };
    },
  },
  // assessSupportRequest on a release whose support has ended.
  RELEASE_SUPPORT_ENDED: {
    clause: '3.3.after-eos',
    message: (p: { release: string; lastSupportedDate: IsoDate }) => {
      const release = releaseText(p.release);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `${release.ja}のサポート・サービスは、${last.ja}の終わり(24:00)をもって終了しています。`,
        en: `Support of ${release.en} ended at the end of ${last.en} (24:00 JST).`,
      };
    },
  },

  // 3.2.notice: バージョンアップの際は、事前にメールまたは弊社カスタマーサービス・ウェブサイトにてお知らせ.
  VERSION_UP_NOTICE_IN_ADVANCE: {
    clause: '3.2.notice',
    message: (p: { ga: IsoDate; noticeBy: IsoDate }) => {
      const [ga, by] = [dateText(p.ga), dateText(p.noticeBy)];
      return {
        ja: `バージョンアップの際は、事前にメールまたはカスタマーサービス・ウェブサイトでお知らせいたします。正式出荷開始(GA)が${ga.ja}のため、前日の${by.ja}までにお知らせします。`,
        en: `We announce a version-up in advance by e-mail or on the customer-service website. As general availability (GA) is on ${ga.en}, we announce it by ${by.en}, the day before.`,
      };
    },
    note: () => ({
      ja: 'ポリシーの「事前に」は日数を定めていないため、GAの前日までと読んでいます(GA当日より前で最も遅い日)。暦日で数えるため、休業日でも日付は動かしません。',
      en: '"In advance" (事前に) sets no lead time; the library reads it as "by the day before GA", the latest day still before GA, in calendar days (a closed day does not move it).',
    }),
  },
  VERIFICATION_RELEASE_MAY_PRECEDE_GA: {
    clause: '3.2.notice',
    message: () => ({
      ja: '製品版の正式リリースの前に、検証版をリリースする場合があります。',
      en: 'We may release a verification (pre-release) version before the product’s official release.',
    }),
  },
  VERIFY_IN_CUSTOMER_ENVIRONMENT: {
    clause: '3.2.verification',
    message: () => ({
      ja: 'お客様環境にて、ご利用の機能を検証する必要がある場合は、カスタマー・サービスにお問い合わせください。',
      en: 'If you need to verify the features you use in your own environment, please contact customer service.',
    }),
  },
  END_OF_SUPPORT_NOTICE_WITH_VERSION_UP: {
    clause: '3.3.eos',
    message: (p: { previousRelease: string; lastSupportedDate: IsoDate; days: number }) => {
      const release = releaseText(p.previousRelease);
      const last = dateText(p.lastSupportedDate);
      return {
        ja: `旧${release.ja}のサポート・サービスは、GAの${p.days}日後の${last.ja}の終わり(24:00)をもって終了します。この終了は、バージョンアップのお知らせとあわせてメールでご案内いたします。`,
        en: `Support of the old ${release.en} ends at the end of ${last.en} (24:00 JST), ${p.days} days after GA. We announce this end by e-mail, together with the version-up notice.`,
      };
    },
    note: civilCodeNote,
  },
  // Interpretation 11: the day before GA may be a closed day; it stays the date.
  DEADLINE_ON_CLOSED_DAY: deadlineOnClosedDay('3.2.notice'),
});

/**
 * @internal The words of the GA timeline's items (`gaNoticeObligations`): what each item is, as a
 * customer or a calendar reads it.
 */
export const gaNoticeItemWords = Object.freeze({
  verificationRelease: (subject: Bilingual): Bilingual => ({
    ja: `${subject.ja}の正式リリースの前に、検証版をリリースする場合があります。`,
    en: `A verification (pre-release) version of ${subject.en} may be released before GA.`,
  }),
  versionUpNotice: (subject: Bilingual, ga: IsoDate, noticeBy: IsoDate): Bilingual => {
    const [gaText, by] = [dateText(ga), dateText(noticeBy)];
    return {
      ja: `${subject.ja}へのバージョンアップを、正式出荷開始(GA)の前日の${by.ja}までに、メールまたはカスタマーサービス・ウェブサイトでお知らせします(GAは${gaText.ja})。`,
      en: `Announce the version-up to ${subject.en} by e-mail or on the customer-service website by ${by.en}, the day before general availability (GA) on ${gaText.en}.`,
    };
  },
  endOfSupportNotice: (previousRelease: string, lastSupportedDate: IsoDate, noticeBy: IsoDate): Bilingual => {
    const release = releaseText(previousRelease);
    const [last, by] = [dateText(lastSupportedDate), dateText(noticeBy)];
    return {
      ja: `旧${release.ja}のサポート・サービス終了(${last.ja}まで)を、バージョンアップのお知らせとあわせて${by.ja}までにメールでお知らせします。`,
      en: `Announce by e-mail, together with the version-up notice, by ${by.en}, that support of the old ${release.en} ends (it is supported until ${last.en}).`,
    };
  },
  generalAvailability: (subject: Bilingual): Bilingual => ({
    ja: `${subject.ja}の正式出荷開始(GA)日です。`,
    en: `General availability (GA) of ${subject.en}.`,
  }),
  previousReleaseLastDay: (previousRelease: string, days: number): Bilingual => {
    const release = releaseText(previousRelease);
    return {
      ja: `旧${release.ja}のサポート・サービスの最終日です(GAの${days}日後)。同日の終わり(24:00)をもって終了します。`,
      en: `Last supported day of the old ${release.en} (${days} days after GA); support ends at the end of that day (24:00 JST).`,
    };
  },
});
