// The page's inputs as a link: ?lang=en&view=year&month=2027-01&event=release-ga&ga-date=…&closure=…
// &clock=run@2027-01-04T17:30&clock-urgency=high…
// Written with replaceState on every change (reload keeps everything; a sent link reproduces the page);
// read once at start. Event fields are written only when they differ from the page's defaults.
import { CLOCK_SIGNALS, type ClockSignal, type PolicyEventKind } from '@jmas/cs-policy';
import { clampMonth, type PageClockEvent, type PageClosure, type State } from './state.js';

const KINDS: readonly PolicyEventKind[] = [
  'release-ga',
  'vendor-end-of-support',
  'discretionary-end',
  'feature-change',
  'build-materials-received',
  'inquiry-received',
];

/** 2027-08-13..2027-08-16:夏季休業 or 2027-08-13:創立記念日 — the same form as the CLI's --closure. */
export function closureToParam(c: PageClosure): string {
  return `${c.from === c.to ? c.from : `${c.from}..${c.to}`}:${c.label}`;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function closureFromParam(param: string): PageClosure | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?:(.+)$/s.exec(param);
  if (!match) return undefined;
  const [, from, to = from, label] = match as unknown as [string, string, string | undefined, string];
  if (!DATE.test(from) || !DATE.test(to) || to < from || !label.trim()) return undefined;
  return { from, to, label: label.trim() };
}

/** run@2027-01-04T17:30: what happened, then when (JST, as typed). */
export function clockEventToParam(e: PageClockEvent): string {
  return `${e.clock}@${e.at}`;
}

/** The signal must be one of the three; the instant is kept as written, so the library can say what is wrong with it. */
export function clockEventFromParam(param: string): PageClockEvent | undefined {
  const at = param.indexOf('@');
  const clock = param.slice(0, at);
  if (at < 0 || !(CLOCK_SIGNALS as readonly string[]).includes(clock)) return undefined;
  return { clock: clock as ClockSignal, at: param.slice(at + 1).trim() };
}

export function toSearch(s: State, defaults: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams();
  if (s.lang !== 'ja') params.set('lang', s.lang);
  if (s.view !== 'month') params.set('view', s.view);
  params.set('month', s.month);
  params.set('event', s.kind);
  for (const [id, value] of Object.entries(s.fields)) if (value !== (defaults[id] ?? '')) params.set(id, value);
  for (const c of s.closures) params.append('closure', closureToParam(c));
  for (const e of s.clock.events) params.append('clock', clockEventToParam(e));
  if (s.clock.urgency) params.set('clock-urgency', s.clock.urgency);
  if (s.clock.measure !== 'resolution') params.set('clock-measure', s.clock.measure);
  if (s.clock.now) params.set('clock-now', s.clock.now);
  return `?${params}`;
}

/** Applies a link's parameters to the state; anything unreadable keeps its default. */
export function applySearch(s: State, search: string, fieldIds: readonly string[]): void {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  if (lang === 'ja' || lang === 'en') s.lang = lang;
  if (params.get('view') === 'year') s.view = 'year';
  const month = params.get('month');
  if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) s.month = clampMonth(month);
  const kind = params.get('event');
  if (kind && (KINDS as readonly string[]).includes(kind)) s.kind = kind as PolicyEventKind;
  for (const id of fieldIds) {
    const value = params.get(id);
    if (value !== null) s.fields[id] = value;
  }
  const closures = params.getAll('closure').map(closureFromParam);
  s.closures = closures.filter((c): c is PageClosure => c !== undefined);
  s.badLinkClosures = closures.length - s.closures.length;
  const events = params.getAll('clock').map(clockEventFromParam);
  s.clock.events = events.filter((e): e is PageClockEvent => e !== undefined);
  s.clock.badLinkEvents = events.length - s.clock.events.length;
  s.clock.urgency = params.get('clock-urgency')?.trim() ?? '';
  if (params.get('clock-measure') === 'first-response') s.clock.measure = 'first-response';
  s.clock.now = params.get('clock-now')?.trim() ?? '';
}
