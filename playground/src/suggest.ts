// "Did you mean" for a policy file the library refused: which keys it does not know, and the
// nearest known key (the library's one edit distance, src/words/edit-distance.ts).
import { nearest } from '../../src/words/edit-distance.js';

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
      else found.push({ path: path || '(root)', key, suggestion: nearest(key, known) });
    }
  }
  return found;
}
