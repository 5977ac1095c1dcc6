import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import { CsPolicyError } from '../errors.js';
import { checkPolicy } from '../policy/context.js';
import type { Policy } from '../policy/schema.js';

/**
 * The RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: keys sorted by UTF-16 code
 * units, no white space, numbers as ECMAScript prints them. Equal content gives equal text in any
 * process, whatever order the keys were written in. A value JSON cannot hold (a function, a
 * `BigInt`, a cycle) fails with `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, 'x'] }); // '{"a":[true,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw new CsPolicyError('INVALID_INPUT', `cannot canonicalize a value as JSON: ${(error as Error).message}`);
  }
  if (text === undefined) throw new CsPolicyError('INVALID_INPUT', 'cannot canonicalize a value that is not JSON');
  return text;
}

/**
 * The lowercase hex SHA-256 of a JSON value's canonical text ({@link canonicalJson}): the identity
 * of its content. Runs in Node and in browsers alike (no `node:crypto`).
 *
 * @example
 * ```ts
 * jsonDigest({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }); // 64 hex digits
 * jsonDigest({ b: 1, a: 2 }) === jsonDigest({ a: 2, b: 1 }); // true
 * ```
 */
export function jsonDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

// A validated policy is deeply frozen, so its digest can be kept with it (and go when it goes).
const digests = new WeakMap<Policy, string>();

/**
 * The identity of a policy version's content (`4.2.policy-change`): the lowercase hex SHA-256 of
 * the RFC 8785 canonical JSON of the validated policy. Equal content gives the same digest in any
 * process; any change of any parameter, even one that moves no decision, gives another. Every
 * decision carries it as `policyDigest`, so an answer can later be tied to the exact content
 * that produced it, not just to a version id that a draft may share. Computed once per policy.
 *
 * @example
 * ```ts
 * policyDigest(policy20241007); // 64 lowercase hex digits, the same in every process
 * policyDigest(definePolicy(policy20241007, { version: '2027-04-01' })) !== policyDigest(policy20241007); // true
 * ```
 */
export function policyDigest(policy: Policy): string {
  let digest = digests.get(policy);
  if (digest === undefined) {
    // The digest of a validated policy only: anything else is INVALID_POLICY, never a hash of junk.
    const checked = checkPolicy(policy, 'policy');
    digest = digests.get(checked) ?? jsonDigest(checked);
    digests.set(checked, digest);
    if (checked === policy) digests.set(policy, digest);
  }
  return digest;
}
