// The deadline calculator (issue 5): a month's business calendar, the obligations an event sets,
// and a loaded policy compared with the built-in one — all computed in the page by the library.
import {
  CLAUSES,
  HOLIDAY_COVERAGE,
  calendarOf,
  definePolicy,
  diffPolicies,
  isCsPolicyError,
  obligationsFor,
  parsePolicy,
  policy20241007,
  type ClauseId,
  type ClosureReason,
  type DayDescription,
  type Obligation,
  type Policy,
  type PolicyEvent,
  type PolicyEventKind,
  type PolicyOverrides,
  type Urgency,
} from '@jmas/cs-policy';
import { obligationsToIcs } from '@jmas/cs-policy/ics';
import { byId, fill, h } from './dom.js';
import { currentJstMonth, daysInMonth, formatDate, formatDue, formatValue, shiftMonth } from './format.js';
import { TEXTS, type Lang, type Texts } from './i18n.js';
import './style.css';

const EXAMPLE_POLICY = {
  extends: policy20241007.version,
  version: '2027-04-01',
  releases: { endOfSupportDays: 365 },
  calendar: { closures: [{ from: '2027-08-12', to: '2027-08-16', label: '夏季休業' }] },
};

interface LoadedPolicy {
  readonly policy: Policy;
  readonly file: string;
}

interface State {
  lang: Lang;
  month: string;
  loaded: LoadedPolicy | null;
  active: 'builtin' | 'loaded';
  /** The last policy load error, kept so it can be shown again in the other language. */
  policyError: { file: string; message: string } | null;
  /** The last status message of the policy panel, as a function of the language. */
  policyStatus: ((t: Texts) => string) | null;
}

const state: State = {
  lang: 'ja',
  month: clampMonth(currentJstMonth()),
  loaded: null,
  active: 'builtin',
  policyError: null,
  policyStatus: null,
};

const t = (): Texts => TEXTS[state.lang];
const activePolicy = (): Policy => (state.active === 'loaded' && state.loaded ? state.loaded.policy : policy20241007);

function clampMonth(month: string): string {
  const first = HOLIDAY_COVERAGE.from.slice(0, 7);
  const last = HOLIDAY_COVERAGE.to.slice(0, 7);
  return month < first ? first : month > last ? last : month;
}

/** A library error shows its own message; anything else its text. */
function messageOf(error: unknown): string {
  if (isCsPolicyError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

// ---------------------------------------------------------------------------------------------
// Static texts and the language switch

function applyTexts(): void {
  const texts = t();
  document.documentElement.lang = state.lang;
  document.title = texts.pageTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const value = texts[el.dataset.t as keyof Texts];
    if (typeof value === 'string') el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-kind]')) {
    el.textContent = texts.eventKinds[el.dataset.tKind as PolicyEventKind];
  }
  for (const option of byId<HTMLSelectElement>('event-kind').options)
    option.textContent = texts.eventKinds[option.value as PolicyEventKind];
  const reading = byId<HTMLSelectElement>('disc-reading');
  reading.options[0]!.textContent = texts.readingDefault(activePolicy().thirdParty.noticeReading);
  reading.options[1]!.textContent = texts.readingInclusive;
  reading.options[2]!.textContent = texts.readingClearDays;
  const urgency = byId<HTMLSelectElement>('inquiry-urgency');
  for (const option of urgency.options) {
    option.textContent = option.value === '' ? texts.urgencyUnspecified : texts.urgencies[option.value as Urgency];
  }
  byId('prev-month').textContent = texts.prevMonth;
  byId('next-month').textContent = texts.nextMonth;
  const { open, close } = activePolicy().calendar.hours;
  byId('calendar-intro').textContent = texts.calendarIntro(open, close);
  byId<HTMLSelectElement>('lang').value = state.lang;
  renderPolicySelect();
  renderProducts();
  byId('footer').textContent =
    `@jmas/cs-policy — ${texts.builtinPolicy(policy20241007.version)}${state.loaded ? ` / ${texts.loadedPolicy(state.loaded.policy.version)}` : ''}`;
}

