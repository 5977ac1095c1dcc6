// Chapter 4 (the customer-service policy): notice-deadline, notice-check, assess, policy-change.
import { Argument, type Command } from 'commander';
import {
  DISCRETIONARY_END_NOTICE_CHANNELS,
  type DiscretionaryEndNoticeChannel,
  type SupportEnvironmentComponent,
  type SupportRequestCause,
  type SupportRequestInput,
  type SupportRequestKind,
  type SupportRequestOutcome,
} from '../../index.js';
import { CsPolicyError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { choiceOption, days, requireWith, withExamples, type Text } from './shared.js';

const CHANNEL: Record<DiscretionaryEndNoticeChannel, Text> = {
  email: { ja: 'メール', en: 'e-mail' },
  website: { ja: 'ウェブサイト', en: 'website' },
  phone: { ja: '電話', en: 'phone' },
  'postal-mail': { ja: '郵便', en: 'postal mail' },
  other: { ja: 'その他', en: 'other' },
};

const ASSESSMENT: Record<SupportRequestOutcome, Text> = {
  supported: { ja: 'サポート対象です', en: 'Supported' },
  limited: {
    ja: '限定的なサポート (OS・サードパーティ製品に起因)',
    en: 'Limited support (caused by the OS or a third-party product)',
  },
  paid: { ja: '有償対応 (カスタマイズ)', en: 'Paid (customization)' },
  'paid-option': {
    ja: '有償オプション (オンサイト・サポートはカスタマー・サービスの対象外)',
    en: 'Paid option (on-site support is outside customer service)',
  },
  'information-only': {
    ja: '情報提供のみ (リリースのサポート終了後)',
    en: 'Information only (the release is past its end of support)',
  },
  'not-supported': { ja: 'サポート対象外', en: 'Not supported' },
};

/** `NAME` or `NAME:VENDOR_END_DATE` (split at the last colon, so names may hold colons). */
function thirdPartyOf(spec: string): SupportEnvironmentComponent {
  const at = spec.lastIndexOf(':');
  const name = at < 0 ? spec : spec.slice(0, at);
  if (name.trim() === '')
    throw new CsPolicyError(
      'INVALID_INPUT',
      `--third-party ${JSON.stringify(spec)}: write NAME or NAME:VENDOR_END_DATE, e.g. "Chrome:2026-12-31"`,
    );
  return at < 0 ? { name } : { name, vendorSupportEndsOn: spec.slice(at + 1) };
}

interface AssessOptions {
  on: string;
  cause?: SupportRequestCause;
  os?: string;
  osVendorEnd?: string;
  osDiscretionaryEnd?: string;
  release?: string;
  releaseLastSupported?: string;
  thirdParty?: string[];
}

function supportRequestOf(kind: SupportRequestKind, o: AssessOptions): SupportRequestInput {
  requireWith(o.osVendorEnd, '--os-vendor-end', o.os, '--os NAME');
  requireWith(o.osDiscretionaryEnd, '--os-discretionary-end', o.os, '--os NAME');
  requireWith(o.releaseLastSupported, '--release-last-supported', o.release, '--release NAME');
  const os: SupportEnvironmentComponent | undefined =
    o.os === undefined
      ? undefined
      : {
          name: o.os,
          ...(o.osVendorEnd === undefined ? {} : { vendorSupportEndsOn: o.osVendorEnd }),
          ...(o.osDiscretionaryEnd === undefined ? {} : { discretionaryEndOn: o.osDiscretionaryEnd }),
        };
  const environment = {
    ...(os === undefined ? {} : { os }),
    ...(o.thirdParty === undefined ? {} : { thirdParty: o.thirdParty.map(thirdPartyOf) }),
    ...(o.release === undefined
      ? {}
      : {
          release: {
            name: o.release,
            ...(o.releaseLastSupported === undefined ? {} : { lastSupportedDate: o.releaseLastSupported }),
          },
        }),
  };
  return {
    kind,
    on: o.on,
    ...(o.cause === undefined ? {} : { cause: o.cause }),
    ...(Object.keys(environment).length === 0 ? {} : { environment }),
  };
}

export function registerScopeCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('notice-deadline')
      .description(
        'the latest day to e-mail a discretionary end of OS / third-party support: end − 90 days (4.3.discretionary-end)',
      )
      .argument('<end-date>', 'the last day of support, e.g. 2027-06-30')
      .option('--clear-days', 'read "90 days before" as 90 clear days between notice and end (end − 91)'),
    'notice-deadline 2027-06-30',
    'notice-deadline 2027-06-30 --clear-days',
  ).action((end: string, o: { clearDays?: boolean }) => {
    const d = ctx.decide({
      rule: 'discretionaryEndNoticeDeadline',
      args: [end],
      options: o.clearDays ? { reading: 'clear-days' } : {},
    });
    const { latestNoticeDate: latest, days: n, endDate, reading } = d.value;
    const clear = reading === 'clear-days';
    ctx.printDecision(d, {
      ja: `${latest} までにメールで通知 (終了日 ${endDate} の${n}日前${clear ? '、丸日数の読み方' : ''})`,
      en: `E-mail the notice by ${latest} (${n} ${clear ? 'clear ' : ''}days before the end on ${endDate})`,
    });
  });

  withExamples(
    program
      .command('notice-check')
      .description(
        'whether a sent notice of a discretionary end met the 90 days and went by e-mail (4.3.discretionary-end)',
      )
      .argument('<end-date>', 'the last day of support the notice announced')
      .requiredOption('--sent <date>', 'the day the notice was sent')
      .addOption(
        choiceOption('--channel <channel>', 'how it was sent (default: email)', DISCRETIONARY_END_NOTICE_CHANNELS),
      )
      .option('--clear-days', 'read "90 days before" as 90 clear days (end − 91)'),
    'notice-check 2027-06-30 --sent 2027-04-03',
    'notice-check 2027-06-30 --sent 2027-03-01 --channel website',
  ).action((end: string, o: { sent: string; channel?: DiscretionaryEndNoticeChannel; clearDays?: boolean }) => {
    const d = ctx.decide({
      rule: 'checkNoticeCompliance',
      args: [
        {
          endDate: end,
          noticeSentOn: o.sent,
          ...(o.channel === undefined ? {} : { channel: o.channel }),
          ...(o.clearDays ? { reading: 'clear-days' as const } : {}),
        },
      ],
    });
    const v = d.value;
    const late: Text =
      v.daysLate > 0 ? { ja: `、${v.daysLate}日遅れ`, en: `, ${days(v.daysLate)} late` } : { ja: '', en: '' };
    // A switch over the outcome, so a new outcome is a type error here rather than a wrong answer.
    const answer = ((): Text => {
      switch (d.outcome) {
        case 'compliant':
          return {
            ja: `期限内です (通知の最終日 ${v.latestNoticeDate}、終了日の${v.daysBeforeEnd}日前に送信)`,
            en: `Compliant (sent ${days(v.daysBeforeEnd)} before the end; latest notice day ${v.latestNoticeDate})`,
          };
        case 'late':
          return {
            ja: `${v.daysLate}日遅れです (通知の最終日は ${v.latestNoticeDate})`,
            en: `Late by ${days(v.daysLate)} (latest notice day ${v.latestNoticeDate})`,
          };
        case 'after-end':
          return {
            ja: `終了日 (${v.endDate}) 以降の通知です (${v.daysLate}日遅れ)`,
            en: `Sent on or after the end date (${v.endDate}); ${days(v.daysLate)} late`,
          };
        case 'wrong-channel':
          return {
            ja: `メールでの通知ではありません (手段: ${CHANNEL[v.channel].ja}${late.ja})`,
            en: `Not sent by e-mail (channel: ${CHANNEL[v.channel].en}${late.en})`,
          };
      }
    })();
    ctx.printDecision(d, answer);
  });

  withExamples(
    program
      .command('assess')
      .description(
        'whether and how a support request is served: supported, limited, paid, information only, not supported (4.3.*, 3.3.after-eos)',
      )
      .addArgument(
        new Argument('<kind>', 'what is asked for').choices(['inquiry', 'defect', 'onsite', 'customization']),
      )
      .requiredOption('--on <date>', 'the day of the request')
      .addOption(
        choiceOption('--cause <cause>', 'what the problem was found to be caused by (default: unknown)', [
          'product',
          'os',
          'third-party',
          'unknown',
        ]),
      )
      .option('--os <name>', 'the OS in use, e.g. "Android 12"')
      .option('--os-vendor-end <date>', "the last day of the OS maker's support (needs --os)")
      .option('--os-discretionary-end <date>', "the last day of the company's own support of the OS (needs --os)")
      .option('--release <name>', 'the product release in use')
      .option('--release-last-supported <date>', "the release's last supported day (needs --release)")
      .option(
        '--third-party <name[:vendor-end]>',
        "a prerequisite third-party product, with the last day of its maker's support; repeat for several",
        (spec: string, previous: string[] = []) => [...previous, spec],
      ),
    'assess defect --on 2026-05-11 --cause os --os "Android 12" --os-vendor-end 2026-03-31',
    'assess onsite --on 2026-05-11 --lang en',
  ).action((kind: SupportRequestKind, o: AssessOptions) => {
    const d = ctx.decide({ rule: 'assessSupportRequest', args: [supportRequestOf(kind, o)] });
    const also = d.value.applicable.slice(1);
    const answer = ASSESSMENT[d.outcome];
    ctx.printDecision(d, {
      ja: also.length ? `${answer.ja} (ほかに: ${also.map((a) => ASSESSMENT[a].ja).join('、')})` : answer.ja,
      en: also.length ? `${answer.en} (also: ${also.map((a) => ASSESSMENT[a].en).join('; ')})` : answer.en,
    });
  });

  withExamples(
    program
      .command('policy-change')
      .description(
        'how customers hear of a change to this policy: important → e-mail, other → website (4.2.policy-change)',
      )
      .option('--important', 'an important change')
      .option('--minor', 'a change that is not important'),
    'policy-change --important',
  ).action((o: { important?: boolean; minor?: boolean }) => {
    if (o.important === o.minor) throw new CsPolicyError('INVALID_INPUT', 'give exactly one of --important or --minor');
    const d = ctx.decide({ rule: 'policyChangeChannel', args: [{ important: o.important === true }] });
    ctx.printDecision(
      d,
      d.outcome === 'email'
        ? { ja: 'メールで通知します', en: 'Notify customers by e-mail' }
        : { ja: 'カスタマーサービス・ウェブサイトでお知らせします', en: 'Announce it on the customer-service website' },
    );
  });
}
