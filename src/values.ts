// Small predicates on unknown input, one definition each for the whole library.

/**
 * @internal True for a plain object (not null, not an array): the shape every object input must have.
 *
 * @example
 * ```ts
 * isPlainObject({ a: 1 }); // true
 * isPlainObject([1]); // false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @internal Names the kind of a value for an error message, without echoing large inputs.
 *
 * @example
 * ```ts
 * describeValue([1, 2]); // 'an array'
 * describeValue('x'.repeat(1e6)); // 'a value of type string'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}
