/**
 * Helpers shared by the rules of chapters 3 and 4 (not exported from the package).
 * @internal
 */
import { nonBlankText } from '../validate.js';
import { formatEpochDay, formatInstantJst, jstMidnight, type IsoDate } from '../calendar/civil.js';
import { reason, type Reason } from '../policy/decision.js';
import type { Policy } from '../policy/schema.js';

/** A date field inside an object input (the library's shared one). */
export { dateField as dateInputSchema } from '../calendar/fields.js';

/** A non-empty string. */
/** A non-blank string field (the library's shared definition, built on first use). */
export const text = (): ReturnType<typeof nonBlankText> => nonBlankText();

/** The instant a date "ends" under the Civil Code (Art. 141): 24:00 JST of it, i.e. the next day's JST midnight. */
export function endOfDayInstant(epochDay: number): string {
  return formatInstantJst(jstMidnight(epochDay + 1));
}

/** The end of support of an old release from its successor's GA day (`3.3.eos`, interpretation 4). */
export interface EndOfSupportDays {
  readonly gaDay: number;
  readonly lastDay: number;
  readonly days: number;
  readonly successorGa: IsoDate;
  readonly lastSupportedDate: IsoDate;
  readonly supportEndsAt: string;
}

/**
 * `3.3.eos`, interpretation 4: the GA day is not counted (Civil Code Art. 140), so the last
 * supported day is GA + N calendar days and support ends when that day ends (Art. 141).
 */
export function endOfSupportFrom(gaDay: number, policy: Policy): EndOfSupportDays {
  const days = policy.releases.endOfSupportDays;
  const lastDay = gaDay + days;
  return {
    gaDay,
    lastDay,
    days,
    successorGa: formatEpochDay(gaDay),
    lastSupportedDate: formatEpochDay(lastDay),
    supportEndsAt: endOfDayInstant(lastDay),
  };
}

/**
 * `3.3.after-eos` / `4.3.after-eos`: what is still given after an end of support. The same
 * wording closes both chapters, so one message serves both clauses.
 */
export function informationOnlyReason(
  clause: '3.3.after-eos' | '4.3.after-eos',
  subject: { ja: string; en: string },
): Reason {
  return reason(
    'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY',
    clause,
    `サポート・サービス終了後も、${subject.ja}について過去に発生した問題や不具合に類似する現象のお問い合わせには情報提供を行います。ただし、問題および不具合の解決は保証されません。`,
    `After the end of support, information about problems similar to past problems and defects is still given for ${subject.en}, without any guarantee that the problem will be resolved.`,
  );
}

/** `3.3.after-eos`: no response to new problems and no fixes for a release whose support has ended. */
export function noNewProblemResponseReason(release: string, fromDate: IsoDate): Reason {
  return reason(
    'NO_NEW_PROBLEM_RESPONSE_OR_FIXES',
    '3.3.after-eos',
    `${fromDate} 以降、リリース ${release} で発生した新規の問題への対応および修正プログラムの提供は行いません。`,
    `From ${fromDate}, new problems that occur on release ${release} are not handled and no fixes are provided for it.`,
  );
}

/** `3.3.migrate` (added): move to a supported release before the end. */
export function migrateReason(lastSupportedDate: IsoDate): Reason {
  return reason(
    'MIGRATE_BEFORE_END_OF_SUPPORT',
    '3.3.migrate',
    `サポート・サービス終了前 (${lastSupportedDate} まで) に、サポート対象のリリースへ移行することをお勧めします。`,
    `Moving to a supported release before support ends (by ${lastSupportedDate}) is recommended.`,
  );
}

/** `3.recommend-latest` (added): always use the latest version. */
export function recommendLatestReason(): Reason {
  return reason(
    'USE_LATEST_VERSION',
    '3.recommend-latest',
    '最新のバージョン・リリースにアップグレードすることで既知の問題が改善される可能性があります。最新の技術や強化された機能をお使いいただくためにも、常に最新のバージョンをご利用ください。',
    'Upgrading to the latest version and release may fix known problems in your environment; to benefit from the latest technology and enhanced features, always use the latest version.',
  );
}
