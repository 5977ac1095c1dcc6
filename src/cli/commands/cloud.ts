// Chapter 5 (cloud services): feature-notice, maintenance, customer-data.
import type { Command } from 'commander';
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
import type { CliContext } from '../context.js';
import { choiceOption, days, requireWith, withExamples, type Text } from './shared.js';

const MAINTENANCE: Record<MaintenanceKind, Text> = {
  scheduled: { ja: '定期メンテナンス', en: 'Scheduled maintenance' },
  preventive: { ja: '予防的メンテナンス', en: 'Preventive maintenance' },
  emergency: { ja: '緊急メンテナンス', en: 'Emergency maintenance' },
  'feature-change': { ja: '機能の追加・変更 (メンテナンスではありません)', en: 'A feature change (not maintenance)' },
};

function maintenanceAnswer(d: MaintenanceDecision): Text {
  const kind = MAINTENANCE[d.outcome];
  const { notice, noticeDaysBefore: n } = d.value;
  const how: Text =
    notice === 'advance-email'
      ? n === null
        ? { ja: '対象のお客様へ事前にメールで通知', en: 'e-mail affected customers in advance' }
        : { ja: `対象のお客様へ${n}日前を目処にメールで通知`, en: `e-mail affected customers about ${n} days before` }
      : notice === 'none'
        ? { ja: '都度の通知なし', en: 'no notice each time' }
        : { ja: '可能な範囲でお知らせ', en: 'inform as far as circumstances allow' };
  return { ja: `${kind.ja}: ${how.ja}`, en: `${kind.en}: ${how.en}` };
}

export function registerCloudCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('feature-notice')
      .description(
        'the target day to mail a cloud feature change: change − 14 days; with --sent, whether a mail met it (5.feature-change)',
      )
      .argument('<change-date>', 'the day the features change, e.g. 2027-05-10')
      .option('--sent <date>', 'the day the mail went out: check it against the target'),
    'feature-notice 2027-05-10',
    'feature-notice 2027-05-10 --sent 2027-04-28',
  ).action((change: string, o: { sent?: string }) => {
    if (o.sent === undefined) {
      const d = ctx.decide({ rule: 'featureChangeNoticeDate', args: [change] });
      const { targetNoticeDate: target, days: n, changeDate } = d.value;
      ctx.printDecision(d, {
        ja: `${target} を目処にメールで通知 (変更日 ${changeDate} の${n}日前)`,
        en: `E-mail affected customers by ${target} (a target: ${n} days before the change on ${changeDate})`,
      });
      return;
    }
    const d = ctx.decide({ rule: 'checkFeatureChangeNotice', args: [{ changeDate: change, noticeSentOn: o.sent }] });
    const v = d.value;
    ctx.printDecision(
      d,
      d.outcome === 'on-target'
        ? {
            ja: `目処どおりです (目処 ${v.targetNoticeDate}、変更日の${v.daysBeforeChange}日前に送信)`,
            en: `On target (sent ${v.daysBeforeChange} days before the change; target ${v.targetNoticeDate})`,
          }
        : d.outcome === 'late'
          ? {
              ja: `目処より${v.daysLate}日遅れです (目処 ${v.targetNoticeDate})`,
              en: `Late by ${days(v.daysLate)} (target ${v.targetNoticeDate})`,
            }
          : {
              ja: `変更日 (${v.changeDate}) 以後の通知で、事前の通知になっていません`,
              en: `Sent on or after the change (${v.changeDate}): no advance notice`,
            },
    );
  });

  withExamples(
    program
      .command('maintenance')
      .description(
        'what a piece of cloud work is, scheduled / preventive / emergency / feature change, and how customers are told (5.*)',
      )
      .addOption(
        choiceOption(
          '--trigger <trigger>',
          'planned work, or an anomaly the system detected',
          MAINTENANCE_TRIGGERS,
        ).makeOptionMandatory(),
      )
      .option('--stops-service', 'the work stops the service')
      .option('--changes-features', 'the work changes features or the user interface')
      .addOption(choiceOption('--work <work>', 'the kind of work', MAINTENANCE_WORK)),
    'maintenance --trigger planned --stops-service --work security-update',
    'maintenance --trigger planned --work minor-fix',
  ).action(
    (o: { trigger: MaintenanceTrigger; stopsService?: boolean; changesFeatures?: boolean; work?: MaintenanceWork }) => {
      const d = ctx.decide({
        rule: 'classifyMaintenance',
        args: [
          {
            trigger: o.trigger,
            stopsService: o.stopsService === true,
            changesFeaturesOrUi: o.changesFeatures === true,
            ...(o.work === undefined ? {} : { work: o.work }),
          },
        ],
      });
      ctx.printDecision(d, maintenanceAnswer(d));
    },
  );

  withExamples(
    program
      .command('customer-data')
      .description(
        "whether support may access customer-specific data (e.g. images) at a time: only with the customer's prior consent (5.customer-data)",
      )
      .requiredOption('--at <date>', 'when the access happens (a date, or a date-time)')
      .option('--consent-given <date>', 'when the customer consented')
      .option('--consent-withdrawn <date>', 'when the customer withdrew the consent (needs --consent-given)')
      .addOption(
        choiceOption('--purpose <purpose>', 'why the data is accessed', CUSTOMER_DATA_PURPOSES).default(
          'investigation',
        ),
      ),
    'customer-data --at 2027-03-02 --consent-given 2027-03-01',
  ).action((o: { at: string; consentGiven?: string; consentWithdrawn?: string; purpose: CustomerDataPurpose }) => {
    requireWith(o.consentWithdrawn, '--consent-withdrawn', o.consentGiven, '--consent-given');
    const consent =
      o.consentGiven === undefined
        ? {}
        : {
            consent: {
              givenOn: o.consentGiven,
              ...(o.consentWithdrawn === undefined ? {} : { withdrawnOn: o.consentWithdrawn }),
            },
          };
    const d = ctx.decide({ rule: 'checkCustomerDataAccess', args: [{ purpose: o.purpose, at: o.at, ...consent }] });
    ctx.printDecision(
      d,
      d.outcome === 'allowed'
        ? { ja: 'アクセスできます (事前の同意あり)', en: 'Allowed (prior consent given)' }
        : { ja: 'アクセスできません (事前の同意が必要です)', en: 'Not allowed (prior consent is needed)' },
    );
  });
}
