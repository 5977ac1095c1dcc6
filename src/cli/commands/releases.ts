// Chapter 3 (upgrades): end-of-support, support-status, version-up.
import type { Command } from 'commander';
import type { ReleaseSupportStatus, VersionUpKind } from '../../index.js';
import type { CliContext } from '../context.js';
import { days, withExamples, type Text } from './shared.js';

const KIND: Record<VersionUpKind, Text> = {
  major: { ja: 'メジャー・バージョンアップ', en: 'Major version-up' },
  minor: { ja: 'マイナー・バージョンアップ', en: 'Minor version-up' },
  fix: { ja: '修正バージョンアップ', en: 'Fix version-up' },
  'not-an-upgrade': { ja: 'バージョンアップではありません', en: 'Not a version-up' },
};

function statusAnswer(d: ReleaseSupportStatus): Text {
  switch (d.outcome) {
    case 'supported': {
      const { release, on, lastSupportedDate: last } = d.value;
      return last === null
        ? {
            ja: `サポート中 (リリース ${release}、${on} 時点で後継の GA なし)`,
            en: `Supported (release ${release}: no successor GA by ${on})`,
          }
        : {
            ja: `サポート中 (後継の GA 後は ${last} まで)`,
            en: `Supported (until ${last} once the successor reaches GA)`,
          };
    }
    case 'support-ending':
      return {
        ja: `${d.value.lastSupportedDate} まで (残り ${d.value.daysLeft} 日)`,
        en: `Supported until ${d.value.lastSupportedDate} (${days(d.value.daysLeft)} left)`,
      };
    case 'ended':
      return {
        ja: `サポート終了 (${d.value.lastSupportedDate} まで、${d.value.daysSinceEnd} 日経過)`,
        en: `Support ended (last supported day ${d.value.lastSupportedDate}, ${days(d.value.daysSinceEnd)} ago)`,
      };
  }
}

export function registerReleaseCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('end-of-support')
      .description("the old release's last supported day: its successor's GA + 180 days (3.3.eos)")
      .argument('<successor-ga>', "the new release's GA date, e.g. 2026-04-01"),
    'end-of-support 2026-04-01',
  ).action((ga: string) => {
    const d = ctx.decide({ rule: 'releaseEndOfSupport', args: [ga] });
    const { lastSupportedDate: last, days: n, successorGa } = d.value;
    ctx.printDecision(d, {
      ja: `${last} まで (旧リリースのサポート最終日: GA ${successorGa} の ${n} 日後)`,
      en: `Supported until ${last} (last supported day: ${n} days after GA on ${successorGa})`,
    });
  });

  withExamples(
    program
      .command('support-status')
      .description('whether a release is supported on a day, given its successor GA if any (3.3.eos, 3.3.after-eos)')
      .argument('<release>', 'the release in use, e.g. 2.3')
      .requiredOption('--on <date>', 'the day to judge on')
      .option('--successor-ga <date>', "the successor release's GA date (omit when there is none yet)"),
    'support-status 2.3 --on 2026-09-01 --successor-ga 2026-04-01',
  ).action((release: string, o: { on: string; successorGa?: string }) => {
    const d = ctx.decide({
      rule: 'releaseSupportStatus',
      args: [{ release, on: o.on, successorGa: o.successorGa ?? null }],
    });
    ctx.printDecision(d, statusAnswer(d));
  });

  withExamples(
    program
      .command('version-up')
      .description('the kind of a version-up, major / minor / fix, from the position that goes up (3.1.kinds)')
      .argument('<from>', 'the current version, e.g. 2.3.1')
      .argument('<to>', 'the target version, e.g. 3.0'),
    'version-up 2.3.1 2.4.0',
  ).action((from: string, to: string) => {
    const d = ctx.decide({ rule: 'classifyVersionUp', args: [from, to] });
    const kind = KIND[d.outcome];
    ctx.printDecision(d, {
      ja: `${kind.ja} (${d.value.from} → ${d.value.to})`,
      en: `${kind.en} (${d.value.from} → ${d.value.to})`,
    });
  });
}
