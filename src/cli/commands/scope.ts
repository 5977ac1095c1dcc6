// Chapter 4 (the customer-service policy): notice-deadline, notice-check, assess, policy-change.
import {
  DISCRETIONARY_END_NOTICE_CHANNELS,
  type DiscretionaryEndNoticeChannel,
  type SupportEnvironmentComponent,
  type SupportRequestCause,
  type SupportRequestInput,
  type SupportRequestKind,
  type SupportRequestOutcome,
} from '../../index.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText } from '../../words/dates.js';
import { type AnyCommandSpec, defined, NOW_TODAY, ruleCommand } from '../command-spec.js';
import { cliError } from '../lang.js';

const CHANNEL: Record<DiscretionaryEndNoticeChannel, Bilingual> = {
  email: { ja: 'メール', en: 'e-mail' },
  website: { ja: 'ウェブサイト', en: 'website' },
  phone: { ja: '電話', en: 'phone' },
  'postal-mail': { ja: '郵便', en: 'postal mail' },
  other: { ja: 'その他', en: 'other' },
};

const ASSESSMENT: Record<SupportRequestOutcome, Bilingual> = {
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

/** Fails when `dependent` is given without `required`. */
function requireWith(given: unknown, dependent: string, needed: unknown, required: string): void {
  if (given !== undefined && needed === undefined)
    throw cliError('INVALID_INPUT', {
      ja: `${dependent} には ${required} も必要です`,
      en: `${dependent} needs ${required}`,
    });
}

/** `NAME` or `NAME:VENDOR_END_DATE` (split at the last colon, so names may hold colons). */
function thirdPartyOf(spec: string): SupportEnvironmentComponent {
  const at = spec.lastIndexOf(':');
  const name = at < 0 ? spec : spec.slice(0, at);
  if (name.trim() === '')
    throw cliError('INVALID_INPUT', {
      ja: `--third-party ${JSON.stringify(spec)}: 名前 または 名前:メーカーのサポート終了日 と書いてください (例: "Chrome:2026-12-31")`,
      en: `--third-party ${JSON.stringify(spec)}: write NAME or NAME:VENDOR_END_DATE, e.g. "Chrome:2026-12-31"`,
    });
  return at < 0 ? { name } : { name, vendorSupportEndsOn: spec.slice(at + 1) };
}

interface AssessInput {
  kind: SupportRequestKind;
  on: string;
  cause?: SupportRequestCause;
  os?: string;
  osVendorEnd?: string;
  osDiscretionaryEnd?: string;
  release?: string;
  releaseLastSupported?: string;
  thirdParty?: string[];
}

function supportRequestOf(i: AssessInput): SupportRequestInput {
  requireWith(i.osVendorEnd, '--os-vendor-end', i.os, '--os NAME');
  requireWith(i.osDiscretionaryEnd, '--os-discretionary-end', i.os, '--os NAME');
  requireWith(i.releaseLastSupported, '--release-last-supported', i.release, '--release NAME');
  const os =
    i.os === undefined
      ? undefined
      : { name: i.os, ...defined({ vendorSupportEndsOn: i.osVendorEnd, discretionaryEndOn: i.osDiscretionaryEnd }) };
  const release =
    i.release === undefined
      ? undefined
      : { name: i.release, ...defined({ lastSupportedDate: i.releaseLastSupported }) };
  const environment = defined({ os, thirdParty: i.thirdParty?.map(thirdPartyOf), release });
  return {
    kind: i.kind,
    on: i.on,
    ...defined({ cause: i.cause }),
    ...(Object.keys(environment).length === 0 ? {} : { environment }),
  };
}

const END_HELP: Bilingual = {
  ja: 'サポート最終日 (例: 2027-06-30、2027/6/30)',
  en: 'the last day of support, e.g. 2027-06-30',
};
const CLEAR_DAYS: Bilingual = {
  ja: '「90日前」を通知日と終了日の間に丸 90 日と読みます (終了日 − 91)',
  en: 'read "90 days before" as 90 clear days between notice and end (end − 91)',
};

export const SCOPE_COMMANDS: readonly AnyCommandSpec[] = [
  ruleCommand({
    name: 'notice-deadline',
    summary: {
      ja: '弊社判断による OS・サードパーティ製品のサポート終了をメールで通知する最終日: 終了日 − 90 日 (4.3.discretionary-end)',
      en: 'the latest day to e-mail a discretionary end of OS / third-party support: end − 90 days (4.3.discretionary-end)',
    },
    args: [{ key: 'endDate', kind: 'date', help: END_HELP }],
    options: [{ key: 'clearDays', kind: 'flag', help: CLEAR_DAYS }],
    examples: ['notice-deadline 2027-06-30', 'notice-deadline 2027-06-30 --clear-days'],
    now: NOW_TODAY,
    call: (i: { endDate: string; clearDays?: boolean }) => ({
      rule: 'discretionaryEndNoticeDeadline',
      args: [i.endDate],
      options: i.clearDays ? { reading: 'clear-days' } : {},
    }),
    answer: (d) => {
      const { latestNoticeDate, days: n, endDate, reading } = d.value;
      const clear = reading === 'clear-days';
      const [l, e] = [dateText(latestNoticeDate), dateText(endDate)];
      return {
        ja: `${l.ja} までにメールで通知 (終了日 ${e.ja} の${n}日前${clear ? '、丸日数の読み方' : ''})`,
        en: `E-mail the notice by ${l.en} (${n} ${clear ? 'clear ' : ''}${n === 1 ? 'day' : 'days'} before the end on ${e.en})`,
      };
    },
  }),
  ruleCommand({
    name: 'notice-check',
    summary: {
      ja: '送ったサポート終了の通知が 90 日前までに、メールで届いたか (4.3.discretionary-end)',
      en: 'whether a sent notice of a discretionary end met the 90 days and went by e-mail (4.3.discretionary-end)',
    },
    args: [
      {
        key: 'endDate',
        kind: 'date',
        help: { ja: '通知したサポート最終日', en: 'the last day of support the notice announced' },
      },
    ],
    options: [
      { key: 'sent', kind: 'date', required: true, help: { ja: '通知を送った日', en: 'the day the notice was sent' } },
      {
        key: 'channel',
        kind: DISCRETIONARY_END_NOTICE_CHANNELS,
        help: { ja: '送った手段 (既定: email)', en: 'how it was sent (default: email)' },
      },
      { key: 'clearDays', kind: 'flag', help: CLEAR_DAYS },
    ],
    examples: [
      'notice-check 2027-06-30 --sent 2027-04-03',
      'notice-check 2027-06-30 --sent 2027-03-01 --channel website',
    ],
    now: NOW_TODAY,
    call: (i: { endDate: string; sent: string; channel?: DiscretionaryEndNoticeChannel; clearDays?: boolean }) => ({
      rule: 'checkNoticeCompliance',
      args: [
        {
          endDate: i.endDate,
          noticeSentOn: i.sent,
          ...defined({ channel: i.channel, reading: i.clearDays ? ('clear-days' as const) : undefined }),
        },
      ],
    }),
    answer: (d) => {
      const v = d.value;
      const [latest, end] = [dateText(v.latestNoticeDate), dateText(v.endDate)];
      const late: Bilingual =
        v.daysLate > 0
          ? { ja: `、${v.daysLate}日遅れ`, en: `, ${countEn(v.daysLate, 'day')} late` }
          : { ja: '', en: '' };
      // A switch over the outcome, so a new outcome is a type error here rather than a wrong answer.
      switch (d.outcome) {
        case 'compliant':
          return {
            ja: `期限内です (通知の最終日 ${latest.ja}、終了日の${v.daysBeforeEnd}日前に送信)`,
            en: `Compliant (sent ${countEn(v.daysBeforeEnd, 'day')} before the end; latest notice day ${latest.en})`,
          };
        case 'late':
          return {
            ja: `${v.daysLate}日遅れです (通知の最終日は ${latest.ja})`,
            en: `Late by ${countEn(v.daysLate, 'day')} (latest notice day ${latest.en})`,
          };
        case 'after-end':
          return {
            ja: `終了日 (${end.ja}) 以降の通知です (${v.daysLate}日遅れ)`,
            en: `Sent on or after the end date (${end.en}); ${countEn(v.daysLate, 'day')} late`,
          };
        case 'wrong-channel':
          return {
            ja: `メールでの通知ではありません (手段: ${CHANNEL[v.channel].ja}${late.ja})`,
            en: `Not sent by e-mail (channel: ${CHANNEL[v.channel].en}${late.en})`,
          };
      }
    },
  }),
  ruleCommand({
    name: 'assess',
    summary: {
      ja: 'サポート依頼への対応: 対象 / 限定的 / 有償 / 情報提供のみ / 対象外 (4.3.*, 3.3.after-eos)',
      en: 'whether and how a support request is served: supported, limited, paid, information only, not supported (4.3.*, 3.3.after-eos)',
    },
    args: [
      {
        key: 'kind',
        kind: ['inquiry', 'defect', 'onsite', 'customization'],
        help: { ja: '依頼の内容', en: 'what is asked for' },
      },
    ],
    options: [
      { key: 'on', kind: 'date', required: true, help: { ja: '依頼の日', en: 'the day of the request' } },
      {
        key: 'cause',
        kind: ['product', 'os', 'third-party', 'unknown'],
        help: { ja: '問題の原因 (既定: unknown)', en: 'what the problem was found to be caused by (default: unknown)' },
      },
      {
        key: 'os',
        kind: 'text',
        value: 'name',
        help: { ja: 'お使いの OS (例: "Android 12")', en: 'the OS in use, e.g. "Android 12"' },
      },
      {
        key: 'osVendorEnd',
        kind: 'date',
        help: {
          ja: 'OS メーカーのサポート最終日 (--os が必要)',
          en: "the last day of the OS maker's support (needs --os)",
        },
      },
      {
        key: 'osDiscretionaryEnd',
        kind: 'date',
        help: {
          ja: '弊社による OS サポートの最終日 (--os が必要)',
          en: "the last day of the company's own support of the OS (needs --os)",
        },
      },
      {
        key: 'release',
        kind: 'text',
        value: 'name',
        help: { ja: 'お使いの製品リリース', en: 'the product release in use' },
      },
      {
        key: 'releaseLastSupported',
        kind: 'date',
        help: {
          ja: 'リリースのサポート最終日 (--release が必要)',
          en: "the release's last supported day (needs --release)",
        },
      },
      {
        key: 'thirdParty',
        kind: 'text',
        value: 'name[:vendor-end]',
        repeat: true,
        help: {
          ja: '前提となるサードパーティ製品と、メーカーのサポート最終日。複数あれば繰り返します',
          en: "a prerequisite third-party product, with the last day of its maker's support; repeat for several",
        },
      },
    ],
    examples: [
      'assess defect --on 2026-05-11 --cause os --os "Android 12" --os-vendor-end 2026-03-31',
      'assess onsite --on 2026-05-11 --lang en',
    ],
    now: NOW_TODAY,
    call: (i: AssessInput) => ({ rule: 'assessSupportRequest', args: [supportRequestOf(i)] }),
    answer: (d) => {
      const also = d.value.applicable.slice(1);
      const answer = ASSESSMENT[d.outcome];
      return {
        ja: also.length ? `${answer.ja} (ほかに: ${also.map((a) => ASSESSMENT[a].ja).join('、')})` : answer.ja,
        en: also.length ? `${answer.en} (also: ${also.map((a) => ASSESSMENT[a].en).join('; ')})` : answer.en,
      };
    },
  }),
  ruleCommand({
    name: 'policy-change',
    summary: {
      ja: 'このポリシーの変更の知らせ方: 重要な変更はメール、それ以外はウェブサイト (4.2.policy-change)',
      en: 'how customers hear of a change to this policy: important → e-mail, other → website (4.2.policy-change)',
    },
    options: [
      { key: 'important', kind: 'flag', help: { ja: '重要な変更', en: 'an important change' } },
      { key: 'minor', kind: 'flag', help: { ja: '重要ではない変更', en: 'a change that is not important' } },
    ],
    examples: ['policy-change --important'],
    call: (i: { important?: boolean; minor?: boolean }) => {
      if (i.important === i.minor)
        throw cliError('INVALID_INPUT', {
          ja: '--important か --minor のどちらか一つを指定してください',
          en: 'give exactly one of --important or --minor',
        });
      return { rule: 'policyChangeChannel', args: [{ important: i.important === true }] };
    },
    answer: (d) =>
      d.outcome === 'email'
        ? { ja: 'メールで通知します', en: 'Notify customers by e-mail' }
        : { ja: 'カスタマーサービス・ウェブサイトでお知らせします', en: 'Announce it on the customer-service website' },
  }),
] as readonly AnyCommandSpec[];