function renderPolicySelect(): void {
  const select = byId<HTMLSelectElement>('active-policy');
  fill(
    select,
    h('option', { value: 'builtin' }, t().builtinPolicy(policy20241007.version)),
    state.loaded && h('option', { value: 'loaded' }, t().loadedPolicy(state.loaded.policy.version)),
  );
  select.value = state.active;
}

function renderProducts(): void {
  const select = byId<HTMLSelectElement>('ga-product');
  const previous = select.value;
  fill(select, ...activePolicy().products.map((p) => h('option', { value: p.id }, `${p.name[state.lang]} (${p.id})`)));
  if ([...select.options].some((o) => o.value === previous)) select.value = previous;
}

// ---------------------------------------------------------------------------------------------
// 1. The month calendar

function closureText(reason: ClosureReason, texts: Texts, lang: Lang): string {
  switch (reason.kind) {
    case 'weekend':
      return texts.weekend;
    case 'national-holiday':
      return texts.holiday(lang === 'ja' ? reason.name : reason.nameEn);
    case 'year-end':
      return texts.yearEnd;
    case 'company-closure':
      return texts.companyClosure(reason.label);
  }
}

function dayClasses(day: DayDescription): string {
  const kinds = new Set(day.closures.map((c) => c.kind));
  return [
    'day',
    day.businessDay ? 'open' : 'closed',
    kinds.has('weekend') && 'weekend',
    kinds.has('national-holiday') && 'holiday',
    kinds.has('year-end') && 'year-end',
    kinds.has('company-closure') && 'company',
  ]
    .filter(Boolean)
    .join(' ');
}

