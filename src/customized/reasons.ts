// Chapter 7's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). customizationCharge picks them through ruleContext, so its body holds the logic only.
import { reasonCatalogue, type ReasonTemplate } from '../policy/rule-context.js';

/**
 * @internal `7.scope`: カスタマイズ版のサポート範囲は製品版に準拠いたします. Chapter 4 cites it too (a
 * customization request is sent to chapter 7), so the template is exported from here, its owner.
 */
export const scopeFollowsProduct: ReasonTemplate = {
  clause: '7.scope',
  message: () => ({
    ja: 'カスタマイズ版のサポート範囲は、ベースとなる製品版に準拠いたします。',
    en: 'The support of a customized version covers what the product version it is built on covers.',
  }),
};

/** The reasons of chapter 7 (`7.*`). */
export const customizedReasons = reasonCatalogue({
  SCOPE_FOLLOWS_PRODUCT: scopeFollowsProduct,
  // 7.maintenance: カスタマイズ機能のお問い合わせ、不具合対応.
  INQUIRY_INCLUDED: {
    clause: '7.maintenance',
    message: () => ({
      ja: 'カスタマイズ機能についてのお問い合わせは、保守の範囲で対応いたします。',
      en: 'We answer enquiries about the customized functions as part of maintenance.',
    }),
  },
  DEFECT_INCLUDED: {
    clause: '7.maintenance',
    message: () => ({
      ja: 'カスタマイズ機能の不具合は、保守の範囲で対応いたします。',
      en: 'We fix defects in the customized functions as part of maintenance.',
    }),
  },
  // 7.maintenance: 製品版が対応したOSへのバージョンアップ対応.
  OS_VERSION_UP_INCLUDED: {
    clause: '7.maintenance',
    message: () => ({
      ja: '製品版が対応したOSのバージョンへの対応は、保守の範囲で行います。製品版が対応していないOSのバージョンは対象外です。',
      en: 'We keep the customized version working on OS versions the product supports as part of maintenance; OS versions the product does not support are not covered.',
    }),
  },
  // 7.os-upgrade: OSのバージョンアップに起因する問題は、基本的には保守費用内で対応.
  OS_PROBLEM_WITHIN_FEE: {
    clause: '7.os-upgrade',
    message: () => ({
      ja: 'OSのバージョンアップに起因する問題は、基本的には保守費用内で対応いたします。',
      en: 'Problems caused by an OS version-up are, as a rule, handled within the maintenance fee.',
    }),
    note: () => ({
      ja: '「基本的には」を保守費用内(included)として扱い、例外となるお客様個別の検証と再構築は別の理由で示しています。',
      en: '"Basically" (基本的には) is taken as included; the exceptions the text names (customer-specific verification, a rebuild) are given as reasons of their own.',
    }),
  },
  CUSTOMER_VERIFICATION_CHARGED: {
    clause: '7.os-upgrade',
    message: () => ({
      ja: 'ただし、お客様個別に検証を実施する場合の費用は、別途頂戴いたします。',
      en: 'However, verification carried out for you individually is charged separately.',
    }),
  },
  // 7.rebase: 製品版の最新バージョンをベースにカスタマイズ機能を取り込む; 費用は別途ご相談.
  REBASE_MAY_BE_NEEDED: {
    clause: '7.rebase',
    message: () => ({
      ja: 'OSの問題により、旧アプリケーションと同等の機能を保つことが難しい場合は、製品版の最新バージョンをベースにカスタマイズ機能を取り込む対応を行います。その場合の費用は別途ご相談とさせていただきます。',
      en: 'If an OS problem makes it hard to keep the functions of the old application, we bring the customized functions onto the latest product version; the cost of that work is agreed with you separately.',
    }),
  },
  REBASE_ON_LATEST: {
    clause: '7.rebase',
    message: () => ({
      ja: 'OSの問題により旧アプリケーションと同等の機能を保つことが難しいため、製品版の最新バージョンをベースにカスタマイズ機能を取り込む対応を行います。費用は別途ご相談とさせていただきます。',
      en: 'As an OS problem makes it hard to keep the functions of the old application, we bring the customized functions onto the latest product version; the cost is agreed with you separately.',
    }),
  },
  // 7.import: 取り込む対応は有償; 費用は別途ご相談; 取り込む機能については取捨選択できません.
  IMPORT_PAID: {
    clause: '7.import',
    message: () => ({
      ja: '製品版のバージョンアップで追加された機能などをカスタマイズ版へ取り込む対応は有償です。費用は別途ご相談とさせていただきます。',
      en: 'Bringing features added by product version-ups into the customized version is a paid service; the cost is agreed with you separately.',
    }),
  },
  IMPORT_ON_LATEST: {
    clause: '7.import',
    message: () => ({
      ja: 'この対応は、製品版の最新バージョンをベースにカスタマイズ機能を反映する形で行います。そのため、取り込む機能を取捨選択することはできません。',
      en: 'The work applies the customized functions to the latest product version, so the features brought in cannot be chosen.',
    }),
  },
  FEATURES_NOT_SELECTABLE: {
    clause: '7.import',
    message: (p: { features: readonly string[] }) => ({
      ja: `取り込む機能は取捨選択できないため、ご指定の機能(${p.features.map((f) => `「${f}」`).join('、')})だけを取り込むことはできません。製品版の最新バージョンの機能がすべて取り込まれます。`,
      en: `The features you listed (${p.features.join(', ')}) cannot be brought in on their own: every feature of the latest product version comes in.`,
    }),
  },
});
