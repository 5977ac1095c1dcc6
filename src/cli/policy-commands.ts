import { summaryOf } from '../calendar/options.js';
import type { Command } from 'commander';
import { diffPolicies } from '../policy/define.js';
import { CLAUSES } from '../policy/clauses.js';
import { loadPolicyFile, type CliContext } from './context.js';
import { pick, toJson } from './io.js';
import { digestLine } from './toolkit-commands.js';

export function registerPolicyCommands(program: Command, ctx: CliContext): void {
  const policy = program.command('policy').description('show a policy version, or what changed between two');

  policy
    .command('show')
    .description(
      'the policy in force (built-in 2024-10-07, FILE or --policy FILE): version and digest; --json gives a file to edit and load',
    )
    .argument('[file]', 'a policy JSON file, or "builtin"')
    .addHelpText('after', '\nExamples:\n  $ cs-policy policy show\n  $ cs-policy policy show --json > my-policy.json')
    .action((file?: string) => {
      const { json, lang } = ctx.options();
      const p = file === undefined ? ctx.policy() : loadPolicyFile(ctx.io, file);
      if (json) {
        ctx.io.out(toJson(p));
        return;
      }
      const yearEnd = p.calendar.yearEndClosure;
      ctx.io.out(
        [
          `${p.title[lang]} — ${p.version}`,
          digestLine(p, lang),
          `${pick(lang, {
            ja: `受付時間: ${summaryOf(p.calendar.hours).open}–${summaryOf(p.calendar.hours).close} (営業日)`,
            en: `Hours: ${summaryOf(p.calendar.hours).open}–${summaryOf(p.calendar.hours).close} on business days`,
          })} [1.1.hours]`,
          pick(lang, {
            ja: `年末年始休業: ${yearEnd ? `${yearEnd.from} – ${yearEnd.to}` : 'なし'}`,
            en: `Year-end closure: ${yearEnd ? `${yearEnd.from} to ${yearEnd.to}` : 'none'}`,
          }),
          pick(lang, {
            ja: `弊社休業日: ${p.calendar.closures.length} 件`,
            en: `Company closures: ${p.calendar.closures.length}`,
          }),
          `${pick(lang, {
            ja: `旧リリースのサポート終了: 新リリース GA の ${p.releases.endOfSupportDays} 日後`,
            en: `Old release support ends ${p.releases.endOfSupportDays} days after the new release's GA`,
          })} [3.3.eos]`,
          `${pick(lang, {
            ja: `弊社判断のサポート終了の通知: ${p.thirdParty.discretionaryEndNoticeDays} 日前まで (${p.thirdParty.noticeReading})`,
            en: `Discretionary end notice: ${p.thirdParty.discretionaryEndNoticeDays} days before (${p.thirdParty.noticeReading})`,
          })} [4.3.discretionary-end]`,
          `${pick(lang, {
            ja: `機能変更の通知目標: ${p.cloud.featureChangeNoticeDays} 日前`,
            en: `Feature-change notice target: ${p.cloud.featureChangeNoticeDays} days before`,
          })} [5.feature-change]`,
          `${pick(lang, {
            ja: `クライアントアプリの納期: ビルド資材受領から ${p.clientApps.leadTimeBusinessDays} 営業日`,
            en: `Client app delivery: ${p.clientApps.leadTimeBusinessDays} business days after the build materials`,
          })} [6.lead-time]`,
          `${pick(lang, {
            ja: `担当者: 1 企業 ${p.representatives.perCompany} 名`,
            en: `Representatives: ${p.representatives.perCompany} per company`,
          })} [1.2.representative]`,
          `${pick(lang, {
            ja: `電話受付: 緊急度 ${p.channels.phone.urgencies.join('/')} のみ`,
            en: `Phone: urgency ${p.channels.phone.urgencies.join('/')} only`,
          })} [1.1.channels]`,
        ].join('\n'),
      );
    });

  policy
    .command('diff')
    .description('what changed from policy A to policy B, parameter by parameter, with the clauses each change touches')
    .argument('<a>', 'a policy JSON file, or "builtin" for 2024-10-07')
    .argument('<b>', 'a policy JSON file, or "builtin"')
    .addHelpText('after', '\nExample:\n  $ cs-policy policy diff builtin my-policy.json')
    .action((a: string, b: string) => {
      const { json, lang } = ctx.options();
      const changes = diffPolicies(loadPolicyFile(ctx.io, a), loadPolicyFile(ctx.io, b));
      if (json) {
        ctx.io.out(toJson(changes));
        return;
      }
      if (changes.length === 0) {
        ctx.io.out(pick(lang, { ja: '違いはありません', en: 'No differences' }));
        return;
      }
      ctx.io.out(
        changes
          .map(
            (c) =>
              `${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}${c.clauses.length ? `  [${c.clauses.map((id) => `${id} ${CLAUSES[id][lang]}`).join('; ')}]` : ''}`,
          )
          .join('\n'),
      );
    });
}
