// "Did you mean": the nearest known key to a misspelt one (Levenshtein distance, small inputs only).

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key closest to `key`, if it is close enough to be a typo (at most a third of its letters, min 2). */
export function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key of `input` that `reference` (a valid policy) does not have, where it sits, and the likely intended key. */
export interface UnknownKey {
  readonly path: string;
  readonly key: string;
  readonly suggestion: string | undefined;
}

/**
 * Keys of `input` unknown to `reference`, walking objects and the items of arrays (against the
 * reference's first item). Only called after the library rejected the file, to explain why.
 */
export function unknownKeys(input: unknown, reference: unknown, path = ''): UnknownKey[] {
  const found: UnknownKey[] = [];
  if (Array.isArray(input) && Array.isArray(reference) && reference.length > 0) {
    for (const [i, item] of input.entries()) found.push(...unknownKeys(item, reference[0], `${path}[${i}]`));
  } else if (isPlainObject(input) && isPlainObject(reference)) {
    const known = Object.keys(reference);
    for (const [key, value] of Object.entries(input)) {
      const where = path ? `${path}.${key}` : key;
      if (key in reference) found.push(...unknownKeys(value, reference[key], where));
      else found.push({ path: path || '(root)', key, suggestion: closest(key, known) });
    }
  }
  return found;
}
