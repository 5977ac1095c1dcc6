import { expect } from 'vitest';

interface Words {
  readonly code: string;
  readonly message: { readonly ja: string; readonly en: string };
}

/**
 * Interpretation 13: a reason's message is what a customer may read. No ISO date or time, no
 * clause id, no interpretation remark, no literal placeholder, 様 without a space, no spaces
 * around numbers inside Japanese, no blunt 「守れません」, no programmer words.
 */
export function expectCustomerWords(reasons: readonly Words[]): void {
  for (const r of reasons) {
    const { ja, en } = r.message;
    for (const text of [ja, en]) {
      expect(text, r.code).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text, r.code).not.toMatch(/T\d{2}:/);
      // Clause ids: `5.feature-change`, `4.3.os-eol`, `1.1.hours`, `intro.contents`.
      expect(text, r.code).not.toMatch(/\b\d\.(\d\.)?[a-z]|\bintro\.[a-z]/);
      expect(text, r.code).not.toMatch(/解釈|interpretation/i);
      expect(text, r.code).not.toMatch(/\bN日|\bN days|オブジェクト|守れません/);
    }
    expect(ja, r.code).not.toMatch(/\s様/);
    // No spaces around numbers inside Japanese (a clock after a date, `(月) 18:30`, is the one form).
    expect(ja, r.code).not.toMatch(/[\u3000-\u9fff\uff00-\uffef] \d|\d [\u3000-\u9fff\uff00-\uffef]/);
    expect(ja, r.code).toMatch(/[。]$/);
  }
}
