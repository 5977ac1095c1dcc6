import { CsPolicyError } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import type { Decision } from '../policy/decision.js';
import { ruleContext } from '../policy/rule-context.js';
import { releaseReasons } from './reasons.js';

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
 * The reason codes {@link classifyVersionUp} can give: the kind found, or why it is not a version-up.
 *
 * @example
 * ```ts
 * const code: ClassifyVersionUpCode = classifyVersionUp('2.3.1', '3.0.0').reasons[0]!.code; // 'MAJOR_VERSION_UP'
 * ```
 */
export type ClassifyVersionUpCode =
  | 'MAJOR_VERSION_UP'
  | 'MINOR_VERSION_UP'
  | 'FIX_VERSION_UP'
  | 'SAME_VERSION'
  | 'DOWNGRADE';

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

// 3.1.kinds: the position that goes up names the kind (the library's reading, as in SemVer).
const KIND_CODES = { major: 'MAJOR_VERSION_UP', minor: 'MINOR_VERSION_UP', fix: 'FIX_VERSION_UP' } as const;

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
export function classifyVersionUp(
  from: string,
  to: string,
  options?: RuleOptions,
): Decision<VersionUpKind, VersionUp, ClassifyVersionUpCode> {
  const rule = ruleContext('classifyVersionUp', options, releaseReasons);
  const a = parseVersion(from, 'from');
  const b = parseVersion(to, 'to');
  const value: VersionUp = { from: a.text, to: b.text };
  const cmp = compareVersions(b, a);
  if (cmp <= 0) {
    return rule.decide('not-an-upgrade', value, [rule.reason(cmp === 0 ? 'SAME_VERSION' : 'DOWNGRADE', value)]);
  }
  const kind = a.parts[0] !== b.parts[0] ? 'major' : a.parts[1] !== b.parts[1] ? 'minor' : 'fix';
  return rule.decide(kind, value, [rule.reason(KIND_CODES[kind], value)]);
}
