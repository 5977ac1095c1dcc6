/**
 * A text in both languages of the policy: the policy is written in Japanese, and every message
 * the library gives is in Japanese (です・ます) and English, for either audience.
 *
 * @example
 * ```ts
 * const title: Bilingual = policy20241007.title;
 * // { ja: 'カスタマー・サービス ポリシーおよび手順', en: 'Customer Services Policy and Procedures' }
 * ```
 */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/**
 * The languages of every message: Japanese (the policy's own) and English.
 *
 * @example
 * ```ts
 * LANGS; // ['ja', 'en']
 * ```
 */
export const LANGS = Object.freeze(['ja', 'en'] as const);

/**
 * One of {@link LANGS}.
 *
 * @example
 * ```ts
 * const lang: Lang = 'ja';
 * renderDecision(releaseEndOfSupport('2026-04-01'), lang);
 * ```
 */
export type Lang = (typeof LANGS)[number];

/**
 * Whether a value is one of {@link LANGS}: for adapters that read a language from outside.
 *
 * @example
 * ```ts
 * isLang('en'); // true
 * isLang('fr'); // false
 * ```
 */
export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/** @internal Joins bilingual parts: 「、」 between Japanese items, ", " between English ones. */
export function joinBilingual(parts: readonly Bilingual[], separators: Bilingual = { ja: '、', en: ', ' }): Bilingual {
  return { ja: parts.map((p) => p.ja).join(separators.ja), en: parts.map((p) => p.en).join(separators.en) };
}

/**
 * @internal A list in words: Japanese items joined by `ja` (「・」 by default), English ones as `a, b and c`.
 *
 * @example
 * ```ts
 * andList([{ ja: '祝日', en: 'national holidays' }, { ja: '年末年始休業', en: 'the year-end closure' }]);
 * // { ja: '祝日・年末年始休業', en: 'national holidays and the year-end closure' }
 * ```
 */
export function andList(parts: readonly Bilingual[], ja = '・'): Bilingual {
  const en = parts.map((p) => p.en);
  return {
    ja: parts.map((p) => p.ja).join(ja),
    en: en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`,
  };
}

/**
 * @internal English text with its first letter capitalised, for a phrase that begins a sentence.
 *
 * @example
 * ```ts
 * capitalise('the final answer'); // 'The final answer'
 * ```
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
