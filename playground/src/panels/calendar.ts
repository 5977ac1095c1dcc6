// The business calendar (`1.1.hours`): one month with every closure and its reason, or a year of
// twelve small months for planning; today's date (JST) is marked in both.
import { calendarOf, hoursText, type BusinessCalendar, type ClosureReason, type DayDescription } from '@jmas/cs-policy';
import { closureText as closureWords } from '@jmas/cs-policy';
import { byId, fill, h } from '../dom.js';
import { asciiDigits, daysInMonth, formatDate, shiftMonth, todayJst } from '../format.js';
import type { Lang, Texts } from '../i18n.js';
import { messageOf } from '../messages.js';
import { policyInForce, policyName } from '../policies.js';
import { clampMonth, coverage, state, texts, update } from '../state.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * What was typed into the year field when it could not be read, and the coverage it was refused under; shown
 * until the next good input, or until the coverage changes (a holiday file loaded or given up): the field then
 * shows the month again, rather than a refusal that no longer holds.
 */
let badYear: string | null = null;
let badYearCoverage = '';
const coverageKey = (): string => {
  const { from, to } = coverage();
  return `${from}/${to}`;
};

function closureText(reason: ClosureReason, t: Texts, lang: Lang): string {
  switch (reason.kind) {
    case 'weekend':
      return t.weekend;
    case 'closed-weekday':
      return closureWords(reason)[lang]; // the library's words: 水曜日の定休日 / closed on Wednesdays
    case 'national-holiday': {
      // The library's words name the kind (祝日「元日」, 憲法記念日の振替休日, 国民の休日); a holiday after the
      // official list says it is projected (interpretation 14).
      const words = lang === 'ja' ? closureWords(reason).ja : t.holiday(reason.nameEn);
      return reason.projected ? `${words}${t.projected}` : words;
    }
    case 'year-end':
      return t.yearEnd;
    case 'company-closure':
      return t.companyClosure(reason.label);
  }
}

/** The short mark a phone shows in the cell (the list below the grid gives the whole reason). */
function closureShort(reason: ClosureReason, t: Texts): string | undefined {
  switch (reason.kind) {
    case 'weekend':
    case 'closed-weekday':
      return undefined;
    case 'national-holiday':
      return t.holidayShort;
    case 'year-end':
      return t.yearEndShort;
    case 'company-closure':
      return t.companyClosureShort;
  }
}

function dayClasses(day: DayDescription, today: string): string {
  const kinds = new Set(day.closures.map((c) => c.kind));
  return [
    'day',
    day.businessDay ? 'open' : 'closed',
    kinds.has('weekend') && 'weekend',
    kinds.has('closed-weekday') && 'closed-weekday',
    kinds.has('national-holiday') && 'holiday',
    kinds.has('year-end') && 'year-end',
    kinds.has('company-closure') && 'company',
    day.date === today && 'today',
  ]
    .filter(Boolean)
    .join(' ');
}

function monthDays(calendar: BusinessCalendar, month: string): DayDescription[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: daysInMonth(year, m) }, (_, i) =>
    calendar.describeDay(`${month}-${String(i + 1).padStart(2, '0')}`),
  );
}

/** Weeks of a month, Sunday first, padded with nulls. */
function weeks(days: DayDescription[]): (DayDescription | null)[][] {
  const cells: (DayDescription | null)[] = [...Array<null>(WEEKDAYS.indexOf(days[0]!.weekday)).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: (DayDescription | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return rows;
}

function weekdayHead(t: Texts, names: Texts['weekdaysShort'] = t.weekdaysShort): HTMLTableSectionElement {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      WEEKDAYS.map((w) => h('th', { scope: 'col', abbr: t.weekdaysLong[w], class: w }, names[w])),
    ),
  );
}

