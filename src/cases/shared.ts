// Helpers shared by the rules of chapters intro–2 (internal: not exported from the barrel).
import type { ClosureReason } from '../calendar/business-calendar.js';
import type { Bilingual } from '../policy/decision.js';
import type { Policy, Urgency } from '../policy/schema.js';

/** 高・中・低 (interpretation 9), for messages. */
export const URGENCY_LABELS: Readonly<Record<Urgency, Bilingual>> = {
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
};

/** The covered products of a policy as text, e.g. `KAITOシリーズ、セカイカート` / `KAITO series, Sekai Cart` (`1.1.products`). */
export function productList(policy: Policy): Bilingual {
  return {
    ja: policy.products.map((p) => p.name.ja).join('、'),
    en: policy.products.map((p) => p.name.en).join(', '),
  };
}

/** True for a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a value in an error message without echoing large inputs. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/** A closure reason in words, e.g. 元日 / New Year's Day. */
export function describeClosure(closure: ClosureReason): Bilingual {
  switch (closure.kind) {
    case 'weekend':
      return closure.weekday === 'saturday' ? { ja: '土曜日', en: 'Saturday' } : { ja: '日曜日', en: 'Sunday' };
    case 'national-holiday':
      return { ja: `祝日 (${closure.name})`, en: `national holiday (${closure.nameEn})` };
    case 'year-end':
      return { ja: '年末年始休業', en: 'year-end and new-year closure' };
    case 'company-closure':
      return { ja: `弊社休業日 (${closure.label})`, en: `company closure day (${closure.label})` };
  }
}

