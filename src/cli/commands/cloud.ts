// Chapter 5 (cloud services): feature-notice, maintenance, customer-data.
import {
  CUSTOMER_DATA_PURPOSES,
  MAINTENANCE_TRIGGERS,
  MAINTENANCE_WORK,
  type CustomerDataPurpose,
  type MaintenanceDecision,
  type MaintenanceKind,
  type MaintenanceTrigger,
  type MaintenanceWork,
} from '../../index.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText } from '../../words/dates.js';
import { type AnyCommandSpec, type CommandSpec, NOW_TODAY, ruleCommand } from '../command-spec.js';
import { cliError } from '../lang.js';

const MAINTENANCE: Record<MaintenanceKind, Bilingual> = {
  scheduled: { ja: '定期メンテナンス', en: 'Scheduled maintenance' },
  preventive: { ja: '予防的メンテナンス', en: 'Preventive maintenance' },
  emergency: { ja: '緊急メンテナンス', en: 'Emergency maintenance' },
  'feature-change': { ja: '機能の追加・変更 (メンテナンスではありません)', en: 'A feature change (not maintenance)' },
};

function maintenanceAnswer(d: MaintenanceDecision): Bilingual {
  const kind = MAINTENANCE[d.outcome];
  const { notice, noticeDaysBefore: n } = d.value;
  const how: Bilingual =
    notice === 'advance-email'
      ? n === null
        ? { ja: '対象のお客様へ事前にメールで通知', en: 'e-mail affected customers in advance' }
        : {
            ja: `対象のお客様へ${n}日前を目処にメールで通知`,
            en: `e-mail affected customers about ${countEn(n, 'day')} before`,
          }
      : notice === 'none'
        ? { ja: '都度の通知なし', en: 'no notice each time' }
        : { ja: '可能な範囲でお知らせ', en: 'inform as far as circumstances allow' };
  return { ja: `${kind.ja}: ${how.ja}`, en: `${kind.en}: ${how.en}` };
}

type FeatureNoticeInput = { changeDate: string; sent?: string };

