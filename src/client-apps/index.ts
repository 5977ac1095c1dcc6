// Chapter 6 — customer-specific client applications; see docs/policy/06-client-apps.md.
export {
  clientAppDeliveryDate,
  type ClientAppDeliveryOptions,
  type ClientAppDeliveryValue,
  type ClientAppAgreeSeparatelyValue,
  type ClientAppDeliveryDecision,
} from './delivery-date.js';
export {
  clientAppRequirements,
  type BuildMaterial,
  type ClientAppRequirementsValue,
  type ClientAppRequirementsDecision,
} from './requirements.js';
