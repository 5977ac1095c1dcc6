import { isRuleName, RULES } from '../calls/registry.js';
import type { RuleCall } from '../calls/call.js';
import { jsonDigest } from '../identity/digest.js';
import { formatInstantJst } from '../calendar/civil.js';
import { CsPolicyError } from '../errors.js';
import { type Decision, isDecisionLike } from '../policy/decision.js';

/**
 * A decision record: what an auditor needs to tie an answer to the policy content that produced
 * it, and to check it against a replay — without the personal data of the input.
 *
 * - `id`: a random UUID; `decidedAt`: the instant, ISO 8601 in JST (`+09:00`);
 * - `policyVersion`, `policyDigest`: the version and its content's SHA-256;
 * - `inputDigest`: the SHA-256 of the call's canonical JSON (`{ rule, args, options }`, without
 *   `id`; an absent `options` and `{}` are the same) — replaying the call gives the same digest;
 * - `value`: the decision's value, with personal data replaced by digests (see {@link redactPersonalData}).
 *
 * @example
 * ```ts
 * const record: DecisionRecord = decisionRecord(decideCall(call), call);
 * // { id: '…', decidedAt: '2027-01-04T10:00:00+09:00', rule: 'releaseEndOfSupport', outcome: 'ends', … }
 * ```
 */
export interface DecisionRecord {
  readonly id: string;
  readonly decidedAt: string;
  readonly rule: string;
  readonly outcome: string;
  readonly policyVersion: string;
  readonly policyDigest: string;
  readonly inputDigest: string;
  readonly callId?: string | number;
  readonly value: unknown;
}

/**
 * The fields that hold personal data (names, e-mail addresses, phone numbers of a case form or an
 * inquiry sender, `1.2.form`, `1.2.representative`), wherever they appear in a value. In a
 * record each is replaced by `{ "sha256": "…" }` of its JSON.
 */
const PERSONAL_KEYS = new Set(['companyName', 'personName', 'email', 'phone', 'registeredContacts']);

function collectPersonal(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length >= 3) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectPersonal(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectPersonal(item, into);
  }
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `value` without personal data: every field named `companyName`, `personName`,
 * `email`, `phone` or `registeredContacts` becomes `{ sha256 }` of its JSON, and any string that
 * contains one of the `personal` strings (e.g. a message quoting the sender's address) has it
 * replaced by `[sha256:…]`.
 *
 * @example
 * ```ts
 * redactPersonalData({ email: 'taro@example.co.jp', subject: 'ログイン' });
 * // { email: { sha256: '…' }, subject: 'ログイン' }
 * ```
 */
export function redactPersonalData(value: unknown, personal: ReadonlySet<string> = new Set()): unknown {
  if (!(personal instanceof Set) || [...personal].some((p) => typeof p !== 'string' || p === ''))
    throw new CsPolicyError(
      'INVALID_INPUT',
      'redactPersonalData takes the personal strings as a Set of non-empty strings',
    );
  return redact(value, personal, 0);
}

function redact(value: unknown, personal: ReadonlySet<string>, depth: number): unknown {
  // Records come from decisions and calls, which are shallow; a deeper value is refused, not walked forever.
  if (depth > 64) throw new CsPolicyError('INVALID_INPUT', 'redactPersonalData: the value is nested too deeply');
  if (typeof value === 'string') {
    let text = value;
    for (const p of personal) if (text.includes(p)) text = text.split(p).join(`[sha256:${jsonDigest(p)}]`);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, personal, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] =
        PERSONAL_KEYS.has(key) && item !== undefined && item !== null
          ? { sha256: jsonDigest(item) }
          : redact(item, personal, depth + 1);
    return out;
  }
  return value;
}

/** The call as its digest is taken: rule, args and options (no id; `{}` options as absent). */
function callContent(call: RuleCall): Record<string, unknown> {
  const options = call.options && Object.keys(call.options).length > 0 ? { options: call.options } : {};
  return { rule: call.rule, args: call.args ?? [], ...options };
}

/**
 * The record of a decision for an audit log (see {@link DecisionRecord}): personal data of the
 * input — the fields each rule lists in `RULES[rule].personal` (a case form's company name,
 * person's name, e-mail and phone; a sender's e-mail, company name and registered contacts) —
 * appears only as digests: the input as `inputDigest`, and in the value as `{ sha256 }`.
 * `now` and `id` can be given (tests, replays); by default the current instant and
 * `crypto.randomUUID()`.
 *
 * @example
 * ```ts
 * const call = { rule: 'releaseEndOfSupport', args: ['2026-04-01'] };
 * const record = decisionRecord(decideCall(call), call);
 * record.inputDigest === jsonDigest(call); // true
 * ```
 */
export function decisionRecord(
  decision: Decision,
  call: RuleCall,
  options: { readonly now?: Date; readonly id?: string } = {},
): DecisionRecord {
  if (!isDecisionLike(decision))
    throw new CsPolicyError('INVALID_INPUT', 'decisionRecord needs a decision as the rules return it');
  if (typeof call !== 'object' || call === null || typeof (call as { rule?: unknown }).rule !== 'string')
    throw new CsPolicyError('INVALID_INPUT', 'decisionRecord needs the rule call { rule, args, options } it decided');
  if (options === null || typeof options !== 'object')
    throw new CsPolicyError('INVALID_INPUT', 'decisionRecord options must be an object { now?, id? }');
  if (options.now !== undefined && !(options.now instanceof Date && !Number.isNaN(options.now.getTime())))
    throw new CsPolicyError('INVALID_INPUT', 'decisionRecord options.now must be a valid Date');
  if (options.id !== undefined && typeof options.id !== 'string')
    throw new CsPolicyError('INVALID_INPUT', 'decisionRecord options.id must be a string');
  const personal = new Set<string>();
  if (isRuleName(call.rule))
    for (const path of RULES[call.rule].personal) collectPersonal(at(call.args ?? [], path), personal);
  return {
    id: options.id ?? globalThis.crypto.randomUUID(),
    // Japan time, as every instant the library writes (interpretation: time base Asia/Tokyo).
    decidedAt: formatInstantJst((options.now ?? new Date()).getTime()),
    rule: decision.rule,
    outcome: decision.outcome,
    policyVersion: decision.policyVersion,
    policyDigest: decision.policyDigest,
    inputDigest: jsonDigest(callContent(call)),
    ...(call.id === undefined ? {} : { callId: call.id }),
    value: redactPersonalData(decision.value, personal),
  };
}
