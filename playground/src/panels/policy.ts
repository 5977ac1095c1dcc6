// Loading a policy file and comparing it with the built-in one (`4.2.policy-change`): the diff of
// parameters with the clauses they feed, and the chosen event's deadlines under both. The status line
// always says which policy is in force, also after a failed load (the previous one stays) and an unload.
import { diffPolicies, obligationsFor, policy20241007, type Obligation } from '@jmas/cs-policy';
import { byId, fill, h } from '../dom.js';
import { formatDue, formatValue } from '../format.js';
import type { Lang, Texts } from '../i18n.js';
import { messageOf } from '../messages.js';
import { EXAMPLE_POLICY, PolicyFileError, readPolicyFile, withCalendar } from '../policies.js';
import { state, texts, update, type Problem } from '../state.js';
import { clauseCell, eventForComparison, reasonsList } from './event.js';

const STORAGE_KEY = 'cs-policy-playground:loaded-policy';

function statusText(t: Texts): string {
  const note = state.policyNote;
  const inUse =
    state.active === 'loaded' && state.loaded
      ? t.inUseLoaded(state.loaded.policy.version, state.loaded.file)
      : t.inUseBuiltin(policy20241007.version);
  const first =
    note?.kind === 'loaded'
      ? t.policyLoaded(note.version, note.file, note.changes)
      : note?.kind === 'unloaded'
        ? t.policyUnloaded(note.file)
        : note?.kind === 'failed'
          ? t.policyFailed(note.file)
          : state.loaded
            ? ''
            : t.noPolicyLoaded;
  return `${first}${first ? ' ' : ''}${t.inUse(inUse)}`;
}

function problemItem(p: Problem, t: Texts): HTMLElement {
  const text = p.text(t);
  return h('li', {}, text, text && p.detail && ' ', p.detail && h('code', { class: 'error-message' }, p.detail));
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
  return [...new Set([...ka.keys(), ...kb.keys()])].map((key) => ({ key, a: ka.get(key), b: kb.get(key) }));
}

function rowStatus(row: Row, t: Texts, versionA: string, versionB: string): { differs: boolean; label: string } {
  if (!row.a) return { differs: true, label: t.onlyIn(versionB) };
  if (!row.b) return { differs: true, label: t.onlyIn(versionA) };
  const when = (o: Obligation): string => JSON.stringify([o.due, o.deadline, o.party]);
  if (when(row.a) !== when(row.b)) return { differs: true, label: t.differs };
  if (JSON.stringify([row.a.what, row.a.reasons]) !== JSON.stringify([row.b.what, row.b.reasons]))
    return { differs: true, label: t.reasonsDiffer };
  return { differs: false, label: t.same };
}

/** One policy's side of a comparison row: due date, what (its text can name dates), reasons. */
function sideCell(o: Obligation | undefined, t: Texts, lang: Lang, label: string): HTMLElement {
  if (!o) return h('td', { class: 'side-cell missing', 'data-label': label }, t.missing);
  return h(
    'td',
    { class: 'side-cell', 'data-label': label },
    h('strong', { class: 'due' }, formatDue(o.due, lang)),
    ' ',
    h('span', { class: 'deadline' }, `(${t.deadlines[o.deadline]})`),
    h('p', { class: 'what' }, o.what[lang]),
    reasonsList(o, lang),
  );
}

