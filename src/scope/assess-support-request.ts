import * as z from 'zod/mini';
import { formatEpochDay, type IsoDate } from '../calendar/civil.js';
import { dateField } from '../calendar/fields.js';
import { toEpochDay, type DateInput } from '../calendar/input.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { lazySchema, parseWith } from '../validate.js';
import {
  informationOnlyReason,
  noNewProblemResponseReason,
  recommendLatestReason,
  text,
} from '../releases/internal.js';
import { planUpgradesReason } from './internal.js';

/**
 * What a customer asks for: an inquiry, a defect report, on-site support, or a customization.
 *
 * @example
 * ```ts
 * const kind: SupportRequestKind = 'defect';
 * ```
 */
export type SupportRequestKind = 'inquiry' | 'defect' | 'onsite' | 'customization';

/**
 * What the problem was found to be caused by, as far as is known: the product, the OS, a
 * third-party product, or not (yet) known.
 *
 * @example
 * ```ts
 * const cause: SupportRequestCause = 'third-party';
 * ```
 */
export type SupportRequestCause = 'product' | 'os' | 'third-party' | 'unknown';

/**
 * An OS or prerequisite third-party product in the customer's environment, with the last day of
 * its maker's support and the last day of the company's own support if it ends support early
 * (`4.3.os-eol`, `4.3.discretionary-end`). Each date is the last supported day: support ends at
 * 24:00 JST of it, as for releases (interpretation 4). Like every date field, each accepts
 * `'YYYY-MM-DD'`, an ISO date-time, a `Date`, epoch ms or a Luxon DateTime (its JST date counts).
 *
 * @example
 * ```ts
 * const os: SupportEnvironmentComponent = { name: 'iOS 17', vendorSupportEndsOn: '2026-09-30' };
 * ```
 */
export interface SupportEnvironmentComponent {
  readonly name: string;
  readonly vendorSupportEndsOn?: DateInput;
  readonly discretionaryEndOn?: DateInput;
}

/**
 * A support request, as given to {@link assessSupportRequest}. `environment.thirdParty` lists the
 * third-party products the product needs to run (its prerequisites); `environment.release` is
 * the product release in use, with its last supported day when a successor has reached GA
 * (see `releaseEndOfSupport`).
 *
 * @example
 * ```ts
 * const request: SupportRequestInput = {
 *   kind: 'defect',
 *   cause: 'os',
 *   environment: { os: { name: 'Android 12', vendorSupportEndsOn: '2026-03-31' }, release: { name: '2.4', lastSupportedDate: '2026-09-28' } },
 *   on: '2026-05-11',
 * };
 * ```
 */
export interface SupportRequestInput {
  readonly kind: SupportRequestKind;
  readonly cause?: SupportRequestCause;
  readonly environment?: {
    readonly os?: SupportEnvironmentComponent;
    readonly thirdParty?: readonly SupportEnvironmentComponent[];
    readonly release?: { readonly name: string; readonly lastSupportedDate?: DateInput };
  };
  readonly on: DateInput;
}

/**
 * The answer to a support request, from the least to the most restrictive:
 *
 * - `'supported'`: within customer service;
 * - `'limited'`: caused by the OS or a third-party product: investigation, fixes and verification
 *   may be limited; the customer contacts that vendor, with our help (`4.3.third-party`);
 * - `'paid'`: customization, done for a fee (`4.3.customization`);
 * - `'paid-option'`: on-site support, not included, available for a fee (`4.3.onsite`);
 * - `'information-only'`: the release's support has ended: information about similar past
 *   problems only, without guarantee (`3.3.after-eos`);
 * - `'not-supported'`: the OS or a prerequisite product is past its maker's end of support
 *   (`4.3.os-eol`) or past the company's discretionary end (`4.3.discretionary-end`).
 *
 * @example
 * ```ts
 * const outcome: SupportRequestOutcome = assessSupportRequest({ kind: 'onsite', on: '2026-05-11' }).outcome; // 'paid-option'
 * ```
 */
export type SupportRequestOutcome =
  | 'supported'
  | 'limited'
  | 'paid'
  | 'paid-option'
  | 'information-only'
  | 'not-supported';

/**
 * Every {@link SupportRequestOutcome}, the most restrictive first: when several apply,
 * {@link assessSupportRequest} answers with the first of them in this order.
 *
 * @example
 * ```ts
 * SUPPORT_REQUEST_OUTCOMES[0]; // 'not-supported'
 * ```
 */
