/**
 * @jmas/cs-policy — the JMAS Customer Services Policy (version 2024-10-07) as
 * typed, tested, explainable functions. Time base: Asia/Tokyo (UTC+09:00).
 *
 * @packageDocumentation
 */
export { CsPolicyError, isCsPolicyError, type CsPolicyErrorCode, type InputIssue } from './errors.js';
export type { IsoDate } from './calendar/civil.js';
export type { DateInput, InstantInput, DateTimeLike } from './calendar/input.js';
export { HOLIDAY_COVERAGE, type NationalHoliday } from './calendar/holidays.js';
export type { HolidayKind, ReplacedHoliday } from './calendar/holidays.js';
export { parseCabinetOfficeHolidays } from './calendar/cabinet-office.js';
export {
  calendarOptionsSchema,
  type CalendarOptions,
  type ResolvedCalendarOptions,
  type BusinessHours,
  type YearEndClosure,
  type CompanyClosure,
} from './calendar/options.js';
export { hoursSummary, type WeeklyHours, type WeeklyHoursInput, type WorkingDay } from './calendar/options.js';
export {
  createBusinessCalendar,
  type BusinessCalendar,
  type CalendarCoverage,
  type DayDescription,
  type ClosureReason,
  type Weekday,
} from './calendar/business-calendar.js';
export {
  isBusinessDay,
  describeDay,
  isWithinBusinessHours,
  nextBusinessOpening,
  addBusinessDays,
  businessDaysBetween,
  addBusinessMinutes,
  businessMinutesBetween,
  holidaysBetween,
  closedDaysBetween,
} from './policy/policy-calendar.js';
export { toJstIsoString } from './calendar/format.js';
export { closureText, closureName } from './calendar/closure-text.js';
export { hoursText } from './words/hours.js';

// The policy as data (issue 3).
export { CLAUSES, CLAUSE_IDS, type ClauseId } from './policy/clauses.js';
export { renderDecision, type Decision, type Reason, type Bilingual } from './policy/decision.js';
export {
  policySchema,
  URGENCY_LEVELS,
  CUSTOMER_KINDS,
  CHANNELS,
  type Policy,
  type PolicyInput,
  type Urgency,
  type CustomerKind,
  type Channel,
} from './policy/schema.js';
export { policy20241007 } from './policy/policy-2024-10-07.js';
export {
  definePolicy,
  parsePolicy,
  diffPolicies,
  clausesOfParameter,
  type PolicyChange,
  type PolicyOverrides,
} from './policy/define.js';
export { calendarOf, type RuleOptions } from './policy/context.js';
export { addCalendarDays, calendarDaysBetween } from './calendar/calendar-days.js';

// Rules, chapter by chapter.
export * from './cases/index.js';
export * from './releases/index.js';
export * from './scope/index.js';
export * from './cloud/index.js';
export * from './client-apps/index.js';
export * from './customized/index.js';
export * from './timeline/index.js';

// The policy toolkit (issue 10): rule calls as data, policy identity, scenario tests, change impact, decision records.
export {
  RULES,
  isRuleName,
  type RuleName,
  type RuleEntry,
  type RuleArgument,
  type RuleDecision,
} from './calls/registry.js';
export {
  decideCall,
  parseRuleCall,
  ruleCallSchema,
  inForceDate,
  policyForCall,
  ruleArgumentsJsonSchema,
  type RuleCall,
} from './calls/call.js';
export { policyDigest, canonicalJson, jsonDigest } from './identity/digest.js';
export { policyInForce } from './identity/in-force.js';
export {
  runScenarios,
  type ScenarioSource,
  type RunScenariosOptions,
  type ScenarioReport,
  type ScenarioResult,
} from './scenarios/run.js';
export {
  parseScenarioFile,
  type Scenario,
  type ScenarioFile,
  type ScenarioExpectation,
} from './scenarios/file.js';
export { scenarioReportToJUnit } from './scenarios/junit.js';
export { policyImpact, createImpactReport, type ImpactReport, type ImpactExample } from './impact/impact.js';
export { decisionRecord, redactPersonalData, type DecisionRecord } from './records/record.js';

// The case clock (issue 12): business time handled and waited, targets from the policy version.
export * from './clock/index.js';

// Dates as people in Japan type them, opt-in for adapters (issue 13); the core stays strict.
export {
  parseLenientDate,
  parseLenientInstant,
  JAPANESE_ERAS,
  type JapaneseEra,
  type LenientDateOptions,
  type LenientInstantOptions,
} from './words/read-dates.js';

// A span of minutes in words (1時間30分 / 1 hour 30 minutes), as the case clock's reasons say it.
export { durationText } from './words/duration.js';
