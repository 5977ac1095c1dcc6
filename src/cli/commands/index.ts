// Every subcommand declared as data (command-spec.ts), chapter by chapter; register.ts registers
// them in one loop. Help lists them in this order. See docs/cli.md.
import type { AnyCommandSpec } from '../command-spec.js';
import type { GroupSummaries } from '../register.js';
import { APP_COMMANDS } from './apps.js';
import { CALENDAR_COMMANDS } from './calendar.js';
import { CASE_COMMANDS } from './cases.js';
import { CLOUD_COMMANDS } from './cloud.js';
import { POLICY_COMMANDS, POLICY_GROUP } from './policy.js';
import { RELEASE_COMMANDS } from './releases.js';
import { SCOPE_COMMANDS } from './scope.js';
import { SERVE_COMMAND } from './serve.js';
import { TIMELINE_COMMANDS } from './timeline.js';
import { TOOLKIT_COMMANDS } from './toolkit.js';

/** Every command spec: the calendar first, then the rules chapter by chapter, then the policy owner's tools. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  ...CALENDAR_COMMANDS, // day, add-business-days, business-days/minutes, next-opening, calendar, closures, clock
  ...RELEASE_COMMANDS, // end-of-support, support-status, version-up, endoflife-date
  ...SCOPE_COMMANDS, // notice-deadline, notice-check, assess, policy-change
  ...CLOUD_COMMANDS, // feature-notice, maintenance, customer-data
  ...APP_COMMANDS, // delivery-date, customization-charge
  ...CASE_COMMANDS, // reception, check-sender, channels, eligibility, validate-intake, case-start, case-apply
  ...TIMELINE_COMMANDS, // obligations, clauses
  ...POLICY_COMMANDS, // policy show, policy diff, policy impact
  ...TOOLKIT_COMMANDS, // test, batch
  SERVE_COMMAND, // serve
];

/** The groups of commands two words long (`policy show`), with what each group is for. */
export const COMMAND_GROUPS: GroupSummaries = { policy: POLICY_GROUP };
