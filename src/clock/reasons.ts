// The case clock's reasons: code → the words a customer reads (and a staff note where the library
// reads the text). The 2024-10-07 text sets no handling-time targets: targets, when there are
// any, come from the policy version in force (its optional `caseClock` section), never from that text.
import { URGENCY_LABELS } from '../cases/shared.js';
import { reasonCatalogue } from '../policy/rule-context.js';
import type { Urgency } from '../policy/schema.js';
import type { Bilingual } from '../words/bilingual.js';
import { instantText } from '../words/dates.js';
import { durationText } from '../words/duration.js';
import { type ReceptionHours, receptionHoursText } from '../words/hours.js';

/**
 * What a target measures: the business time until the first response, or until the final answer.
 *
 * @example
 * ```ts
 * const measure: ClockMeasure = 'first-response';
 * caseClock(events, { now, urgency: 'high', measure, policy }).value.target?.businessMinutes; // from policy.caseClock.targets.high.firstResponse
 * ```
 */
export type ClockMeasure = 'first-response' | 'resolution';

const MEASURE_WORDS: Readonly<Record<ClockMeasure, Bilingual>> = {
  'first-response': { ja: '初回のご回答', en: 'first response' },
  resolution: { ja: '最終回答', en: 'final answer' },
};

/**
 * @internal Business time in words, whole minutes (a part-minute is dropped: the value keeps it):
 * `{ ja: '営業時間で1時間30分', en: '1 hour 30 minutes of business time' }`.
 *
 * @example
 * ```ts
 * businessTimeText(90); // { ja: '営業時間で1時間30分', en: '1 hour 30 minutes of business time' }
 * businessTimeText(45); // { ja: '営業時間で45分', en: '45 minutes of business time' }
 * ```
 */
export function businessTimeText(minutes: number): Bilingual {
  const span = durationText(minutes);
  return { ja: `営業時間で${span.ja}`, en: `${span.en} of business time` };
}

/** @internal 緊急度「高」のお問い合わせの最終回答 / the final answer to an inquiry of high urgency. */
export function targetSubject(urgency: Urgency, measure: ClockMeasure): Bilingual {
  const u = URGENCY_LABELS[urgency];
  const m = MEASURE_WORDS[measure];
  return { ja: `緊急度「${u.ja}」のお問い合わせの${m.ja}`, en: `the ${m.en} to an inquiry of ${u.en} urgency` };
}

/** @internal What a target sentence names: the urgency, the measure and the target in business minutes. */
export type TargetParams = { urgency: Urgency; measure: ClockMeasure; target: number };

/** @internal The target sentence every target reason begins with (the clock's and the timeline's). */
export function targetSentence({ urgency, measure, target }: TargetParams): Bilingual {
  const subject = targetSubject(urgency, measure);
  const limit = businessTimeText(target);
  return {
    ja: `${subject.ja}は、${limit.ja}以内を目標としています。`,
    en: `Our target for ${subject.en} is within ${limit.en}.`,
  };
}

/** @internal Interpretation, for staff: where targets come from. */
export const targetsFromVersion = (): Bilingual => ({
  ja: '対応時間の目標は、2024年10月7日版のポリシー本文には定めがなく、適用されるポリシーの版が定める値を使っています。',
  en: 'The 2024-10-07 policy text sets no handling-time targets; the targets come from the policy version in force.',
});

