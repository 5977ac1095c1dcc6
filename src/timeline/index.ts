// The timeline: what an event obliges, and by when (obligationsFor).
export { obligationsFor, type ObligationsDecision } from './obligations-for.js';
export type { PolicyEvent, PolicyEventKind } from './event.js';
export type { Obligation, Due } from './obligation.js';
