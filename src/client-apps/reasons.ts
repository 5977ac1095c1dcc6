// Chapter 6's reasons: code → the words a customer reads (and a staff note where the library reads
// the text). Rules pick them through ruleContext, so a rule body holds the logic only.
import type { ClosureReason } from '../calendar/business-calendar.js';
import type { IsoDate } from '../calendar/civil.js';
import { closureText } from '../calendar/closure-text.js';
import { reasonCatalogue } from '../policy/rule-context.js';
import { type Bilingual, joinBilingual } from '../words/bilingual.js';
import { dateText, instantText } from '../words/dates.js';
import { intervalsText } from '../words/hours.js';
import { feeReasons } from './fee.js';

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** One interval of business hours (`1.1.hours`), e.g. `{ open: '09:30', close: '18:30' }`. */
interface Hours {
  readonly open: string;
  readonly close: string;
}

/**
 * `6.lead-time`: the lead time as the policy states it, or applied to a receipt (the receipt day,
 * not counted, and the due date). One code for both, as the clause is one.
 */
type LeadTimeParams =
  | { readonly businessDays: number }
  | { readonly businessDays: number; readonly receiptDate: IsoDate; readonly dueDate: IsoDate };

/** @internal A weekday closed day skipped by the lead time, with the names of its closures. */
export interface CrossedDay {
  readonly date: IsoDate;
  readonly names: Bilingual;
}

/** The reasons of chapter 6 (`6.*`), with the shared `6.fee` templates. */
export const clientAppReasons = reasonCatalogue({
  DISTRIBUTION: {
    clause: '6.distribution',
    message: (p: { stores: readonly string[] }) => ({
      ja: `クライアントアプリケーションは${p.stores.map((s) => `「${s}」`).join('')}などで配信しておりますが、お客様固有のアプリケーションとして提供することも可能です。`,
      en: `Our client applications are distributed through ${p.stores.join(', ')} and similar stores; they can also be provided as an application specific to you.`,
    }),
  },
  BUILD_MATERIALS: {
    clause: '6.build-materials',
    message: (p: { examples: readonly Bilingual[] }) => {
      const examples = joinBilingual(p.examples);
      return {
        ja: `アプリケーションを作成する際、ビルド資材(例:${examples.ja}など)のご提供をお願いする場合があります。`,
        en: `To build the application, we may ask you to supply build materials (for example: ${examples.en}).`,
      };
    },
  },
  LEAD_TIME: {
    clause: '6.lead-time',
    message: (p: LeadTimeParams) => {
      if (!('dueDate' in p)) {
        return {
          ja: `ビルド資材を受領してから${p.businessDays}営業日で提供いたします。カスタマイズが発生する場合は、別途ご相談とさせていただきます。`,
          en: `Delivery takes ${p.businessDays} business days from receipt of the build materials; if customization is involved, we agree the schedule with you separately.`,
        };
      }
      const receipt = dateText(p.receiptDate);
      const due = dateText(p.dueDate);
      return {
        ja: `受領日(${receipt.ja})は数えず、その翌営業日から数えて${p.businessDays}営業日目の${due.ja}が提供予定日です。`,
        en: `Not counting the receipt day (${receipt.en}), the app is due on the ${ordinal(p.businessDays)} business day after it: ${due.en}.`,
      };
    },
    note: () => ({
      ja: '受領日は日数に算入しません(民法第140条、解釈6)。',
      en: 'The receipt day is not counted (Civil Code Art. 140; interpretation 6).',
    }),
  },
  RECEIVED_WITHIN_HOURS: {
    clause: '6.lead-time',
    // hours: the interval the receipt fell in.
    message: (p: { receivedAt: number; hours: Hours }) => {
      const [received, hours] = [instantText(p.receivedAt), intervalsText([p.hours])];
      return {
        ja: `ビルド資材は営業時間内(${hours.ja})の${received.ja}に受領しましたので、同日を受領日とします。`,
        en: `We received the build materials at ${received.en}, within business hours (${hours.en} JST), so that day is the receipt day.`,
      };
    },
  },
  RECEIVED_OUTSIDE_HOURS: {
    clause: '6.lead-time',
    // hours: the receipt day's intervals (a business day: a closed day is RECEIVED_ON_CLOSED_DAY).
    message: (p: { receivedAt: number; opening: number; hours: readonly Hours[] }) => {
      const [received, opening, hours] = [instantText(p.receivedAt), instantText(p.opening), intervalsText(p.hours)];
      return {
        ja: `ビルド資材は営業時間外(営業時間は${hours.ja})の${received.ja}に受領しましたので、次の営業開始の${opening.ja}に受領したものとして扱います。`,
        en: `We received the build materials at ${received.en}, outside business hours (${hours.en} JST), so they count as received at the next business opening, ${opening.en}.`,
      };
    },
    note: () => ({
      ja: '営業時間外の受領は、次の営業開始時刻に受領したものと読みます(解釈6)。',
      en: 'Materials received outside business hours are read as received at the next business opening (interpretation 6).',
    }),
  },
  RECEIVED_ON_CLOSED_DAY: {
    clause: '6.lead-time',
    message: (p: { receivedAt: number; opening: number; closures: readonly ClosureReason[] }) => {
      const received = instantText(p.receivedAt);
      const opening = instantText(p.opening);
      const why = joinBilingual(p.closures.map(closureText), { ja: '・', en: ', ' });
      return {
        ja: `ビルド資材は弊社の休業日(${why.ja})の${received.ja}に受領しましたので、次の営業開始の${opening.ja}に受領したものとして扱います。`,
        en: `We received the build materials at ${received.en}, a closed day for us (${why.en}), so they count as received at the next business opening, ${opening.en}.`,
      };
    },
    note: () => ({
      ja: '休業日の受領は、次の営業開始時刻に受領したものと読みます(解釈6)。',
      en: 'Materials received on a closed day are read as received at the next business opening (interpretation 6).',
    }),
  },
  CLOSED_DAYS_CROSSED: {
    clause: '6.lead-time',
    message: (p: { days: readonly CrossedDay[] }) => {
      const list = joinBilingual(
        p.days.map((d) => {
          const date = dateText(d.date);
          return { ja: `${date.ja}の${d.names.ja}`, en: `${d.names.en} (${date.en})` };
        }),
        { ja: '、', en: '; ' },
      );
      return {
        ja: `期間中の休業日(${list.ja})は、営業日に数えていません。`,
        en: `Closures in the period are not counted as business days: ${list.en}.`,
      };
    },
  },
  CUSTOMIZATION_AGREE_SEPARATELY: {
    clause: '6.lead-time',
    message: () => ({
      ja: 'カスタマイズが発生するため、提供までの期間は別途ご相談とさせていただきます。',
      en: 'As customization is involved, we agree the delivery schedule with you separately.',
    }),
    note: () => ({
      ja: 'カスタマイズを伴う場合、提供日は算出しません(解釈6)。',
      en: 'With customization no delivery date is computed (interpretation 6).',
    }),
  },
  ...feeReasons,
});
