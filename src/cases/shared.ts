// Helpers shared by the rules of chapters intro–2 (internal: not exported from the barrel).
import type { Bilingual } from '../policy/decision.js';
import { deepFreeze } from '../freeze.js';
import type { Policy, Urgency } from '../policy/schema.js';

/** 高・中・低 (interpretation 9), for messages. */
export const URGENCY_LABELS: Readonly<Record<Urgency, Bilingual>> = deepFreeze({
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
});

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
