import type { IsoDate } from '../calendar/civil.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Bilingual, Reason } from '../policy/decision.js';

/**
 * When an obligation falls due: on/by a JST date, at an instant, or on no computable date
 * (`'agree-separately'`: a client app with customization, `6.lead-time`, interpretation 6).
 *
 * @example
 * ```ts
 * const label = (due: Due): string => (due.kind === 'date' ? due.date : due.kind === 'instant' ? due.at : '別途ご相談 / agreed separately');
 * label({ kind: 'date', date: '2027-04-01' }); // '2027-04-01'
 * label({ kind: 'agree-separately' }); // '別途ご相談 / agreed separately'
 * ```
 */
export type Due =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'instant'; readonly at: string }
  | { readonly kind: 'agree-separately' };

/**
 * One thing that must happen after an event, and by when: a notice to send, a date support
 * ends, a delivery. `deadline: 'by'` means at the latest then; `'on'` means it happens then;
 * `'target'` is a goal (目処) rather than a hard limit; `'from'` means a state that holds from then on.
 *
 * @example
 * ```ts
 * const [notice]: readonly Obligation[] = obligationsFor({ kind: 'feature-change', changeOn: '2027-03-15' }).value;
 * // { id: 'feature-change.notice', due: { kind: 'date', date: '2027-03-01' }, deadline: 'target',
 * //   party: 'company', clause: '5.feature-change', what: { ja: …, en: … }, reasons: […] }
 * ```
 */
export interface Obligation {
  /** A stable id of the kind of obligation, e.g. `'release.end-of-support'`. */
  readonly id: string;
  readonly what: Bilingual;
  readonly due: Due;
  readonly deadline: 'by' | 'on' | 'target' | 'from';
  /** Who acts: the company (JMAS), or the customer. */
  readonly party: 'company' | 'customer';
  readonly clause: ClauseId;
  readonly reasons: readonly Reason[];
}

/**
 * @internal What a kind of obligation always is — its clause, who acts, the kind of deadline — and
 * its words as a function of named parameters. One per obligation id, so an id can never be
 * given with another clause or party.
 *
 * @example
 * ```ts
 * const template: ObligationTemplate<{ name: string }> = {
 *   clause: '4.3.os-eol', party: 'company', deadline: 'from',
 *   what: ({ name }) => ({ ja: `「${name}」上の問題はサポート対象外`, en: `Problems on ${name} are no longer supported` }),
 * };
 * ```
 */
export interface ObligationTemplate<Params = void> {
  readonly clause: ClauseId;
  readonly party: Obligation['party'];
  readonly deadline: Obligation['deadline'];
  readonly what: (params: Params) => Bilingual;
}

// biome-ignore lint/suspicious/noExplicitAny: each template has its own parameter type; the catalogue keeps them.
type ObligationCatalogue = Readonly<Record<string, ObligationTemplate<any>>>;
type ParamsOf<T> = T extends ObligationTemplate<infer P> ? P : never;

/**
 * @internal Declares the obligations a rule can list: id → {@link ObligationTemplate} (frozen).
 *
 * @example
 * ```ts
 * const obligations = obligationCatalogue({ 'feature-change.change': { clause: '5.feature-change', party: 'company', deadline: 'on', what: () => ({ ja: '機能の追加・変更', en: 'Feature change' }) } });
 * ```
 */
export function obligationCatalogue<const T extends ObligationCatalogue>(templates: T): T {
  return Object.freeze(templates);
}

/**
 * @internal The one builder of {@link Obligation}s: the id picks the template (clause, party,
 * deadline, words); the caller gives when it falls due and the reasons behind it. Every
 * obligation gets its own copy of the reasons list.
 *
 * @example
 * ```ts
 * const make = obligationBuilder(timelineObligations);
 * make('feature-change.change', { kind: 'date', date: '2027-05-10' }, { description: undefined }, []);
 * ```
 */
export function obligationBuilder<C extends ObligationCatalogue>(catalogue: C) {
  return <K extends keyof C & string>(
    id: K,
    due: Due,
    params: ParamsOf<C[K]>,
    reasons: readonly Reason[],
  ): Obligation => {
    const template = catalogue[id];
    if (template === undefined) throw new RangeError(`obligation ${id} is not in its catalogue`);
    return {
      id,
      what: template.what(params),
      due,
      deadline: template.deadline,
      party: template.party,
      clause: template.clause,
      reasons: [...reasons],
    };
  };
}
