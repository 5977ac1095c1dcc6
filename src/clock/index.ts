// The case clock (issue 12): business time handled and waited on a case, against the policy version's targets.
export {
  caseClock,
  type CaseClock,
  type CaseClockCode,
  type CaseClockOptions,
  type CaseClockTarget,
  type ClockState,
  type TargetStatus,
} from './case-clock.js';
export { CLOCK_SIGNALS, type ClockEvent, type ClockSignal } from './events.js';
export { CLOCK_OF_STATUS, clockEventsFromHistory, type CaseClockStatus, type CaseStep } from './from-history.js';
export type { ClockMeasure } from './reasons.js';