function diffTable(t: Texts, lang: Lang): HTMLElement {
  const changes = diffPolicies(policy20241007, state.loaded!.policy);
  if (changes.length === 0) return h('p', {}, t.noDiff);
  const columns = [t.colPath, t.colFrom, t.colTo, t.colClauses];
  return h(
    'table',
    { class: 'diff cards', id: 'diff-table' },
    h('caption', {}, t.diffCaption),
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
      changes.map((c) =>
        h(
          'tr',
          { 'data-path': c.path },
          h('th', { scope: 'row', 'data-label': columns[0] }, h('code', {}, c.path)),
          h('td', { class: 'from', 'data-label': columns[1] }, h('code', {}, formatValue(c.from, lang))),
          h('td', { class: 'to', 'data-label': columns[2] }, h('code', {}, '→ ', formatValue(c.to, lang))),
          h(
            'td',
            { 'data-label': columns[3] },
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
}

function comparison(t: Texts, lang: Lang): HTMLElement {
  // Both sides with the page's closures and holiday file: the comparison isolates what the loaded file changes.
  const builtin = withCalendar(policy20241007, state.closures, state.holidays?.list);
  const loaded = withCalendar(state.loaded!.policy, state.closures, state.holidays?.list);
  const event = eventForComparison();
  if (!event) return h('p', { class: 'hint' }, t.outdated);
  try {
    const rows = pairObligations(
      obligationsFor(event, { policy: builtin }).value,
      obligationsFor(event, { policy: loaded }).value,
    );
    const statuses = rows.map((row) => rowStatus(row, t, builtin.version, loaded.version));
    const columns = [t.colClause, t.policyName(builtin.version), t.policyName(loaded.version), t.colDiffers];
    return h(
      'div',
      {},
      h('p', { id: 'compare-summary' }, t.compareSummary(statuses.filter((s) => s.differs).length, rows.length)),
      h(
        'table',
        { class: 'compare cards', id: 'compare-table' },
        h('caption', {}, t.compareCaption(t.eventKinds[event.kind])),
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
              h('th', { scope: 'row', 'data-label': columns[0] }, clauseCell(o.clause, lang)),
              sideCell(row.a, t, lang, columns[1]!),
              sideCell(row.b, t, lang, columns[2]!),
              h(
                'td',
                { class: 'status', 'data-label': columns[3] },
                status.differs ? h('strong', {}, status.label) : status.label,
              ),
            );
          }),
        ),
      ),
    );
  } catch (error) {
    return h('p', { class: 'alert-inline' }, h('strong', {}, t.compareError), ' ', h('code', {}, messageOf(error)));
  }
}

export function renderPolicy(): void {
  const t = texts();
  const lang = state.lang;
  byId('example-json').textContent = JSON.stringify(EXAMPLE_POLICY, null, 2);
  const note = state.policyNote;
  fill(
    byId('policy-error'),
    note?.kind === 'failed' &&
      h(
        'div',
        {},
        h('p', {}, h('strong', {}, t.policyError(note.file))),
        h(
          'ul',
          { class: 'problems' },
          note.problems.map((p) => problemItem(p, t)),
        ),
      ),
  );
  byId('policy-status').textContent = statusText(t);
  byId<HTMLButtonElement>('unload-policy').disabled = !state.loaded;
  const output = byId('policy-output');
  if (!state.loaded) {
    fill(output);
    return;
  }
  fill(
    output,
    h('h3', { id: 'diff-heading' }, t.diffHeading(policy20241007.version, state.loaded.policy.version)),
    diffTable(t, lang),
    h('h3', { id: 'compare-heading' }, t.compareHeading),
    comparison(t, lang),
  );
}

function load(text: string, file: string, active: 'builtin' | 'loaded' = 'loaded'): void {
  try {
    const { policy, changes } = readPolicyFile(text);
    update((s) => {
      s.loaded = { policy, file, text };
      s.active = active;
      s.policyNote = { kind: 'loaded', file, version: policy.version, changes };
    });
  } catch (error) {
    const problems: readonly Problem[] =
      error instanceof PolicyFileError ? error.problems : [{ text: () => '', detail: messageOf(error) }];
    // The policy in use (loaded earlier, or the built-in one) stays; the status says which.
    update((s) => {
      s.policyNote = { kind: 'failed', file, problems };
    });
  }
}

/** Keeps the loaded file for a reload of this tab (it is not in the link: it can be large). */
export function savePolicy(): void {
  try {
    if (state.loaded)
      sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ text: state.loaded.text, file: state.loaded.file, active: state.active }),
      );
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): a reload then starts without the file.
  }
}

export function restorePolicy(): void {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return;
    const { text, file, active } = JSON.parse(saved) as { text: string; file: string; active: 'builtin' | 'loaded' };
    const { policy } = readPolicyFile(text);
    state.loaded = { policy, file, text };
    state.active = active === 'builtin' ? 'builtin' : 'loaded';
  } catch {
    // A stored file that no longer reads is dropped.
  }
}

export function wirePolicy(): void {
  const fileInput = byId<HTMLInputElement>('policy-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    const text = file && (await file.text());
    // Emptied once read (the status names the file in use): the same file chosen again is a change.
    fileInput.value = '';
    if (file && text !== undefined) load(text, file.name);
  });
  byId('load-example').addEventListener('click', () => load(JSON.stringify(EXAMPLE_POLICY), 'example.json'));
  byId('unload-policy').addEventListener('click', () => {
    const file = state.loaded?.file ?? '';
    fileInput.value = '';
    update((s) => {
      s.loaded = null;
      s.active = 'builtin';
      s.policyNote = { kind: 'unloaded', file };
    });
    // The button just became disabled: give focus a sensible place to go.
    fileInput.focus();
  });
}
