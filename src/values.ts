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

/** Longest part of an offending string quoted in a message (a 1 MB string is not echoed whole). */
const QUOTE_LIMIT = 40;

/**
 * @internal A short description of an offending value for an error message; never throws, whatever the value,
 * and never echoes a large input: a string is quoted up to 40 characters, a number shown, anything else named.
 *
 * @example
 * ```ts
 * describeValue([1, 2]); // 'an array'
 * describeValue('x'.repeat(1e6)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (1000000 characters)'
 * describeValue(new Date(Number.NaN)); // 'an Invalid Date'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > QUOTE_LIMIT
      ? `${JSON.stringify(value.slice(0, QUOTE_LIMIT))}… (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const time = timeOf(value);
  if (time !== undefined) return Number.isNaN(time) ? 'an Invalid Date' : 'a Date';
  return `a value of type ${typeof value}`;
}

/** The time slot of a real Date (NaN when invalid), read without trusting the object; undefined for a non-Date. */
function timeOf(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}
