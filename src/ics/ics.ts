import { countEn } from '../words/count.js';
import icalGenerator, { ICalAlarmType, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import type { ClosureReason } from '../calendar/business-calendar.js';
import { civilFromEpochDay, DAY_MS, epochDayOfInstant, formatEpochDay, parseIsoDate } from '../calendar/civil.js';
import { closureName, isWeeklyClosure } from '../calendar/closure-text.js';
import { dateField, instantField } from '../calendar/fields.js';
import { type DateInput, type InstantInput, toEpochDay, toEpochMs } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { CLAUSE_IDS, CLAUSES } from '../policy/clauses.js';
import { calendarOf, policyOf, type RuleOptions } from '../policy/context.js';
import type { PolicyEvent } from '../timeline/event.js';
import type { Obligation } from '../timeline/obligation.js';
import { lazySchema, nonBlankText, parseWith } from '../validate.js';

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

/**
 * Options of {@link obligationsToIcs}: those of every export, plus the calendar's name, the event the
 * obligations come from (its product and release, or name, make the events' UIDs unique per release, so a
 * second release's file never overwrites the first's), and reminders.
 *
 * @example
 * ```ts
 * const event: PolicyEvent = { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01', previousRelease: '3.2' };
 * const options: ObligationsIcsOptions = { event, reminders: [7, 1], lang: 'en' };
 * obligationsToIcs(obligationsFor(event).value, options); // a VALARM 7 days and 1 day before each obligation
 * ```
 */
export interface ObligationsIcsOptions extends IcsOptions {
  /** The calendar's name (default: "JMAS policy deadlines (<version>)"). No control characters. */
  readonly name?: string;
  /** The event `obligationsFor` was given: its identifying fields go into every UID. */
  readonly event?: PolicyEvent;
  /** Days before each obligation (whole numbers 0–365) at which a calendar shows a reminder (VALARM DISPLAY). */
  readonly reminders?: readonly number[];
}

const ZONE = 'Asia/Tokyo';
const UID_DOMAIN = 'cs-policy.jmas';
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

// RFC 5545 3.3.11: TEXT holds no control characters but HTAB (a line break is written as "\n"). U+2028/2029
// and NEL are refused too: some readers break lines on them.
const CONTROL_IN_ID = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_IN_TEXT = /(?![\t\n\r])[\p{Cc}\u2028\u2029]/gu;

/**
 * A text for a SUMMARY or DESCRIPTION: control characters (but line breaks and tabs) become spaces.
 * ical-generator then escapes `\`, `;`, `,` and line breaks, so no text can start a line of its own.
 */
function plainText(text: string): string {
  return text.replace(CONTROL_IN_TEXT, ' ');
}

/**
 * RFC 5545 TEXT escaping, for the one text ical-generator writes raw (the calendar's NAME / X-WR-CALNAME).
 * Control characters were refused before, so no line break is left to escape.
 */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`);
}

const noControl = (what: string) =>
  z.refine(
    (s: unknown) => typeof s === 'string' && !CONTROL_IN_ID.test(s),
    `must not contain control characters (${what})`,
  );

function newCalendar(name: string, lang: 'ja' | 'en'): ICalCalendar {
  return icalGenerator({
    name: escapeText(name),
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
      name: z.optional(nonBlankText().check(noControl('name'))),
      event: z.optional(z.object({ kind: z.string() })),
      reminders: z.optional(
        z.array(z.int().check(z.minimum(0), z.maximum(365))).check(z.maxLength(10, 'must have at most 10 items')),
      ),
    }),
  ),
);
// The obligations as obligationsFor returns them; checked so that a hand-made list fails clearly.
const obligationsSchema = lazySchema(() => {
  const clause = z.enum(CLAUSE_IDS as unknown as [string, ...string[]]);
  return z.array(
    z.object({
      id: z.string().check(z.minLength(1), z.maxLength(200), noControl('id')),
      what: bilingualSchema(),
      due: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('date'), date: z.string() }),
        z.object({ kind: z.literal('instant'), at: z.string() }),
        z.object({ kind: z.literal('agree-separately') }),
      ]),
      clause,
      reasons: z.array(z.object({ clause, message: bilingualSchema() })),
    }),
  );
});
// What identifies an event (the fields of PolicyEvent a UID and a file name use); other fields are ignored.
const eventSchema = lazySchema(() => {
  const text = nonBlankText();
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('release-ga'), product: text, release: text, ga: dateField }),
    z.object({ kind: z.literal('vendor-end-of-support'), name: text, endsOn: dateField }),
    z.object({ kind: z.literal('discretionary-end'), name: text, endsOn: dateField }),
    z.object({ kind: z.literal('feature-change'), changeOn: dateField, description: z.optional(text) }),
    z.object({ kind: z.literal('build-materials-received'), receivedAt: instantField }),
    z.object({ kind: z.literal('inquiry-received'), receivedAt: instantField }),
  ]);
});

/** An all-day date for ical-generator, fixed to Tokyo so no process time zone can shift it. */
function tokyoDate(epochDay: number): DateTime {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return DateTime.fromObject({ year, month, day }, { zone: ZONE });
}

/**
 * An instant that iCalendar can write: in the years 0000–9999 both in JST (DTSTART) and in UTC (DTSTAMP).
 * Beyond them there is no four-digit year, and the file would not parse.
 */
function writableInstant(ms: number, what: string, code: 'INVALID_INPUT' | 'INVALID_OPTIONS'): number {
  try {
    formatEpochDay(epochDayOfInstant(ms));
    formatEpochDay(Math.floor(ms / DAY_MS));
  } catch {
    throw new CsPolicyError(code, `invalid ${what}: must fall in the years 0000–9999 to be written to iCalendar`, [
      { path: what.split('.'), message: 'must fall in the years 0000–9999' },
    ]);
  }
  return ms;
}

function stampOf(options: IcsOptions | undefined): DateTime {
  const ms = options?.stamp === undefined ? Date.now() : toEpochMs(options.stamp, 'stamp');
  return DateTime.fromMillis(writableInstant(ms, 'stamp', 'INVALID_OPTIONS'), { zone: 'utc' });
}

function closureSummary(reasons: readonly ClosureReason[], lang: 'ja' | 'en'): string {
  const names = reasons.map((r) => closureName(r)?.[lang]).filter((n): n is string => n !== undefined);
  return plainText(`${lang === 'ja' ? 'サポート休業' : 'Support closed'}: ${names.join(' / ')}`);
}

/** FNV-1a over the UTF-16 code units, twice with different offsets: 16 hex digits, the same on every run. */
function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case ASCII letters, digits and dots, the rest as single hyphens: a part of a UID or a file name. */
function slug(text: string, max = 40): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max)
    .replace(/[-.]+$/, '');
}

type IdentifiedEvent = z.output<ReturnType<typeof eventSchema>>;

/** The fields that identify an event, in a fixed order: what its UIDs and its file name are made of. */
function identity(event: IdentifiedEvent): { readonly parts: readonly string[]; readonly day: number } {
  switch (event.kind) {
    case 'release-ga':
      return { parts: [event.product, event.release], day: toEpochDay(event.ga, 'event.ga') };
    case 'vendor-end-of-support':
    case 'discretionary-end':
      return { parts: [event.name], day: toEpochDay(event.endsOn, 'event.endsOn') };
    case 'feature-change':
      return { parts: event.description ? [event.description] : [], day: toEpochDay(event.changeOn, 'event.changeOn') };
    default:
      return { parts: [], day: epochDayOfInstant(toEpochMs(event.receivedAt, 'event.receivedAt')) };
  }
}

function eventOf(value: unknown, code: 'INVALID_INPUT' | 'INVALID_OPTIONS', subject: string): IdentifiedEvent {
  return parseWith(eventSchema, value, code, subject);
}

const compactDate = (epochDay: number) => formatEpochDay(epochDay).replaceAll('-', '');

/**
 * The closures of a period (national holidays, the year-end closure, company closure days; not
 * ordinary weekends, nor the weekly closing day of hours per weekday) as an iCalendar file of all-day events, each explaining why (`1.1.hours`).
 * A closure day has the same UID in every file (`closure-YYYYMMDD@cs-policy.jmas`), so importing a
 * later year's file, or a later policy's, updates the days rather than doubling them.
 *
 * @example
 * ```ts
 * import { closuresToIcs } from '@jmas/cs-policy/ics';
 * writeFileSync('closures-2027.ics', closuresToIcs({ from: '2027-01-01', to: '2027-12-31' }, { lang: 'en' }));
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a range that is not `{ from, to }`, `INVALID_DATE` for a date that is
 * not one, `OUT_OF_COVERAGE` outside the holiday data (1970–2050), `INVALID_OPTIONS` for bad options.
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
    .filter((d) => d.closures.some((c) => !isWeeklyClosure(c)));
  const stamp = stampOf(options);
  const cal = newCalendar(
    lang === 'ja'
      ? `JMAS サポート休業日 (ポリシー ${policy.version})`
      : `JMAS support closures (policy ${policy.version})`,
    lang,
  );
  for (const day of days) {
    const epochDay = toEpochDay(day.date);
    const start = tokyoDate(epochDay);
    cal.createEvent({
      id: `closure-${compactDate(epochDay)}@${UID_DOMAIN}`,
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

/** A reminder's text, both languages in one (a calendar shows it as it is, whatever its reader's language). */
function reminderText(days: number, what: { readonly ja: string; readonly en: string }): string {
  const ja = days === 0 ? `【当日】${what.ja}` : `【${days}日前】${what.ja}`;
  const en = days === 0 ? `[Today] ${what.en}` : `[In ${countEn(days, 'day')}] ${what.en}`;
  return plainText(`${ja}\n${en}`);
}

/**
 * The dated obligations of an event (as `obligationsFor` returns them) as an iCalendar file:
 * all-day events for dates, timed events in Asia/Tokyo for instants. Obligations with no
 * computable date ("agree separately") are left out. Each description carries the clause and
 * the reasons. Every UID is made here from stable parts — the obligation's id and date, and the
 * event's product and release (or name) when `options.event` is given — so two releases' files never
 * share one, and a file made again updates its events. `reminders` adds a display alarm that many days
 * before each obligation, in both languages.
 *
 * @example
 * ```ts
 * import { obligationsFor } from '@jmas/cs-policy';
 * import { icsFileName, obligationsToIcs } from '@jmas/cs-policy/ics';
 * const event = { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01' } as const;
 * const ics = obligationsToIcs(obligationsFor(event).value, { event, reminders: [7] });
 * writeFileSync(icsFileName(event), ics); // cs-policy-release-ga-kaito-4.0-2027-04-01.ics
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a list that is not obligations (an id with control characters, a
 * date that is not `YYYY-MM-DD`, an instant outside the years 0000–9999); `INVALID_OPTIONS` for bad options (a
 * name with control characters, reminders that are not whole numbers of days 0–365, an event that is not one).
 */
export function obligationsToIcs(obligations: readonly Obligation[], options?: ObligationsIcsOptions): string {
  const policy = policyOf(options);
  parseWith(obligationsSchema, obligations, 'INVALID_INPUT', 'obligations');
  parseWith(optionsSchema, options, 'INVALID_OPTIONS', 'iCalendar options');
  const lang = options?.lang ?? 'ja';
  const stamp = stampOf(options);
  const event = options?.event === undefined ? undefined : eventOf(options.event, 'INVALID_OPTIONS', 'options.event');
  const subject = event ? identity(event).parts : undefined;
  const reminders = [...new Set(options?.reminders ?? [])].sort((a, b) => b - a);
  const cal = newCalendar(
    options?.name ??
      (lang === 'ja' ? `JMAS ポリシー上の期限 (${policy.version})` : `JMAS policy deadlines (${policy.version})`),
    lang,
  );
  const uids = new Set<string>();
  for (const [index, obligation] of obligations.entries()) {
    if (obligation.due.kind === 'agree-separately') continue;
    let start: DateTime;
    let dueKey: string;
    let timed: boolean;
    if (obligation.due.kind === 'date') {
      const epochDay = parseIsoDate(obligation.due.date);
      if (epochDay === undefined) {
        throw new CsPolicyError(
          'INVALID_INPUT',
          `invalid obligations: ${index}.due.date: must be a real "YYYY-MM-DD"`,
          [{ path: [index, 'due', 'date'], message: 'must be a real "YYYY-MM-DD"' }],
        );
      }
      start = tokyoDate(epochDay);
      dueKey = compactDate(epochDay);
      timed = false;
    } else {
      const what = `obligations.${index}.due.at`;
      const ms = writableInstant(toEpochMs(obligation.due.at, what), what, 'INVALID_INPUT');
      start = DateTime.fromMillis(ms, { zone: ZONE });
      dueKey = start.toFormat("yyyyMMdd'T'HHmmss");
      timed = true;
    }
    // Stable parts only: the same obligation of the same event on the same day has the same UID in every file.
    const parts = subject ?? [obligation.what.ja, obligation.what.en];
    const key = [event?.kind ?? 'obligations', ...parts, obligation.id, dueKey];
    let uid = [
      slug(obligation.id),
      dueKey,
      ...parts.map((p) => slug(p, 20)).filter(Boolean),
      stableHash(JSON.stringify(key)),
    ]
      .filter(Boolean)
      .join('.');
    // A hand-made list may repeat an obligation: the copies get their own UIDs rather than overwrite each other.
    for (let n = 2; uids.has(uid); n++) uid = `${uid.replace(/-\d+$/, '')}-${n}`;
    uids.add(uid);
    const description = [
      ...obligation.reasons.map((r) => `${r.message[lang]} [${r.clause}]`),
      `${CLAUSES[obligation.clause as keyof typeof CLAUSES][lang]} [${obligation.clause}]`,
    ].join('\n');
    const data: ICalEventData = {
      id: `${uid}@${UID_DOMAIN}`,
      stamp,
      start,
      summary: plainText(obligation.what[lang]),
      description: plainText(description),
      categories: [{ name: obligation.clause }],
      ...(timed
        ? { end: start.plus({ minutes: 30 }), timezone: ZONE }
        : { end: start.plus({ days: 1 }), allDay: true }),
    };
    const created = cal.createEvent(data);
    for (const days of reminders) {
      created.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: days * 86_400,
        description: reminderText(days, obligation.what),
      });
    }
  }
  return cal.toString();
}

/**
 * A file name for an event's iCalendar file, or for the closures of a period: it names the event's kind, its
 * product and release (or name), and its date, so two releases' files never share a name and a download does
 * not overwrite the last one. ASCII letters, digits, dots and hyphens only.
 *
 * @example
 * ```ts
 * icsFileName({ kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01' }); // 'cs-policy-release-ga-kaito-4.0-2027-04-01.ics'
 * icsFileName({ kind: 'discretionary-end', name: 'Windows 10', endsOn: '2027-06-30' }); // 'cs-policy-discretionary-end-windows-10-2027-06-30.ics'
 * icsFileName({ from: '2027-01-01', to: '2027-12-31' }); // 'cs-policy-closures-2027-01-01-2027-12-31.ics'
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a value that is neither an event nor a `{ from, to }` range.
 */
export function icsFileName(subject: PolicyEvent | { readonly from: DateInput; readonly to: DateInput }): string {
  if (typeof subject === 'object' && subject !== null && !('kind' in subject)) {
    const range = parseWith(rangeSchema, subject, 'INVALID_INPUT', 'range');
    const from = formatEpochDay(toEpochDay(range.from, 'range.from'));
    const to = formatEpochDay(toEpochDay(range.to, 'range.to'));
    return `cs-policy-closures-${from}-${to}.ics`;
  }
  const event = eventOf(subject, 'INVALID_INPUT', 'event');
  const { parts, day } = identity(event);
  const names = parts.map((p) => slug(p, 30)).filter(Boolean);
  // A name with letters outside ASCII (e.g. Japanese) loses them in the slug: a hash of it keeps two apart.
  const lossy = parts.some((p) => /[^\x20-\x7e]/.test(p));
  const named = lossy ? [...names, stableHash(JSON.stringify(parts)).slice(0, 8)] : names;
  return ['cs-policy', event.kind, ...named, formatEpochDay(day)].join('-').concat('.ics');
}
