import { isRuleName, RULES } from '../calls/registry.js';
import type { RuleCall } from '../calls/call.js';
import { jsonDigest } from '../identity/digest.js';
import type { Decision } from '../policy/decision.js';

/**
 * A decision record: what an auditor needs to tie an answer to the policy content that produced
 * it, and to check it against a replay — without the personal data of the input.
 *
 * - `id`: a random UUID; `decidedAt`: the instant, ISO 8601 UTC;
 * - `policyVersion`, `policyDigest`: the version and its content's SHA-256;
 * - `inputDigest`: the SHA-256 of the call's canonical JSON (`{ rule, args, options }`, without
 *   `id`; an absent `options` and `{}` are the same) — replaying the call gives the same digest;
 * - `value`: the decision's value, with personal data replaced by digests (see {@link redactPersonalData}).
 *
 * @example
 * ```ts
 * const record: DecisionRecord = decisionRecord(decideCall(call), call);
 * // { id: '…', decidedAt: '2027-01-04T01:00:00.000Z', rule: 'releaseEndOfSupport', outcome: 'ends', … }
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
  if (typeof value === 'string') {
    let text = value;
    for (const p of personal) if (text.includes(p)) text = text.split(p).join(`[sha256:${jsonDigest(p)}]`);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, personal));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] =
        PERSONAL_KEYS.has(key) && item !== undefined && item !== null
          ? { sha256: jsonDigest(item) }
          : redactPersonalData(item, personal);
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
  const personal = new Set<string>();
  if (isRuleName(call.rule))
    for (const path of RULES[call.rule].personal) collectPersonal(at(call.args ?? [], path), personal);
  return {
    id: options.id ?? globalThis.crypto.randomUUID(),
    decidedAt: (options.now ?? new Date()).toISOString(),
    rule: decision.rule,
    outcome: decision.outcome,
    policyVersion: decision.policyVersion,
    policyDigest: decision.policyDigest,
    inputDigest: jsonDigest(callContent(call)),
    ...(call.id === undefined ? {} : { callId: call.id }),
    value: redactPersonalData(decision.value, personal),
  };
}
