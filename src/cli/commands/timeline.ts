// What an event obliges, as a list or iCalendar, and the clause ids: obligations, clauses.
import {
  CLAUSES,
  CLAUSE_IDS,
  type Obligation,
  type PolicyEvent,
  type PolicyEventKind,
  URGENCY_LEVELS,
  type Urgency,
} from '../../index.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { dateText, instantText } from '../../words/dates.js';
import { type AnyCommandSpec, type CommandSpec, defined, NOW_TODAY } from '../command-spec.js';
import type { Lang } from '../io.js';
import { cliError } from '../lang.js';
import { kebab } from '../register.js';
import { padColumns, BUILTIN_PRODUCT_IDS } from './shared.js';

interface EventInput {
  kind: PolicyEventKind;
  product?: string;
  release?: string;
  ga?: string;
  previous?: string;
  name?: string;
  endsOn?: string;
  clearDays?: boolean;
  changeOn?: string;
  description?: string;
  receivedAt?: string;
  urgency?: Urgency;
  customization?: boolean;
  ics?: boolean;
}
type Key = Exclude<keyof EventInput, 'kind' | 'ics'>;

/** Per event kind: the options it needs, those it may take, and the event they make. */
const EVENTS: {
  readonly [K in PolicyEventKind]: {
    readonly needs: readonly Key[];
    readonly takes: readonly Key[];
    readonly build: (o: EventInput) => PolicyEvent;
  };
} = {
  'release-ga': {
    needs: ['product', 'release', 'ga'],
    takes: ['previous'],
    build: (o) => ({
      kind: 'release-ga',
      product: o.product!,
      release: o.release!,
      ga: o.ga!,
      ...defined({ previousRelease: o.previous }),
    }),
  },
  'vendor-end-of-support': {
    needs: ['name', 'endsOn'],
    takes: [],
    build: (o) => ({ kind: 'vendor-end-of-support', name: o.name!, endsOn: o.endsOn! }),
  },
  'discretionary-end': {
    needs: ['name', 'endsOn'],
    takes: ['clearDays'],
    build: (o) => ({
      kind: 'discretionary-end',
      name: o.name!,
      endsOn: o.endsOn!,
      ...(o.clearDays ? { reading: 'clear-days' as const } : {}),
    }),
  },
  'feature-change': {
    needs: ['changeOn'],
    takes: ['description'],
    build: (o) => ({ kind: 'feature-change', changeOn: o.changeOn!, ...defined({ description: o.description }) }),
  },
  'build-materials-received': {
    needs: ['receivedAt'],
    takes: ['customization'],
    build: (o) => ({
      kind: 'build-materials-received',
      receivedAt: o.receivedAt!,
      customization: o.customization === true,
    }),
  },
  // The urgency changes only the case clock's targets, when the policy version sets them (1.2.case).
  'inquiry-received': {
    needs: ['receivedAt'],
    takes: ['urgency'],
    build: (o) => ({ kind: 'inquiry-received', receivedAt: o.receivedAt!, ...defined({ urgency: o.urgency }) }),
  },
};

const flag = (k: string) => `--${kebab(k)}`;

/** The event for its kind from the options, refusing missing ones and ones that kind does not take. */
function eventOf(o: EventInput): PolicyEvent {
  const spec = EVENTS[o.kind];
  const missing = spec.needs.filter((k) => o[k] === undefined);
  if (missing.length) {
    const list = missing.map(flag).join(', ');
    throw cliError('INVALID_INPUT', { ja: `${o.kind} には ${list} が必要です`, en: `a ${o.kind} event needs ${list}` });
  }
  const known = [...spec.needs, ...spec.takes];
  const stray = (Object.keys(o) as (keyof EventInput)[]).filter(
    (k) => k !== 'kind' && k !== 'ics' && o[k] !== undefined && !known.includes(k),
  );
  if (stray.length) {
    const list = stray.map(flag).join(', ');
    const takes = known.map(flag).join(', ');
    throw cliError('INVALID_INPUT', {
      ja: `${list} は ${o.kind} には使えません (使えるのは ${takes})`,
      en: `${list} do${stray.length === 1 ? 'es' : ''} not apply to a ${o.kind} event (it takes ${takes})`,
    });
  }
  return spec.build(o);
}

const DEADLINE: Record<Obligation['deadline'], Bilingual> = {
  by: { ja: 'まで', en: 'by' },
  on: { ja: '当日', en: 'on' },
  target: { ja: '目処', en: 'target' },
  from: { ja: '以降', en: 'from' },
};

/** One obligation per line: due, deadline kind, what, [clause]. */
function obligationLine(o: Obligation, lang: Lang): string {
  const due =
    o.due.kind === 'date'
      ? dateText(o.due.date)[lang]
      : o.due.kind === 'instant'
        ? instantText(o.due.at)[lang]
        : lang === 'ja'
          ? '別途ご相談'
          : 'agree separately';
  return `  ${padColumns(due, lang === 'ja' ? 24 : 30)}  ${padColumns(DEADLINE[o.deadline][lang], 6)}  ${o.what[lang]}  [${o.clause}]`;
}

