// Rules of chapter 4 (Customer-service policy); see docs/policy/04-customer-service-policy.md for the clauses they decide.
export {
  assessSupportRequest,
  SUPPORT_REQUEST_OUTCOMES,
  type SupportRequestInput,
  type SupportRequestKind,
  type SupportRequestCause,
  type SupportEnvironmentComponent,
  type SupportRequestOutcome,
  type EnvironmentSupportEnd,
  type SupportRequestAssessment,
  type SupportRequestCode,
} from './assess-support-request.js';
export {
  discretionaryEndNoticeDeadline,
  type DiscretionaryEndNoticeDeadline,
  type DiscretionaryEndNoticeDeadlineCode,
  type DiscretionaryEndNoticeOptions,
  type DiscretionaryEndNoticeReading,
} from './discretionary-end-notice-deadline.js';
export {
  checkNoticeCompliance,
  DISCRETIONARY_END_NOTICE_CHANNELS,
  type DiscretionaryEndNoticeChannel,
  type NoticeComplianceInput,
  type NoticeCompliance,
  type NoticeComplianceOutcome,
  type NoticeComplianceCode,
} from './check-notice-compliance.js';
export {
  policyChangeChannel,
  type PolicyChangeInput,
  type PolicyChangeNoticeChannel,
  type PolicyChangeCode,
} from './policy-change-channel.js';
