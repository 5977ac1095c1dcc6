// The case clock (`1.2.case`, issue 12): the business time an inquiry has been handled and has waited for
// the customer's reply (`2.1.data`), counted within reception hours only (`1.1.hours`), and — when the
// policy in force sets targets — where it stands against its target. The words of the decision are the
// library's (its reasons); the page adds the labels of the table and of the form.
import {
  CLOCK_SIGNALS,
  caseClock,
  isCsPolicyError,
  type ClockSignal,
  type Policy,
  type Urgency,
} from '@jmas/cs-policy';
import { byId, fill, h } from '../dom.js';
import { formatInstant, nowJst } from '../format.js';
import type { Lang, Texts } from '../i18n.js';
import { messageOf } from '../messages.js';
import { policyInForce, policyName } from '../policies.js';
import { coverage, state, texts, update } from '../state.js';
import { reasonsList } from './event.js';

interface Result {
  readonly decision: ReturnType<typeof caseClock>;
  readonly policy: Policy;
}

/** A problem with the input, naming the control in the page's language; the detail is the library's message. */
interface ClockProblem {
  readonly control: string | undefined;
  readonly text: (t: Texts) => string;
  readonly detail?: string;
}

type Outcome = { ok: true; result: Result } | { ok: false; problems: ClockProblem[] } | null;

/** The last result of a complete input: kept on screen, marked outdated, while the input is not. */
let lastGood: Result | null = null;
/** The language and number of the rows on screen: rows are rebuilt only when these change, so focus stays put. */
let rowsShown = '';

const atId = (i: number): string => `clock-at-${i}`;
const signalId = (i: number): string => `clock-signal-${i}`;

/** The instant the clock is read at: the one typed, else the current minute in Japan. */
const readAt = (): string => state.clock.now || nowJst();

function problemsOf(error: unknown): ClockProblem[] {
  if (isCsPolicyError(error, 'OUT_OF_COVERAGE')) {
    const covered = coverage();
    return [
      {
        control: undefined,
        text: (t) => t.outOfCoverage(covered.from, covered.to),
        detail: error.message,
      },
    ];
  }
  if (isCsPolicyError(error) && error.issues.length > 0) {
    // Events out of order, after a stop or after now: the issue's path is [index, 'at' | 'clock'].
    return error.issues.map((issue): ClockProblem => {
      const [index, field] = issue.path;
      if (typeof index === 'number') {
        const at = field !== 'clock';
        return {
          control: at ? atId(index) : signalId(index),
          text: (t) => t.clockRowInvalid(t.clockRowName(index + 1), at ? 'at' : 'clock'),
          detail: issue.message,
        };
      }
      if (index === 'urgency')
        return { control: 'clock-urgency', text: (t) => t.fieldInvalid(t.urgency), detail: issue.message };
      return { control: undefined, text: (t) => t.clockError, detail: error.message };
    });
  }
  const detail = messageOf(error);
  if (!isCsPolicyError(error, 'INVALID_INSTANT')) return [{ control: undefined, text: (t) => t.clockError, detail }];
  // An instant that is not one (INVALID_INSTANT names it in its message only): the controls the browser could
  // not read their value into (a bad date from a link) are marked, in the order the library reads them (now
  // first), and the library's message follows the first.
  const unread = [
    { id: 'clock-now', value: state.clock.now, row: -1 },
    ...state.clock.events.map((e, i) => ({ id: atId(i), value: e.at, row: i })),
  ].filter((c) => c.value !== '' && byId<HTMLInputElement>(c.id).value === '');
  if (unread.length === 0) return [{ control: undefined, text: (t) => t.clockError, detail }];
  return unread.map((c, i) => ({
    control: c.id,
    text: (t: Texts) => (c.row < 0 ? t.fieldInvalid(t.clockNow) : t.clockRowInvalid(t.clockRowName(c.row + 1), 'at')),
    ...(i === 0 ? { detail } : {}),
  }));
}

function compute(): Outcome {
  const { events, urgency, measure } = state.clock;
  if (events.length === 0) return null;
  const missing = events.flatMap((e, i) => (e.at === '' ? [i] : []));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: missing.map((i) => ({
        control: atId(i),
        text: (t: Texts) => t.clockAtRequired(t.clockRowName(i + 1)),
      })),
    };
  }
  const policy = policyInForce();
  try {
    // datetime-local values have no offset: the library reads them as JST wall time.
    const decision = caseClock(events, {
      now: readAt(),
      policy,
      measure,
      ...(urgency ? { urgency: urgency as Urgency } : {}),
    });
    return { ok: true, result: { decision, policy } };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}

