// Chapter 3 (upgrades): end-of-support, support-status, version-up; and the endoflife.date export.
import type { ReleaseSupportStatus } from '../../releases/release-support-status.js';
import type { VersionUpKind } from '../../releases/classify-version-up.js';
import { toEndOfLifeDate, type ProductReleasesInput } from '../../releases/to-end-of-life-date.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText } from '../../words/dates.js';
import { type AnyCommandSpec, type CommandSpec, NOW_TODAY, ruleCommand } from '../command-spec.js';

const KIND: Record<VersionUpKind, Bilingual> = {
  major: { ja: 'メジャー・バージョンアップ', en: 'Major version-up' },
  minor: { ja: 'マイナー・バージョンアップ', en: 'Minor version-up' },
  fix: { ja: '修正バージョンアップ', en: 'Fix version-up' },
  'not-an-upgrade': { ja: 'バージョンアップではありません', en: 'Not a version-up' },
};

function statusAnswer(d: ReleaseSupportStatus): Bilingual {
  switch (d.outcome) {
    case 'supported': {
      const { release, on, lastSupportedDate: last } = d.value;
      return last === null
        ? {
            ja: `サポート中 (リリース ${release}、${dateText(on).ja} 時点で後継の GA なし)`,
            en: `Supported (release ${release}: no successor GA by ${dateText(on).en})`,
          }
        : {
            ja: `サポート中 (後継の GA 後は ${dateText(last).ja} まで)`,
            en: `Supported (until ${dateText(last).en} once the successor reaches GA)`,
          };
    }
    case 'support-ending': {
      const last = dateText(d.value.lastSupportedDate);
      return {
        ja: `${last.ja} まで (残り ${d.value.daysLeft} 日)`,
        en: `Supported until ${last.en} (${countEn(d.value.daysLeft, 'day')} left)`,
      };
    }
    case 'ended': {
      const last = dateText(d.value.lastSupportedDate);
      return {
        ja: `サポート終了 (${last.ja} まで、${d.value.daysSinceEnd} 日経過)`,
        en: `Support ended (last supported day ${last.en}, ${countEn(d.value.daysSinceEnd, 'day')} ago)`,
      };
    }
  }
}

const GA_HELP: Bilingual = {
  ja: '新リリースの GA 日 (例: 2026-04-01、2026/4/1、令和8年4月1日)',
  en: "the new release's GA date, e.g. 2026-04-01",
};