function renderCalendar(): void {
  const texts = t();
  const lang = state.lang;
  const output = byId('calendar-output');
  const errorBox = byId('calendar-error');
  byId<HTMLInputElement>('month').value = state.month;
  const [year, month] = state.month.split('-').map(Number) as [number, number];
  const policy = activePolicy();
  let days: DayDescription[];
  try {
    const calendar = calendarOf(policy);
    days = Array.from({ length: daysInMonth(year, month) }, (_, i) =>
      calendar.describeDay(`${state.month}-${String(i + 1).padStart(2, '0')}`),
    );
    fill(errorBox);
  } catch (error) {
    fill(
      errorBox,
      h(
        'p',
        {},
        texts.monthOutOfRange(HOLIDAY_COVERAGE.from, HOLIDAY_COVERAGE.to),
        ' ',
        h('code', {}, messageOf(error)),
      ),
    );
    fill(output);
    return;
  }

  const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
  const lead = weekdays.indexOf(days[0]!.weekday);
  const cells: (DayDescription | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: HTMLTableRowElement[] = [];
  for (let i = 0; i < cells.length; i += 7) {
    rows.push(
      h(
        'tr',
        {},
        cells.slice(i, i + 7).map((day) =>
          day === null
            ? h('td', { class: 'day empty' })
            : h(
                'td',
                { class: dayClasses(day), 'data-date': day.date, 'data-business-day': String(day.businessDay) },
                h('span', { class: 'num' }, h('time', { datetime: day.date }, Number(day.date.slice(8)))),
                h('span', { class: 'status' }, day.businessDay ? `○ ${texts.open}` : `✕ ${texts.closed}`),
                day.closures.length > 0 &&
                  h(
                    'ul',
                    { class: 'why' },
                    day.closures.map((c) => h('li', { class: `tag ${c.kind}` }, closureText(c, texts, lang))),
                  ),
              ),
        ),
      ),
    );
  }

  const table = h(
    'table',
    { class: 'month', id: 'month-table' },
    h('caption', {}, texts.monthCaption(year, month, policy.version)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        weekdays.map((w) => h('th', { scope: 'col', abbr: texts.weekdaysLong[w], class: w }, texts.weekdaysShort[w])),
      ),
    ),
    h('tbody', {}, rows),
  );

  const ye = policy.calendar.yearEndClosure;
  const { open, close } = policy.calendar.hours;
  const legend = h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h3', { id: 'legend-heading' }, texts.legendHeading),
    h(
      'ul',
      {},
      h('li', {}, h('span', { class: 'sample open' }, `○ ${texts.open}`), ' ', texts.legendOpen(open, close)),
      h('li', {}, h('span', { class: 'sample closed' }, `✕ ${texts.closed}`), ' ', texts.legendClosed),
      h('li', {}, h('span', { class: 'tag weekend' }, texts.weekend), ' ', texts.legendWeekend),
      h('li', {}, h('span', { class: 'tag national-holiday' }, texts.holiday('…')), ' ', texts.legendHoliday),
      ye && h('li', {}, h('span', { class: 'tag year-end' }, texts.yearEnd), ' ', texts.legendYearEnd(ye.from, ye.to)),
      h('li', {}, h('span', { class: 'tag company-closure' }, texts.companyClosure('…')), ' ', texts.legendCompany),
    ),
  );

  const closed = days.filter((d) => !d.businessDay);
  const separator = lang === 'ja' ? '、' : '; ';
  const list = h(
    'section',
    { class: 'closed-days', 'aria-labelledby': 'closed-days-heading' },
    h('h3', { id: 'closed-days-heading' }, texts.closedDaysHeading(year, month)),
    h('p', { id: 'closed-days-summary' }, texts.closedDaySummary(closed.length, days.length - closed.length)),
    closed.length === 0
      ? h('p', {}, texts.noClosedDays)
      : h(
          'ul',
          { id: 'closed-days-list' },
          closed.map((d) =>
            h(
              'li',
              { 'data-date': d.date },
              h('time', { datetime: d.date }, formatDate(d.date, lang)),
              lang === 'ja' ? '：' : ': ',
              d.closures.map((c) => closureText(c, texts, lang)).join(separator),
            ),
          ),
        ),
  );

  fill(
    output,
    h(
      'div',
      { class: 'calendar-layout' },
      h('div', { class: 'table-wrap' }, table),
      h('div', { class: 'side' }, legend, list),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Events and obligations

const inputValue = (id: string): string => byId<HTMLInputElement | HTMLSelectElement>(id).value.trim();

function currentKind(): PolicyEventKind {
  return byId<HTMLSelectElement>('event-kind').value as PolicyEventKind;
}

/** The event the form describes, as the library's `PolicyEvent` (the library validates it). */
function readEvent(): PolicyEvent {
  switch (currentKind()) {
    case 'release-ga': {
      const previous = inputValue('ga-previous');
      return {
        kind: 'release-ga',
        product: inputValue('ga-product'),
        release: inputValue('ga-release'),
        ga: inputValue('ga-date'),
        ...(previous ? { previousRelease: previous } : {}),
      };
    }
    case 'vendor-end-of-support':
      return { kind: 'vendor-end-of-support', name: inputValue('vendor-name'), endsOn: inputValue('vendor-ends') };
    case 'discretionary-end': {
      const reading = inputValue('disc-reading');
      return {
        kind: 'discretionary-end',
        name: inputValue('disc-name'),
        endsOn: inputValue('disc-ends'),
        ...(reading === 'inclusive' || reading === 'clear-days' ? { reading } : {}),
      };
    }
    case 'feature-change': {
      const description = inputValue('change-description');
      return { kind: 'feature-change', changeOn: inputValue('change-on'), ...(description ? { description } : {}) };
    }
    case 'build-materials-received':
      // A datetime-local value has no offset: the library reads it as JST wall time.
      return {
        kind: 'build-materials-received',
        receivedAt: inputValue('build-received'),
        customization: byId<HTMLInputElement>('build-customization').checked,
      };
    case 'inquiry-received': {
      const urgency = inputValue('inquiry-urgency');
      return {
        kind: 'inquiry-received',
        receivedAt: inputValue('inquiry-received'),
        ...(urgency ? { urgency: urgency as Urgency } : {}),
      };
    }
  }
}

/** Shows only the fieldset of the chosen event; the others are disabled so they neither validate nor take focus. */
function showFieldsetOfKind(): void {
  const kind = currentKind();
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind]')) {
    const active = fieldset.dataset.kind === kind;
    fieldset.hidden = !active;
    fieldset.disabled = !active;
  }
}

let lastObligations: {
  readonly event: PolicyEvent;
  readonly policy: Policy;
  readonly obligations: readonly Obligation[];
} | null = null;

