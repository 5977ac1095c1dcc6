import * as z from 'zod/mini';
import { parseIsoDate, type IsoDate } from '../calendar/civil.js';
import { isoDateSchema } from '../calendar/options.js';
import { CsPolicyError, type InputIssue } from '../errors.js';
import type { RuleOptions } from '../policy/context.js';
import { ruleContext } from '../policy/rule-context.js';
import { formatIssues, lazySchema, parseWith } from '../validate.js';
import { endOfSupportFrom, text } from './internal.js';
import { releaseReasons } from './reasons.js';

/**
 * A product's releases as given to {@link toEndOfLifeDate}: each release cycle with its GA date.
 * `latest` is the newest version in the cycle (default: the cycle itself) and
 * `latestReleaseDate` its date (default, when `latest` is absent too: the GA date).
 *
 * @example
 * ```ts
 * const input: ProductReleasesInput = {
 *   releases: [
 *     { releaseCycle: '2.4', releaseDate: '2025-10-01', latest: '2.4.3', latestReleaseDate: '2026-02-10' },
 *     { releaseCycle: '3.0', releaseDate: '2026-04-01' },
 *   ],
 * };
 * ```
 */
export interface ProductReleasesInput {
  readonly releases: readonly {
    readonly releaseCycle: string;
    readonly releaseDate: IsoDate;
    readonly latest?: string;
    readonly latestReleaseDate?: IsoDate;
  }[];
}

/**
 * One release cycle in endoflife.date's release fields (`releaseCycle`, `releaseDate`, `eol`,
 * `latest`, `latestReleaseDate`). `eol` is the last supported day under `3.3.eos`, or `false`
 * for the newest release, which no successor has ended.
 *
 * @example
 * ```ts
 * const cycle: EndOfLifeDateRelease = { releaseCycle: '2.4', releaseDate: '2025-10-01', eol: '2026-09-28', latest: '2.4.3', latestReleaseDate: '2026-02-10' };
 * ```
 */
export interface EndOfLifeDateRelease {
  readonly releaseCycle: string;
  readonly releaseDate: IsoDate;
  readonly eol: IsoDate | false;
  readonly latest: string;
  readonly latestReleaseDate?: IsoDate;
}

/**
 * Options of {@link toEndOfLifeDate}: the policy, and the order of the list (newest first, as
 * endoflife.date's product files list their releases, by default).
 *
 * @example
 * ```ts
 * const options: EndOfLifeDateOptions = { order: 'oldest-first' };
 * ```
 */
export interface EndOfLifeDateOptions extends RuleOptions {
  readonly order?: 'newest-first' | 'oldest-first';
}

const inputSchema = lazySchema(() =>
  z.strictObject({
    releases: z
      .array(
        z.strictObject({
          releaseCycle: text(),
          releaseDate: isoDateSchema,
          latest: z.optional(text()),
          latestReleaseDate: z.optional(isoDateSchema),
        }),
      )
      .check(z.minLength(1)),
  }),
);

const orderSchema = lazySchema(() => z.optional(z.enum(['newest-first', 'oldest-first'])));

/**
 * A product's releases in endoflife.date's release format, with each release's `eol` computed by
 * the policy (`3.3.eos`, interpretation 4): the last supported day of a release is its
 * successor's GA + 180 calendar days (the successor is the release with the next GA date), and
 * the newest release has `eol: false`.
 *
 * `eol` is the last day **on which** the release is supported (support ends at 24:00 JST of it),
 * the same date as `releaseEndOfSupport(...).value.lastSupportedDate`. The `support` field (end
 * of active support) is left out: under the policy, fixes and answers to new problems both stop
 * at the end of support, so it would always equal `eol`.
 *
 * Releases are sorted by GA date, newest first unless `options.order` is `'oldest-first'`.
 * Duplicate release cycles, two releases with the same GA date (their order would be a guess),
 * bad dates and a `latestReleaseDate` before the GA fail with `CsPolicyError` `INVALID_INPUT`.
 *
 * Unlike the rules, this exporter returns the plain array endoflife.date expects, not a decision.
 *
 * @example
 * ```ts
 * toEndOfLifeDate({ releases: [
 *   { releaseCycle: '2.4', releaseDate: '2025-10-01', latest: '2.4.3', latestReleaseDate: '2026-02-10' },
 *   { releaseCycle: '3.0', releaseDate: '2026-04-01' },
 * ] });
 * // [ { releaseCycle: '3.0', releaseDate: '2026-04-01', eol: false, latest: '3.0', latestReleaseDate: '2026-04-01' },
 * //   { releaseCycle: '2.4', releaseDate: '2025-10-01', eol: '2026-09-28', latest: '2.4.3', latestReleaseDate: '2026-02-10' } ]
 * ```
 */
export function toEndOfLifeDate(product: ProductReleasesInput, options?: EndOfLifeDateOptions): EndOfLifeDateRelease[] {
  // An exporter, not a rule: it takes the policy from the kernel and returns plain rows, no reasons.
  const { policy } = ruleContext('toEndOfLifeDate', options, releaseReasons);
  const order = parseWith(orderSchema, options?.order, 'INVALID_OPTIONS', 'options.order') ?? 'newest-first';
  const { releases } = parseWith(inputSchema, product, 'INVALID_INPUT', 'product releases');

  const issues: InputIssue[] = [];
  const cycles = new Map<string, number>();
  const gaDays = new Map<number, number>();
  const rows = releases.map((r, index) => {
    // isoDateSchema has checked both dates, so parseIsoDate succeeds.
    const gaDay = parseIsoDate(r.releaseDate) as number;
    const firstCycle = cycles.get(r.releaseCycle);
    if (firstCycle !== undefined) {
      issues.push({
        path: ['releases', index, 'releaseCycle'],
        message: `duplicate release cycle "${r.releaseCycle}" (also releases.${firstCycle})`,
      });
    } else cycles.set(r.releaseCycle, index);
    const firstDay = gaDays.get(gaDay);
    if (firstDay !== undefined) {
      issues.push({
        path: ['releases', index, 'releaseDate'],
        message: `same GA date as releases.${firstDay}: cannot tell which release succeeds the other`,
      });
    } else gaDays.set(gaDay, index);
    if (r.latestReleaseDate !== undefined && r.latestReleaseDate < r.releaseDate) {
      issues.push({
        path: ['releases', index, 'latestReleaseDate'],
        message: 'must not be before the release date (GA)',
      });
    }
    return { ...r, gaDay };
  });
  if (issues.length > 0)
    throw new CsPolicyError('INVALID_INPUT', `invalid product releases: ${formatIssues(issues)}`, issues);

  rows.sort((a, b) => a.gaDay - b.gaDay);
  const result = rows.map((r, i): EndOfLifeDateRelease => {
    const successor = rows[i + 1];
    const latest = r.latest ?? r.releaseCycle;
    const latestReleaseDate = r.latestReleaseDate ?? (r.latest === undefined ? r.releaseDate : undefined);
    return {
      releaseCycle: r.releaseCycle,
      releaseDate: r.releaseDate,
      eol: successor ? endOfSupportFrom(successor.gaDay, policy).lastSupportedDate : false,
      latest,
      ...(latestReleaseDate === undefined ? {} : { latestReleaseDate }),
    };
  });
  return order === 'newest-first' ? result.reverse() : result;
}