function row(i: number, t: Texts): HTMLElement {
  const name = `clock-row-name-${i}`;
  return h(
    'li',
    { class: 'clock-row', 'data-index': i },
    h(
      'div',
      { role: 'group', 'aria-labelledby': name, class: 'clock-row-fields' },
      h('span', { id: name, class: 'clock-row-name' }, t.clockRowName(i + 1)),
      h(
        'div',
        { class: 'field' },
        h('label', { for: atId(i) }, t.clockAt),
        h('input', {
          id: atId(i),
          type: 'datetime-local',
          min: '1970-01-01T00:00',
          max: '2050-12-31T23:59',
          'data-index': i,
          'data-key': 'at',
          'aria-describedby': 'clock-error',
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: signalId(i) }, t.clockSignal),
        h(
          'select',
          { id: signalId(i), 'data-index': i, 'data-key': 'clock' },
          CLOCK_SIGNALS.map((s) => h('option', { value: s }, t.clockSignals[s])),
        ),
      ),
      h('button', { type: 'button', class: 'secondary small no-print', 'data-remove': i }, t.removeClockEvent(i + 1)),
    ),
  );
}

/** Writes a value into a control unless it already holds it (a focused field is not disturbed). */
function show(id: string, value: string): void {
  const el = byId<HTMLInputElement | HTMLSelectElement>(id);
  if (el.value !== value) el.value = value;
}

function renderForm(t: Texts, lang: Lang): void {
  const { events, urgency, measure, now } = state.clock;
  const levels = policyInForce().urgencyLevels;
  const select = byId<HTMLSelectElement>('clock-urgency');
  fill(
    select,
    h('option', { value: '' }, t.urgencyUnspecified),
    levels.map((u) => h('option', { value: u }, t.urgencies[u])),
    // A level the policy does not have (from a link, or another policy): shown, and reported by the library.
    urgency !== '' && !(levels as readonly string[]).includes(urgency) && h('option', { value: urgency }, urgency),
  );
  select.value = urgency;
  const measures = byId<HTMLSelectElement>('clock-measure');
  for (const option of measures.options) option.textContent = t.clockMeasures[option.value as typeof measure];
  measures.value = measure;
  show('clock-now', now);
  byId('clock-now-hint').textContent = now ? '' : t.clockNowHint(formatInstant(nowJst(), lang));
  byId<HTMLButtonElement>('clock-now-reset').disabled = now === '';

  const key = `${lang}:${events.length}`;
  if (key !== rowsShown) {
    fill(
      byId('clock-events'),
      events.map((_, i) => row(i, t)),
    );
    rowsShown = key;
  }
  events.forEach((e, i) => {
    show(atId(i), e.at);
    show(signalId(i), e.clock);
  });
}

function summaryTable(result: Result, t: Texts, lang: Lang): HTMLElement {
  const { decision, policy } = result;
  const v = decision.value;
  const when = (at: string | null): string => (at === null ? t.noInstant : formatInstant(at, lang));
  const rows: [key: string, label: string, value: string][] = [
    ['state', t.clockState, t.clockStates[v.state]],
    ['counted-to', t.clockCountedTo, when(v.countedTo)],
    ['elapsed', t.clockElapsed, t.duration(v.elapsedBusinessMinutes)],
    ['paused', t.clockPaused, t.duration(v.pausedBusinessMinutes)],
  ];
  const target = v.target;
  if (target) {
    // Negative once past the target: by how much.
    const remaining = v.remainingBusinessMinutes ?? 0;
    rows.push(
      ['target', t.clockTarget[target.measure], t.duration(target.businessMinutes)],
      ['remaining', t.clockRemaining, remaining < 0 ? t.overBy(t.duration(remaining)) : t.duration(remaining)],
      ['breach-at', t.clockBreachAt, when(v.breachAt)],
    );
    if (target.warningPercent !== null)
      rows.push(['warning-at', t.clockWarningAt(target.warningPercent), when(v.warningAt)]);
    rows.push(['status', t.clockStatus, t.targetStatus(target.status, target.warningPercent)]);
  }
  return h(
    'table',
    { class: 'clock-summary', id: 'clock-table' },
    h('caption', {}, t.clockCaption(policyName(policy, t))),
    h(
      'tbody',
      {},
      rows.map(([key, label, value]) =>
        h(
          'tr',
          { 'data-row': key, class: key === 'status' ? `target-${target!.status}` : null },
          h('th', { scope: 'row' }, label),
          h('td', {}, value),
        ),
      ),
    ),
  );
}