function monthView(calendar: BusinessCalendar, t: Texts, lang: Lang, today: string): HTMLElement {
  const [year, month] = state.month.split('-').map(Number) as [number, number];
  const days = monthDays(calendar, state.month);
  const policy = policyInForce();
  const name = t.monthName(year, month);
  const rows = weeks(days).map((week) =>
    h(
      'tr',
      {},
      week.map((day) => {
        if (day === null) return h('td', { class: 'day empty' });
        const shorts = [...new Set(day.closures.map((c) => closureShort(c, t)).filter(Boolean))];
        return h(
          'td',
          {
            class: dayClasses(day, today),
            'data-date': day.date,
            'data-business-day': String(day.businessDay),
            'aria-current': day.date === today ? 'date' : null,
          },
          h('span', { class: 'num' }, h('time', { datetime: day.date }, Number(day.date.slice(8)))),
          day.date === today && h('span', { class: 'today-mark' }, t.today),
          h(
            'span',
            { class: 'status' },
            day.businessDay ? '○' : '✕',
            h('span', { class: 'status-word' }, ` ${day.businessDay ? t.open : t.closed}`),
          ),
          day.closures.length > 0 &&
            h(
              'ul',
              { class: 'why' },
              day.closures.map((c) => h('li', { class: `tag ${c.kind}` }, closureText(c, t, lang))),
            ),
          shorts.length > 0 && h('span', { class: 'why-short', 'aria-hidden': 'true' }, shorts.join(' ')),
        );
      }),
    ),
  );
  const table = h(
    'table',
    { class: 'month', id: 'month-table' },
    h('caption', {}, t.monthCaption(name, policyName(policy, t))),
    weekdayHead(t),
    h('tbody', {}, rows),
  );

  const ye = policy.calendar.yearEndClosure;
  // The week's hours in the library's words (a lunch break, hours per weekday); the weekly closing days of the month.
  const hours = hoursText(policy.calendar.hours)[lang];
  const closedWeekdays = WEEKDAYS.filter((w) =>
    days.some((d) => d.closures.some((c) => c.kind === 'closed-weekday' && c.weekday === w)),
  );
  const legend = h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h3', { id: 'legend-heading' }, t.legendHeading),
    h(
      'ul',
      {},
      h('li', {}, h('span', { class: 'sample open' }, `○ ${t.open}`), ' ', t.legendOpen(hours)),
      h('li', {}, h('span', { class: 'sample closed' }, `✕ ${t.closed}`), ' ', t.legendClosed),
      h('li', {}, h('span', { class: 'tag weekend' }, t.weekend), ' ', t.legendWeekend),
      closedWeekdays.length > 0 &&
        h(
          'li',
          {},
          h(
            'span',
            { class: 'tag closed-weekday' },
            closureWords({ kind: 'closed-weekday', weekday: closedWeekdays[0]! })[lang],
          ),
          ' ',
          t.legendClosedWeekday(closedWeekdays.map((w) => t.weekdaysLong[w]).join(t.listSeparator)),
        ),
      h(
        'li',
        {},
        h('span', { class: 'tag national-holiday' }, t.holiday('…')),
        ` (${t.holidayShort}) `,
        t.legendHoliday,
      ),
      ye &&
        h(
          'li',
          {},
          h('span', { class: 'tag year-end' }, t.yearEnd),
          ` (${t.yearEndShort}) `,
          t.legendYearEnd(ye.from, ye.to),
        ),
      h(
        'li',
        {},
        h('span', { class: 'tag company-closure' }, t.companyClosure('…')),
        ` (${t.companyClosureShort}) `,
        t.legendCompany,
      ),
      h('li', {}, h('span', { class: 'sample today' }, t.today), ' ', t.legendToday),
    ),
  );

  const closed = days.filter((d) => !d.businessDay);
  const list = h(
    'section',
    { class: 'closed-days', 'aria-labelledby': 'closed-days-heading' },
    h('h3', { id: 'closed-days-heading' }, t.closedDaysHeading(name)),
    h('p', { id: 'closed-days-summary' }, t.closedDaySummary(closed.length, days.length - closed.length)),
    closed.length === 0
      ? h('p', {}, t.noClosedDays)
      : h(
          'ul',
          { id: 'closed-days-list' },
          closed.map((d) =>
            h(
              'li',
              { 'data-date': d.date },
              h('time', { datetime: d.date }, formatDate(d.date, lang)),
              lang === 'ja' ? '：' : ': ',
              d.closures.map((c) => closureText(c, t, lang)).join(t.listSeparator),
            ),
          ),
        ),
  );
  return h(
    'div',
    { class: 'calendar-layout' },
    h('div', { class: 'grid-wrap' }, table),
    h('div', { class: 'side' }, legend, list),
  );
}

function yearView(calendar: BusinessCalendar, t: Texts, lang: Lang, today: string): HTMLElement {
  const year = Number(state.month.slice(0, 4));
  const policy = policyInForce();
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const days = monthDays(calendar, month);
    const closed = days.filter((d) => !d.businessDay).length;
    const name = t.monthName(year, i + 1);
    return h(
      'section',
      { class: 'mini-month', 'data-month': month },
      h(
        'table',
        { class: 'mini' },
        h(
          'caption',
          {},
          h(
            'button',
            { type: 'button', class: 'link', 'data-show-month': month, 'aria-label': t.showMonth(name) },
            name,
          ),
        ),
        weekdayHead(t, t.weekdaysMini),
        h(
          'tbody',
          {},
          weeks(days).map((week) =>
            h(
              'tr',
              {},
              week.map((day) =>
                day === null
                  ? h('td', { class: 'empty' })
                  : h(
                      'td',
                      {
                        class: dayClasses(day, today),
                        'data-date': day.date,
                        'data-business-day': String(day.businessDay),
                        'aria-current': day.date === today ? 'date' : null,
                        title: day.closures.map((c) => closureText(c, t, lang)).join(t.listSeparator) || null,
                      },
                      Number(day.date.slice(8)),
                      !day.businessDay && h('span', { class: 'sr-only' }, ` ${t.closed}`),
                      day.date === today && h('span', { class: 'sr-only' }, ` ${t.today}`),
                    ),
              ),
            ),
          ),
        ),
      ),
      h('p', { class: 'mini-summary' }, t.yearSummary(closed, days.length - closed)),
    );
  });
  return h(
    'div',
    { class: 'year-layout' },
    h('p', { id: 'year-caption', class: 'caption' }, t.yearCaption(year, policyName(policy, t))),
    h('div', { class: 'year-grid', id: 'year-grid' }, months),
  );
}

