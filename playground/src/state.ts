// The page's one state object. Every panel renders from it; every control writes to it through
// `update`, which re-renders the page and writes the link (url.ts). Nothing else is kept between events.
import {
  type CalendarCoverage,
  createBusinessCalendar,
  HOLIDAY_COVERAGE,
  policy20241007,
  type ClockMeasure,
  type ClockSignal,
  type NationalHoliday,
  type Policy,
  type PolicyEventKind,
} from '@jmas/cs-policy';
import { TEXTS, type Lang, type Texts } from './i18n.js';
import { todayJst } from './format.js';

/** A company closure entered in the page: one day (from = to) or an inclusive range, with its label. */
export interface PageClosure {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** One row of the case clock: a datetime-local value (JST wall time, as typed) and what happened then. */
export interface PageClockEvent {
  readonly at: string;
  readonly clock: ClockSignal;
}

/** The case clock panel's inputs (`1.2.case`). */
export interface ClockInputs {
  events: PageClockEvent[];
  /** An urgency level, '' when not given (kept as the link said it, so an unknown level is reported). */
  urgency: string;
  measure: ClockMeasure;
  /** A datetime-local value; '' reads the clock at the current time (not put in the link). */
  now: string;
  /** Clock events in the link that could not be read: said in the panel, not dropped silently. */
  badLinkEvents: number;
}

export interface LoadedPolicy {
  readonly policy: Policy;
  readonly file: string;
  /** The file's text, kept so a reload can load it again (sessionStorage). */
  readonly text: string;
}

/** The Cabinet Office's syukujitsu.csv read by the holidays panel (interpretation 14), in force instead of the built-in list. */
export interface LoadedHolidays {
  readonly list: readonly NationalHoliday[];
  readonly file: string;
  /** The file's bytes as read (base64), kept so a reload reads them again (sessionStorage). */
  readonly bytes: string;
}

/** A month the page moved into the holiday coverage, and the coverage it moved into (said in the calendar). */
export interface MonthNote {
  readonly asked: string;
  readonly month: string;
  readonly from: string;
  readonly to: string;
}

/** What the policy panel last did, so its status always says what is in force now. */
export type PolicyEventNote =
  | { readonly kind: 'loaded'; readonly file: string; readonly version: string; readonly changes: number }
  | { readonly kind: 'unloaded'; readonly file: string }
  | { readonly kind: 'failed'; readonly file: string; readonly problems: readonly Problem[] };

/** One problem of a loaded file, in words for the page: a localized text, and the library's detail. */
export interface Problem {
  readonly text: (t: Texts) => string;
  readonly detail?: string;
}

export interface State {
  lang: Lang;
  view: 'month' | 'year';
  month: string;
  kind: PolicyEventKind;
  /** Event inputs by element id (checkboxes 'true' or ''), as the person typed them. */
  fields: Record<string, string>;
  closures: PageClosure[];
  /** Closures in the link that could not be read: said in the closures panel, not dropped silently. */
  badLinkClosures: number;
  loaded: LoadedPolicy | null;
  active: 'builtin' | 'loaded';
  policyNote: PolicyEventNote | null;
  /** The holiday file in force (null: the chosen policy's own list, by default the built-in one). */
  holidays: LoadedHolidays | null;
  monthNote: MonthNote | null;
  clock: ClockInputs;
}

/** The whole years a calendar covers: the built-in table's, or those of a holiday list. */
export type Coverage = CalendarCoverage;

// One calendar per holiday list, for its coverage only (its day index is never built: no query is asked).
const coverages = new WeakMap<readonly NationalHoliday[], Coverage>();

/** The coverage of a calendar with this `holidays` option, as the library reads the option (else the built-in table's). */
export function coverageOf(holidays: readonly NationalHoliday[] | undefined): Coverage {
  if (holidays === undefined) return HOLIDAY_COVERAGE;
  let covered = coverages.get(holidays);
  if (!covered) {
    covered = createBusinessCalendar({ holidays }).coverage;
    coverages.set(holidays, covered);
  }
  return covered;
}

/** 'YYYY-MM' within the months of the coverage. */
export function clampMonth(month: string, covered: Coverage = coverage()): string {
  const [first, last] = [covered.from.slice(0, 7), covered.to.slice(0, 7)];
  return month < first ? first : month > last ? last : month;
}

export const state: State = {
  lang: 'ja',
  view: 'month',
  month: clampMonth(todayJst().slice(0, 7), HOLIDAY_COVERAGE),
  kind: 'release-ga',
  fields: {},
  closures: [],
  badLinkClosures: 0,
  loaded: null,
  active: 'builtin',
  policyNote: null,
  holidays: null,
  monthNote: null,
  clock: { events: [], urgency: '', measure: 'resolution', now: '', badLinkEvents: 0 },
};

export const texts = (): Texts => TEXTS[state.lang];

/** The policy chosen in the header, before the page's own closures are added. */
export const basePolicy = (): Policy =>
  state.active === 'loaded' && state.loaded ? state.loaded.policy : policy20241007;

/** The holidays the calendar in force uses: the page's file, else the chosen policy's list (undefined: built-in). */
export const holidaysInForce = (): readonly NationalHoliday[] | undefined =>
  state.holidays?.list ?? basePolicy().calendar.holidays;

/** The years the calendar in force covers: the month navigation, the year field and the messages follow it. */
export const coverage = (): Coverage => coverageOf(holidaysInForce());

/**
 * A month outside the coverage in force (a holiday file with fewer years loaded, another policy chosen) is
 * moved to the nearest covered month, and the calendar says so — as the navigation keeps to the coverage.
 */
function fitMonth(s: State): void {
  const covered = coverage();
  const month = clampMonth(s.month, covered);
  if (month === s.month) return;
  s.monthNote = { asked: s.month, month, from: covered.from, to: covered.to };
  s.month = month;
}

let listener: () => void = () => {};

/** Registers the one function that renders the page and writes the link (main.ts). */
export function onUpdate(render: () => void): void {
  listener = render;
}

/** Changes the state and re-renders everything from it. */
export function update(change: (s: State) => void): void {
  change(state);
  fitMonth(state);
  listener();
}