/** The reasons of the case clock (`1.2.case`, `1.1.hours`, `2.1.data`). */
export const clockReasons = reasonCatalogue({
  // 1.2.case: every inquiry is handled as a case from its number; the clock counts that handling.
  CLOCK_RUNNING: {
    clause: '1.2.case',
    message: (p: { now: number; elapsed: number }) => {
      const [now, elapsed] = [instantText(p.now), businessTimeText(p.elapsed)];
      return {
        ja: `${now.ja}時点で、このお問い合わせは対応中です。これまでの対応時間は${elapsed.ja}です。`,
        en: `As of ${now.en}, this inquiry is being handled; it has taken ${elapsed.en} so far.`,
      };
    },
  },
  CLOCK_PAUSED: {
    clause: '1.2.case',
    message: (p: { now: number; since: number; elapsed: number }) => {
      const [now, since, elapsed] = [instantText(p.now), instantText(p.since), businessTimeText(p.elapsed)];
      return {
        ja: `${now.ja}時点で、${since.ja}からお客様のご連絡をお待ちしています。これまでの対応時間は${elapsed.ja}です。`,
        en: `As of ${now.en}, we have been waiting for your reply since ${since.en}; handling has taken ${elapsed.en} so far.`,
      };
    },
    note: () => ({
      ja: 'お客様のご連絡(問題判別のためのデータのご送付など)をお待ちしている間は、対応時間に数えず、お待ちしている時間として別に数えています。',
      en: 'While support waits for the customer (for instance for diagnostic data), the time is not counted as handling time; it is counted separately as waiting time.',
    }),
  },
  CLOCK_STOPPED: {
    clause: '1.2.case',
    message: (p: { stoppedAt: number; elapsed: number }) => {
      const [at, elapsed] = [instantText(p.stoppedAt), businessTimeText(p.elapsed)];
      return {
        ja: `このお問い合わせへの対応は${at.ja}に終了しました。対応にかかった時間は${elapsed.ja}です。`,
        en: `Handling of this inquiry ended on ${at.en}; it took ${elapsed.en} in all.`,
      };
    },
  },
  // 2.1.data: waiting for the customer (e.g. for diagnostic data sent by e-mail) is not handling time.
  WAITING_TIME_NOT_COUNTED: {
    clause: '2.1.data',
    message: (p: { paused: number }) => {
      const paused = businessTimeText(p.paused);
      return {
        ja: `お客様のご連絡(資料やデータのご送付など)をお待ちした時間(${paused.ja})は、対応時間に含めていません。`,
        en: `The time we waited for you (for instance for materials or data), ${paused.en}, is not included in the handling time.`,
      };
    },
  },
  // 1.1.hours: only reception hours count; nights, days without hours and closed days do not. The hours are
  // the policy's own (a version with Saturday hours counts Saturdays).
  BUSINESS_HOURS_ONLY: {
    clause: '1.1.hours',
    message: (p: ReceptionHours) => {
      const reception = receptionHoursText(p);
      return {
        ja: `時間は、受付時間である${reception.ja}の間だけで数えています。`,
        en: `Time is counted within reception hours only: ${reception.en}.`,
      };
    },
  },

  NO_TARGET: {
    clause: '1.2.case',
    message: () => ({
      ja: '対応時間の目標は定めていないため、経過した時間のみをお知らせします。',
      en: 'No handling-time target is set, so we report the time taken only.',
    }),
    note: targetsFromVersion,
  },
  NO_TARGET_FOR_URGENCY: {
    clause: '1.2.case',
    message: (p: { urgency: Urgency | undefined; measure: ClockMeasure }) => {
      const m = MEASURE_WORDS[p.measure];
      if (p.urgency === undefined) {
        return {
          ja: `お問い合わせの緊急度が分からないため、${m.ja}までの目標はお示しできません。経過した時間のみをお知らせします。`,
          en: `The urgency of the inquiry is not known, so we cannot give a target for the ${m.en}; we report the time taken only.`,
        };
      }
      const subject = targetSubject(p.urgency, p.measure);
      return {
        ja: `${subject.ja}には目標を定めていないため、経過した時間のみをお知らせします。`,
        en: `No target is set for ${subject.en}, so we report the time taken only.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_ON_TRACK: {
    clause: '1.2.case',
    message: (p: TargetParams & { remaining: number; breachAt: number }) => {
      const [intro, remaining, at] = [targetSentence(p), businessTimeText(p.remaining), instantText(p.breachAt)];
      return {
        ja: `${intro.ja}残りは${remaining.ja}で、このまま対応を続けた場合、目標時刻は${at.ja}です。`,
        en: `${intro.en} The remaining time is ${remaining.en}; if handling continues, the target is reached on ${at.en}.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_WARNING: {
    clause: '1.2.case',
    message: (p: TargetParams & { remaining: number; breachAt: number; percent: number }) => {
      const [intro, remaining, at] = [targetSentence(p), businessTimeText(p.remaining), instantText(p.breachAt)];
      return {
        ja: `${intro.ja}対応時間が目標の${p.percent}%を超えました。残りは${remaining.ja}で、目標時刻は${at.ja}です。`,
        en: `${intro.en} The handling time has passed ${p.percent}% of the target; the remaining time is ${remaining.en}, and the target is reached on ${at.en}.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_ON_HOLD: {
    clause: '1.2.case',
    message: (p: TargetParams & { remaining: number }) => {
      const [intro, remaining] = [targetSentence(p), businessTimeText(p.remaining)];
      return {
        ja: `${intro.ja}残りは${remaining.ja}です。お客様のご連絡をお待ちしている間は時間を数えないため、目標時刻は対応を再開したときに決まります。`,
        en: `${intro.en} The remaining time is ${remaining.en}. While we wait for your reply the time is not counted, so the target time is set when handling resumes.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_BREACHED: {
    clause: '1.2.case',
    message: (p: TargetParams & { reachedAt: number; over: number }) => {
      const [intro, at, over] = [targetSentence(p), instantText(p.reachedAt), businessTimeText(p.over)];
      return {
        ja: `${intro.ja}目標時刻は${at.ja}で、すでに${over.ja}を超えています。`,
        en: `${intro.en} The target was reached on ${at.en} and has been exceeded by ${over.en}.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_MET: {
    clause: '1.2.case',
    message: (p: TargetParams & { elapsed: number }) => {
      const [intro, elapsed] = [targetSentence(p), businessTimeText(p.elapsed)];
      return {
        ja: `${intro.ja}対応は${elapsed.ja}で終了し、目標を達成しました。`,
        en: `${intro.en} Handling ended after ${elapsed.en}, within the target.`,
      };
    },
    note: targetsFromVersion,
  },
  TARGET_MISSED: {
    clause: '1.2.case',
    message: (p: TargetParams & { elapsed: number; over: number }) => {
      const [intro, elapsed, over] = [targetSentence(p), businessTimeText(p.elapsed), businessTimeText(p.over)];
      return {
        ja: `${intro.ja}対応は${elapsed.ja}で終了し、目標を${over.ja}超えました。`,
        en: `${intro.en} Handling ended after ${elapsed.en}, ${over.en} over the target.`,
      };
    },
    note: targetsFromVersion,
  },
});
