// Formatting of JST dates and instants for people. The library hands out 'YYYY-MM-DD' dates and
// JST ISO strings ('2027-01-04T09:30:00+09:00'), so no time-zone arithmetic happens here: the
// weekday comes from the civil date alone (UTC methods, never the browser's local time).
import type { Due } from '@jmas/cs-policy';
import { TEXTS, type Lang } from './i18n.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

export function weekdayOfIso(date: string): WeekdayName {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** '2027-01-18 (月)' / '2027-01-18 (Mon)': ISO first so it sorts and reads the same in both languages. */
export function formatDate(date: string, lang: Lang): string {
  return `${date} (${TEXTS[lang].weekdaysShort[weekdayOfIso(date)]})`;
}

/** '2027-01-04 (月) 09:30 JST' from a JST ISO string. */
export function formatInstant(at: string, lang: Lang): string {
  const date = at.slice(0, 10);
  const time = at.slice(11, 16);
  return `${formatDate(date, lang)} ${time} JST`;
}

export function formatDue(due: Due, lang: Lang): string {
  switch (due.kind) {
    case 'date':
      return formatDate(due.date, lang);
    case 'instant':
      return formatInstant(due.at, lang);
    default:
      return TEXTS[lang].agreeSeparately;
  }
}

/** A parameter value of a policy diff, compactly. */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === undefined) return TEXTS[lang].absent;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** 'YYYY-MM' of the month that contains `date` ('YYYY-MM-DD'), shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's month in Japan, from the clock (the page's only use of "now"). */
export function currentJstMonth(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);
}