export const TIMELINE_COMMANDS: readonly AnyCommandSpec[] = [
  {
    name: 'obligations',
    summary: {
      ja: '出来事が求めることとその期限: 通知、終了日、納品 (条項つき)。--ics で iCalendar ファイル',
      en: 'everything an event obliges, and by when: notices, end dates, deliveries, each with its clause; --ics for a calendar file',
    },
    args: [{ key: 'kind', kind: Object.keys(EVENTS), help: { ja: '出来事', en: 'the event' } }],
    options: [
      {
        key: 'product',
        kind: 'text',
        value: 'id',
        help: {
          ja: `release-ga: 製品 ID (${BUILTIN_PRODUCT_IDS})`,
          en: `release-ga: the product id (${BUILTIN_PRODUCT_IDS})`,
        },
      },
      {
        key: 'release',
        kind: 'text',
        value: 'name',
        help: { ja: 'release-ga: 新しいリリース', en: 'release-ga: the new release' },
      },
      { key: 'ga', kind: 'date', help: { ja: 'release-ga: その GA 日', en: 'release-ga: its GA date' } },
      {
        key: 'previous',
        kind: 'text',
        value: 'name',
        help: { ja: 'release-ga: 置き換わるリリース', en: 'release-ga: the release it replaces' },
      },
      {
        key: 'name',
        kind: 'text',
        help: {
          ja: 'vendor-end-of-support, discretionary-end: OS や製品の名前',
          en: 'vendor-end-of-support, discretionary-end: the OS or product',
        },
      },
      {
        key: 'endsOn',
        kind: 'date',
        help: {
          ja: 'vendor-end-of-support, discretionary-end: サポート最終日',
          en: 'vendor-end-of-support, discretionary-end: its last supported day',
        },
      },
      {
        key: 'clearDays',
        kind: 'flag',
        help: {
          ja: 'discretionary-end: 「90日前」を丸 90 日と読みます',
          en: 'discretionary-end: read "90 days before" as 90 clear days',
        },
      },
      {
        key: 'changeOn',
        kind: 'date',
        help: { ja: 'feature-change: 機能が変わる日', en: 'feature-change: the day the features change' },
      },
      {
        key: 'description',
        kind: 'text',
        help: { ja: 'feature-change: 変わる内容', en: 'feature-change: what changes' },
      },
      {
        key: 'receivedAt',
        kind: 'instant',
        help: {
          ja: 'build-materials-received, inquiry-received: 届いた日時',
          en: 'build-materials-received, inquiry-received: when it arrived',
        },
      },
      {
        key: 'urgency',
        kind: URGENCY_LEVELS,
        value: 'level',
        help: {
          ja: 'inquiry-received: 緊急度 (ポリシーの版がケースの時計の目標を定めていれば、その目標時刻も)',
          en: 'inquiry-received: the urgency (with case clock targets in the policy version, their instants too)',
        },
      },
      {
        key: 'customization',
        kind: 'flag',
        help: {
          ja: 'build-materials-received: カスタマイズを含むアプリ',
          en: 'build-materials-received: the app involves customization',
        },
      },
      {
        key: 'ics',
        kind: 'flag',
        help: {
          ja: 'かわりに iCalendar ファイル (text/calendar) を出力',
          en: 'print an iCalendar file (text/calendar) instead',
        },
      },
    ],
    examples: [
      'obligations release-ga --product kaito --release 4.0 --ga 2026-04-01 --previous 3.2',
      'obligations discretionary-end --name "Windows 10" --ends-on 2027-06-30 --ics > end.ics',
    ],
    now: { ja: `${NOW_TODAY.ja}、--ics の作成日時 (DTSTAMP)`, en: `${NOW_TODAY.en}; the DTSTAMP of --ics` },
    jsonShape: 'the decision of `obligationsFor` (`value`: `Obligation[]`); with `--ics`, the iCalendar text',
    run: async (i: EventInput, ctx) => {
      const d = ctx.decide({ rule: 'obligationsFor', args: [eventOf(i)] });
      if (i.ics) {
        const { obligationsToIcs } = await import('../../ics/index.js');
        return { raw: obligationsToIcs(d.value, { policy: ctx.policy(), lang: ctx.options().lang, stamp: ctx.now() }) };
      }
      const n = d.value.length;
      const lines = (l: Lang) => d.value.map((ob) => obligationLine(ob, l));
      return {
        decision: d,
        answer: {
          ja: [`${i.kind}: ${n} 件の期限`, ...lines('ja')].join('\n'),
          en: [`${i.kind}: ${countEn(n, 'obligation')}`, ...lines('en')].join('\n'),
        },
      };
    },
  } satisfies CommandSpec<EventInput>,
  {
    name: 'clauses',
    summary: {
      ja: 'ポリシーの条項 ID と見出し。前方一致で章ごとに',
      en: 'the clause ids of the policy with their titles; give a prefix to list a chapter',
    },
    args: [
      {
        key: 'prefix',
        kind: 'text',
        optional: true,
        help: { ja: 'この文字で始まる ID だけ (例: 4.3)', en: 'only ids starting with this, e.g. 4.3' },
      },
    ],
    examples: ['clauses', 'clauses 4.3 --lang en'],
    jsonShape: '`{ [clauseId]: { ja, en } }`',
    now: false,
    run: (i: { prefix?: string }) => {
      const ids = CLAUSE_IDS.filter((id) => i.prefix === undefined || id.startsWith(i.prefix));
      if (ids.length === 0)
        throw cliError('INVALID_INPUT', {
          ja: `${JSON.stringify(i.prefix)} で始まる条項 ID はありません (cs-policy clauses で一覧)`,
          en: `no clause id starts with ${JSON.stringify(i.prefix)}; see cs-policy clauses`,
        });
      const width = Math.max(...ids.map((id) => id.length));
      return {
        json: Object.fromEntries(ids.map((id) => [id, CLAUSES[id]])),
        text: {
          ja: ids.map((id) => `${id.padEnd(width)}  ${CLAUSES[id].ja}`).join('\n'),
          en: ids.map((id) => `${id.padEnd(width)}  ${CLAUSES[id].en}`).join('\n'),
        },
      };
    },
  } satisfies CommandSpec<{ prefix?: string }>,
] as readonly AnyCommandSpec[];