export const SUPPORT_REQUEST_OUTCOMES = Object.freeze([
  'not-supported',
  'information-only',
  'paid-option',
  'paid',
  'limited',
  'supported',
] as const satisfies readonly SupportRequestOutcome[]);

/**
 * An end of support in the request's environment, reached (`ended`) or still ahead on the day.
 *
 * @example
 * ```ts
 * const end: EnvironmentSupportEnd = { component: 'os', name: 'Android 12', basis: 'vendor', lastSupportedDate: '2026-03-31', ended: true };
 * ```
 */
export interface EnvironmentSupportEnd {
  readonly component: 'os' | 'third-party' | 'release';
  readonly name: string;
  /** Whose end: the maker's (`4.3.os-eol`), the company's discretionary one, or a release's (`3.3.eos`). */
  readonly basis: 'vendor' | 'discretionary' | 'release';
  readonly lastSupportedDate: IsoDate;
  readonly ended: boolean;
}

/**
 * The value of {@link assessSupportRequest}: every outcome that applies (most restrictive
 * first; the decision's outcome is the first) and every end of support it looked at.
 *
 * @example
 * ```ts
 * assessSupportRequest({ kind: 'defect', cause: 'os', on: '2026-05-11' }).value.applicable; // ['limited']
 * ```
 */
export interface SupportRequestAssessment {
  readonly on: IsoDate;
  readonly kind: SupportRequestKind;
  readonly cause: SupportRequestCause;
  readonly applicable: readonly SupportRequestOutcome[];
  readonly ends: readonly EnvironmentSupportEnd[];
}

const componentSchema = lazySchema(() =>
  z.strictObject({
    name: text(),
    vendorSupportEndsOn: z.optional(dateField),
    discretionaryEndOn: z.optional(dateField),
  }),
);

const inputSchema = lazySchema(() =>
  z.strictObject({
    kind: z.enum(['inquiry', 'defect', 'onsite', 'customization']),
    cause: z._default(z.enum(['product', 'os', 'third-party', 'unknown']), 'unknown'),
    environment: z.optional(
      z.strictObject({
        os: z.optional(componentSchema()),
        thirdParty: z.optional(z.array(componentSchema())),
        release: z.optional(z.strictObject({ name: text(), lastSupportedDate: z.optional(dateField) })),
      }),
    ),
    on: dateField,
  }),
);

// Reasons that only inform (ends still ahead, planning upgrades) come after every finding.
const INFO_RANK = SUPPORT_REQUEST_OUTCOMES.length;
const rankOf = (outcome: SupportRequestOutcome): number => SUPPORT_REQUEST_OUTCOMES.indexOf(outcome);

/**
 * Whether and how a support request is served (`4.3.scope` and the clauses under it, `3.3.after-eos`):
 *
 * - on-site support is outside customer service; it is a paid option — consult sales or customer
 *   service (`4.3.onsite`; the answer follows `policy.scope.onsite`);
 * - customization is paid, and customized versions are supported under chapter 7
 *   (`4.3.customization`, `policy.scope.customization`);
 * - a problem caused by the OS or a third-party product gets `'limited'` support: investigation,
 *   fixes and verification may be limited, the customer contacts that software's or service's
 *   vendor, and customer service helps as far as it can (`4.3.third-party`);
 * - on an OS, or with a prerequisite third-party product, whose maker's support has ended,
 *   problems are `'not-supported'` (`4.3.os-eol`); likewise after the company's own
 *   discretionary end (`4.3.discretionary-end`); afterwards only information about similar past
 *   problems is given, without guarantee (`4.3.after-eos`);
 * - on a release past its end of support, `'information-only'`: no response to new problems, no
 *   fixes, information about similar past problems without guarantee (`3.3.after-eos`).
 *
 * A date given as an end of support is the last supported day: `on` after it means ended. When
 * several findings apply, the outcome is the most restrictive (see
 * {@link SUPPORT_REQUEST_OUTCOMES}) and the reasons list them all, most restrictive first. Ends
 * still ahead are reported too, with a request to plan OS and third-party upgrades
 * (`4.3.customer-upgrade`).
 *
 * Malformed input fails with `CsPolicyError` `INVALID_INPUT`, naming each field; a date field
 * (`on`, `environment.os.vendorSupportEndsOn`, `environment.thirdParty[i].discretionaryEndOn`,
 * `environment.release.lastSupportedDate`, …) that holds a string which is not a date fails with
 * `INVALID_DATE`, naming the field. Every date field accepts `'YYYY-MM-DD'`, an ISO date-time, a
 * `Date`, epoch ms or a Luxon DateTime; its JST date counts.
 *
 * @example
 * ```ts
 * assessSupportRequest({ kind: 'inquiry', on: '2026-05-11' }).outcome; // 'supported'
 * assessSupportRequest({ kind: 'customization', on: '2026-05-11' }).outcome; // 'paid'
 * assessSupportRequest({
 *   kind: 'defect',
 *   cause: 'third-party',
 *   environment: { os: { name: 'Windows 10', vendorSupportEndsOn: '2025-10-14' } },
 *   on: '2026-05-11',
 * }).value.applicable; // ['not-supported', 'limited']
 * ```
 */
