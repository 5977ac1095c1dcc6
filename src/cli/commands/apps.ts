// Chapters 6–7 (client apps, customized versions): delivery-date, customization-charge.
import { Argument, type Command } from 'commander';
import { CUSTOMIZATION_REQUESTS, type CustomizationChargeOutcome, type CustomizationRequest } from '../../index.js';
import type { CliContext } from '../context.js';
import { parseList, withExamples, type Text } from './shared.js';

const CHARGE: Record<CustomizationChargeOutcome, Text> = {
  included: { ja: '保守に含まれます', en: 'Included in maintenance' },
  'charged-separately': { ja: '費用は別途頂戴します', en: 'Charged separately' },
  quoted: {
    ja: '有償で、費用は別途ご相談 (最新の製品版で実施)',
    en: 'Paid, cost agreed separately (done on the latest product version)',
  },
};

export function registerAppCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('delivery-date')
      .description(
        'when a customer-specific client app is due: the 10th business day after the build materials arrive (6.lead-time)',
      )
      .argument(
        '<received-at>',
        'when the build materials arrived, a date-time, e.g. 2026-12-25T19:00+09:00 (no offset = JST)',
      )
      .option('--customization', 'the app involves customization: the schedule is agreed separately'),
    'delivery-date 2026-12-25T19:00+09:00',
  ).action((at: string, o: { customization?: boolean }) => {
    const d = ctx.decide({
      rule: 'clientAppDeliveryDate',
      args: [at],
      options: { customization: o.customization === true },
    });
    if (d.outcome === 'agree-separately') {
      ctx.printDecision(d, {
        ja: '納期は別途ご相談 (カスタマイズを含むため)',
        en: 'The schedule is agreed separately (customization)',
      });
      return;
    }
    const { dueDate, businessDays, effectiveReceiptDate } = d.value;
    ctx.printDecision(d, {
      ja: `${dueDate} までに納品 (${effectiveReceiptDate} の受領から${businessDays}営業日)`,
      en: `Due by ${dueDate} (${businessDays} business days after receipt on ${effectiveReceiptDate})`,
    });
  });

  withExamples(
    program
      .command('customization-charge')
      .description('how a request about a customized version is charged: included, charged separately, or quoted (7.*)')
      .addArgument(new Argument('<request>', 'what is asked of the customized version').choices(CUSTOMIZATION_REQUESTS))
      .option(
        '--features <list>',
        'product features to import, comma-separated (only with import-product-features)',
        parseList,
      ),
    'customization-charge customer-specific-verification',
    'customization-charge import-product-features --features offline-mode,dark-theme --lang en',
  ).action((request: CustomizationRequest, o: { features?: string[] }) => {
    const d = ctx.decide({
      rule: 'customizationCharge',
      args: [{ request, ...(o.features === undefined ? {} : { features: o.features }) }],
    });
    ctx.printDecision(d, CHARGE[d.outcome]);
  });
}
