import icalGenerator, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { IsoDate } from '../calendar/civil.js';
import { toEpochMs, type DateInput, type InstantInput } from '../calendar/input.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import { CLAUSES } from '../policy/clauses.js';
import type { Obligation } from '../timeline/obligation.js';
import type { ClosureReason } from '../calendar/business-calendar.js';
import { dateField, instantField } from '../calendar/fields.js';
import { closureName } from '../calendar/closure-text.js';
import { CLAUSE_IDS } from '../policy/clauses.js';
import { lazySchema, parseWith } from '../validate.js';
import * as z from 'zod/mini';

/**
 * Options of the iCalendar exports: the policy version (as for every rule), the language of the
 * texts, and a fixed DTSTAMP for reproducible files.
 *
 * @example
 * ```ts
 * const options: IcsOptions = { lang: 'en', stamp: '2027-01-01T00:00:00Z' };
 * closuresToIcs({ from: '2027-01-01', to: '2027-12-31' }, options); // the same text on every run
 * ```
 */
export interface IcsOptions extends RuleOptions {
  /** Language of summaries and descriptions (default `'ja'`). */
  readonly lang?: 'ja' | 'en';
  /** DTSTAMP of every event (default: now). Pass a fixed instant for reproducible files. */
  readonly stamp?: InstantInput;
}

const ZONE = 'Asia/Tokyo';
// Japan has one offset all year and no DST, so the VTIMEZONE is a single STANDARD rule.
const VTIMEZONE_TOKYO = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Tokyo',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function newCalendar(name: string, lang: 'ja' | 'en'): ICalCalendar {
  return icalGenerator({
    name,
    prodId: { company: 'JMAS', product: 'cs-policy', language: lang === 'ja' ? 'JA' : 'EN' },
    // No calendar-wide zone name: ical-generator would write DTSTAMP in that zone without "Z", and
    // RFC 5545 wants it in UTC. Timed events carry TZID=Asia/Tokyo themselves, and the generator
    // still emits the VTIMEZONE those events need.
    timezone: { name: '', generator: (tz) => (tz === ZONE ? VTIMEZONE_TOKYO : null) },
  });
}

const bilingualSchema = lazySchema(() => z.object({ ja: z.string(), en: z.string() }));
const rangeSchema = lazySchema(() => z.strictObject({ from: dateField, to: dateField }));
const optionsSchema = lazySchema(() =>
  z.optional(
    z.object({
      lang: z.optional(z.enum(['ja', 'en'])),
      stamp: z.optional(instantField),
      name: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
);
// The obligations as obligationsFor returns them; checked so that a hand-made list fails clearly.
const obligationsSchema = lazySchema(() =>
  z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      what: bilingualSchema(),
      due: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('date'), date: z.string() }),
        z.object({ kind: z.literal('instant'), at: z.string() }),
        z.object({ kind: z.literal('agree-separately') }),
      ]),
      clause: z.enum(CLAUSE_IDS as unknown as [string, ...string[]]),
      reasons: z.array(
        z.object({ clause: z.enum(CLAUSE_IDS as unknown as [string, ...string[]]), message: bilingualSchema() }),
      ),
    }),
  ),
);

/** An all-day date for ical-generator, fixed to Tokyo so no process time zone can shift it. */
function tokyoDate(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: ZONE });
}

function stampOf(options: IcsOptions | undefined): DateTime {
  const ms = options?.stamp === undefined ? Date.now() : toEpochMs(options.stamp, 'stamp');
  return DateTime.fromMillis(ms, { zone: 'utc' });
}

function closureSummary(reasons: readonly ClosureReason[], lang: 'ja' | 'en'): string {
  const names = reasons.map((r) => closureName(r)?.[lang]).filter((n): n is string => n !== undefined);
  return `${lang === 'ja' ? 'サポート休業' : 'Support closed'}: ${names.join(' / ')}`;
}

