// The policy owner's commands on versions (issues 8 and 10): policy show, policy diff, policy impact.
import { policyDigest } from '../../identity/digest.js';
import { createImpactReport, type ImpactReport } from '../../impact/impact.js';
import { CLAUSES, type ClauseId } from '../../policy/clauses.js';
import { diffPolicies } from '../../policy/define.js';
import { hoursText } from '../../words/hours.js';
import type { Policy } from '../../policy/schema.js';
import { type AnyCommandSpec, type ArgSpec, both, type CommandSpec } from '../command-spec.js';
import { loadPolicyFile } from '../context.js';
import { linesOf } from '../files.js';
import { pick, type Lang } from '../io.js';
import { cliError } from '../lang.js';

/** The file of rule calls `policy impact` reads, as its errors name it. */
const CASES_FILE = { ja: '判断の一覧', en: 'cases file' };

const POLICY_FILE = {
  ja: 'ポリシーの JSON ファイル、または組み込みの 2024-10-07 なら "builtin"',
  en: 'a policy JSON file, or "builtin" for 2024-10-07',
};

/** The two policy files `policy diff` and `policy impact` compare. */
function twoPolicyFiles(first: string, second: string): readonly ArgSpec[] {
  return [first, second].map((key) => ({ key, kind: 'text', help: POLICY_FILE }));
}

/** The lines of `policy show`: version, digest and the parameters people ask about, with their clauses. */
function policyText(p: Policy, lang: Lang): string {
  const t = (text: { ja: string; en: string }) => pick(lang, text);
  const yearEnd = p.calendar.yearEndClosure;
  const hours = hoursText(p.calendar.hours);
  return [
    `${p.title[lang]} — ${p.version}`,
    `${t({ ja: 'ダイジェスト (SHA-256)', en: 'digest (SHA-256)' })}: ${policyDigest(p)}`,
    `${t({ ja: `受付時間: ${hours.ja}`, en: `Hours: ${hours.en}` })} [1.1.hours]`,
    t({
      ja: `年末年始休業: ${yearEnd ? `${yearEnd.from} – ${yearEnd.to}` : 'なし'}`,
      en: `Year-end closure: ${yearEnd ? `${yearEnd.from} to ${yearEnd.to}` : 'none'}`,
    }),
    t({ ja: `弊社休業日: ${p.calendar.closures.length} 件`, en: `Company closures: ${p.calendar.closures.length}` }),
    `${t({
      ja: `旧リリースのサポート終了: 新リリース GA の ${p.releases.endOfSupportDays} 日後`,
      en: `Old release support ends ${p.releases.endOfSupportDays} days after the new release's GA`,
    })} [3.3.eos]`,
    `${t({
      ja: `弊社判断のサポート終了の通知: ${p.thirdParty.discretionaryEndNoticeDays} 日前まで (${p.thirdParty.noticeReading})`,
      en: `Discretionary end notice: ${p.thirdParty.discretionaryEndNoticeDays} days before (${p.thirdParty.noticeReading})`,
    })} [4.3.discretionary-end]`,
    `${t({
      ja: `機能変更の通知目標: ${p.cloud.featureChangeNoticeDays} 日前`,
      en: `Feature-change notice target: ${p.cloud.featureChangeNoticeDays} days before`,
    })} [5.feature-change]`,
    `${t({
      ja: `クライアントアプリの納期: ビルド資材受領から ${p.clientApps.leadTimeBusinessDays} 営業日`,
      en: `Client app delivery: ${p.clientApps.leadTimeBusinessDays} business days after the build materials`,
    })} [6.lead-time]`,
    `${t({
      ja: `担当者: 1 企業 ${p.representatives.perCompany} 名`,
      en: `Representatives: ${p.representatives.perCompany} per company`,
    })} [1.2.representative]`,
    `${t({
      ja: `電話受付: 緊急度 ${p.channels.phone.urgencies.join('/')} のみ`,
      en: `Phone: urgency ${p.channels.phone.urgencies.join('/')} only`,
    })} [1.1.channels]`,
  ].join('\n');
}

const show: CommandSpec<{ file?: string }> = {
  name: 'policy show',
  summary: {
    ja: '使うポリシー (組み込みの 2024-10-07、FILE または --policy FILE) の版とダイジェスト。--json は編集して読み込めるファイル',
    en: 'the policy in force (built-in 2024-10-07, FILE or --policy FILE): version and digest; --json gives a file to edit and load',
  },
  args: [{ key: 'file', kind: 'text', optional: true, help: POLICY_FILE }],
  examples: ['policy show', 'policy show --json > my-policy.json'],
  jsonShape: 'the policy, as a file `--policy` reads',
  // Without FILE under --policy-dir, the version in force today is shown.
  now: {
    ja: '現在とみなす日時 (--policy-dir のとき、その日に有効な版を表示します)',
    en: 'pretend it is this instant (with --policy-dir: the version in force on that day is shown)',
  },
  run: ({ file }, ctx) => {
    const policy = file === undefined ? ctx.policy() : loadPolicyFile(ctx.io, file);
    return { json: policy, text: both((lang) => policyText(policy, lang)) };
  },
};

const diff: CommandSpec<{ a: string; b: string }> = {
  name: 'policy diff',
  summary: {
    ja: 'ポリシー A から B への変更をパラメータごとに、関わる条項とともに',
    en: 'what changed from policy A to policy B, parameter by parameter, with the clauses each change touches',
  },
  args: twoPolicyFiles('a', 'b'),
  examples: ['policy diff builtin my-policy.json'],
  jsonShape: '`PolicyChange[]`: `[{ path, from, to, clauses }]`',
  now: false,
  run: ({ a, b }, ctx) => {
    const changes = diffPolicies(loadPolicyFile(ctx.io, a), loadPolicyFile(ctx.io, b));
    const text = both((lang) =>
      changes.length === 0
        ? pick(lang, { ja: '違いはありません', en: 'No differences' })
        : changes
            .map((c) => {
              const clauses = c.clauses.map((id) => `${id} ${CLAUSES[id][lang]}`).join('; ');
              return `${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}${clauses ? `  [${clauses}]` : ''}`;
            })
            .join('\n'),
    );
    return { json: changes, text };
  },
};

/** A value for one line of the impact report: JSON, cut at 60 characters. */
function brief(value: unknown): string {
  const text = value === undefined ? '—' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function impactText(report: ImpactReport, lang: Lang): string {
  const { total, changed, unchanged, errors } = report.totals;
  const t = (ja: string, en: string) => pick(lang, { ja, en });
  const lines = [
    `${t('ポリシー', 'policy')} ${report.oldVersion} (${report.oldDigest.slice(0, 12)}) → ${report.newVersion} (${report.newDigest.slice(0, 12)})`,
    `${t('件数', 'total')} ${total}: ${t('変化あり', 'changed')} ${changed}, ${t('変化なし', 'unchanged')} ${unchanged}, ${t('エラー', 'errors')} ${errors}`,
  ];
  const codes = Object.entries(report.errorsByCode);
  if (codes.length)
    lines.push(`${t('エラーの内訳', 'errors by code')}: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  lines.push('', t('ルール別 (変化あり / 件数):', 'by rule (changed / total):'));
  for (const [rule, c] of Object.entries(report.byRule).sort((a, b) => b[1].changed - a[1].changed))
    lines.push(`  ${rule}: ${c.changed} / ${c.total}`);
  lines.push('', t('条項別 (変化あり / 件数):', 'by clause (changed / total):'));
  for (const [clause, c] of Object.entries(report.byClause).sort((a, b) => b[1].changed - a[1].changed)) {
    if (c.changed === 0) continue;
    lines.push(`  ${clause} ${CLAUSES[clause as ClauseId]?.[lang] ?? ''}: ${c.changed} / ${c.total}`);
  }
  const untouched = Object.entries(report.byClause).filter(([, c]) => c.changed === 0).length;
  if (untouched) lines.push(`  ${t(`変化のない条項: ${untouched} 件`, `${untouched} other clauses: no change`)}`);
  lines.push('', t('変化の種類:', 'transitions:'));
  const kinds = Object.entries(report.transitions).sort((a, b) => b[1].count - a[1].count);
  if (kinds.length === 0) lines.push(`  ${t('なし', 'none')}`);
  for (const [kind, { count, examples }] of kinds) {
    lines.push(`  ${kind}: ${count}`);
    for (const e of examples) {
      const args = (e.call.args ?? []).map((arg) => JSON.stringify(arg)).join(', ');
      const label = `${t('行', 'line')} ${e.line}${e.id === undefined ? '' : ` (id ${e.id})`} ${e.call.rule}(${args})`;
      const shown = e.changes.slice(0, 3).map((c) => `${c.path}: ${brief(c.old)} → ${brief(c.new)}`);
      if (e.changes.length > 3) shown.push(`+${e.changes.length - 3}`);
      const changes = shown.join('; ');
      lines.push(`    - ${label}${changes ? `: ${changes}` : ''}`);
    }
  }
  return lines.join('\n');
}