export function renderClock(): void {
  const t = texts();
  const lang = state.lang;
  renderForm(t, lang);
  const outcome = compute();

  const controls = ['clock-urgency', 'clock-now', ...state.clock.events.flatMap((_, i) => [atId(i), signalId(i)])];
  for (const id of controls) byId(id).removeAttribute('aria-invalid');
  const problems = outcome && !outcome.ok ? outcome.problems : [];
  for (const p of problems) if (p.control) byId(p.control).setAttribute('aria-invalid', 'true');
  fill(
    byId('clock-error'),
    state.clock.badLinkEvents > 0 && h('p', {}, t.clockEventsFromLink(state.clock.badLinkEvents)),
    problems.length > 0 &&
      h(
        'ul',
        { class: 'problems' },
        problems.map((p) =>
          h(
            'li',
            { 'data-control': p.control ?? null },
            p.text(t),
            p.detail && ' ',
            p.detail && h('code', { class: 'error-message' }, p.detail),
          ),
        ),
      ),
  );

  if (outcome === null) lastGood = null;
  else if (outcome.ok) lastGood = outcome.result;
  const shown = outcome?.ok ? outcome.result : lastGood;
  const output = byId('clock-output');
  output.classList.toggle('outdated', outcome !== null && !outcome.ok && shown !== null);
  if (outcome === null) {
    fill(output, h('p', { id: 'clock-empty', class: 'hint' }, t.clockEmpty));
  } else if (!shown) {
    fill(output);
  } else {
    fill(
      output,
      !outcome.ok && h('p', { class: 'outdated-note', id: 'clock-outdated-note' }, t.outdated),
      h('h3', { id: 'clock-result-heading' }, t.clockResultHeading),
      summaryTable(shown, t, lang),
      h('h4', { id: 'clock-reasons-heading' }, t.clockReasons),
      reasonsList(shown.decision, lang),
    );
  }
}

export function wireClock(): void {
  const form = byId<HTMLFormElement>('clock-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update(() => {});
  });
  const urgency = byId<HTMLSelectElement>('clock-urgency');
  urgency.addEventListener('change', () =>
    update((s) => {
      s.clock.urgency = urgency.value;
    }),
  );
  const measure = byId<HTMLSelectElement>('clock-measure');
  measure.addEventListener('change', () =>
    update((s) => {
      s.clock.measure = measure.value === 'first-response' ? 'first-response' : 'resolution';
    }),
  );
  // Date-time fields follow 'change' only: Chromium reports their value segment by segment while typing.
  const now = byId<HTMLInputElement>('clock-now');
  now.addEventListener('change', () =>
    update((s) => {
      s.clock.now = now.value;
    }),
  );
  byId('clock-now-reset').addEventListener('click', () => {
    update((s) => {
      s.clock.now = '';
    });
    // The button is now disabled: focus goes to the field it emptied.
    now.focus();
  });

  const list = byId('clock-events');
  list.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const index = Number(el.dataset.index);
    if (!el.dataset.key || !Number.isInteger(index)) return;
    const value = el.value;
    update((s) => {
      const old = s.clock.events[index]!;
      s.clock.events[index] = el.dataset.key === 'at' ? { ...old, at: value } : { ...old, clock: value as ClockSignal };
    });
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const index = Number(button.dataset.remove);
    update((s) => {
      s.clock.events = s.clock.events.filter((_, i) => i !== index);
      s.clock.badLinkEvents = 0;
    });
    // The row is gone: focus goes to the row that took its place, or to the add button.
    const next = document.getElementById(atId(index)) ?? document.getElementById(atId(index - 1));
    (next ?? byId('clock-add')).focus();
  });
  byId('clock-add').addEventListener('click', () => {
    const events = state.clock.events;
    // A new row starts at the instant the clock is read, and alternates handling and waiting.
    const clock: ClockSignal = events.at(-1)?.clock === 'run' ? 'pause' : 'run';
    update((s) => {
      s.clock.events = [...events, { at: readAt(), clock }];
      s.clock.badLinkEvents = 0;
    });
    byId(atId(events.length)).focus();
  });
}
