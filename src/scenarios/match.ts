/** One difference between what a scenario expects and what the decision says. */
export interface Mismatch {
  /** Where: `outcome`, `value.lastSupportedDate`, `clauses`, `reasons`, `error`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The differences of `actual` from the subset `expected`: every key of an expected object must
 * match, recursively; arrays and scalars must be equal.
 */
export function subsetMismatches(expected: unknown, actual: unknown, path: string): Mismatch[] {
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path, expected, actual }];
    return Object.keys(expected).flatMap((key) =>
      subsetMismatches(expected[key], Object.hasOwn(actual, key) ? actual[key] : undefined, `${path}.${key}`),
    );
  }
  return deepEqual(expected, actual) ? [] : [{ path, expected, actual }];
}

/** The leaf paths where two JSON values differ (objects key by key, arrays item by item). */
export function differingPaths(a: unknown, b: unknown, path: string, out: Mismatch[] = []): Mismatch[] {
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      differingPaths(a[key], b[key], path ? `${path}.${key}` : key, out);
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) differingPaths(a[i], b[i], `${path}[${i}]`, out);
  } else if (!deepEqual(a, b)) {
    out.push({ path, expected: a, actual: b });
  }
  return out;
}
