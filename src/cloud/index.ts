// Chapter 5 — cloud services; see docs/policy/05-cloud-services.md for the clauses these decide.
export {
  classifyMaintenance,
  MAINTENANCE_TRIGGERS,
  MAINTENANCE_WORK,
  type MaintenanceTrigger,
  type MaintenanceWork,
  type MaintenanceInput,
  type MaintenanceKind,
  type MaintenanceNotice,
  type MaintenanceValue,
  type MaintenanceDecision,
  type MaintenanceCode,
} from './maintenance.js';
export {
  featureChangeNoticeDate,
  type FeatureChangeNoticeDateValue,
  type FeatureChangeNoticeDateDecision,
  type FeatureChangeNoticeDateCode,
} from './feature-change-notice-date.js';
export {
  checkFeatureChangeNotice,
  type FeatureChangeNoticeInput,
  type FeatureChangeNoticeOutcome,
  type FeatureChangeNoticeValue,
  type FeatureChangeNoticeCheck,
  type FeatureChangeNoticeCheckCode,
} from './check-feature-change-notice.js';
export {
  checkCustomerDataAccess,
  CUSTOMER_DATA_PURPOSES,
  type CustomerDataPurpose,
  type CustomerDataAccessInput,
  type CustomerDataAccessDecision,
  type CustomerDataAccessCode,
} from './customer-data-access.js';