export const CLOUD_COMMANDS: readonly AnyCommandSpec[] = [
  {
    // Two rules behind one question: the target day, or (with --sent) how a mail relates to it.
    name: 'feature-notice',
    summary: {
      ja: 'クラウドの機能変更をメールで知らせる目処の日: 変更日 − 14 日。--sent で送ったメールが目処どおりか (5.feature-change)',
      en: 'the target day to mail a cloud feature change: change − 14 days; with --sent, whether a mail met it (5.feature-change)',
    },
    args: [
      {
        key: 'changeDate',
        kind: 'date',
        help: { ja: '機能が変わる日 (例: 2027-05-10)', en: 'the day the features change, e.g. 2027-05-10' },
      },
    ],
    options: [
      {
        key: 'sent',
        kind: 'date',
        help: {
          ja: 'メールを送った日: 目処と照らします',
          en: 'the day the mail went out: check it against the target',
        },
      },
    ],
    examples: ['feature-notice 2027-05-10', 'feature-notice 2027-05-10 --sent 2027-04-28'],
    jsonShape:
      'the decision, as the library returns it: `Decision` (`featureChangeNoticeDate`, or `checkFeatureChangeNotice` with `--sent`)',
    now: NOW_TODAY,
    run: (i: FeatureNoticeInput, ctx) => {
      if (i.sent === undefined) {
        const d = ctx.decide({ rule: 'featureChangeNoticeDate', args: [i.changeDate] });
        const { targetNoticeDate, days: n, changeDate } = d.value;
        const [t, c] = [dateText(targetNoticeDate), dateText(changeDate)];
        return {
          decision: d,
          answer: {
            ja: `${t.ja} を目処にメールで通知 (変更日 ${c.ja} の${n}日前)`,
            en: `E-mail affected customers by ${t.en} (a target: ${countEn(n, 'day')} before the change on ${c.en})`,
          },
        };
      }
      const d = ctx.decide({
        rule: 'checkFeatureChangeNotice',
        args: [{ changeDate: i.changeDate, noticeSentOn: i.sent }],
      });
      const v = d.value;
      const [t, c] = [dateText(v.targetNoticeDate), dateText(v.changeDate)];
      return {
        decision: d,
        answer:
          d.outcome === 'on-target'
            ? {
                ja: `目処どおりです (目処 ${t.ja}、変更日の${v.daysBeforeChange}日前に送信)`,
                en: `On target (sent ${countEn(v.daysBeforeChange, 'day')} before the change; target ${t.en})`,
              }
            : d.outcome === 'late'
              ? {
                  ja: `目処より${v.daysLate}日遅れです (目処 ${t.ja})`,
                  en: `Late by ${countEn(v.daysLate, 'day')} (target ${t.en})`,
                }
              : {
                  ja: `変更日 (${c.ja}) 以後の通知で、事前の通知になっていません`,
                  en: `Sent on or after the change (${c.en}): no advance notice`,
                },
      };
    },
  } satisfies CommandSpec<FeatureNoticeInput>,
  ruleCommand({
    name: 'maintenance',
    summary: {
      ja: 'クラウドの作業の種類 (定期 / 予防的 / 緊急 / 機能変更) とお客様への知らせ方 (5.*)',
      en: 'what a piece of cloud work is, scheduled / preventive / emergency / feature change, and how customers are told (5.*)',
    },
    options: [
      {
        key: 'trigger',
        kind: MAINTENANCE_TRIGGERS,
        required: true,
        help: { ja: '計画した作業か、システムが検知した異常か', en: 'planned work, or an anomaly the system detected' },
      },
      { key: 'stopsService', kind: 'flag', help: { ja: 'サービスを停止する作業', en: 'the work stops the service' } },
      {
        key: 'changesFeatures',
        kind: 'flag',
        help: { ja: '機能や画面が変わる作業', en: 'the work changes features or the user interface' },
      },
      { key: 'work', kind: MAINTENANCE_WORK, help: { ja: '作業の内容', en: 'the kind of work' } },
    ],
    examples: [
      'maintenance --trigger planned --stops-service --work security-update',
      'maintenance --trigger planned --work minor-fix',
    ],
    call: (i: {
      trigger: MaintenanceTrigger;
      stopsService?: boolean;
      changesFeatures?: boolean;
      work?: MaintenanceWork;
    }) => ({
      rule: 'classifyMaintenance',
      args: [
        {
          trigger: i.trigger,
          stopsService: i.stopsService === true,
          changesFeaturesOrUi: i.changesFeatures === true,
          ...(i.work === undefined ? {} : { work: i.work }),
        },
      ],
    }),
    answer: maintenanceAnswer,
  }),
  ruleCommand({
    name: 'customer-data',
    summary: {
      ja: 'サポートがお客様固有のデータ (画像など) を見てよいか: 事前の同意があるときだけ (5.customer-data)',
      en: "whether support may access customer-specific data (e.g. images) at a time: only with the customer's prior consent (5.customer-data)",
    },
    options: [
      {
        key: 'at',
        kind: 'date-or-instant',
        required: true,
        help: { ja: 'アクセスする日 (日付か日時)', en: 'when the access happens (a date, or a date-time)' },
      },
      {
        key: 'consentGiven',
        kind: 'date-or-instant',
        help: { ja: 'お客様が同意した日', en: 'when the customer consented' },
      },
      {
        key: 'consentWithdrawn',
        kind: 'date-or-instant',
        help: {
          ja: 'お客様が同意を取り消した日 (--consent-given が必要)',
          en: 'when the customer withdrew the consent (needs --consent-given)',
        },
      },
      {
        key: 'purpose',
        kind: CUSTOMER_DATA_PURPOSES,
        default: 'investigation',
        help: { ja: 'アクセスの目的', en: 'why the data is accessed' },
      },
    ],
    examples: ['customer-data --at 2027-03-02 --consent-given 2027-03-01'],
    now: NOW_TODAY,
    call: (i: { at: string; consentGiven?: string; consentWithdrawn?: string; purpose: CustomerDataPurpose }) => {
      if (i.consentWithdrawn !== undefined && i.consentGiven === undefined)
        throw cliError('INVALID_INPUT', {
          ja: '--consent-withdrawn には --consent-given も必要です',
          en: '--consent-withdrawn needs --consent-given',
        });
      const consent =
        i.consentGiven === undefined
          ? {}
          : {
              consent: {
                givenOn: i.consentGiven,
                ...(i.consentWithdrawn === undefined ? {} : { withdrawnOn: i.consentWithdrawn }),
              },
            };
      return { rule: 'checkCustomerDataAccess', args: [{ purpose: i.purpose, at: i.at, ...consent }] };
    },
    answer: (d) =>
      d.outcome === 'allowed'
        ? { ja: 'アクセスできます (事前の同意あり)', en: 'Allowed (prior consent given)' }
        : { ja: 'アクセスできません (事前の同意が必要です)', en: 'Not allowed (prior consent is needed)' },
  }),
] as readonly AnyCommandSpec[];
