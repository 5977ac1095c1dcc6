import { deepFreeze } from '../freeze.js';

/**
 * Every clause of the 2024-10-07 policy, with the stable id of `policy-catalogue.md`.
 * Ids marked "added" are rules of the Japanese text that the catalogue does not list;
 * the library models them too. Every reason of every decision cites one of these ids.
 *
 * @example
 * ```ts
 * CLAUSES['3.3.eos'].ja; // '新リリース GA 後の旧リリースのサポート終了'
 * CLAUSES['3.3.eos'].en; // 'End of support of the old release after the new GA'
 * ```
 */
export const CLAUSES = deepFreeze({
  'intro.eligibility': { ja: 'サービス提供対象', en: 'Who is served' },
  'intro.contents': { ja: 'カスタマー・サービスの内容', en: 'What customer service contains' },
  '1.1.channels': {
    ja: 'お問い合わせ方法 (フォーム / 緊急時は電話)',
    en: 'Inquiry channels (web form; phone in emergencies only)',
  },
  '1.1.products': { ja: '対象製品およびサービス', en: 'Covered products and services' },
  '1.1.contacts': { ja: 'お問い合わせ先', en: 'Contact details' },
  '1.1.hours': { ja: '受付時間', en: 'Reception hours' },
  '1.2.case': { ja: 'ケース番号による管理', en: 'Every inquiry is a case with a number' },
  '1.2.representative': {
    ja: 'お問い合わせ担当者 (1企業1名が原則)',
    en: 'Representatives per company (one, in principle)',
  },
  '1.2.pre.access': { ja: 'お客様環境へのアクセス', en: 'Access to the customer environment' },
  '1.2.pre.checklist': { ja: 'お問い合わせ前の確認事項', en: 'Checks before a technical inquiry' },
  '1.2.form': { ja: 'ケース登録に必要な情報', en: 'Case registration fields' },
  '1.2.form.subscription': { ja: 'サブスクリプションID', en: 'Subscription id' },
  '1.2.form.one-question': { ja: '1ケース1問', en: 'One question per case' },
  '1.2.form.confirmation': { ja: 'ケース番号の通知と受付処理', en: 'Case-number mail and reception in business hours' },
  '1.2.impact': { ja: 'ビジネスへの影響度', en: 'Business impact' },
  '2.1.data': { ja: '問題判別のためのデータ送付', en: 'Diagnostic data by e-mail after the case number' },
  '2.1.data-handling': { ja: 'お送りいただいたデータの管理', en: 'Strict handling of the data received (added)' },
  '2.2.interim-code': { ja: '暫定ソフトウェアコード', en: 'Interim software code' },
  '2.3.enhancement': { ja: 'エンハンスメント・リクエスト', en: 'Enhancement requests' },
  '3.recommend-latest': { ja: '最新バージョンのご利用', en: 'Always use the latest version (added)' },
  '3.1.kinds': { ja: 'バージョンアップの種類', en: 'Kinds of version-up' },
  '3.2.notice': { ja: 'バージョンアップの事前告知', en: 'Advance notice of version-ups' },
  '3.2.verification': { ja: 'お客様環境での検証', en: 'Verification in the customer environment (added)' },
  '3.3.eos': {
    ja: '新リリース GA 後の旧リリースのサポート終了',
    en: 'End of support of the old release after the new GA',
  },
  '3.3.after-eos': { ja: 'サポート終了後の対応', en: 'After end of support: information only' },
  '3.3.migrate': { ja: 'サポート対象リリースへの移行', en: 'Move to a supported release before the end (added)' },
  '4.1.survey': { ja: '顧客満足度アンケート', en: 'Satisfaction survey after the final answer' },
  '4.2.policy-change': { ja: 'ポリシーの変更', en: 'Changes to the policy' },
  '4.3.scope': {
    ja: 'カスタマー・サービスの対象外',
    en: 'Out of scope: on-site, customization, OS and third-party products (added)',
  },
  '4.3.onsite': { ja: 'オンサイト・サポート', en: 'On-site support (paid option)' },
  '4.3.customization': { ja: 'カスタマイズ', en: 'Customization (paid)' },
  '4.3.third-party': {
    ja: 'OS・サードパーティ製品に起因する問題',
    en: 'Problems caused by the OS or third-party products',
  },
  '4.3.os-eol': { ja: 'メーカーによるサポート終了', en: 'Vendor end of support of an OS or prerequisite product' },
  '4.3.discretionary-end': {
    ja: '弊社判断によるサポート終了と事前通知',
    en: 'Discretionary end of support and its notice',
  },
  '4.3.after-eos': { ja: 'サポート終了後の情報提供', en: 'After such an end: information only' },
  '4.3.customer-upgrade': {
    ja: 'OS・サードパーティ製品の計画的なバージョンアップ',
    en: 'Customers plan their OS and third-party upgrades (added)',
  },
  '5.scheduled': { ja: '定期メンテナンス', en: 'Scheduled maintenance' },
  '5.preventive': { ja: '予防的メンテナンス', en: 'Preventive maintenance' },
  '5.emergency': { ja: '緊急メンテナンス', en: 'Emergency maintenance' },
  '5.feature-change': { ja: '機能の追加・変更の事前通知 (目処)', en: 'Feature-change notice (a target)' },
  '5.customer-data': { ja: 'お客様固有の情報へのアクセス', en: 'Access to customer-specific data' },
  '6.distribution': { ja: 'クライアントアプリの配布', en: 'Client app distribution' },
  '6.build-materials': { ja: 'ビルド資材の提供', en: 'Build materials from the customer' },
  '6.lead-time': {
    ja: '納期 (ビルド資材受領から営業日で数える)',
    en: 'Delivery in business days after the build materials',
  },
  '6.fee': { ja: '有償対応', en: 'Paid service' },
  '7.scope': { ja: 'カスタマイズ版のサポート範囲', en: 'Support scope of a customized version' },
  '7.maintenance': { ja: '保守に含まれる対応', en: 'What maintenance includes' },
  '7.os-upgrade': { ja: 'OSバージョンアップに起因する問題', en: 'Problems caused by an OS version-up' },
  '7.rebase': { ja: '最新製品版への再構築', en: 'Rebuild on the latest product version' },
  '7.import': { ja: '製品版の機能の取り込み', en: 'Importing product features (paid, all or nothing)' },
} as const satisfies Record<string, { ja: string; en: string }>);

/**
 * A stable clause id, e.g. `'3.3.eos'`: a literal union of the keys of {@link CLAUSES}, so a
 * typo in a clause id is a type error and every {@link Reason} names a real clause.
 *
 * @example
 * ```ts
 * const clause: ClauseId = '4.3.discretionary-end';
 * CLAUSES[clause].en; // 'Discretionary end of support and its notice'
 * ```
 */
export type ClauseId = keyof typeof CLAUSES;

/**
 * Every clause id, in the policy's order: to list the policy's clauses, or to check that each
 * one is covered by a rule, a test or a docs page.
 *
 * @example
 * ```ts
 * CLAUSE_IDS.length; // 50
 * CLAUSE_IDS[0]; // 'intro.eligibility'
 * for (const id of CLAUSE_IDS) console.log(id, CLAUSES[id].en);
 * ```
 */
export const CLAUSE_IDS = Object.freeze(Object.keys(CLAUSES) as ClauseId[]);
