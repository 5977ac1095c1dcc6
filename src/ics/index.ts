/**
 * `@jmas/cs-policy/ics` — iCalendar exports of closures and obligations. A separate entry point,
 * so that importing the core does not load ical-generator and Luxon.
 *
 * @packageDocumentation
 */
export { closuresToIcs, obligationsToIcs, icsFileName, type IcsOptions, type ObligationsIcsOptions } from './ics.js';
/**
 * The obligation types of the core (see `obligationsFor`), re-exported so that code using this
 * entry point can type what {@link obligationsToIcs} takes: an `Obligation` is one dated thing
 * that must happen, its `Due` when it falls due.
 *
 * @example
 * ```ts
 * import { obligationsFor } from '@jmas/cs-policy';
 * import { obligationsToIcs, type Obligation } from '@jmas/cs-policy/ics';
 * const companyOnly: Obligation[] = obligationsFor({ kind: 'feature-change', changeOn: '2027-03-15' }).value.filter((o) => o.party === 'company');
 * obligationsToIcs(companyOnly, { lang: 'en' });
 * ```
 */
export type { Obligation, Due } from '../timeline/obligation.js';
/**
 * The event types of the core (see `obligationsFor`), re-exported for {@link icsFileName} and
 * {@link ObligationsIcsOptions}'s `event`.
 *
 * @example
 * ```ts
 * import { icsFileName, type PolicyEvent } from '@jmas/cs-policy/ics';
 * const event: PolicyEvent = { kind: 'release-ga', product: 'kaito', release: '4.0', ga: '2027-04-01' };
 * icsFileName(event); // 'cs-policy-release-ga-kaito-4.0-2027-04-01.ics'
 * ```
 */
export type { PolicyEvent } from '../timeline/event.js';
