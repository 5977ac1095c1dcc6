/**
 * Helpers shared by the rules of chapters 3 and 4 (not exported from the package).
 * @internal
 */
import { nonBlankText } from '../validate.js';
import { formatEpochDay, formatInstantJst, jstMidnight, type IsoDate } from '../calendar/civil.js';
import type { Reason } from '../policy/decision.js';
import { reasonFrom } from '../policy/rule-context.js';
import type { Policy } from '../policy/schema.js';
import { informationOnly } from './reasons.js';

/** A date field inside an object input (the library's shared one). */
export { dateField as dateInputSchema } from '../calendar/fields.js';

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
 * `3.3.after-eos` / `4.3.after-eos`: the information-only reason, for rules outside chapters 3 and 4
 * that have no catalogue of their own yet. Built from the `informationOnly` template, so the words
 * are the same everywhere; a rule with a catalogue uses the template itself.
 */
export function informationOnlyReason(
  clause: '3.3.after-eos' | '4.3.after-eos',
  subject: { ja: string; en: string },
): Reason<'INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY'> {
  return reasonFrom('INFORMATION_ON_SIMILAR_PAST_PROBLEMS_ONLY', informationOnly(clause), { subject });
}
