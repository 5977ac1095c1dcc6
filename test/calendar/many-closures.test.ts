import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBusinessCalendar, describeDay, type CompanyClosure } from '../../src/index.js';

// Issue 9 "Many company closures": the index sorts and merges closure ranges instead of marking
// every day of every range, and keeps each day's labels as a shared group. Whatever the overlap,
// its answers must equal a plain model that looks at every closure for every day.

const DAY = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(iso) / DAY;

/** The plain model: the labels of the closures covering `iso`, distinct, in the order the options give them. */
function modelLabels(closures: readonly CompanyClosure[], iso: string): string[] {
  const labels: string[] = [];
  for (const c of closures) {
    const [from, to] = 'date' in c ? [c.date, c.date] : [c.from, c.to];
    if (from <= iso && iso <= to && !labels.includes(c.label)) labels.push(c.label);
  }
  return labels;
}

// A window of 2027–2028 with ranges of 0–40 days and single days, labels from a small set so that
// many closures share a label and many overlap.
const WINDOW_FIRST = dayOf('2027-01-01');
const WINDOW_LAST = dayOf('2028-12-31');
const closure = fc.oneof(
  fc.record({
    date: fc.integer({ min: WINDOW_FIRST, max: WINDOW_LAST }).map(isoOf),
    label: fc.constantFrom('創立記念日', '棚卸', '臨時休業'),
  }),
  fc
    .record({
      start: fc.integer({ min: WINDOW_FIRST - 30, max: WINDOW_LAST }),
      length: fc.integer({ min: 0, max: 40 }),
      label: fc.constantFrom('夏季休業', '臨時休業', 'system migration'),
    })
    .map(({ start, length, label }) => ({ from: isoOf(start), to: isoOf(start + length), label })),
);

describe('many company closures (1.1.hours その他の弊社の休業日, issue 9)', () => {
  it('answers like a day-by-day model, with many overlapping closures', () => {
    fc.assert(
      fc.property(fc.array(closure, { minLength: 1, maxLength: 60 }), (closures) => {
        const calendar = createBusinessCalendar({ closures });
        for (let day = WINDOW_FIRST - 31; day <= WINDOW_LAST + 1; day++) {
          const iso = isoOf(day);
          const labels = modelLabels(closures, iso);
          const described = calendar.describeDay(iso);
          const company = described.closures.flatMap((c) => (c.kind === 'company-closure' ? [c.label] : []));
          expect(company, iso).toEqual(labels);
          // Without company closures the day is what the policy calendar says it is.
          const plain = describeDay(iso);
          expect(calendar.isBusinessDay(iso), iso).toBe(plain.businessDay && labels.length === 0);
        }
        // Every query is built on the same index: closedDaysBetween lists exactly the closed days.
        const listed = calendar.closedDaysBetween(isoOf(WINDOW_FIRST), isoOf(WINDOW_LAST)).map((d) => d.date);
        const expected: string[] = [];
        for (let day = WINDOW_FIRST; day <= WINDOW_LAST; day++)
          if (!calendar.isBusinessDay(isoOf(day))) expected.push(isoOf(day));
        expect(listed).toEqual(expected);
      }),
      { seed: 20241007, numRuns: 40 },
    );
  });

  it('counts business days over nested, identical and adjacent ranges as the model does', () => {
    const closures: CompanyClosure[] = [
      // Nested: the outer range decides; the inner ones add their labels.
      { from: '2027-08-02', to: '2027-08-31', label: 'outer' },
      { from: '2027-08-09', to: '2027-08-13', label: 'inner' },
      { from: '2027-08-09', to: '2027-08-13', label: 'inner' },
      // Adjacent: 2027-09-06 (Mon) … 09-07 (Tue), then 09-08 (Wed) … 09-10 (Fri): the week Mon–Fri closed.
      { from: '2027-09-06', to: '2027-09-07', label: 'a' },
      { from: '2027-09-08', to: '2027-09-10', label: 'b' },
      { date: '2027-09-08', label: 'a' },
    ];
    const calendar = createBusinessCalendar({ closures });
    // August 2027: 22 weekdays (Mon 2 … Tue 31), minus 山の日 (Wed 11) = 21 business days under the
    // policy calendar; all of them are inside 'outer', so none is left.
    expect(calendar.businessDaysBetween('2027-07-31', '2027-08-31')).toBe(0);
    expect(calendar.describeDay('2027-08-10').closures).toEqual([
      { kind: 'company-closure', label: 'outer' },
      { kind: 'company-closure', label: 'inner' },
    ]);
    // Each label once, in the order of the first entry covering the day: 'b' (the fifth entry; the
    // fourth, 'a' 09-06…09-07, does not cover 09-08) before the single day 'a' (the sixth).
    expect(calendar.describeDay('2027-09-08').closures).toEqual([
      { kind: 'company-closure', label: 'b' },
      { kind: 'company-closure', label: 'a' },
    ]);
    // Fri 2027-09-03 + 1 business day skips the closed week to Mon 2027-09-13.
    expect(calendar.addBusinessDays('2027-09-03', 1)).toBe('2027-09-13');
  });

  it('ignores the part of a closure outside the covered years and a closure wholly outside them', () => {
    const calendar = createBusinessCalendar({
      closures: [
        { from: '1960-01-01', to: '1970-01-05', label: 'early' },
        { from: '2050-12-30', to: '2060-01-01', label: 'late' },
        { date: '2099-01-05', label: 'far' },
      ],
    });
    // 1970-01-05 is a Monday, 1970-01-06 the first business day after 'early'.
    expect(calendar.describeDay('1970-01-05').closures).toEqual([{ kind: 'company-closure', label: 'early' }]);
    expect(calendar.isBusinessDay('1970-01-06')).toBe(true);
    expect(calendar.describeDay('2050-12-30').closures).toContainEqual({ kind: 'company-closure', label: 'late' });
  });

  it('returns reasons that a caller cannot change for a later answer', () => {
    const calendar = createBusinessCalendar({
      closures: [{ from: '2027-08-12', to: '2027-08-13', label: '夏季休業' }],
    });
    const first = calendar.describeDay('2027-08-12');
    expect(() => {
      (first.closures[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    (first.closures as unknown[]).length = 0;
    expect(calendar.describeDay('2027-08-13').closures).toEqual([{ kind: 'company-closure', label: '夏季休業' }]);
  });
});
