// Chapter 6 — customer-specific client applications; see docs/policy/06-client-apps.md.
export {
  clientAppDeliveryDate,
  type ClientAppDeliveryOptions,
  type ClientAppDeliveryValue,
  type ClientAppAgreeSeparatelyValue,
  type ClientAppDeliveryDecision,
  type ClientAppDeliveryCode,
} from './delivery-date.js';
export {
  clientAppRequirements,
  type BuildMaterial,
  type ClientAppRequirementsValue,
  type ClientAppRequirementsDecision,
  type ClientAppRequirementsCode,
} from './requirements.js';
