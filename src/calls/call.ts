import { nearest } from '../words/edit-distance.js';
import { countEn } from '../words/count.js';
import * as z from 'zod/mini';
import { dateField, instantField } from '../calendar/fields.js';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { CsPolicyError } from '../errors.js';
import { policyInForce } from '../identity/in-force.js';
import type { Decision } from '../policy/decision.js';
import { policy20241007 } from '../policy/policy-2024-10-07.js';
import type { Policy } from '../policy/schema.js';
import { lazySchema, parseWith } from '../validate.js';
import { isRuleName, RULES, type RuleDecision, type RuleEntry, type RuleName } from './registry.js';

/**
 * A rule call as data: the one JSON shape that names any decision. `rule` is the exported
 * function's name, `args` its positional arguments as the library takes them (dates and instants
 * as strings), `options` its options other than `policy`, and `id` the caller's own label, echoed
 * by batch answers.
 *
 * @example
 * ```ts
 * const call: RuleCall = { rule: 'clientAppDeliveryDate', args: ['2026-12-25T10:00+09:00'], options: { customization: false } };
 * decideCall(call).value; // { …, dueDate: '2027-01-15', … }
 * ```
 */
export interface RuleCall<R extends string = string> {
  readonly rule: R;
  readonly args?: readonly unknown[];
  readonly options?: { readonly [name: string]: unknown };
  readonly id?: string | number;
}

/**
 * The schema of a rule call's envelope (`rule`, `args`, `options`, `id`); what each argument must
 * be is the rule's own business ({@link ruleArgumentsJsonSchema}).
 *
 * @example
 * ```ts
 * ruleCallSchema().safeParse({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }).success; // true
 * ```
 */
export const ruleCallSchema = lazySchema(() =>
  z.strictObject({
    rule: z.string().check(z.minLength(1)),
    args: z.optional(z.array(z.unknown())),
    options: z.optional(z.record(z.string(), z.unknown())),
    id: z.optional(z.union([z.string(), z.number()])),
  }),
);

/** "1 argument", "2 arguments". */
const argumentsText = (n: number): string => countEn(n, 'argument');

/**
 * Validates a rule call: its envelope, a known rule name, the number of arguments, and option
 * names the rule has (never `policy`: the policy is chosen by whoever decides the call). Fails
 * with `CsPolicyError` `INVALID_INPUT` and a message saying what is wrong; each argument's content
 * is validated by the rule itself, as when it is called directly.
 *
 * @example
 * ```ts
 * parseRuleCall({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }).rule; // 'releaseEndOfSupport'
 * parseRuleCall({ rule: 'releaseEndOfSuport', args: [] }); // throws INVALID_INPUT: unknown rule … (did you mean releaseEndOfSupport?)
 * parseRuleCall({ rule: 'releaseEndOfSupport', args: [] }); // throws INVALID_INPUT: takes 1 argument (successorGa), not 0
 * ```
 */
export function parseRuleCall(input: unknown): RuleCall<RuleName> {
  const call = parseWith(ruleCallSchema, input, 'INVALID_INPUT', 'rule call');
  if (!isRuleName(call.rule)) {
    const near = nearest(call.rule, Object.keys(RULES));
    throw new CsPolicyError(
      'INVALID_INPUT',
      `unknown rule ${JSON.stringify(call.rule)}${near ? ` (did you mean ${near}?)` : ''}`,
      [{ path: ['rule'], message: 'is not a rule of the library' }],
    );
  }
  const entry: RuleEntry = RULES[call.rule];
  const args = call.args ?? [];
  if (args.length !== entry.args.length) {
    const names = entry.args.map((a) => a.name).join(', ');
    throw new CsPolicyError(
      'INVALID_INPUT',
      `${call.rule} takes ${argumentsText(entry.args.length)}${names ? ` (${names})` : ''}, not ${args.length}`,
      [{ path: ['args'], message: `must have ${argumentsText(entry.args.length)}` }],
    );
  }
  for (const key of Object.keys(call.options ?? {})) {
    if (Object.hasOwn(entry.options, key)) continue;
    const known = Object.keys(entry.options);
    throw new CsPolicyError(
      'INVALID_INPUT',
      key === 'policy'
        ? `options.policy is not part of a rule call: the policy is chosen by whoever decides it`
        : `${call.rule} has no option ${JSON.stringify(key)}${known.length ? ` (its options: ${known.join(', ')})` : ' (it has no options)'}`,
      [{ path: ['options', key], message: 'is not an option of this rule' }],
    );
  }
  return call as RuleCall<RuleName>;
}

