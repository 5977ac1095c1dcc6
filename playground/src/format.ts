// Dates and instants for people. The library hands out 'YYYY-MM-DD' dates and JST ISO strings
// ('2027-01-04T09:30:00+09:00'), so no time-zone arithmetic happens here: the weekday comes from the
// civil date alone (UTC methods, never the browser's local time).
import type { Due, Weekday } from '@jmas/cs-policy';
import { TEXTS, type Lang } from './i18n.js';

const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const parts = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

export function weekdayOfIso(date: string): Weekday {
  const [y, m, d] = parts(date);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** '2027年1月4日(月)' / 'Mon 4 Jan 2027': the one form people read (as in the library's messages). */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = parts(date);
  const weekday = TEXTS[lang].weekdaysShort[weekdayOfIso(date)];
  return lang === 'ja' ? `${y}年${m}月${d}日(${weekday})` : `${weekday} ${d} ${MONTHS_SHORT_EN[m - 1]} ${y}`;
}

/** '2027年1月4日(月) 09:30' / 'Mon 4 Jan 2027, 09:30 (JST)' from a JST ISO string. */
export function formatInstant(at: string, lang: Lang): string {
  const date = formatDate(at.slice(0, 10), lang);
  const time = at.slice(11, 16);
  return lang === 'ja' ? `${date} ${time}` : `${date}, ${time} (JST)`;
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

/** The JST date a due falls on, or undefined for "agree separately". */
export function dueDate(due: Due): string | undefined {
  return due.kind === 'date' ? due.date : due.kind === 'instant' ? due.at.slice(0, 10) : undefined;
}

/** A parameter value of a policy diff, compactly. */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === undefined) return TEXTS[lang].absent;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** 'YYYY-MM' shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date and time in Japan now, to the minute ('2026-09-14T10:00', a datetime-local value): the page's only clock. */
export function nowJst(now = Date.now()): string {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 16);
}

/** Today's date in Japan. */
export function todayJst(now = Date.now()): string {
  return nowJst(now).slice(0, 10);
}

/** Full-width digits (２０２７) as ASCII, so a year typed with a Japanese IME reads. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}
