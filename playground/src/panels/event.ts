// Events and their obligations (`obligationsFor`): the form, the table of deadlines with where each
// stands today, "copy as text" for an e-mail, and the .ics download. The form writes state.fields;
// everything shown is derived from the state on each render, so nothing shown can be stale: when the
// input is incomplete the last good results stay on screen, marked as out of date.
import {
  CLAUSES,
  calendarDaysBetween,
  calendarOf,
  isCsPolicyError,
  obligationsFor,
  policy20241007,
  type ClauseId,
  type Obligation,
  type Policy,
  type PolicyEvent,
  type PolicyEventKind,
  type Reason,
  type Urgency,
} from '@jmas/cs-policy';
import { icsFileName, obligationsToIcs } from '@jmas/cs-policy/ics';

/** Days before each deadline at which a downloaded calendar reminds (issue 13). */
const ICS_REMINDER_DAYS = [7, 1] as const;
import { byId, fill, h } from '../dom.js';
import { dueDate, formatDate, formatDue, formatInstant, todayJst } from '../format.js';
import type { Lang, Texts } from '../i18n.js';
import { messageOf } from '../messages.js';
import { policyInForce, policyName } from '../policies.js';
import { basePolicy, coverage, state, texts, update } from '../state.js';
import { closureWords } from './closures.js';

type FieldType = 'text' | 'date' | 'datetime' | 'select' | 'checkbox';

interface Field {
  readonly id: string;
  /** The PolicyEvent property it fills. */
  readonly key: string;
  readonly label: (t: Texts) => string;
  readonly type: FieldType;
  readonly required: boolean;
}

const field = (id: string, key: string, label: (t: Texts) => string, type: FieldType, required = true): Field => ({
  id,
  key,
  label,
  type,
  required,
});

/** The inputs of each event, as index.html lays them out. */
const FIELDS: Readonly<Record<PolicyEventKind, readonly Field[]>> = {
  'release-ga': [
    field('ga-product', 'product', (t) => t.product, 'select'),
    field('ga-release', 'release', (t) => t.release, 'text'),
    field('ga-date', 'ga', (t) => t.gaDate, 'date'),
    field('ga-previous', 'previousRelease', (t) => t.previousRelease, 'text', false),
  ],
  'vendor-end-of-support': [
    field('vendor-name', 'name', (t) => t.vendorName, 'text'),
    field('vendor-ends', 'endsOn', (t) => t.endDate, 'date'),
  ],
  'discretionary-end': [
    field('disc-name', 'name', (t) => t.productName, 'text'),
    field('disc-ends', 'endsOn', (t) => t.endDate, 'date'),
    field(
      'disc-reading',
      'reading',
      (t) => t.reading(basePolicy().thirdParty.discretionaryEndNoticeDays),
      'select',
      false,
    ),
  ],
  'feature-change': [
    field('change-on', 'changeOn', (t) => t.changeDate, 'date'),
    field('change-description', 'description', (t) => t.changeDescription, 'text', false),
  ],
  'build-materials-received': [
    field('build-received', 'receivedAt', (t) => t.receivedAt, 'datetime'),
    field('build-customization', 'customization', (t) => t.customization, 'checkbox', false),
  ],
  'inquiry-received': [
    field('inquiry-received', 'receivedAt', (t) => t.inquiryReceivedAt, 'datetime'),
    field('inquiry-urgency', 'urgency', (t) => t.urgency, 'select', false),
  ],
};

export const FIELD_IDS: readonly string[] = Object.values(FIELDS).flatMap((fields) => fields.map((f) => f.id));

const control = (id: string): HTMLInputElement | HTMLSelectElement => byId<HTMLInputElement | HTMLSelectElement>(id);

function readControl(id: string): string {
  const el = control(id);
  return el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.checked ? 'true' : '') : el.value;
}

function writeControl(id: string, value: string): void {
  const el = control(id);
  if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === 'true';
  else el.value = value;
}

/** The values index.html starts with: the link leaves these out. */
export const fieldDefaults: Record<string, string> = {};

const value = (id: string): string => (state.fields[id] ?? '').trim();

/** A problem with the input, naming the field in the page's language. */
interface InputProblem {
  readonly field: string | undefined;
  readonly text: (t: Texts) => string;
  readonly detail?: string;
}

