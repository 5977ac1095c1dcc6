// Dates and times as people read them in a message (interpretation 13): `2026年12月28日(月)`,
// `2026年12月28日(月) 18:30`; `Mon 28 Dec 2026`, `Mon 28 Dec 2026, 18:30 (JST)`. Values stay ISO;
// only the words a customer reads use these forms.
import {
  civilFromEpochDay,
  epochDayOfInstant,
  msOfJstDay,
  parseIsoDate,
  weekdayOf,
  type IsoDate,
} from '../calendar/civil.js';
import { parseIsoDateTime } from '../calendar/input.js';
import type { Bilingual } from './bilingual.js';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function epochDayOf(date: number | IsoDate): number {
  if (typeof date === 'number') return date;
  const day = parseIsoDate(date);
  // Only the library calls this, with dates it has made: a bad one is a bug, not a user error.
  if (day === undefined) throw new RangeError(`not an ISO date: ${date.slice(0, 20)}`);
  return day;
}

/**
 * @internal A JST date in words: `{ ja: '2026年12月28日(月)', en: 'Mon 28 Dec 2026' }`.
 * Takes an epoch day or an ISO date the library made.
 *
 * @example
 * ```ts
 * dateText('2026-12-28'); // { ja: '2026年12月28日(月)', en: 'Mon 28 Dec 2026' }
 * ```
 */
export function dateText(date: number | IsoDate): Bilingual {
  const day = epochDayOf(date);
  const { year, month, day: dayOfMonth } = civilFromEpochDay(day);
  const weekday = weekdayOf(day);
  return {
    ja: `${year}年${month}月${dayOfMonth}日(${WEEKDAYS_JA[weekday]})`,
    en: `${WEEKDAYS_EN[weekday]} ${dayOfMonth} ${MONTHS_EN[month - 1]} ${year}`,
  };
}

/** `18:30`, or `18:29:59` when the instant has seconds (a reader must not see 18:29 for 18:29:59). */
function clockText(epochMs: number): string {
  const seconds = Math.floor(msOfJstDay(epochMs) / 1000);
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = seconds % 60;
  return ss === 0 ? `${hh}:${mm}` : `${hh}:${mm}:${String(ss).padStart(2, '0')}`;
}

/**
 * @internal An instant in words, in Japan time: `{ ja: '2026年12月28日(月) 18:30',
 * en: 'Mon 28 Dec 2026, 18:30 (JST)' }`. Takes epoch ms or an ISO date-time the library made.
 *
 * @example
 * ```ts
 * instantText('2026-12-28T18:30:00+09:00'); // { ja: '2026年12月28日(月) 18:30', en: 'Mon 28 Dec 2026, 18:30 (JST)' }
 * ```
 */
export function instantText(instant: number | string): Bilingual {
  const ms = typeof instant === 'number' ? instant : parseIsoDateTime(instant);
  if (ms === undefined) throw new RangeError(`not an ISO date-time: ${String(instant).slice(0, 30)}`);
  const date = dateText(epochDayOfInstant(ms));
  const clock = clockText(ms);
  return { ja: `${date.ja} ${clock}`, en: `${date.en}, ${clock} (JST)` };
}