export function renderCalendar(): void {
  const t = texts();
  const lang = state.lang;
  const [year, month] = state.month.split('-').map(Number) as [number, number];
  const yearInput = byId<HTMLInputElement>('year');
  if (badYear !== null && badYearCoverage !== coverageKey()) badYear = null;
  if (badYear === null) yearInput.value = String(year);
  yearInput.setAttribute('aria-invalid', String(badYear !== null));
  const monthSelect = byId<HTMLSelectElement>('month-of-year');
  fill(
    monthSelect,
    Array.from({ length: 12 }, (_, i) => h('option', { value: String(i + 1) }, t.monthOfYearName(i + 1))),
  );
  monthSelect.value = String(month);
  const isYear = state.view === 'year';
  byId('month-of-year-field').hidden = isYear;
  byId('view-month').setAttribute('aria-pressed', String(!isYear));
  byId('view-year').setAttribute('aria-pressed', String(isYear));
  byId('prev-month').textContent = isYear ? t.prevYear : t.prevMonth;
  byId('next-month').textContent = isYear ? t.nextYear : t.nextMonth;
  byId('calendar-intro').textContent = t.calendarIntro(hoursText(policyInForce().calendar.hours)[lang]);

  const errorBox = byId('calendar-error');
  const covered = coverage();
  // Said while the page shows the month it moved to, under the coverage that made it move.
  const note = state.monthNote;
  const moved = note && note.month === state.month && note.from === covered.from && note.to === covered.to;
  const name = (m: string): string => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return isYear ? `${y}` : t.monthName(y, mm);
  };
  fill(
    errorBox,
    badYear !== null &&
      h(
        'p',
        {},
        t.yearInvalid(t.year, covered.firstYear, covered.lastYear, isYear ? `${year}` : t.monthName(year, month)),
      ),
  );
  // Information, not an error: which month is shown and why (a status, without the alert's ⚠).
  fill(
    byId('calendar-note'),
    moved && h('p', { id: 'month-moved' }, t.monthMoved(name(note.asked), name(note.month), note.from, note.to)),
  );
  const output = byId('calendar-output');
  try {
    const calendar = calendarOf(policyInForce());
    const today = todayJst();
    fill(output, isYear ? yearView(calendar, t, lang, today) : monthView(calendar, t, lang, today));
  } catch (error) {
    errorBox.append(h('p', {}, h('strong', {}, t.calendarError), ' ', h('code', {}, messageOf(error))));
    fill(output);
  }
}

function setMonth(month: string): void {
  badYear = null;
  update((s) => {
    s.month = clampMonth(month);
    s.monthNote = null;
  });
}

export function wireCalendar(): void {
  const yearInput = byId<HTMLInputElement>('year');
  // 'change' fires when the typing is done (Enter, Tab, leaving the field), never per keystroke: typing
  // "2027" does not pass through the years 2, 20 and 202.
  yearInput.addEventListener('change', () => {
    const typed = asciiDigits(yearInput.value).replace(/年$/, '');
    const year = Number(typed);
    const { firstYear, lastYear } = coverage();
    if (!/^\d{4}$/.test(typed) || year < firstYear || year > lastYear) {
      badYear = yearInput.value;
      badYearCoverage = coverageKey();
      update(() => {});
      return;
    }
    setMonth(`${typed}-${state.month.slice(5)}`);
  });
  byId<HTMLSelectElement>('month-of-year').addEventListener('change', (e) => {
    const m = (e.target as HTMLSelectElement).value.padStart(2, '0');
    setMonth(`${state.month.slice(0, 4)}-${m}`);
  });
  const step = (delta: number): void => setMonth(shiftMonth(state.month, state.view === 'year' ? delta * 12 : delta));
  byId('prev-month').addEventListener('click', () => step(-1));
  byId('next-month').addEventListener('click', () => step(1));
  byId('view-month').addEventListener('click', () =>
    update((s) => {
      s.view = 'month';
    }),
  );
  byId('view-year').addEventListener('click', () =>
    update((s) => {
      s.view = 'year';
    }),
  );
  byId('calendar-output').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-show-month]');
    if (!button) return;
    update((s) => {
      s.view = 'month';
      s.month = button.dataset.showMonth!;
    });
    byId('view-month').focus();
  });
}
