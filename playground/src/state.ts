// The page's one state object. Every panel renders from it; every control writes to it through
// `update`, which re-renders the page and writes the link (url.ts). Nothing else is kept between events.
import {
  HOLIDAY_COVERAGE,
  policy20241007,
  type ClockMeasure,
  type ClockSignal,
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
  clock: ClockInputs;
}

export const COVERAGE_FIRST_MONTH = HOLIDAY_COVERAGE.from.slice(0, 7);
export const COVERAGE_LAST_MONTH = HOLIDAY_COVERAGE.to.slice(0, 7);

export function clampMonth(month: string): string {
  return month < COVERAGE_FIRST_MONTH
    ? COVERAGE_FIRST_MONTH
    : month > COVERAGE_LAST_MONTH
      ? COVERAGE_LAST_MONTH
      : month;
}

export const state: State = {
  lang: 'ja',
  view: 'month',
  month: clampMonth(todayJst().slice(0, 7)),
  kind: 'release-ga',
  fields: {},
  closures: [],
  badLinkClosures: 0,
  loaded: null,
  active: 'builtin',
  policyNote: null,
  clock: { events: [], urgency: '', measure: 'resolution', now: '', badLinkEvents: 0 },
};

export const texts = (): Texts => TEXTS[state.lang];

/** The policy chosen in the header, before the page's own closures are added. */
export const basePolicy = (): Policy =>
  state.active === 'loaded' && state.loaded ? state.loaded.policy : policy20241007;

let listener: () => void = () => {};

/** Registers the one function that renders the page and writes the link (main.ts). */
export function onUpdate(render: () => void): void {
  listener = render;
}

/** Changes the state and re-renders everything from it. */
export function update(change: (s: State) => void): void {
  change(state);
  listener();
}
