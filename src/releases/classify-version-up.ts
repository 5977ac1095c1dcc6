import { CsPolicyError } from '../errors.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';

/**
 * The kind of a version-up (`3.1.kinds`), or `'not-an-upgrade'` when the target version is not
 * later than the current one.
 *
 * @example
 * ```ts
 * const kind: VersionUpKind = classifyVersionUp('2.3.1', '2.4.0').outcome; // 'minor'
 * ```
 */
export type VersionUpKind = 'major' | 'minor' | 'fix' | 'not-an-upgrade';

/**
 * The two versions compared, written out in full as `'MAJOR.MINOR.PATCH'` (a missing patch is 0,
 * a leading `v` is dropped).
 *
 * @example
 * ```ts
 * classifyVersionUp('v2.3', '3.0.0').value; // { from: '2.3.0', to: '3.0.0' }
 * ```
 */
export interface VersionUp {
  readonly from: string;
  readonly to: string;
}

interface ParsedVersion {
  readonly parts: readonly [number, number, number];
  readonly text: string;
}

// MAJOR.MINOR[.PATCH], optional leading "v": numbers without leading zeros, as in SemVer, so
// that "1.01" (is it 1.1?) is refused rather than guessed.
const VERSION = /^[vV]?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;

/** Parses a version string, or throws `INVALID_INPUT` naming it. */
function parseVersion(value: unknown, what: string): ParsedVersion {
  const match = typeof value === 'string' ? VERSION.exec(value) : null;
  const parts = match ? [match[1], match[2], match[3] ?? '0'].map(Number) : [];
  if (!match || parts.some((n) => !Number.isSafeInteger(n))) {
    const shown =
      typeof value === 'string' ? JSON.stringify(value) : `a value of type ${value === null ? 'null' : typeof value}`;
    throw new CsPolicyError(
      'INVALID_INPUT',
      `${what} ${shown} is not a version: write "MAJOR.MINOR.PATCH" or "MAJOR.MINOR" (e.g. "2.4.1", "v3.0"), numbers without leading zeros; pre-release suffixes such as "-beta.1" are not version-ups`,
      [{ path: [what], message: 'must be a version "MAJOR.MINOR.PATCH" or "MAJOR.MINOR"' }],
    );
  }
  const [major, minor, patch] = parts as [number, number, number];
  return { parts: [major, minor, patch], text: `${major}.${minor}.${patch}` };
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b`. */
function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  for (let i = 0; i < 3; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const KIND_DEFINITIONS = {
  major: {
    code: 'MAJOR_VERSION_UP',
    ja: 'メジャー・バージョンアップ (アーキテクチャ等大幅な変更)',
    en: 'a major version-up (a large change, such as to the architecture)',
    position: { ja: 'メジャー番号', en: 'major number' },
  },
  minor: {
    code: 'MINOR_VERSION_UP',
    ja: 'マイナー・バージョンアップ (機能強化など軽微な変更)',
    en: 'a minor version-up (a small change, such as a feature enhancement)',
    position: { ja: 'マイナー番号', en: 'minor number' },
  },
  fix: {
    code: 'FIX_VERSION_UP',
    ja: '修正バージョンアップ (不具合修正など一般機能に変更が発生しない修正)',
    en: 'a fix version-up (a fix, such as a defect fix, that changes no general function)',
    position: { ja: 'パッチ番号', en: 'patch number' },
  },
} as const;

/**
 * The kind of a version-up from one version to another (`3.1.kinds`): **major** (アーキテクチャ等
 * 大幅な変更), **minor** (機能強化など軽微な変更) or **fix** (不具合修正など一般機能に変更が発生しない修正).
 *
 * The policy names the three kinds but not how a version number shows them; the library reads
 * them from the position that goes up, as in SemVer: the major number → major, the minor
 * number → minor, the patch number → fix. `to` not later than `from` is `'not-an-upgrade'`.
 *
 * Versions are `'MAJOR.MINOR.PATCH'` or `'MAJOR.MINOR'` (patch 0), with an optional leading `v`.
 * Anything else fails with `CsPolicyError` `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * classifyVersionUp('2.3.1', '3.0.0').outcome; // 'major'
 * classifyVersionUp('v2.3', '2.4').outcome; // 'minor'
 * classifyVersionUp('2.4.0', '2.4.1').outcome; // 'fix'
 * classifyVersionUp('2.4.1', '2.4.1').outcome; // 'not-an-upgrade'
 * ```
 */
export function classifyVersionUp(from: string, to: string, options?: RuleOptions): Decision<VersionUpKind, VersionUp> {
  const policy = policyOf(options);
  const a = parseVersion(from, 'from');
  const b = parseVersion(to, 'to');
  const value: VersionUp = { from: a.text, to: b.text };
  const cmp = compareVersions(b, a);
  if (cmp <= 0) {
    const reasons: Reason[] = [
      cmp === 0
        ? reason(
            'SAME_VERSION',
            '3.1.kinds',
            `${b.text} は現在のバージョン ${a.text} と同じため、バージョンアップではありません。`,
            `${b.text} is the same version as ${a.text}, so it is not a version-up.`,
          )
        : reason(
            'DOWNGRADE',
            '3.1.kinds',
            `${b.text} は現在のバージョン ${a.text} より古いため、バージョンアップではありません。`,
            `${b.text} is older than ${a.text}, so it is not a version-up.`,
          ),
    ];
    return decide('classifyVersionUp', policy, 'not-an-upgrade', value, reasons);
  }
  const kind = a.parts[0] !== b.parts[0] ? 'major' : a.parts[1] !== b.parts[1] ? 'minor' : 'fix';
  const def = KIND_DEFINITIONS[kind];
  return decide('classifyVersionUp', policy, kind, value, [
    reason(
      def.code,
      '3.1.kinds',
      `${a.text} から ${b.text} へは${def.position.ja}が上がるため、${def.ja} です。`,
      `${a.text} → ${b.text} raises the ${def.position.en}, so it is ${def.en}.`,
    ),
  ]);
}
