import { describe, expect, it } from 'vitest';
import JapaneseHolidays from 'japanese-holidays';
import { createBusinessCalendar, isBusinessDay } from '../../src/index.js';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Every covered day, with fields from the engine's UTC arithmetic (no process time zone involved). */
function* everyDay(): Generator<{ iso: string; weekday: number; md: string }> {
  for (let t = Date.UTC(1970, 0, 1); t <= Date.UTC(2050, 11, 31); t += DAY) {
    const d = new Date(t);
    yield {
      iso: d.toISOString().slice(0, 10),
      weekday: d.getUTCDay(),
      md: `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    };
  }
}

const holidays = new Set<string>();
for (let year = 1970; year <= 2050; year++) {
  for (const h of JapaneseHolidays.getHolidaysOf(year)) holidays.add(`${year}-${pad(h.month)}-${pad(h.date)}`);
}

describe('1.1.hours: the day index against a plain day-by-day definition', () => {
  it('matches weekends + japanese-holidays + Dec 29 – Jan 3 on every day 1970–2050', () => {
    const wrong: string[] = [];
    for (const { iso, weekday, md } of everyDay()) {
      const closed = weekday === 0 || weekday === 6 || holidays.has(iso) || md >= '12-29' || md <= '01-03';
      if (isBusinessDay(iso) === closed) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('marks a year-end span that does not wrap, and one that starts or ends on 02-29', () => {
    const summer = createBusinessCalendar({ yearEndClosure: { from: '08-13', to: '08-16' } });
    const leap = createBusinessCalendar({ yearEndClosure: { from: '02-29', to: '03-02' } });
    const toLeap = createBusinessCalendar({ yearEndClosure: { from: '02-27', to: '02-29' } });
    const wrong: string[] = [];
    for (const { iso, md } of everyDay()) {
      const closedBy = (from: string, to: string) => md >= from && md <= to;
      const yearEnd = (cal: typeof summer) => cal.describeDay(iso).closures.some((c) => c.kind === 'year-end');
      if (yearEnd(summer) !== closedBy('08-13', '08-16')) wrong.push(`summer ${iso}`);
      // A span from 02-29 covers 03-01 and 03-02 in common years (no 02-29 to start on).
      if (yearEnd(leap) !== closedBy('02-29', '03-02')) wrong.push(`leap ${iso}`);
      if (yearEnd(toLeap) !== closedBy('02-27', '02-29')) wrong.push(`to-leap ${iso}`);
    }
    expect(wrong).toEqual([]);
  });
});