function eventFromFields(kind: PolicyEventKind): PolicyEvent {
  const v = value;
  switch (kind) {
    case 'release-ga':
      return {
        kind,
        product: v('ga-product'),
        release: v('ga-release'),
        ga: v('ga-date'),
        ...(v('ga-previous') ? { previousRelease: v('ga-previous') } : {}),
      };
    case 'vendor-end-of-support':
      return { kind, name: v('vendor-name'), endsOn: v('vendor-ends') };
    case 'discretionary-end': {
      const reading = v('disc-reading');
      return {
        kind,
        name: v('disc-name'),
        endsOn: v('disc-ends'),
        ...(reading === 'inclusive' || reading === 'clear-days' ? { reading } : {}),
      };
    }
    case 'feature-change':
      return {
        kind,
        changeOn: v('change-on'),
        ...(v('change-description') ? { description: v('change-description') } : {}),
      };
    case 'build-materials-received':
      // A datetime-local value has no offset: the library reads it as JST wall time.
      return { kind, receivedAt: v('build-received'), customization: v('build-customization') === 'true' };
    case 'inquiry-received':
      return {
        kind,
        receivedAt: v('inquiry-received'),
        ...(v('inquiry-urgency') ? { urgency: v('inquiry-urgency') as Urgency } : {}),
      };
  }
}

interface Result {
  readonly event: PolicyEvent;
  readonly policy: Policy;
  readonly obligations: readonly Obligation[];
}

/** The last results computed from a complete input: kept on screen, marked outdated, while the input is not. */
let lastGood: Result | null = null;

type Outcome = { ok: true; result: Result } | { ok: false; problems: InputProblem[] };

