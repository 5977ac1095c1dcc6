import type { IsoDate } from '../calendar/civil.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Bilingual, Reason } from '../policy/decision.js';

/** When an obligation falls due: on/by a JST date, at an instant, or on no computable date. */
export type Due =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'instant'; readonly at: string }
  | { readonly kind: 'agree-separately' };

/**
 * One thing that must happen after an event, and by when: a notice to send, a date support
 * ends, a delivery. `deadline: 'by'` means at the latest then; `'on'` means it happens then;
 * `'target'` is a goal (目処) rather than a hard limit.
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