const impact: CommandSpec<{ old: string; new: string; cases: string; examples: number }> = {
  name: 'policy impact',
  summary: {
    ja: '判断の一覧 (JSON Lines) で、新しい版 NEW が OLD から何を変えるか (両方の版で判断して比べます)',
    en: 'what policy NEW changes from OLD in a corpus of rule calls (JSON Lines), decided under both',
  },
  args: twoPolicyFiles('old', 'new'),
  options: [
    {
      key: 'cases',
      kind: 'text',
      value: 'file',
      required: true,
      help: {
        ja: '判断の呼び出し { "rule", "args", "options", "id" } の JSON Lines ファイル (- で標準入力)',
        en: 'JSON Lines of rule calls { "rule", "args", "options", "id" } (- for standard input)',
      },
    },
    {
      key: 'examples',
      kind: 'whole',
      default: '3',
      help: { ja: '変化の種類ごとに残す例の数', en: 'examples kept per kind of change' },
    },
  ],
  examples: ['policy impact builtin docs/examples/policy-draft-2027-04-01.json --cases docs/examples/cases.jsonl'],
  jsonShape: '`ImpactReport`',
  now: false,
  run: async (input, ctx) => {
    if (input.examples < 0)
      throw cliError('INVALID_NUMBER', {
        ja: `--examples は 0 以上の整数で指定してください (${input.examples} は負の数です)`,
        en: `--examples must be 0 or more, not ${input.examples}`,
      });
    const report = createImpactReport(loadPolicyFile(ctx.io, input.old), loadPolicyFile(ctx.io, input.new), {
      examples: input.examples,
    });
    for await (const line of linesOf(input.cases, CASES_FILE)) report.add(line);
    const result = report.report();
    return { json: result, text: both((lang) => impactText(result, lang)) };
  },
};

/** The `policy` group's commands, in the order the help lists them. */
export const POLICY_COMMANDS: readonly AnyCommandSpec[] = [show, diff, impact];

/** The `policy` group's summary. */
export const POLICY_GROUP = {
  ja: 'ポリシーの版を表示、2 つの版の違い、新しい版が判断をどう変えるか',
  en: 'show a policy version, what changed between two, and what a new one changes in decisions',
};