function clauseCell(clause: ClauseId, lang: Lang): HTMLElement {
  return h(
    'span',
    { class: 'clause' },
    h('code', { class: 'clause-id' }, clause),
    ' ',
    h('span', { class: 'clause-title' }, CLAUSES[clause][lang]),
  );
}

function reasonsList(obligation: Obligation, lang: Lang): HTMLElement {
  return h(
    'ul',
    { class: 'reasons' },
    obligation.reasons.map((r) =>
      h('li', { 'data-code': r.code }, r.message[lang], ' ', h('span', { class: 'ref' }, `[${r.clause}]`)),
    ),
  );
}

function renderObligations(): void {
  const texts = t();
  const lang = state.lang;
  const output = byId('obligations-output');
  const errorBox = byId('event-error');
  const download = byId<HTMLButtonElement>('download-ics');
  const policy = activePolicy();
  let event: PolicyEvent;
  let obligations: readonly Obligation[];
  try {
    event = readEvent();
    obligations = obligationsFor(event, { policy }).value;
  } catch (error) {
    lastObligations = null;
    download.disabled = true;
    fill(errorBox, h('p', {}, h('strong', {}, texts.eventError), ' ', h('code', {}, messageOf(error))));
    fill(output);
    return;
  }
  lastObligations = { event, policy, obligations };
  fill(errorBox);
  download.disabled = !obligations.some((o) => o.due.kind !== 'agree-separately');

  const table = h(
    'table',
    { class: 'obligations', id: 'obligations-table' },
    h('caption', {}, texts.obligationsCaption(policy.version)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [texts.colDue, texts.colWhat, texts.colDeadline, texts.colParty, texts.colClause, texts.colReasons].map(
          (label) => h('th', { scope: 'col' }, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      obligations.map((o) =>
        h(
          'tr',
          { 'data-obligation': o.id, 'data-clause': o.clause },
          h('th', { scope: 'row', class: 'due' }, formatDue(o.due, lang)),
          h('td', {}, o.what[lang]),
          h('td', { class: `deadline ${o.deadline}` }, texts.deadlines[o.deadline]),
          h('td', { class: 'party' }, texts.parties[o.party]),
          h('td', {}, clauseCell(o.clause, lang)),
          h('td', {}, reasonsList(o, lang)),
        ),
      ),
    ),
  );
  fill(
    output,
    h('h3', { id: 'obligations-heading' }, texts.obligationsHeading),
    h('p', { id: 'obligations-summary' }, texts.obligationsSummary(obligations.length, policy.version)),
    h('div', { class: 'table-wrap' }, table),
  );
}

function downloadIcs(): void {
  if (!lastObligations) return;
  const { event, policy, obligations } = lastObligations;
  const ics = obligationsToIcs(obligations, { policy, lang: state.lang });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = h('a', { href: url, download: `cs-policy-${event.kind}-${policy.version}.ics`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------------
// 4. Loading a policy and comparing

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class FileFormatError extends Error {}

/** A whole policy, or `{ "extends": "2024-10-07", "version": …, …overrides }` on the built-in one. */
function policyFromJson(json: unknown, file: string): Policy {
  if (isPlainObject(json) && 'extends' in json) {
    const { extends: base, ...overrides } = json;
    if (base !== policy20241007.version)
      throw new FileFormatError(t().unknownBase(String(base), policy20241007.version));
    return definePolicy(policy20241007, overrides as PolicyOverrides);
  }
  return parsePolicy(json, file);
}

function loadPolicyText(text: string, file: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    showPolicyError(file, t().notJson(messageOf(error)));
    return;
  }
  let policy: Policy;
  try {
    policy = policyFromJson(json, file);
  } catch (error) {
    showPolicyError(file, messageOf(error));
    return;
  }
  state.loaded = { policy, file };
  state.active = 'loaded';
  state.policyError = null;
  const changes = diffPolicies(policy20241007, policy).length;
  state.policyStatus = (texts) => texts.policyLoaded(policy.version, changes);
  byId<HTMLButtonElement>('unload-policy').disabled = false;
  renderAll();
}

function showPolicyError(file: string, message: string): void {
  state.policyError = { file, message };
  state.policyStatus = null;
  renderPolicyMessages();
}

function renderPolicyMessages(): void {
  const texts = t();
  const error = state.policyError;
  fill(
    byId('policy-error'),
    error &&
      h(
        'p',
        {},
        h('strong', {}, texts.policyError(error.file)),
        ' ',
        h('code', { class: 'error-message' }, error.message),
      ),
  );
  byId('policy-status').textContent = state.policyStatus
    ? state.policyStatus(texts)
    : state.loaded
      ? ''
      : texts.noPolicyLoaded;
}

interface Row {
  readonly key: string;
  readonly a: Obligation | undefined;
  readonly b: Obligation | undefined;
}

/** Pairs the obligations of one event under two policies by their id (and rank among equal ids). */
function pairObligations(a: readonly Obligation[], b: readonly Obligation[]): Row[] {
  const keyed = (list: readonly Obligation[]): Map<string, Obligation> => {
    const seen = new Map<string, number>();
    const map = new Map<string, Obligation>();
    for (const o of list) {
      const n = seen.get(o.id) ?? 0;
      seen.set(o.id, n + 1);
      map.set(`${o.id}#${n}`, o);
    }
    return map;
  };
  const ka = keyed(a);
  const kb = keyed(b);
  const keys = [...new Set([...ka.keys(), ...kb.keys()])];
  return keys.map((key) => ({ key, a: ka.get(key), b: kb.get(key) }));
}

function rowStatus(row: Row, texts: Texts, versionA: string, versionB: string): { differs: boolean; label: string } {
  if (!row.a) return { differs: true, label: texts.onlyIn(versionB) };
  if (!row.b) return { differs: true, label: texts.onlyIn(versionA) };
  if (
    JSON.stringify([row.a.due, row.a.deadline, row.a.party]) !==
    JSON.stringify([row.b.due, row.b.deadline, row.b.party])
  )
    return { differs: true, label: texts.differs };
  if (JSON.stringify([row.a.what, row.a.reasons]) !== JSON.stringify([row.b.what, row.b.reasons]))
    return { differs: true, label: texts.reasonsDiffer };
  return { differs: false, label: texts.same };
}

/** One policy's side of a comparison row: due date, what (its text can name dates), reasons. */
function sideCell(o: Obligation | undefined, texts: Texts, lang: Lang): HTMLElement {
  if (!o) return h('td', { class: 'side-cell missing' }, texts.missing);
  return h(
    'td',
    { class: 'side-cell' },
    h('strong', { class: 'due' }, formatDue(o.due, lang)),
    ' ',
    h('span', { class: 'deadline' }, `(${texts.deadlines[o.deadline]})`),
    h('p', { class: 'what' }, o.what[lang]),
    reasonsList(o, lang),
  );
}

function renderComparison(): void {
  const texts = t();
  const lang = state.lang;
  const output = byId('policy-output');
  renderPolicyMessages();
  if (!state.loaded) {
    fill(output);
    return;
  }
  const builtin = policy20241007;
  const loaded = state.loaded.policy;
  const changes = diffPolicies(builtin, loaded);
  const diff =
    changes.length === 0
      ? h('p', {}, texts.noDiff)
      : h(
          'table',
          { class: 'diff', id: 'diff-table' },
          h('caption', {}, texts.diffCaption),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [texts.colPath, texts.colFrom, texts.colTo, texts.colClauses].map((label) =>
                h('th', { scope: 'col' }, label),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            changes.map((c) =>
              h(
                'tr',
                { 'data-path': c.path },
                h('th', { scope: 'row' }, h('code', {}, c.path)),
                h('td', { class: 'from' }, h('code', {}, formatValue(c.from, lang))),
                h('td', { class: 'to' }, h('code', {}, '→ ', formatValue(c.to, lang))),
                h(
                  'td',
                  {},
                  h(
                    'ul',
                    { class: 'clauses' },
                    c.clauses.map((id) => h('li', {}, clauseCell(id, lang))),
                  ),
                ),
              ),
            ),
          ),
        );

  let comparison: HTMLElement;
  try {
    const event = readEvent();
    const a = obligationsFor(event, { policy: builtin }).value;
    const b = obligationsFor(event, { policy: loaded }).value;
    const rows = pairObligations(a, b);
    const statuses = rows.map((row) => rowStatus(row, texts, builtin.version, loaded.version));
    comparison = h(
      'div',
      {},
      h('p', { id: 'compare-summary' }, texts.compareSummary(statuses.filter((s) => s.differs).length, rows.length)),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'compare', id: 'compare-table' },
          h('caption', {}, texts.compareCaption(texts.eventKinds[event.kind])),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [texts.colClause, texts.colUnder(builtin.version), texts.colUnder(loaded.version), texts.colDiffers].map(
                (label) => h('th', { scope: 'col' }, label),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((row, i) => {
              const status = statuses[i]!;
              const o = (row.a ?? row.b)!;
              return h(
                'tr',
                {
                  class: status.differs ? 'differs' : 'same',
                  'data-obligation': o.id,
                  'data-differs': String(status.differs),
                },
                h('th', { scope: 'row' }, clauseCell(o.clause, lang)),
                sideCell(row.a, texts, lang),
                sideCell(row.b, texts, lang),
                h('td', { class: 'status' }, status.differs ? h('strong', {}, status.label) : status.label),
              );
            }),
          ),
        ),
      ),
    );
  } catch (error) {
    comparison = h(
      'p',
      { class: 'alert-inline' },
      h('strong', {}, texts.compareError),
      ' ',
      h('code', {}, messageOf(error)),
    );
  }

  fill(
    output,
    h('h3', { id: 'diff-heading' }, texts.diffHeading(builtin.version, loaded.version)),
    h('div', { class: 'table-wrap' }, diff),
    h('h3', { id: 'compare-heading' }, texts.compareHeading),
    comparison,
  );
}

// ---------------------------------------------------------------------------------------------
// Wiring

function renderAll(): void {
  applyTexts();
  renderCalendar();
  renderObligations();
  renderComparison();
}

function setMonth(month: string): void {
  state.month = clampMonth(month);
  renderCalendar();
}

function init(): void {
  byId('example-json').textContent = JSON.stringify(EXAMPLE_POLICY, null, 2);

  byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'ja';
    renderAll();
  });
  byId<HTMLSelectElement>('active-policy').addEventListener('change', (e) => {
    state.active = (e.target as HTMLSelectElement).value === 'loaded' && state.loaded ? 'loaded' : 'builtin';
    renderAll();
  });

  const monthInput = byId<HTMLInputElement>('month');
  monthInput.addEventListener('change', () => {
    if (/^\d{4}-\d{2}$/.test(monthInput.value)) setMonth(monthInput.value);
  });
  byId('prev-month').addEventListener('click', () => setMonth(shiftMonth(state.month, -1)));
  byId('next-month').addEventListener('click', () => setMonth(shiftMonth(state.month, 1)));

  const form = byId<HTMLFormElement>('event-form');
  byId('event-kind').addEventListener('change', showFieldsetOfKind);
  form.addEventListener('change', () => {
    // Recompute as the person edits, once the form is complete; submit shows what is missing.
    if (form.checkValidity()) {
      renderObligations();
      renderComparison();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    renderObligations();
    renderComparison();
  });
  byId('download-ics').addEventListener('click', downloadIcs);

  const fileInput = byId<HTMLInputElement>('policy-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) loadPolicyText(await file.text(), file.name);
  });
  byId('load-example').addEventListener('click', () => loadPolicyText(JSON.stringify(EXAMPLE_POLICY), 'example.json'));
  byId('unload-policy').addEventListener('click', (e) => {
    state.loaded = null;
    state.active = 'builtin';
    state.policyError = null;
    state.policyStatus = (texts) => texts.policyUnloaded;
    fileInput.value = '';
    (e.target as HTMLButtonElement).disabled = true;
    renderAll();
    // The button just became disabled: give focus a sensible place to go.
    fileInput.focus();
  });

  showFieldsetOfKind();
  renderAll();
  document.body.dataset.ready = 'true';
}

init();
