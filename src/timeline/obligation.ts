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