/**
 * Decides a rule call under a policy (default: 2024-10-07): validates it ({@link parseRuleCall})
 * and returns the decision exactly as the function returns it when called directly.
 *
 * @example
 * ```ts
 * decideCall({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }).value.lastSupportedDate; // '2026-09-28'
 * decideCall({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }, policy2027).policyVersion; // '2027-04-01'
 * ```
 */
export function decideCall<R extends RuleName>(call: RuleCall<R>, policy?: Policy): RuleDecision<R>;
export function decideCall(call: unknown, policy?: Policy): Decision;
export function decideCall(call: unknown, policy: Policy = policy20241007): Decision {
  const parsed = parseRuleCall(call);
  const entry: RuleEntry = RULES[parsed.rule];
  return entry.fn(...(parsed.args ?? []), { ...parsed.options, policy });
}

/**
 * The date whose policy version in force decides a call: the question's date, per rule (a
 * release's successor GA, the receipt of build materials, …; see each rule's `inForceDateNote`
 * in {@link RULES}), as a JST date; `undefined` when the call has no date (then: today). A
 * date that cannot be read is `undefined` too, and the rule itself reports it.
 *
 * @example
 * ```ts
 * inForceDate({ rule: 'releaseEndOfSupport', args: ['2026-04-01'] }); // '2026-04-01'
 * inForceDate({ rule: 'clientAppDeliveryDate', args: ['2026-12-25T19:00+09:00'] }); // '2026-12-25'
 * inForceDate({ rule: 'classifyVersionUp', args: ['2.3', '2.4'] }); // undefined (no date)
 * ```
 */
export function inForceDate(call: RuleCall): IsoDate | undefined {
  const parsed = parseRuleCall(call);
  const date = RULES[parsed.rule].inForceDate(parsed.args ?? []);
  if (date === undefined || date === null) return undefined;
  try {
    return formatEpochDay(toEpochDay(date as DateInput));
  } catch {
    return undefined;
  }
}

/**
 * The policy version that decides a call among several (a `--policy-dir`): the version in force
 * ({@link policyInForce}) on the call's {@link inForceDate}, or on `today` when it has none.
 *
 * @example
 * ```ts
 * const { policy, date, from } = policyForCall({ rule: 'releaseEndOfSupport', args: ['2027-05-01'] }, [policy20241007, v2027], '2027-06-01');
 * // policy: v2027, date: '2027-05-01', from: 'question'
 * ```
 */
export function policyForCall(
  call: RuleCall,
  policies: readonly Policy[],
  today: DateInput,
): { readonly policy: Policy; readonly date: IsoDate; readonly from: 'question' | 'today' } {
  const question = inForceDate(call);
  const date = question ?? formatEpochDay(toEpochDay(today, 'today'));
  return { policy: policyInForce(date, policies), date, from: question === undefined ? 'today' : 'question' };
}

/**
 * The JSON Schema (draft 2020-12) of a rule's arguments, as a JSON array (`prefixItems`, in
 * order), generated from the same zod schemas the rule validates with, and of its options: for
 * the HTTP service's OpenAPI document and for editors of scenario files.
 *
 * @example
 * ```ts
 * ruleArgumentsJsonSchema('releaseEndOfSupport').args;
 * // { type: 'array', prefixItems: [{ type: 'string', description: … }], minItems: 1, maxItems: 1 }
 * ```
 */
export function ruleArgumentsJsonSchema(rule: RuleName): {
  readonly args: Record<string, unknown>;
  readonly options: Record<string, unknown>;
} {
  if (!isRuleName(rule))
    throw new CsPolicyError('INVALID_INPUT', 'ruleArgumentsJsonSchema needs the name of a rule of RULES');
  const entry: RuleEntry = RULES[rule];
  const items = entry.args.map((a) => ({ ...toJsonSchema(a.schema()), title: a.name }));
  const properties: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(entry.options)) properties[name] = toJsonSchema(schema());
  return {
    args: {
      type: 'array',
      prefixItems: items,
      minItems: items.length,
      maxItems: items.length,
      items: false,
    },
    options: { type: 'object', properties, additionalProperties: false },
  };
}

function toJsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates and instants inside objects are zod custom fields; in JSON they are strings.
      if (ctx.zodSchema === dateField) Object.assign(ctx.jsonSchema, { type: 'string', description: 'a date' });
      if (ctx.zodSchema === instantField)
        Object.assign(ctx.jsonSchema, { type: 'string', description: 'an ISO 8601 date-time' });
    },
  }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
