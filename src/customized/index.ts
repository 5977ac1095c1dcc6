// Chapter 7 — support of customized versions; see docs/policy/07-customized-versions.md.
export {
  customizationCharge,
  CUSTOMIZATION_REQUESTS,
  type CustomizationRequest,
  type CustomizationChargeInput,
  type CustomizationChargeOutcome,
  type CustomizationChargeValue,
  type CustomizationChargeDecision,
  type CustomizationChargeCode,
} from './charge.js';
