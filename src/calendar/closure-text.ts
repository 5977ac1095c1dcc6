import type { ClosureReason } from './business-calendar.js';

/** A text in Japanese and English. */
interface Text {
  readonly ja: string;
  readonly en: string;
}

/**
 * Why a day is closed, in words for people (`1.1.hours`): `祝日「元日」` / `national holiday (New
 * Year's Day)`. The one wording every decision, the CLI and the calendars use.
 *
 * @example
 * ```ts
 * describeDay('2027-01-01').closures.map((c) => closureText(c).en);
 * // ["national holiday (New Year's Day)", 'year-end/new-year closure']
 * ```
 */
export function closureText(closure: ClosureReason): Text {
  switch (closure.kind) {
    case 'weekend':
      return closure.weekday === 'saturday' ? { ja: '土曜日', en: 'Saturday' } : { ja: '日曜日', en: 'Sunday' };
    case 'national-holiday':
      return { ja: `祝日「${closure.name}」`, en: `national holiday (${closure.nameEn})` };
    case 'year-end':
      return { ja: '年末年始休業', en: 'year-end/new-year closure' };
    case 'company-closure':
      return { ja: `弊社休業日「${closure.label}」`, en: `company closure (${closure.label})` };
  }
}

/**
 * The short name of a closure, for a calendar entry or a list of skipped days: the holiday's
 * name, the company closure's label, or `年末年始休業`; weekends have none (`undefined`).
 *
 * @example
 * ```ts
 * describeDay('2027-01-11').closures.map((c) => closureName(c)?.ja); // ['成人の日']
 * ```
 */
export function closureName(closure: ClosureReason): Text | undefined {
  switch (closure.kind) {
    case 'weekend':
      return undefined;
    case 'national-holiday':
      return { ja: closure.name, en: closure.nameEn };
    case 'year-end':
      return { ja: '年末年始休業', en: 'year-end/new-year closure' };
    case 'company-closure':
      return { ja: closure.label, en: closure.label };
  }
}
