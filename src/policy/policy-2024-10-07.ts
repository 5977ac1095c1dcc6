import { deepFreeze } from '../freeze.js';
import type { Policy } from './schema.js';

/**
 * The JMAS Customer Services Policy, version 2024-10-07, as data: one object, written out
 * in full (every default spelled), validated by its schema in the test suite; frozen.
 * It is not parsed at import, which keeps loading the library cheap; the compiler checks
 * its shape against {@link Policy}. Every rule function defaults to it; a later policy is
 * made with {@link definePolicy}.
 *
 * @example
 * ```ts
 * policy20241007.releases.endOfSupportDays; // 180 (3.3.eos)
 * policy20241007.calendar.hours; // { open: '09:30', close: '18:30' } (1.1.hours)
 * ```
 */
export const policy20241007: Policy = deepFreeze({
  version: '2024-10-07',
  title: { ja: 'カスタマー・サービス ポリシーおよび手順', en: 'Customer Services Policy and Procedures' },
  // 1.1.hours: 月曜日から金曜日 (祝祭日・年末年始その他の弊社の休業日を除く) の 9:30~18:30.
  calendar: { hours: { open: '09:30', close: '18:30' }, yearEndClosure: { from: '12-29', to: '01-03' }, closures: [] },
  // intro.eligibility: 保守契約をお持ちのお客様、提供サービスをご契約中のお客様および販売パートナー企業.
  eligibility: { customerKinds: ['maintenance-contract', 'service-subscription', 'sales-partner'] },
  // intro.contents
  contents: [
    {
      id: 'support',
      name: { ja: 'サポート・サービス', en: 'Support service' },
      includes: [
        { ja: 'お問い合わせ', en: 'Inquiries' },
        { ja: '問題・不具合対応', en: 'Problem and defect handling' },
        { ja: 'ご要望やご不満の受付', en: 'Requests and complaints' },
      ],
    },
    {
      id: 'upgrade',
      name: { ja: 'アップグレード', en: 'Upgrades' },
      includes: [{ ja: '各種バージョンアップ', en: 'Version-ups of every kind' }],
    },
    {
      id: 'other',
      name: { ja: 'その他', en: 'Other' },
      includes: [{ ja: 'お客様の満足度向上に役立つ活動', en: 'Activities that raise customer satisfaction' }],
    },
  ],
  // 1.1.products
  products: [
    { id: 'kaito', name: { ja: 'KAITOシリーズ', en: 'KAITO series' } },
    { id: 'sekai-cart', name: { ja: 'セカイカート', en: 'Sekai Cart' } },
  ],
  // 1.1.contacts
  contacts: { webFormUrl: 'https://www.jmas.co.jp/customerservice/', emergencyPhone: '03-5776-2167' },
  // 1.1.channels: form always, no login; phone only in emergencies (interpretation 9: urgency high).
  channels: {
    webForm: { loginRequired: false, urgencies: ['high', 'medium', 'low'] },
    phone: { urgencies: ['high'], withinBusinessHoursOnly: true },
  },
  urgencyLevels: ['high', 'medium', 'low'],
  // 1.2.representative: 1企業1名様を原則; 利用者個人の方からの直接のお問い合わせはお受けしておりません.
  representatives: { perCompany: 1, acceptIndividualEndUsers: false },
  // 3.3.eos: 正式出荷開始 (GA) となってから180日後.
  releases: { endOfSupportDays: 180 },
  // 4.3.discretionary-end: 遅くともサポート・サービス終了日の90日前までに.
  thirdParty: { discretionaryEndNoticeDays: 90, noticeReading: 'inclusive' },
  // 4.3.onsite, 4.3.customization
  scope: { onsite: 'paid-option', customization: 'paid' },
  // 4.2.policy-change: 重要な変更がある場合は、メールにて通知.
  policyChange: { importantChangeChannel: 'email', otherChangeChannel: 'website' },
  // 5.feature-change: 2週間前を目処にメールにて通知.
  cloud: { featureChangeNoticeDays: 14 },
  // 6.lead-time, 6.fee, 6.distribution
  clientApps: { leadTimeBusinessDays: 10, paid: true, stores: ['App Store', 'Google Play'] },
} satisfies Policy);
