// Chapters 6–7 (client apps, customized versions): delivery-date, customization-charge.
import { CUSTOMIZATION_REQUESTS, type CustomizationChargeOutcome, type CustomizationRequest } from '../../index.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText } from '../../words/dates.js';
import { type AnyCommandSpec, defined, NOW_TODAY, ruleCommand } from '../command-spec.js';

const CHARGE: Record<CustomizationChargeOutcome, Bilingual> = {
  included: { ja: '保守に含まれます', en: 'Included in maintenance' },
  'charged-separately': { ja: '費用は別途頂戴します', en: 'Charged separately' },
  quoted: {
    ja: '有償で、費用は別途ご相談 (最新の製品版で実施)',
    en: 'Paid, cost agreed separately (done on the latest product version)',
  },
};

export const APP_COMMANDS: readonly AnyCommandSpec[] = [
  ruleCommand({
    name: 'delivery-date',
    summary: {
      ja: 'お客様専用クライアントアプリの納期: ビルド資材の受領から 10 営業日目 (6.lead-time)',
      en: 'when a customer-specific client app is due: the 10th business day after the build materials arrive (6.lead-time)',
    },
    args: [
      {
        key: 'receivedAt',
        kind: 'instant',
        help: {
          ja: 'ビルド資材を受け取った日時 (例: 2026-12-25T19:00+09:00、2026/12/25 19:00; オフセットなしは日本時間)',
          en: 'when the build materials arrived, a date-time, e.g. 2026-12-25T19:00+09:00 (no offset = JST)',
        },
      },
    ],
    options: [
      {
        key: 'customization',
        kind: 'flag',
        help: {
          ja: 'カスタマイズを含むアプリ: 納期は別途ご相談',
          en: 'the app involves customization: the schedule is agreed separately',
        },
      },
    ],
    examples: ['delivery-date 2026-12-25T19:00+09:00', 'delivery-date "2026年12月25日 19時"'],
    now: NOW_TODAY,
    call: (i: { receivedAt: string; customization?: boolean }) => ({
      rule: 'clientAppDeliveryDate',
      args: [i.receivedAt],
      options: { customization: i.customization === true },
    }),
    answer: (d) => {
      if (d.outcome === 'agree-separately')
        return {
          ja: '納期は別途ご相談 (カスタマイズを含むため)',
          en: 'The schedule is agreed separately (customization)',
        };
      const { dueDate, businessDays, effectiveReceiptDate } = d.value;
      const [due, received] = [dateText(dueDate), dateText(effectiveReceiptDate)];
      return {
        ja: `${due.ja} までに納品 (${received.ja} の受領から${businessDays}営業日)`,
        en: `Due by ${due.en} (${countEn(businessDays, 'business day')} after receipt on ${received.en})`,
      };
    },
  }),
  ruleCommand({
    name: 'customization-charge',
    summary: {
      ja: 'カスタマイズ版への依頼の費用: 保守に含む / 別途 / 見積り (7.*)',
      en: 'how a request about a customized version is charged: included, charged separately, or quoted (7.*)',
    },
    args: [
      {
        key: 'request',
        kind: CUSTOMIZATION_REQUESTS,
        help: { ja: 'カスタマイズ版への依頼の内容', en: 'what is asked of the customized version' },
      },
    ],
    options: [
      {
        key: 'features',
        kind: 'list',
        value: 'list',
        help: {
          ja: '取り込む製品の機能 (カンマ区切り、import-product-features のときだけ)',
          en: 'product features to import, comma-separated (only with import-product-features)',
        },
      },
    ],
    examples: [
      'customization-charge customer-specific-verification',
      'customization-charge import-product-features --features offline-mode,dark-theme --lang en',
    ],
    call: (i: { request: CustomizationRequest; features?: string[] }) => ({
      rule: 'customizationCharge',
      args: [{ request: i.request, ...defined({ features: i.features }) }],
    }),
    answer: (d) => CHARGE[d.outcome],
  }),
] as readonly AnyCommandSpec[];
