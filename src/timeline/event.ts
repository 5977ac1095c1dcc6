import type { DateInput, InstantInput } from '../calendar/input.js';
import type { Urgency } from '../policy/schema.js';

/**
 * An event that sets policy deadlines in motion — the input of {@link obligationsFor}: a GA, an
 * end of support, a feature change, build materials or an inquiry, each with the dates its
 * clauses count from.
 *
 * @example
 * ```ts
 * const event: PolicyEvent = { kind: 'discretionary-end', name: 'Windows 10', endsOn: '2027-06-30' };
 * obligationsFor(event).value.map((o) => o.due);
 * // [{ kind: 'date', date: '2027-04-01' }, { kind: 'date', date: '2027-06-30' }, { kind: 'date', date: '2027-07-01' }]
 * // (the e-mail notice by end − 90 days, 4.3.discretionary-end; the end; information only after, 4.3.after-eos)
 * ```
 */
export type PolicyEvent =
  /** A new release reaches GA (3.2.notice, 3.3.eos). */
  | {
      readonly kind: 'release-ga';
      readonly product: string;
      readonly release: string;
      readonly ga: DateInput;
      readonly previousRelease?: string;
    }
  /** An OS maker (or the vendor of a prerequisite product) ends support (4.3.os-eol). */
  | { readonly kind: 'vendor-end-of-support'; readonly name: string; readonly endsOn: DateInput }
  /** The company decides to end support of an OS or third-party product (4.3.discretionary-end). */
  | {
      readonly kind: 'discretionary-end';
      readonly name: string;
      readonly endsOn: DateInput;
      readonly reading?: 'inclusive' | 'clear-days';
    }
  /** A cloud web application's functions are added to or changed (5.feature-change). */
  | { readonly kind: 'feature-change'; readonly changeOn: DateInput; readonly description?: string }
  /** Build materials for a customer-specific app arrive (6.lead-time). */
  | { readonly kind: 'build-materials-received'; readonly receivedAt: InstantInput; readonly customization?: boolean }
  /** An inquiry arrives through the web form (1.2.form.confirmation). */
  | { readonly kind: 'inquiry-received'; readonly receivedAt: InstantInput; readonly urgency?: Urgency };

/**
 * The kind of a {@link PolicyEvent}: which policy deadlines an event sets in motion (`3.3.eos`,
 * `4.3.os-eol`, `4.3.discretionary-end`, `5.feature-change`, `6.lead-time`, `1.2.form.confirmation`).
 *
 * @example
 * ```ts
 * const kind: PolicyEventKind = 'feature-change';
 * obligationsFor({ kind, changeOn: '2027-03-15' }).value[0]?.due; // { kind: 'date', date: '2027-03-01' } (5.feature-change: 14 days before, a target)
 * ```
 */
export type PolicyEventKind = PolicyEvent['kind'];
