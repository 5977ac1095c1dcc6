// Every subcommand declared as data (command-spec.ts), chapter by chapter; register.ts registers
// them in one loop. Help lists them in this order. See docs/cli.md.
import type { AnyCommandSpec } from './command-spec.js';
import { APP_COMMANDS } from './commands/apps.js';
import { CALENDAR_COMMANDS } from './commands/calendar.js';
import { CASE_COMMANDS } from './commands/cases.js';
import { CLOUD_COMMANDS } from './commands/cloud.js';
import { RELEASE_COMMANDS } from './commands/releases.js';
import { SCOPE_COMMANDS } from './commands/scope.js';
import { TIMELINE_COMMANDS } from './commands/timeline.js';

/** Every command spec: the calendar first, then the rules chapter by chapter. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  ...CALENDAR_COMMANDS, // day, add-business-days, business-days/minutes, next-opening, calendar, closures
  ...RELEASE_COMMANDS, // end-of-support, support-status, version-up, endoflife-date
  ...SCOPE_COMMANDS, // notice-deadline, notice-check, assess, policy-change
  ...CLOUD_COMMANDS, // feature-notice, maintenance, customer-data
  ...APP_COMMANDS, // delivery-date, customization-charge
  ...CASE_COMMANDS, // reception, check-sender, channels, eligibility, validate-intake, case-start, case-apply
  ...TIMELINE_COMMANDS, // obligations, clauses
];
