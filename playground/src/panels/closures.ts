// Company closures entered in the page (`1.1.hours` その他の弊社の休業日): a day or a range with a
// label, added to the policy in force (policies.ts), so the calendar and every deadline count them.
import { byId, fill, h } from '../dom.js';
import { formatDate } from '../format.js';
import type { Texts } from '../i18n.js';
import { coverage, state, texts, update, type PageClosure } from '../state.js';

/** The last error of the form, as a function of the language (so switching language re-words it). */
let formError: { text: (t: Texts) => string; field: string } | null = null;

export function closureWords(c: PageClosure, t: Texts): string {
  const when =
    c.from === c.to
      ? formatDate(c.from, state.lang)
      : t.closureRange(formatDate(c.from, state.lang), formatDate(c.to, state.lang));
  return `${when} ${c.label}`;
}

export function renderClosures(): void {
  const t = texts();
  byId('closure-label').setAttribute('placeholder', t.closureLabelDefault);
  for (const id of ['closure-from', 'closure-to']) {
    byId(id).setAttribute('aria-invalid', String(formError?.field === id));
  }
  fill(
    byId('closure-error'),
    formError && h('p', {}, formError.text(t)),
    state.badLinkClosures > 0 && h('p', {}, t.closuresFromLink(state.badLinkClosures)),
  );
  fill(
    byId('closures-output'),
    state.closures.length === 0
      ? h('p', { id: 'closures-none' }, t.closuresNone)
      : h(
          'ul',
          { id: 'closures-list', class: 'closures', 'aria-label': t.closuresCaption },
          state.closures.map((c, i) =>
            h(
              'li',
              { 'data-from': c.from, 'data-to': c.to },
              h('span', {}, closureWords(c, t)),
              ' ',
              h(
                'button',
                { type: 'button', class: 'secondary small', 'data-remove': i },
                t.removeClosure(closureWords(c, t)),
              ),
            ),
          ),
        ),
  );
}

function fail(field: string, text: (t: Texts) => string): void {
  formError = { field, text };
  update(() => {});
  byId(field).focus();
}

export function wireClosures(): void {
  const from = byId<HTMLInputElement>('closure-from');
  const to = byId<HTMLInputElement>('closure-to');
  const label = byId<HTMLInputElement>('closure-label');
  byId<HTMLFormElement>('closure-form').addEventListener('submit', (e) => {
    e.preventDefault();
    // A date input's value is '' both when empty and when half typed: either way, not a date yet.
    if (!from.value) return fail('closure-from', (t) => t.closureRequired(t.closureFrom));
    const end = to.value || from.value;
    if (end < from.value) return fail('closure-to', (t) => t.closureBeforeStart(t.closureTo, t.closureFrom));
    for (const [id, value] of [
      ['closure-from', from.value],
      ['closure-to', end],
    ] as const) {
      // The years the calendar in force covers (the built-in list's, or a loaded holiday file's).
      const { from: first, to: last } = coverage();
      if (value < first || value > last)
        return fail(id, (t) => t.closureOutOfRange(id === 'closure-from' ? t.closureFrom : t.closureTo, first, last));
    }
    const closure = { from: from.value, to: end, label: label.value.trim() || texts().closureLabelDefault };
    formError = null;
    from.value = '';
    to.value = '';
    label.value = '';
    update((s) => {
      s.closures = [...s.closures, closure].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      s.badLinkClosures = 0;
    });
  });
  byId('closures-output').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const index = Number(button.dataset.remove);
    update((s) => {
      s.closures = s.closures.filter((_, i) => i !== index);
    });
    // The button is gone: focus goes back to the form.
    from.focus();
  });
}
