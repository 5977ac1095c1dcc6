// Interpretation 11: a deadline counted in calendar days (`3.2.notice`, `4.3.discretionary-end`,
// `5.feature-change`) keeps its date even on a closed day; the decision says so and gives the last
// business day before it, as advice. One definition for the three chapters that need it.
import type { BusinessCalendar, ClosureReason } from '../calendar/business-calendar.js';
import type { IsoDate } from '../calendar/civil.js';
import { closureText } from '../calendar/closure-text.js';
import { joinBilingual } from '../words/bilingual.js';
import { dateText } from '../words/dates.js';
import type { ClauseId } from './clauses.js';
import type { ReasonTemplate } from './rule-context.js';

/**
 * @internal A calendar-day deadline that falls on a closed day: why it is closed, and the last
 * business day before it (interpretation 11).
 */
export interface ClosedDayDeadline {
  readonly deadline: IsoDate;
  readonly closures: readonly ClosureReason[];
  readonly lastBusinessDayBefore: IsoDate;
}

/**
 * @internal The closed-day advice for a deadline, or `undefined` when the deadline is a business day.
 *
 * @example
 * ```ts
 * closedDayDeadline(calendarOf(policy20241007), '2027-05-04');
 * // { deadline: '2027-05-04', closures: [{ kind: 'national-holiday', … }], lastBusinessDayBefore: '2027-04-30' }
 * ```
 */
export function closedDayDeadline(calendar: BusinessCalendar, deadline: IsoDate): ClosedDayDeadline | undefined {
  const day = calendar.describeDay(deadline);
  if (day.businessDay) return undefined;
  // The deadline itself is not counted: the previous business day is the first one before it.
  return { deadline, closures: day.closures, lastBusinessDayBefore: calendar.addBusinessDays(deadline, -1) };
}

/** What the calendar-day date is: a deadline (`3.2.notice`, `4.3.discretionary-end`) or a target (目処, `5.feature-change`). */
export type CalendarDayDateKind = 'deadline' | 'target';

const WORDS: Readonly<Record<CalendarDayDateKind, { ja: string; en: string; noteJa: string; noteEn: string }>> = {
  deadline: { ja: '期限', en: 'deadline', noteJa: '期限', noteEn: 'deadline' },
  target: { ja: '目処', en: 'target date', noteJa: '目処', noteEn: 'target' },
};

/**
 * @internal The reason for a catalogue: "the date is a closed day; it stays as it is; the last
 * business day before it is …", citing the date's own clause. `kind` names the date: a deadline,
 * or a target (目処) for clauses that set one.
 *
 * @example
 * ```ts
 * const catalogue = reasonCatalogue({ DEADLINE_ON_CLOSED_DAY: deadlineOnClosedDay('4.3.discretionary-end') });
 * // 2027年5月4日(火)は弊社の休業日(祝日「みどりの日」)にあたります。期限の日付は変わりませんが、…
 * ```
 */
export function deadlineOnClosedDay(
  clause: ClauseId,
  kind: CalendarDayDateKind = 'deadline',
): ReasonTemplate<ClosedDayDeadline> {
  const word = WORDS[kind];
  return {
    clause,
    message: ({ deadline, closures, lastBusinessDayBefore }) => {
      const date = dateText(deadline);
      const before = dateText(lastBusinessDayBefore);
      const why = joinBilingual(closures.map(closureText), { ja: '・', en: '; ' });
      return {
        ja: `${word.ja}の${date.ja}は弊社の休業日(${why.ja})にあたります。${word.ja}の日付は変わりませんが、その前の営業日は${before.ja}です。`,
        en: `The ${word.en}, ${date.en}, is a closed day for us: ${why.en}. The date stays as it is; the last business day before it is ${before.en}.`,
      };
    },
    note: () => ({
      ja: `暦日で数える${word.noteJa}のため、休業日にあたっても日付は動かしません(解釈11)。前の営業日は目安としてお伝えするもので、新たな${word.noteJa}ではありません。`,
      en: `The ${word.noteEn} is counted in calendar days, so a closed day does not move it (interpretation 11); the business day before is advice, not a new ${word.noteEn}.`,
    }),
  };
}
