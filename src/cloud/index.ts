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
} from './maintenance.js';
export {
  featureChangeNoticeDate,
  type FeatureChangeNoticeDateValue,
  type FeatureChangeNoticeDateDecision,
} from './feature-change-notice-date.js';
export {
  checkFeatureChangeNotice,
  type FeatureChangeNoticeInput,
  type FeatureChangeNoticeOutcome,
  type FeatureChangeNoticeValue,
  type FeatureChangeNoticeCheck,
} from './check-feature-change-notice.js';
export {
  checkCustomerDataAccess,
  CUSTOMER_DATA_PURPOSES,
  type CustomerDataPurpose,
  type CustomerDataAccessInput,
  type CustomerDataAccessDecision,
} from './customer-data-access.js';
