// The page's frame: static texts in the chosen language, the language and policy switches, the footer.
import { policy20241007, type PolicyEventKind } from '@jmas/cs-policy';
import { byId, fill, h } from '../dom.js';
import type { Texts } from '../i18n.js';
import { coverage, state, texts, update } from '../state.js';

export function renderHeader(): void {
  const t = texts();
  document.documentElement.lang = state.lang;
  document.title = t.pageTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const value = t[el.dataset.t as keyof Texts];
    if (typeof value === 'string') el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-kind]')) {
    el.textContent = t.eventKinds[el.dataset.tKind as PolicyEventKind];
  }
  byId<HTMLSelectElement>('lang').value = state.lang;
  const select = byId<HTMLSelectElement>('active-policy');
  fill(
    select,
    h('option', { value: 'builtin' }, t.builtinPolicy(policy20241007.version)),
    state.loaded && h('option', { value: 'loaded' }, t.loadedPolicy(state.loaded.policy.version)),
  );
  select.value = state.active;
  byId('footer').textContent = t.footer(policy20241007.version);
  // The date pickers offer the years the calendar in force covers (the built-in list's, or a holiday file's).
  const { from, to } = coverage();
  for (const input of document.querySelectorAll<HTMLInputElement>(
    'input[min][type="date"], input[min][type="datetime-local"]',
  )) {
    const local = input.type === 'datetime-local';
    input.min = local ? `${from}T00:00` : from;
    input.max = local ? `${to}T23:59` : to;
  }
}

export function wireHeader(): void {
  byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    const lang = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'ja';
    update((s) => {
      s.lang = lang;
    });
  });
  byId<HTMLSelectElement>('active-policy').addEventListener('change', (e) => {
    const loaded = (e.target as HTMLSelectElement).value === 'loaded';
    update((s) => {
      s.active = loaded && s.loaded ? 'loaded' : 'builtin';
    });
  });
  byId('print-page').addEventListener('click', () => window.print());
}