export function assessSupportRequest(
  input: SupportRequestInput,
  options?: RuleOptions,
): Decision<SupportRequestOutcome, SupportRequestAssessment> {
  const policy = policyOf(options);
  const req = parseWith(inputSchema, input, 'INVALID_INPUT', 'support request');
  const onDay = toEpochDay(req.on, 'on');
  const on = formatEpochDay(onDay);
  const env = req.environment ?? {};
  // Every date is read (and a bad one rejected, naming its field) before anything is decided.
  const dayOf = (value: DateInput | undefined, what: string): number | undefined =>
    value === undefined ? undefined : toEpochDay(value, what);
  const components = [
    ...(env.os ? [{ component: 'os' as const, item: env.os, path: 'environment.os' }] : []),
    ...(env.thirdParty ?? []).map((item, i) => ({
      component: 'third-party' as const,
      item,
      path: `environment.thirdParty[${i}]`,
    })),
  ].map(({ component, item, path }) => ({
    component,
    name: item.name,
    vendorEndDay: dayOf(item.vendorSupportEndsOn, `${path}.vendorSupportEndsOn`),
    discretionaryEndDay: dayOf(item.discretionaryEndOn, `${path}.discretionaryEndOn`),
  }));
  const releaseLastDay = dayOf(env.release?.lastSupportedDate, 'environment.release.lastSupportedDate');

  const found = new Set<SupportRequestOutcome>();
  const entries: { rank: number; reason: Reason }[] = [];
  const add = (outcome: SupportRequestOutcome | 'info', r: Reason): void => {
    if (outcome !== 'info') found.add(outcome);
    entries.push({ rank: outcome === 'info' ? INFO_RANK : rankOf(outcome), reason: r });
  };
  const ends: EnvironmentSupportEnd[] = [];

  // 4.3.onsite
  if (req.kind === 'onsite') {
    const mode = policy.scope.onsite;
    if (mode === 'paid-option') {
      add(
        'paid-option',
        reason(
          'ONSITE_OUT_OF_SCOPE',
          '4.3.scope',
          'オンサイトでのサポート・サービスは、カスタマー・サービスの対象外です。',
          'On-site support is outside the scope of customer service.',
        ),
      );
      add(
        'paid-option',
        reason(
          'ONSITE_PAID_OPTION',
          '4.3.onsite',
          'カスタマー・サービスには、お客様先でのオンサイトのサポート・サービスは含まれておりません。有償での提供をご希望の場合は、弊社営業担当またはカスタマー・サービスまでご相談ください。',
          'Customer service does not include on-site support at the customer’s premises. If you want it as a paid service, please consult your sales representative or customer service.',
        ),
      );
    } else if (mode === 'included') {
      add(
        'supported',
        reason(
          'ONSITE_INCLUDED',
          '4.3.onsite',
          'このポリシーでは、オンサイトのサポート・サービスはカスタマー・サービスに含まれます。',
          'Under this policy, on-site support is part of customer service.',
        ),
      );
    } else {
      add(
        'not-supported',
        reason(
          'ONSITE_UNAVAILABLE',
          '4.3.onsite',
          'このポリシーでは、オンサイトのサポート・サービスは提供しておりません。',
          'Under this policy, on-site support is not offered.',
        ),
      );
    }
  }

  // 4.3.customization
  if (req.kind === 'customization') {
    const mode = policy.scope.customization;
    if (mode === 'paid') {
      add(
        'paid',
        reason(
          'CUSTOMIZATION_OUT_OF_SCOPE',
          '4.3.scope',
          'カスタマイズ・サービスは、カスタマー・サービスの対象外です。',
          'Customization services are outside the scope of customer service.',
        ),
      );
      add(
        'paid',
        reason(
          'CUSTOMIZATION_PAID',
          '4.3.customization',
          '製品のカスタマイズは有償で対応いたします。カスタマイズした製品のサポートポリシーについては、第7章をご参照ください。',
          'Customization of the product is done for a fee. The support policy for customized products is in chapter 7.',
        ),
      );
      add(
        'paid',
        reason(
          'CUSTOMIZED_VERSION_SUPPORT',
          '7.scope',
          'カスタマイズ版のサポート範囲は、ベースとなる製品版に準拠します。',
          'A customized version is supported within the scope of the product version it is built on.',
        ),
      );
    } else if (mode === 'included') {
      add(
        'supported',
        reason(
          'CUSTOMIZATION_INCLUDED',
          '4.3.customization',
          'このポリシーでは、カスタマイズはカスタマー・サービスに含まれます。',
          'Under this policy, customization is part of customer service.',
        ),
      );
    } else {
      add(
        'not-supported',
        reason(
          'CUSTOMIZATION_UNAVAILABLE',
          '4.3.customization',
          'このポリシーでは、カスタマイズは提供しておりません。',
          'Under this policy, customization is not offered.',
        ),
      );
    }
  }

  // 4.3.third-party
  if (req.cause === 'os' || req.cause === 'third-party') {
    const names = req.cause === 'os' ? (env.os ? [env.os.name] : []) : (env.thirdParty ?? []).map((p) => p.name);
    const what =
      req.cause === 'os'
        ? {
            ja: names.length ? `OS (${names.join('、')})` : 'OS',
            en: names.length ? `the OS (${names.join(', ')})` : 'the OS',
          }
        : {
            ja: names.length ? `サードパーティ製品 (${names.join('、')})` : 'サードパーティ製品',
            en: names.length ? `a third-party product (${names.join(', ')})` : 'a third-party product',
          };
    add(
      'limited',
      reason(
        'OS_THIRD_PARTY_OUT_OF_SCOPE',
        '4.3.scope',
        'OS 若しくはサードパーティ製品そのものに対するサポート・サービスは、カスタマー・サービスの対象外です。',
        'Support for the OS or third-party products themselves is outside the scope of customer service.',
      ),
    );
    add(
      'limited',
      reason(
        req.cause === 'os' ? 'CAUSED_BY_OS' : 'CAUSED_BY_THIRD_PARTY',
        '4.3.third-party',
        `${what.ja}に起因する問題のため、弊社における調査・修正・検証には限りがある場合がございます。該当のソフトウェアまたはサービスの提供会社へお問い合わせください。カスタマー・サービスは、その問題解決に必要な支援をできる限り提供いたします。`,
        `The problem is caused by ${what.en}, so the company's investigation, fixes and verification may be limited. Please contact the provider of that software or service; customer service gives the help needed to solve the problem with them as far as it can.`,
      ),
    );
  }

  // 4.3.os-eol, 4.3.discretionary-end, 4.3.after-eos, 4.3.customer-upgrade
  let endedComponents = 0;
  for (const { component, name, vendorEndDay, discretionaryEndDay } of components) {
    const label =
      component === 'os'
        ? { ja: `OS「${name}」`, en: `the OS "${name}"` }
        : { ja: `前提となるサードパーティ製品「${name}」`, en: `the prerequisite third-party product "${name}"` };
    if (vendorEndDay !== undefined) {
      const vendorEnd = formatEpochDay(vendorEndDay);
      const ended = onDay > vendorEndDay;
      ends.push({ component, name, basis: 'vendor', lastSupportedDate: vendorEnd, ended });
      if (ended) {
        endedComponents++;
        add(
          'not-supported',
          reason(
            component === 'os' ? 'OS_VENDOR_SUPPORT_ENDED' : 'THIRD_PARTY_VENDOR_SUPPORT_ENDED',
            '4.3.os-eol',
            `${label.ja}はメーカー若しくはベンダーによるサポートが ${vendorEnd} をもって終了しているため、その上での動作で発生した問題に対するサポート・サービスは提供できません。`,
            `The maker's or vendor's support for ${label.en} has ended (its last day was ${vendorEnd}), so problems that occur with it are not supported.`,
          ),
        );
      } else {
        add(
          'info',
          reason(
            component === 'os' ? 'OS_VENDOR_SUPPORT_ENDS' : 'THIRD_PARTY_VENDOR_SUPPORT_ENDS',
            '4.3.os-eol',
            `${label.ja}のメーカー若しくはベンダーによるサポートは ${vendorEnd} までです。その後は、その上での動作で発生した問題はサポート・サービスの対象外となります。`,
            `The maker's or vendor's support for ${label.en} lasts until ${vendorEnd}; after that, problems that occur with it are not supported.`,
          ),
        );
      }
    }
    if (discretionaryEndDay !== undefined) {
      const discretionaryEnd = formatEpochDay(discretionaryEndDay);
      const ended = onDay > discretionaryEndDay;
      ends.push({ component, name, basis: 'discretionary', lastSupportedDate: discretionaryEnd, ended });
      if (ended) {
        endedComponents++;
        add(
          'not-supported',
          reason(
            'DISCRETIONARY_END_PASSED',
            '4.3.discretionary-end',
            `${label.ja}に対するサポート・サービスは、弊社の判断により ${discretionaryEnd} をもって終了しているため、その上での動作で発生した問題に対するサポート・サービスは提供できません。`,
            `The company has ended its support for ${label.en} at its own discretion (its last day was ${discretionaryEnd}); problems that occur with it are not supported.`,
          ),
        );
      } else {
        add(
          'info',
          reason(
            'DISCRETIONARY_END_SCHEDULED',
            '4.3.discretionary-end',
            `${label.ja}に対するサポート・サービスは、弊社の判断により ${discretionaryEnd} をもって終了します。`,
            `The company ends its support for ${label.en} at its own discretion; its last day is ${discretionaryEnd}.`,
          ),
        );
      }
    }
  }
  if (endedComponents > 0) {
    add(
      'not-supported',
      informationOnlyReason('4.3.after-eos', {
        ja: 'サポート・サービスを終了した OS・サードパーティ製品',
        en: 'the OS and third-party products whose support has ended',
      }),
    );
  }
  if (ends.length > 0) add('info', planUpgradesReason());

  // 3.3.after-eos: the release in use.
  const release = env.release;
  if (release !== undefined && releaseLastDay !== undefined) {
    const lastDay = releaseLastDay;
    const lastSupportedDate = formatEpochDay(lastDay);
    const ended = onDay > lastDay;
    ends.push({ component: 'release', name: release.name, basis: 'release', lastSupportedDate, ended });
    if (ended) {
      add(
        'information-only',
        reason(
          'RELEASE_SUPPORT_ENDED',
          '3.3.after-eos',
          `リリース ${release.name} のサポート・サービスは ${lastSupportedDate} 24:00 (日本時間) に終了しています。`,
          `Support of release ${release.name} ended at 24:00 JST on ${lastSupportedDate}.`,
        ),
      );
      add('information-only', noNewProblemResponseReason(release.name, formatEpochDay(lastDay + 1)));
      add(
        'information-only',
        informationOnlyReason('3.3.after-eos', { ja: `リリース ${release.name}`, en: `release ${release.name}` }),
      );
      add('info', recommendLatestReason());
    } else {
      add(
        'info',
        reason(
          'RELEASE_SUPPORTED_UNTIL',
          '3.3.eos',
          `リリース ${release.name} は ${lastSupportedDate} までサポート・サービスの対象です。`,
          `Release ${release.name} is supported until ${lastSupportedDate}.`,
        ),
      );
    }
  }

  if (found.size === 0) {
    add(
      'supported',
      reason(
        'WITHIN_CUSTOMER_SERVICE',
        // What customer service contains (inquiries, problem and defect handling), not 4.3.scope,
        // which lists what is outside it.
        'intro.contents',
        req.kind === 'defect'
          ? '製品および提供サービスの問題・不具合対応は、カスタマー・サービスの対象です。'
          : '製品および提供サービスについてのお問い合わせは、カスタマー・サービスの対象です。',
        req.kind === 'defect'
          ? 'Handling problems and defects of the products and services is part of customer service.'
          : 'Inquiries about the products and services are part of customer service.',
      ),
    );
  }

  const applicable = SUPPORT_REQUEST_OUTCOMES.filter((o) => found.has(o));
  const outcome = applicable[0] ?? 'supported';
  const reasons = entries
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((e) => e.reason);
  return decide(
    'assessSupportRequest',
    policy.version,
    outcome,
    { on, kind: req.kind, cause: req.cause, applicable, ends },
    reasons,
  );
}
