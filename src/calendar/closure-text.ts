import { type Bilingual, capitalise } from '../words/bilingual.js';
import { CsPolicyError } from '../errors.js';
import type { ClosureReason, Weekday } from './business-calendar.js';

type HolidayClosure = Extract<ClosureReason, { kind: 'national-holiday' }>;

/** @internal A weekday in words, `月曜日` / `Monday`: the one list (closures, the hours in words). */
export const WEEKDAY_TEXT: Readonly<Record<Weekday, Bilingual>> = {
  sunday: { ja: '日曜日', en: 'Sunday' },
  monday: { ja: '月曜日', en: 'Monday' },
  tuesday: { ja: '火曜日', en: 'Tuesday' },
  wednesday: { ja: '水曜日', en: 'Wednesday' },
  thursday: { ja: '木曜日', en: 'Thursday' },
  friday: { ja: '金曜日', en: 'Friday' },
  saturday: { ja: '土曜日', en: 'Saturday' },
};

const CLOSURE_KINDS = ['weekend', 'closed-weekday', 'national-holiday', 'year-end', 'company-closure'];

/** The closure itself, or INVALID_INPUT: the texts are read by people, so a wrong shape must not print `undefined`. */
function checked(closure: unknown): ClosureReason {
  const kind = typeof closure === 'object' && closure !== null ? (closure as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !CLOSURE_KINDS.includes(kind))
    throw new CsPolicyError(
      'INVALID_INPUT',
      `a closure reason must be an object whose kind is one of ${CLOSURE_KINDS.map((k) => `"${k}"`).join(', ')}`,
    );
  if (kind === 'national-holiday') {
    const { holidayKind, name, nameEn } = closure as Partial<HolidayClosure>;
    // A reason without holidayKind has the shape from before interpretation 14: a national holiday.
    if (holidayKind !== undefined && !['national', 'substitute', 'citizens', 'special'].includes(holidayKind))
      throw new CsPolicyError(
        'INVALID_INPUT',
        'a holiday closure\'s holidayKind must be one of "national", "substitute", "citizens", "special"',
      );
    if (typeof name !== 'string' || typeof nameEn !== 'string')
      throw new CsPolicyError('INVALID_INPUT', 'a holiday closure must have a name and an English name (nameEn)');
  }
  return closure as ClosureReason;
}

/** A substitute holiday named after the holiday it replaces: 「憲法記念日の振替休日」. */
function substituteName(closure: HolidayClosure): Bilingual {
  const replaced = closure.replaces;
  return replaced
    ? { ja: `${replaced.name}の振替休日`, en: `substitute holiday for ${replaced.nameEn}` }
    : { ja: '振替休日', en: 'substitute holiday' };
}

/**
 * Why a day is closed, in words for people (`1.1.hours`, interpretation 14): a national holiday is
 * `祝日「元日」` / `national holiday (New Year's Day)`; a 振替休日 is `憲法記念日の振替休日` / `substitute holiday for
 * Constitution Memorial Day` and a 国民の休日 `国民の休日` / `citizens' holiday` — neither is called 祝日; a
 * one-off holiday by special law is `休日「天皇の即位の日」` / `public holiday (Enthronement Day)`; a Monday–Friday
 * that hours per weekday leave closed is `水曜日の定休日` / `closed on Wednesdays`. The one wording
 * every decision, the CLI and the calendars use. Anything that is not a closure reason → `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * describeDay('2027-01-01').closures.map((c) => closureText(c).en);
 * // ["national holiday (New Year's Day)", 'year-end/new-year closure']
 * describeDay('2026-05-06').closures.map((c) => closureText(c).ja); // ['憲法記念日の振替休日']
 * ```
 */
export function closureText(closure: ClosureReason): Bilingual {
  const c = checked(closure);
  switch (c.kind) {
    case 'weekend':
      return WEEKDAY_TEXT[c.weekday] ?? { ja: '日曜日', en: 'Sunday' };
    case 'closed-weekday': {
      // The office's weekly closing day under hours per weekday (issue 12): 水曜日の定休日 (no brackets: it is
      // often said inside 休業日(…)).
      const day = WEEKDAY_TEXT[c.weekday] as Bilingual | undefined;
      return day ? { ja: `${day.ja}の定休日`, en: `closed on ${day.en}s` } : { ja: '定休日', en: 'weekly closing day' };
    }
    case 'national-holiday':
      switch (c.holidayKind) {
        case 'substitute':
          return substituteName(c);
        case 'citizens':
          return { ja: '国民の休日', en: "citizens' holiday" };
        case 'special':
          return c.name === '休日'
            ? { ja: '休日', en: 'public holiday' }
            : { ja: `休日「${c.name}」`, en: `public holiday (${c.nameEn})` };
        default:
          return { ja: `祝日「${c.name}」`, en: `national holiday (${c.nameEn})` };
      }
    case 'year-end':
      return { ja: '年末年始休業', en: 'year-end/new-year closure' };
    case 'company-closure':
      return { ja: `弊社休業日「${c.label}」`, en: `company closure (${c.label})` };
  }
}

/**
 * The short name of a closure, for a calendar entry or a list of skipped days: the holiday's
 * name (a substitute holiday named after the holiday it replaces, `憲法記念日の振替休日`), the company
 * closure's label, or `年末年始休業`; weekends and weekly closing days (`closed-weekday`) have none
 * (`undefined`): they are the office's ordinary closing days, which such lists leave out. Anything that is not a
 * closure reason → `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * describeDay('2027-01-11').closures.map((c) => closureName(c)?.ja); // ['成人の日']
 * describeDay('2026-09-22').closures.map((c) => closureName(c)?.en); // ["Citizens' holiday"]
 * ```
 */
export function closureName(closure: ClosureReason): Bilingual | undefined {
  const c = checked(closure);
  switch (c.kind) {
    case 'weekend':
    case 'closed-weekday':
      return undefined;
    case 'national-holiday':
      if (c.holidayKind === 'substitute') {
        const { ja, en } = substituteName(c);
        return { ja, en: capitalise(en) };
      }
      return { ja: c.name, en: c.nameEn };
    case 'year-end':
      return { ja: '年末年始休業', en: 'year-end/new-year closure' };
    case 'company-closure':
      return { ja: c.label, en: c.label };
  }
}

/**
 * @internal Whether a closure recurs every week: a weekend, or a weekly closing day under hours per weekday
 * (issue 12). Lists of the days a deadline crossed, the CLI's closures and the iCalendar export leave such days
 * out unless they are closed for another reason too: they are the office's ordinary closing days, which customers
 * know from the hours, and naming every one would bury the closures that move dates.
 *
 * @example
 * ```ts
 * isWeeklyClosure({ kind: 'closed-weekday', weekday: 'wednesday' }); // true
 * isWeeklyClosure({ kind: 'year-end' }); // false
 * ```
 */
export function isWeeklyClosure(closure: ClosureReason): boolean {
  return closure.kind === 'weekend' || closure.kind === 'closed-weekday';
}
