/**
 * `@jmas/cs-policy/ics` — iCalendar exports of closures and obligations. A separate entry point,
 * so that importing the core does not load ical-generator and Luxon.
 *
 * @packageDocumentation
 */
export { closuresToIcs, obligationsToIcs, type IcsOptions } from './ics.js';
export type { Obligation, Due } from '../timeline/obligation.js';
