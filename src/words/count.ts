/**
 * @internal An English count with its noun in the right number: `1 business day`, `3 business days`.
 * The one pluraliser of the library (Japanese needs none: `3営業日`).
 *
 * @example
 * ```ts
 * countEn(1, 'day'); // '1 day'
 * countEn(90, 'day'); // '90 days'
 * countEn(2, 'business day'); // '2 business days'
 * ```
 */
export function countEn(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${Math.abs(n) === 1 ? singular : plural}`;
}
