// Rules of the preamble and chapters 1–2 (who is served, channels, reception, representatives,
// the case-registration form, the case lifecycle); see docs/policy/01-support-and-cases.md.
export {
  checkEligibility,
  type EligibilityInput,
  type EligibilityValue,
  type EligibilityDecision,
  type EligibilityCustomerKind,
  type EligibilityCode,
} from './eligibility.js';
export { contactTable, type ContactTable } from './contact-table.js';
export {
  allowedChannels,
  type AllowedChannelsInput,
  type AllowedChannelsDecision,
  type AllowedChannelsOutcome,
  type InquiryChannel,
  type AllowedChannelsCode,
} from './channels.js';
export { receptionStart, type ReceptionDecision, type ReceptionCode } from './reception.js';
export {
  checkInquirySender,
  type InquirySenderInput,
  type InquirySenderValue,
  type InquirySenderOutcome,
  type InquirySenderDecision,
  type InquirySenderCode,
} from './representative.js';
export {
  caseIntakeSchema,
  caseIntakeJsonSchema,
  type CaseIntake,
  type CaseIntakeInput,
  type CaseIntakeJsonSchema,
} from './intake-schema.js';
export type { CaseIntakeError, CaseIntakeErrorCode } from './intake-errors.js';
export {
  validateCaseIntake,
  type CaseDraft,
  type ValidCaseIntake,
  type InvalidCaseIntake,
  type CaseIntakeDecision,
  type CaseIntakeCode,
} from './intake.js';
export {
  startCase,
  CASE_STATUSES,
  CASE_EVENT_TYPES,
  type StartCaseInput,
  type CaseState,
  type CaseStatus,
  type CaseEvent,
  type CaseEventType,
  type CaseCommon,
  type NumberedCaseFields,
  type WorkedCaseFields,
  type SubmittedCase,
  type RegisteredCase,
  type InvestigatingCase,
  type AnsweredCase,
  type SurveyedCase,
  type ClosedCase,
  type EndedCaseFields,
  type WithdrawnCase,
  type DuplicateCase,
  type SenderRefusedCase,
  type SenderRefusal,
  type CaseHistoryEntry,
  type InterimCodeEnvironment,
} from './case-state.js';
export {
  transitionCase,
  CASE_TRANSITIONS,
  type CaseTransitionDecision,
  type CaseTransitionCode,
  type CaseSplit,
} from './case-transition.js';
