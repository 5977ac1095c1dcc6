import { CsPolicyError, type CsPolicyErrorCode } from '../src/index.js';

/** The error code a call throws, or a marker when it throws none or something else. */
export function codeOf(fn: () => unknown): CsPolicyErrorCode | 'no error' | 'other error' {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof CsPolicyError ? error.code : 'other error';
  }
}

/** The thrown CsPolicyError (fails the test when there is none). */
export function errorOf(fn: () => unknown): CsPolicyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsPolicyError) return error;
    throw error;
  }
  throw new Error('expected a CsPolicyError');
}

/**
 * Tries a change to a returned answer as a careless caller would. Answers are deeply frozen, so in
 * strict mode the change throws a TypeError (refused); either way a later answer must not move.
 */
export function tryToChange(change: () => void): void {
  try {
    change();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
}
