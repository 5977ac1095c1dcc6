// Rules of chapter 3 (Upgrades); see docs/policy/03-upgrades.md for the clauses they decide.
export {
  classifyVersionUp,
  type ClassifyVersionUpCode,
  type VersionUpKind,
  type VersionUp,
} from './classify-version-up.js';
export {
  releaseEndOfSupport,
  type ReleaseEndOfSupport,
  type ReleaseEndOfSupportCode,
} from './release-end-of-support.js';
export {
  releaseSupportStatus,
  type ReleaseSupportStatusInput,
  type ReleaseSupportStatus,
  type ReleaseSupportStatusCode,
  type ReleaseSupported,
  type ReleaseSupportEnding,
  type ReleaseSupportEnded,
  type ReleaseAfterEndOfSupport,
} from './release-support-status.js';
export {
  gaNoticeObligations,
  type GaNoticeInput,
  type GaNoticeItem,
  type GaNoticeObligations,
  type GaNoticeObligationsCode,
  type ReleaseNoticeChannel,
} from './ga-notice-obligations.js';
export {
  toEndOfLifeDate,
  type ProductReleasesInput,
  type EndOfLifeDateRelease,
  type EndOfLifeDateOptions,
} from './to-end-of-life-date.js';