function compute(): Outcome {
  const fields = FIELDS[state.kind];
  const missing = fields.filter((f) => f.required && value(f.id) === '');
  if (missing.length > 0) {
    return { ok: false, problems: missing.map((f) => ({ field: f.id, text: (t) => t.fieldRequired(f.label(t)) })) };
  }
  const policy = policyInForce();
  const event = eventFromFields(state.kind);
  try {
    return { ok: true, result: { event, policy, obligations: obligationsFor(event, { policy }).value } };
  } catch (error) {
    if (isCsPolicyError(error, 'OUT_OF_COVERAGE')) {
      const covered = coverage();
      return {
        ok: false,
        problems: [
          {
            field: undefined,
            text: (t) => t.outOfCoverage(covered.from, covered.to),
            detail: error.message,
          },
        ],
      };
    }
    if (isCsPolicyError(error) && error.issues.length > 0) {
      const seen = new Set<string>();
      const problems: InputProblem[] = [];
      for (const issue of error.issues) {
        const f = fields.find((x) => x.key === issue.path[0]);
        const key = `${f?.id}:${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({
          field: f?.id,
          text: (t) => (f ? t.fieldInvalid(f.label(t)) : t.eventError),
          detail: issue.message,
        });
      }
      return { ok: false, problems };
    }
    return { ok: false, problems: [{ field: undefined, text: (t) => t.eventError, detail: messageOf(error) }] };
  }
}

/** Where a due date stands today: business and calendar days left, or days past. */
export function standing(policy: Policy, due: Obligation['due'], today: string, t: Texts): string {
  const date = dueDate(due);
  if (date === undefined) return t.noStanding;
  const days = calendarDaysBetween(today, date);
  if (days === 0) return t.dueToday;
  if (days < 0) return t.elapsed(-days);
  let business: number | undefined;
  try {
    // Business days d with today < d ≤ due: the working days left to act, the due day included.
    business = calendarOf(policy).businessDaysBetween(today, date);
  } catch {
    business = undefined; // today or the due date outside the holiday data: calendar days only
  }
  return t.remaining(business, days);
}

function clauseCell(clause: ClauseId, lang: Lang): HTMLElement {
  return h(
    'span',
    { class: 'clause' },
    h('code', { class: 'clause-id' }, clause),
    ' ',
    h('span', { class: 'clause-title' }, CLAUSES[clause][lang]),
  );
}

/** The reasons of an obligation or a decision, in the page's language, each with its clause. */
export function reasonsList(decided: { readonly reasons: readonly Reason[] }, lang: Lang): HTMLElement {
  return h(
    'ul',
    { class: 'reasons' },
    decided.reasons.map((r) =>
      h('li', { 'data-code': r.code }, r.message[lang], ' ', h('span', { class: 'ref' }, `[${r.clause}]`)),
    ),
  );
}

export { clauseCell };

/** The event's inputs as 'label: value' phrases, for the text and the printed page. */
function inputPhrases(kind: PolicyEventKind, t: Texts, lang: Lang): string[] {
  const phrases: string[] = [];
  for (const f of FIELDS[kind]) {
    const v = value(f.id);
    if (v === '') continue;
    let shown = v;
    if (f.type === 'date') shown = formatDate(v, lang);
    else if (f.type === 'datetime') shown = formatInstant(`${v}:00`, lang);
    else if (f.type === 'checkbox') shown = t.yes;
    else if (f.type === 'select') shown = (control(f.id) as HTMLSelectElement).selectedOptions[0]?.textContent ?? v;
    phrases.push(t.textField(f.label(t), shown));
  }
  return phrases;
}

/** The deadlines as plain lines for an e-mail: '・2026年3月31日(火)まで　弊社: …'. */
export function deadlinesAsText(result: Result, t: Texts, lang: Lang): string {
  const lines = [
    t.textHeader(t.eventKinds[result.event.kind], policyName(result.policy, t)),
    t.textInputs(inputPhrases(result.event.kind, t, lang)),
    '',
    ...result.obligations.map((o) => t.textLine(formatDue(o.due, lang), o.deadline, t.parties[o.party], o.what[lang])),
  ];
  const extra: string[] = [];
  if (state.closures.length > 0)
    extra.push(t.textClosures(state.closures.map((c) => closureWords(c, t)).join(t.listSeparator)));
  if (state.holidays) {
    const { firstYear, lastYear } = coverage();
    extra.push(t.textHolidays(state.holidays.file, firstYear, lastYear));
  }
  if (extra.length > 0) lines.push('', ...extra);
  return `${lines.join('\n')}\n`;
}

function obligationsTable(result: Result, t: Texts, lang: Lang, today: string): HTMLElement {
  const { policy, obligations } = result;
  const columns = [t.colDue, t.colStanding, t.colWhat, t.colDeadline, t.colParty, t.colClause, t.colReasons];
  return h(
    'table',
    { class: 'obligations cards', id: 'obligations-table' },
    h('caption', {}, t.obligationsCaption(policyName(policy, t))),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((label) => h('th', { scope: 'col' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      obligations.map((o) => {
        const stand = standing(policy, o.due, today, t);
        const past = (dueDate(o.due) ?? '9999') < today;
        return h(
          'tr',
          { 'data-obligation': o.id, 'data-clause': o.clause, class: past ? 'past' : null },
          h('th', { scope: 'row', class: 'due', 'data-label': columns[0] }, formatDue(o.due, lang)),
          h('td', { class: 'standing', 'data-label': columns[1] }, stand),
          h('td', { class: 'what', 'data-label': columns[2] }, o.what[lang]),
          h('td', { class: `deadline ${o.deadline}`, 'data-label': columns[3] }, t.deadlines[o.deadline]),
          h('td', { class: 'party', 'data-label': columns[4] }, t.parties[o.party]),
          h('td', { 'data-label': columns[5] }, clauseCell(o.clause, lang)),
          h('td', { 'data-label': columns[6] }, reasonsList(o, lang)),
        );
      }),
    ),
  );
}

function renderFormTexts(t: Texts): void {
  const policy = basePolicy();
  for (const option of byId<HTMLSelectElement>('event-kind').options)
    option.textContent = t.eventKinds[option.value as PolicyEventKind];
  const days = policy.thirdParty.discretionaryEndNoticeDays;
  byId('disc-reading-label').textContent = t.reading(days);
  const reading = byId<HTMLSelectElement>('disc-reading');
  reading.options[0]!.textContent = t.readingDefault(policy.thirdParty.noticeReading === 'inclusive', days);
  reading.options[1]!.textContent = t.readingInclusive;
  reading.options[2]!.textContent = t.readingClearDays(days);
  for (const option of byId<HTMLSelectElement>('inquiry-urgency').options) {
    option.textContent = option.value === '' ? t.urgencyUnspecified : t.urgencies[option.value as Urgency];
  }
  const product = byId<HTMLSelectElement>('ga-product');
  fill(product, ...policy.products.map((p) => h('option', { value: p.id }, `${p.name[state.lang]} (${p.id})`)));
  const wanted = state.fields['ga-product'];
  if (wanted !== undefined && ![...product.options].some((o) => o.value === wanted)) {
    // A product the policy does not know (e.g. from a link made under another policy): shown, and reported.
    product.append(h('option', { value: wanted }, wanted));
  }
  product.value = wanted ?? product.options[0]?.value ?? '';
  byId<HTMLSelectElement>('event-kind').value = state.kind;
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind]')) {
    // The other events' fieldsets are hidden and disabled, so they neither validate nor take focus.
    const active = fieldset.dataset.kind === state.kind;
    fieldset.hidden = !active;
    fieldset.disabled = !active;
  }
}

export function renderEvent(): void {
  const t = texts();
  const lang = state.lang;
  renderFormTexts(t);
  const outcome = compute();
  const today = todayJst();
  byId('today-line').textContent = t.todayIs(formatDate(today, lang));

  for (const f of FIELDS[state.kind]) control(f.id).removeAttribute('aria-invalid');
  const errorBox = byId('event-error');
  if (outcome.ok) {
    lastGood = outcome.result;
    fill(errorBox);
  } else {
    for (const p of outcome.problems) if (p.field) control(p.field).setAttribute('aria-invalid', 'true');
    fill(
      errorBox,
      h(
        'ul',
        { class: 'problems' },
        outcome.problems.map((p) =>
          h('li', { 'data-field': p.field ?? null }, p.text(t), p.detail && ' ', p.detail && h('code', {}, p.detail)),
        ),
      ),
    );
  }

  const shown = outcome.ok ? outcome.result : lastGood;
  const output = byId('obligations-output');
  output.classList.toggle('outdated', !outcome.ok && shown !== null);
  if (!shown) {
    fill(output);
  } else {
    fill(
      output,
      !outcome.ok && h('p', { class: 'outdated-note', id: 'outdated-note' }, t.outdated),
      h('h3', { id: 'obligations-heading' }, t.obligationsHeading),
      h('p', { id: 'event-summary' }, t.textInputs(inputPhrases(shown.event.kind, t, lang))),
      h(
        'p',
        { id: 'obligations-summary' },
        t.obligationsSummary(shown.obligations.length, policyName(shown.policy, t)),
      ),
      obligationsTable(shown, t, lang, today),
    );
  }
  const current = outcome.ok ? outcome.result : null;
  byId<HTMLButtonElement>('download-ics').disabled = !current?.obligations.some(
    (o) => o.due.kind !== 'agree-separately',
  );
  byId<HTMLButtonElement>('copy-text').disabled = !current;
  const fallback = byId<HTMLTextAreaElement>('copy-fallback-text');
  fallback.value = current ? deadlinesAsText(current, t, lang) : '';
  if (!current) byId('copy-fallback').hidden = true;
  byId('copy-status').textContent = '';
}

/** The event the form describes when every required field is filled (the comparison uses it), else null. */
export function eventForComparison(): PolicyEvent | null {
  return FIELDS[state.kind].some((f) => f.required && value(f.id) === '') ? null : eventFromFields(state.kind);
}

/** The current results (complete input), or null. */
function current(): Result | null {
  const outcome = compute();
  return outcome.ok ? outcome.result : null;
}

async function copyAsText(): Promise<void> {
  const result = current();
  if (!result) return;
  const t = texts();
  const text = deadlinesAsText(result, t, state.lang);
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t.copied;
    byId('copy-fallback').hidden = true;
  } catch {
    // No clipboard (an http page, a refused permission): the text, selected, for copying by hand.
    status.textContent = t.copyFailed;
    byId('copy-fallback').hidden = false;
    byId<HTMLTextAreaElement>('copy-fallback-text').select();
  }
}

function downloadIcs(): void {
  const result = current();
  if (!result) return;
  const { event, policy, obligations } = result;
  // The event names the file and goes into every UID, so two releases' files never overwrite each other;
  // a calendar reminds 7 days and 1 day before each deadline (VALARM).
  const ics = obligationsToIcs(obligations, { policy, lang: state.lang, event, reminders: ICS_REMINDER_DAYS });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = h('a', { href: url, download: icsFileName(event), hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads the form's starting values (the link's defaults), then shows the state's values in it. */
export function initEventForm(): void {
  for (const id of FIELD_IDS) fieldDefaults[id] = readControl(id);
  // The product list comes from the policy: its default is the first product of the built-in one.
  fieldDefaults['ga-product'] = policy20241007.products[0]?.id ?? '';
  for (const id of FIELD_IDS) {
    if (!(id in state.fields)) state.fields[id] = fieldDefaults[id]!;
    if (id !== 'ga-product') writeControl(id, state.fields[id]!);
  }
}

export function wireEvent(): void {
  const form = byId<HTMLFormElement>('event-form');
  byId<HTMLSelectElement>('event-kind').addEventListener('change', (e) => {
    const kind = (e.target as HTMLSelectElement).value as PolicyEventKind;
    update((s) => {
      s.kind = kind;
    });
  });
  // Every edit is written to the state (and the link) at once; the results follow on each change.
  const sync = (e: Event): void => {
    const id = (e.target as HTMLElement).id;
    if (!FIELD_IDS.includes(id)) return;
    const next = readControl(id);
    if (state.fields[id] === next) return;
    update((s) => {
      s.fields[id] = next;
    });
  };
  form.addEventListener('change', sync);
  // Text fields follow each keystroke, so a cleared name marks the results outdated at once. Date fields
  // wait for 'change': Chromium reports their value segment by segment (0002, 0020, 0202, 2027).
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).type === 'text') sync(e);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update(() => {});
    const invalid = form.querySelector<HTMLElement>('fieldset:not([disabled]) [aria-invalid="true"]');
    invalid?.focus();
  });
  byId('download-ics').addEventListener('click', downloadIcs);
  byId('copy-text').addEventListener('click', () => void copyAsText());
}