/**
 * The closures of a period (national holidays, the year-end closure, company closure days; not
 * ordinary weekends) as an iCalendar file of all-day events, each explaining why (`1.1.hours`).
 *
 * @example
 * ```ts
 * import { closuresToIcs } from '@jmas/cs-policy/ics';
 * writeFileSync('closures-2027.ics', closuresToIcs({ from: '2027-01-01', to: '2027-12-31' }, { lang: 'en' }));
 * ```
 */
export function closuresToIcs(
  range: { readonly from: DateInput; readonly to: DateInput },
  options?: IcsOptions,
): string {
  const policy = policyOf(options);
  parseWith(rangeSchema, range, 'INVALID_INPUT', 'range');
  parseWith(optionsSchema, options, 'INVALID_OPTIONS', 'iCalendar options');
  const lang = options?.lang ?? 'ja';
  const days = calendarOf(policy)
    .closedDaysBetween(range.from, range.to)
    .filter((d) => d.closures.some((c) => c.kind !== 'weekend'));
  const stamp = stampOf(options);
  const cal = newCalendar(
    lang === 'ja'
      ? `JMAS サポート休業日 (ポリシー ${policy.version})`
      : `JMAS support closures (policy ${policy.version})`,
    lang,
  );
  for (const day of days) {
    const start = tokyoDate(day.date);
    cal.createEvent({
      id: `closure-${day.date}@cs-policy.jmas`,
      start,
      end: start.plus({ days: 1 }),
      allDay: true,
      stamp,
      summary: closureSummary(day.closures, lang),
      description: `${CLAUSES['1.1.hours'][lang]} [1.1.hours] — ${lang === 'ja' ? 'ポリシー' : 'policy'} ${policy.version}`,
      categories: [{ name: 'CLOSURE' }],
    });
  }
  return cal.toString();
}

/**
 * The dated obligations of an event (as `obligationsFor` returns them) as an iCalendar file:
 * all-day events for dates, timed events in Asia/Tokyo for instants. Obligations with no
 * computable date ("agree separately") are left out. Each description carries the clause and
 * the reasons.
 *
 * @example
 * ```ts
 * import { obligationsFor } from '@jmas/cs-policy';
 * import { obligationsToIcs } from '@jmas/cs-policy/ics';
 * const ics = obligationsToIcs(obligationsFor({ kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01' }).value);
 * ```
 */
export function obligationsToIcs(
  obligations: readonly Obligation[],
  options?: IcsOptions & { readonly name?: string },
): string {
  const policy = policyOf(options);
  parseWith(obligationsSchema, obligations, 'INVALID_INPUT', 'obligations');
  parseWith(optionsSchema, options, 'INVALID_OPTIONS', 'iCalendar options');
  const lang = options?.lang ?? 'ja';
  const stamp = stampOf(options);
  const cal = newCalendar(
    options?.name ??
      (lang === 'ja' ? `JMAS ポリシー上の期限 (${policy.version})` : `JMAS policy deadlines (${policy.version})`),
    lang,
  );
  for (const [index, obligation] of obligations.entries()) {
    if (obligation.due.kind === 'agree-separately') continue;
    const description = [
      ...obligation.reasons.map((r) => `${r.message[lang]} [${r.clause}]`),
      `${CLAUSES[obligation.clause][lang]} [${obligation.clause}]`,
    ].join('\n');
    const base = {
      id: `${obligation.id}-${index}@cs-policy.jmas`,
      stamp,
      summary: obligation.what[lang],
      description,
      categories: [{ name: obligation.clause }],
    };
    if (obligation.due.kind === 'date') {
      const start = tokyoDate(obligation.due.date);
      cal.createEvent({ ...base, start, end: start.plus({ days: 1 }), allDay: true });
    } else {
      const start = DateTime.fromMillis(toEpochMs(obligation.due.at), { zone: ZONE });
      cal.createEvent({ ...base, start, end: start.plus({ minutes: 30 }), timezone: ZONE });
    }
  }
  return cal.toString();
}