export const RELEASE_COMMANDS: readonly AnyCommandSpec[] = [
  ruleCommand({
    name: 'end-of-support',
    summary: {
      ja: '旧リリースのサポート最終日: 後継の GA + 180 日 (3.3.eos)',
      en: "the old release's last supported day: its successor's GA + 180 days (3.3.eos)",
    },
    args: [{ key: 'successorGa', kind: 'date', help: GA_HELP }],
    examples: ['end-of-support 2026-04-01', 'end-of-support 令和8年4月1日'],
    now: NOW_TODAY,
    call: (i: { successorGa: string }) => ({ rule: 'releaseEndOfSupport', args: [i.successorGa] }),
    answer: (d) => {
      const { lastSupportedDate: last, days: n, successorGa } = d.value;
      const [l, g] = [dateText(last), dateText(successorGa)];
      return {
        ja: `${l.ja} まで (旧リリースのサポート最終日: GA ${g.ja} の ${n} 日後)`,
        en: `Supported until ${l.en} (last supported day: ${countEn(n, 'day')} after GA on ${g.en})`,
      };
    },
  }),
  ruleCommand({
    name: 'support-status',
    summary: {
      ja: 'ある日にリリースがサポート中かどうか (後継の GA があればその日から) (3.3.eos, 3.3.after-eos)',
      en: 'whether a release is supported on a day, given its successor GA if any (3.3.eos, 3.3.after-eos)',
    },
    args: [
      { key: 'release', kind: 'text', help: { ja: 'お使いのリリース (例: 2.3)', en: 'the release in use, e.g. 2.3' } },
    ],
    options: [
      {
        key: 'on',
        kind: 'date',
        required: true,
        help: { ja: '判断する日 (例: 2026-09-01、今日)', en: 'the day to judge on (e.g. 2026-09-01, today)' },
      },
      {
        key: 'successorGa',
        kind: 'date',
        help: {
          ja: '後継リリースの GA 日 (まだなければ省略)',
          en: "the successor release's GA date (omit when there is none yet)",
        },
      },
    ],
    examples: [
      'support-status 2.3 --on 2026-09-01 --successor-ga 2026-04-01',
      'support-status 2.3 --on 今日 --successor-ga 2026/4/1',
    ],
    now: NOW_TODAY,
    call: (i: { release: string; on: string; successorGa?: string }) => ({
      rule: 'releaseSupportStatus',
      args: [{ release: i.release, on: i.on, successorGa: i.successorGa ?? null }],
    }),
    answer: statusAnswer,
  }),
  ruleCommand({
    name: 'version-up',
    summary: {
      ja: 'バージョンアップの種類: 上がった桁でメジャー / マイナー / 修正 (3.1.kinds)',
      en: 'the kind of a version-up, major / minor / fix, from the position that goes up (3.1.kinds)',
    },
    args: [
      {
        key: 'from',
        kind: 'text',
        help: { ja: '現在のバージョン (例: 2.3.1)', en: 'the current version, e.g. 2.3.1' },
      },
      { key: 'to', kind: 'text', help: { ja: '移行先のバージョン (例: 3.0)', en: 'the target version, e.g. 3.0' } },
    ],
    examples: ['version-up 2.3.1 2.4.0'],
    call: (i: { from: string; to: string }) => ({ rule: 'classifyVersionUp', args: [i.from, i.to] }),
    answer: (d) => {
      const kind = KIND[d.outcome];
      return { ja: `${kind.ja} (${d.value.from} → ${d.value.to})`, en: `${kind.en} (${d.value.from} → ${d.value.to})` };
    },
  }),
  {
    name: 'endoflife-date',
    summary: {
      ja: '製品のリリース一覧を endoflife.date の形式で出力: 各リリースの eol は後継の GA + 180 日 (3.3.eos)',
      en: "a product's releases in endoflife.date's format, each eol computed by the policy: successor's GA + 180 days (3.3.eos)",
    },
    args: [
      {
        key: 'file',
        kind: 'json',
        help: {
          ja: 'リリースの JSON ファイル { "releases": [{ "releaseCycle", "releaseDate", "latest"?, "latestReleaseDate"? }] } (- は標準入力)',
          en: 'a JSON file { "releases": [{ "releaseCycle", "releaseDate", "latest"?, "latestReleaseDate"? }] }, or - for standard input',
        },
      },
    ],
    options: [
      {
        key: 'oldestFirst',
        kind: 'flag',
        help: {
          ja: '古い順に並べます (既定は新しい順)',
          en: 'oldest release first (default: newest first, as endoflife.date lists them)',
        },
      },
    ],
    examples: ['endoflife-date releases.json', 'endoflife-date - --oldest-first < releases.json'],
    jsonShape:
      '`EndOfLifeDateRelease[]`: `[{ releaseCycle, releaseDate, eol, latest, latestReleaseDate? }]` (as endoflife.date takes it)',
    now: {
      ja: '現在とみなす日時 (--policy-dir で今日有効な版を選ぶ日)',
      en: 'pretend it is this instant (with --policy-dir: the version in force today)',
    },
    run: (i: { file: unknown; oldestFirst?: boolean }, ctx) => {
      const rows = toEndOfLifeDate(i.file as ProductReleasesInput, {
        policy: ctx.policy(),
        order: i.oldestFirst ? 'oldest-first' : 'newest-first',
      });
      const line = (r: (typeof rows)[number], lang: 'ja' | 'en') =>
        `  ${r.releaseCycle.padEnd(8)} GA ${dateText(r.releaseDate)[lang]}  ${
          r.eol === false
            ? lang === 'ja'
              ? 'サポート中 (後継なし)'
              : 'supported (no successor)'
            : `eol ${dateText(r.eol)[lang]}`
        }`;
      return {
        json: rows,
        text: {
          ja: [
            `${rows.length} 件のリリース (ポリシー ${ctx.policy().version}、eol = 後継の GA + ${ctx.policy().releases.endOfSupportDays} 日)`,
            ...rows.map((r) => line(r, 'ja')),
          ].join('\n'),
          en: [
            `${countEn(rows.length, 'release')} (policy ${ctx.policy().version}; eol = successor's GA + ${countEn(ctx.policy().releases.endOfSupportDays, 'day')})`,
            ...rows.map((r) => line(r, 'en')),
          ].join('\n'),
        },
      };
    },
  } satisfies CommandSpec<{ file: unknown; oldestFirst?: boolean }>,
] as readonly AnyCommandSpec[];
