// The rule subcommands: one per question people ask, each deciding under the policy in force
// (built-in 2024-10-07 or --policy FILE). See docs/cli.md.
import type { Command } from 'commander';
import { registerAppCommands } from './commands/apps.js';
import { registerCaseCommands } from './commands/cases.js';
import { registerCloudCommands } from './commands/cloud.js';
import { registerReleaseCommands } from './commands/releases.js';
import { registerScopeCommands } from './commands/scope.js';
import { registerTimelineCommands } from './commands/timeline.js';
import type { CliContext } from './context.js';

/** Registers every rule subcommand, chapter by chapter (help lists them in this order). */
export function registerRuleCommands(program: Command, ctx: CliContext): void {
  registerReleaseCommands(program, ctx); // end-of-support, support-status, version-up
  registerScopeCommands(program, ctx); // notice-deadline, notice-check, assess, policy-change
  registerCloudCommands(program, ctx); // feature-notice, maintenance, customer-data
  registerAppCommands(program, ctx); // delivery-date, customization-charge
  registerCaseCommands(program, ctx); // reception, check-sender, channels, eligibility, validate-intake
  registerTimelineCommands(program, ctx); // obligations, closures, clauses
}
