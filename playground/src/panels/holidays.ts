// The Cabinet Office's list of national holidays (issue 12, interpretation 14): syukujitsu.csv loaded as
// published (Shift_JIS bytes, read by the library's parseCabinetOfficeHolidays, not by the browser as UTF-8)
// becomes calendar.holidays of the policy in force (policies.ts), so the calendar, the deadlines and the case
// clock use it, and the page covers the file's years only. Kept for the tab (sessionStorage), like a loaded
// policy file; not in the link.
import { HOLIDAY_COVERAGE, parseCabinetOfficeHolidays } from '@jmas/cs-policy';
import { byId, fill, h } from '../dom.js';
import type { Texts } from '../i18n.js';
import { messageOf } from '../messages.js';
import { basePolicy, coverageOf, holidaysInForce, state, texts, update } from '../state.js';

const STORAGE_KEY = 'cs-policy-playground:holidays';

/** The last load that failed (the list in force stays), or the file just given up; cleared by the next load. */
let note: { kind: 'failed'; file: string; message: string } | { kind: 'unloaded'; file: string } | null = null;

/** The bytes as a base64 string, for sessionStorage (which keeps text only). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Which list the calendar uses now: the file's, a loaded policy's own, or the built-in one (with its projection). */
function statusText(t: Texts): string {
  const list = holidaysInForce();
  if (!list)
    return t.holidaysInUseBuiltin(
      HOLIDAY_COVERAGE.firstYear,
      HOLIDAY_COVERAGE.lastYear,
      HOLIDAY_COVERAGE.officialThrough,
    );
  const { firstYear, lastYear } = coverageOf(list);
  return state.holidays
    ? t.holidaysInUseFile(state.holidays.file, firstYear, lastYear, list.length)
    : t.holidaysInUsePolicy(basePolicy().version, firstYear, lastYear, list.length);
}

export function renderHolidays(): void {
  const t = texts();
  fill(
    byId('holidays-error'),
    note?.kind === 'failed' &&
      h(
        'p',
        {},
        h('strong', {}, t.holidaysFailed(note.file)),
        ' ',
        h('code', { class: 'error-message' }, note.message),
      ),
  );
  const unloaded = note?.kind === 'unloaded' ? `${t.holidaysUnloaded(note.file)} ` : '';
  byId('holidays-status').textContent = `${unloaded}${statusText(t)}`;
  byId<HTMLButtonElement>('holidays-builtin').disabled = !state.holidays;
}

function save(): void {
  try {
    if (state.holidays)
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ file: state.holidays.file, bytes: state.holidays.bytes }));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode, full): a reload then starts with the built-in list.
  }
}

/** Reads the file kept for this tab, as it was read when loaded; a file that no longer reads is dropped. */
export function restoreHolidays(): void {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return;
    const { file, bytes } = JSON.parse(saved) as { file: string; bytes: string };
    state.holidays = { list: parseCabinetOfficeHolidays(fromBase64(bytes)), file, bytes };
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

function load(bytes: Uint8Array, file: string): void {
  try {
    const list = parseCabinetOfficeHolidays(bytes);
    note = null;
    update((s) => {
      s.holidays = { list, file, bytes: toBase64(bytes) };
    });
  } catch (error) {
    // The library's message names the line ("syukujitsu.csv line 4: …"); the list in force stays.
    note = { kind: 'failed', file, message: messageOf(error) };
    update(() => {});
  }
  save();
}

export function wireHolidays(): void {
  const input = byId<HTMLInputElement>('holidays-file');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    // Bytes, not file.text(): the published file is Shift_JIS, which the browser would misread as UTF-8.
    const bytes = file && new Uint8Array(await file.arrayBuffer());
    // Emptied once read (the status names the file in use), so choosing the same file again, corrected after a
    // failed load, is a change the browser reports.
    input.value = '';
    if (file && bytes) load(bytes, file.name);
  });
  byId('holidays-builtin').addEventListener('click', () => {
    note = state.holidays ? { kind: 'unloaded', file: state.holidays.file } : null;
    input.value = '';
    update((s) => {
      s.holidays = null;
    });
    save();
    // The button just became disabled: focus goes back to the file input.
    input.focus();
  });
}
