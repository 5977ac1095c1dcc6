// The rule kernel: every rule gets its policy, its calendar and its decision builder here, and
// its reasons from the catalogue beside it, so a rule body holds the logic only.
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { Bilingual } from '../words/bilingual.js';
import type { ClauseId } from './clauses.js';
import { calendarOf, policyOf, type RuleOptions } from './context.js';
import { decide as buildDecision, type Decision, type Reason } from './decision.js';
import type { Policy } from './schema.js';

/**
 * One reason of a catalogue: the clause it rests on, the customer's words as a function of
 * named parameters, and (optionally) a note for staff on how the library reads the text.
 *
 * @example
 * ```ts
 * const template: ReasonTemplate<{ days: number }> = {
 *   clause: '3.3.eos',
 *   message: ({ days }) => ({ ja: `${days}日後に終了します。`, en: `It ends ${days} days later.` }),
 * };
 * ```
 */
export interface ReasonTemplate<Params = undefined> {
  readonly clause: ClauseId;
  readonly message: (params: Params) => Bilingual;
  readonly note?: (params: Params) => Bilingual;
}

/**
 * A chapter's reasons: code → {@link ReasonTemplate}. A rule can emit only the codes of the
 * catalogue it is given, so a misspelt code fails to compile.
 *
 * @example
 * ```ts
 * const catalogue = reasonCatalogue({ SUPPORT_ENDS: { clause: '3.3.eos', message: () => ({ ja: '終了します。', en: 'It ends.' }) } });
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: each template has its own parameter type; the catalogue keeps them.
export type ReasonCatalogue = Readonly<Record<string, ReasonTemplate<any>>>;

/** The parameters a template of a catalogue takes. */
type ParamsOf<T> = T extends ReasonTemplate<infer P> ? P : never;
/** No argument for a template without parameters, one for the others. */
type ParamsArg<T> = unknown extends ParamsOf<T> ? [] : [ParamsOf<T>] extends [undefined] ? [] : [params: ParamsOf<T>];

/**
 * Declares a chapter's reason catalogue (frozen; its type keeps each template's parameters).
 *
 * @example
 * ```ts
 * export const releaseReasons = reasonCatalogue({
 *   OLD_RELEASE_SUPPORT_ENDS: { clause: '3.3.eos', message: (p: { last: string }) => ({ ja: `${p.last}まで`, en: `until ${p.last}` }) },
 * });
 * ```
 */
export function reasonCatalogue<const T extends ReasonCatalogue>(templates: T): T {
  return Object.freeze(templates);
}

/**
 * What a rule works with: the policy in force for this call, its calendar, and builders for
 * reasons (from the rule's catalogue) and for the decision (which names the rule, the policy
 * version and the clauses of its reasons: interpretation 10).
 *
 * @example
 * ```ts
 * const rule = ruleContext('releaseEndOfSupport', options, releaseReasons);
 * return rule.decide('ends', value, [rule.reason('OLD_RELEASE_SUPPORT_ENDS', { last })]);
 * ```
 */
export interface RuleContext<C extends ReasonCatalogue> {
  readonly rule: string;
  readonly policy: Policy;
  /** The policy's business calendar (`1.1.hours`), built once per policy. */
  readonly calendar: BusinessCalendar;
  /** A fresh reason of the catalogue, with its clause, message and staff note. */
  reason<K extends keyof C & string>(code: K, ...params: ParamsArg<C[K]>): Reason<K>;
  /** The decision: its clauses are those of its reasons plus any given, in first-seen order. */
  decide<Outcome extends string, Value, K extends string>(
    outcome: Outcome,
    value: Value,
    reasons: readonly Reason<K>[],
    extraClauses?: readonly ClauseId[],
  ): Decision<Outcome, Value, K>;
}

/**
 * @internal Builds a {@link Reason} from a template: the one place a reason object is made.
 *
 * @example
 * ```ts
 * reasonFrom('SUPPORT_ENDS', { clause: '3.3.eos', message: () => ({ ja: '終了します。', en: 'It ends.' }) }, undefined);
 * ```
 */
export function reasonFrom<K extends string, P>(code: K, template: ReasonTemplate<P>, params: P): Reason<K> {
  const message = template.message(params);
  const note = template.note?.(params);
  return note === undefined
    ? { code, clause: template.clause, message }
    : { code, clause: template.clause, message, note };
}

/**
 * The context of one rule call: the policy of `options` (2024-10-07 by default, validated
 * before use), its calendar on first use, and the builders bound to the rule's name and catalogue.
 *
 * @example
 * ```ts
 * const rule = ruleContext('receptionStart', options, receptionReasons);
 * rule.calendar.isWithinBusinessHours(ms);
 * ```
 */
export function ruleContext<C extends ReasonCatalogue>(
  rule: string,
  options: RuleOptions | undefined,
  catalogue: C,
): RuleContext<C> {
  const policy = policyOf(options);
  let calendar: BusinessCalendar | undefined;
  return {
    rule,
    policy,
    get calendar() {
      calendar ??= calendarOf(policy);
      return calendar;
    },
    reason(code, ...params) {
      const template = catalogue[code];
      // The compiler allows only the catalogue's codes; this guards a caller that bypasses it.
      if (template === undefined) throw new RangeError(`${rule}: reason ${code} is not in its catalogue`);
      return reasonFrom(code, template, params[0]);
    },
    decide(outcome, value, reasons, extraClauses) {
      return buildDecision(rule, policy, outcome, value, reasons, extraClauses);
    },
  };
}
