// What an event obliges and when support is closed, as lists or iCalendar: obligations, closures, clauses.
import { Argument, type Command } from 'commander';
import {
  CLAUSES,
  CLAUSE_IDS,
  URGENCY_LEVELS,
  type Obligation,
  type PolicyEvent,
  type PolicyEventKind,
  type Urgency,
} from '../../index.js';
import { CsPolicyError } from '../../errors.js';
import { closureText } from '../calendar-commands.js';
import type { CliContext } from '../context.js';
import { toJson, type Lang } from '../io.js';
import { choiceOption, flagOf, padColumns, ruleOptions, withExamples, type Text } from './shared.js';

interface EventOptions {
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
  customization?: boolean;
  urgency?: Urgency;
}
type Key = keyof EventOptions;

/** Per event kind: the options it needs, those it may take, and the event they make. */
const EVENTS: {
  readonly [K in PolicyEventKind]: {
    readonly needs: readonly Key[];
    readonly takes: readonly Key[];
    readonly build: (o: EventOptions) => PolicyEvent;
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
      ...(o.previous === undefined ? {} : { previousRelease: o.previous }),
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
    build: (o) => ({
      kind: 'feature-change',
      changeOn: o.changeOn!,
      ...(o.description === undefined ? {} : { description: o.description }),
    }),
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
  'inquiry-received': {
    needs: ['receivedAt'],
    takes: ['urgency'],
    build: (o) => ({
      kind: 'inquiry-received',
      receivedAt: o.receivedAt!,
      ...(o.urgency === undefined ? {} : { urgency: o.urgency }),
    }),
  },
};

/** The event for `kind` from the options, refusing missing ones and ones that kind does not take. */
function eventOf(kind: PolicyEventKind, o: EventOptions): PolicyEvent {
  const spec = EVENTS[kind];
  const missing = spec.needs.filter((k) => o[k] === undefined);
  if (missing.length)
    throw new CsPolicyError('INVALID_INPUT', `a ${kind} event needs ${missing.map(flagOf).join(', ')}`);
  const stray = (Object.keys(o) as Key[]).filter(
    (k) => o[k] !== undefined && !spec.needs.includes(k) && !spec.takes.includes(k),
  );
  if (stray.length) {
    throw new CsPolicyError(
      'INVALID_INPUT',
      `${stray.map(flagOf).join(', ')} do${stray.length === 1 ? 'es' : ''} not apply to a ${kind} event (it takes ${[...spec.needs, ...spec.takes].map(flagOf).join(', ')})`,
    );
  }
  return spec.build(o);
}

const DEADLINE: Record<Obligation['deadline'], Text> = {
  by: { ja: 'まで', en: 'by' },
  on: { ja: '当日', en: 'on' },
  target: { ja: '目処', en: 'target' },
  from: { ja: '以降', en: 'from' },
};

/** One obligation per line: due, deadline kind, what, [clause]. */
function obligationLine(o: Obligation, lang: Lang): string {
  const due =
    o.due.kind === 'date'
      ? o.due.date
      : o.due.kind === 'instant'
        ? o.due.at
        : lang === 'ja'
          ? '別途ご相談'
          : 'agree separately';
  return `  ${padColumns(due, 25)}  ${padColumns(DEADLINE[o.deadline][lang], 6)}  ${o.what[lang]}  [${o.clause}]`;
}

export function registerTimelineCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('obligations')
      .description(
        'everything an event obliges, and by when: notices, end dates, deliveries, each with its clause; --ics for a calendar file',
      )
      .addArgument(new Argument('<event-kind>', 'the event').choices(Object.keys(EVENTS)))
      .option('--product <id>', 'release-ga: the product id (kaito, sekai-cart)')
      .option('--release <name>', 'release-ga: the new release')
      .option('--ga <date>', 'release-ga: its GA date')
      .option('--previous <name>', 'release-ga: the release it replaces')
      .option('--name <name>', 'vendor-end-of-support, discretionary-end: the OS or product')
      .option('--ends-on <date>', 'vendor-end-of-support, discretionary-end: its last supported day')
      .option('--clear-days', 'discretionary-end: read "90 days before" as 90 clear days')
      .option('--change-on <date>', 'feature-change: the day the features change')
      .option('--description <text>', 'feature-change: what changes')
      .option('--received-at <instant>', 'build-materials-received, inquiry-received: when it arrived')
      .option('--customization', 'build-materials-received: the app involves customization')
      .addOption(choiceOption('--urgency <level>', 'inquiry-received: the urgency', URGENCY_LEVELS))
      .option('--ics', 'print an iCalendar file (text/calendar) instead'),
    'obligations release-ga --product kaito --release 4.0 --ga 2026-04-01 --previous 3.2',
    'obligations discretionary-end --name "Windows 10" --ends-on 2027-06-30 --ics > end.ics',
  ).action(async (kind: PolicyEventKind, o: EventOptions & { ics?: boolean }) => {
    const { ics, ...options } = o;
    const d = ctx.decide({ rule: 'obligationsFor', args: [eventOf(kind, options)] });
    const { lang } = ctx.options();
    if (ics) {
      const { obligationsToIcs } = await import('../../ics/index.js');
      ctx.io.out(obligationsToIcs(d.value, { ...ruleOptions(ctx), lang, stamp: ctx.io.now() }));
      return;
    }
    const n = d.value.length;
    const lines = (l: Lang) => d.value.map((ob) => obligationLine(ob, l));
    ctx.printDecision(d, {
      ja: [`${kind}: ${n} 件の期限`, ...lines('ja')].join('\n'),
      en: [`${kind}: ${n} obligation${n === 1 ? '' : 's'}`, ...lines('en')].join('\n'),
    });
  });

  withExamples(
    program
      .command('closures')
      .description(
        'the days support is closed between two dates, each with why (weekends left out unless --all); --ics for a calendar file',
      )
      .argument('<from>', 'the first day, e.g. 2026-12-01')
      .argument('<to>', 'the last day (inclusive), e.g. 2027-01-31')
      .option('--all', 'list ordinary weekends too')
      .option('--ics', 'print an iCalendar file of the closures (never ordinary weekends)'),
    'closures 2026-12-01 2027-01-31',
    'closures 2027-01-01 2027-12-31 --ics > closures-2027.ics',
  ).action(async (from: string, to: string, o: { all?: boolean; ics?: boolean }) => {
    const { json, lang } = ctx.options();
    if (o.ics) {
      const { closuresToIcs } = await import('../../ics/index.js');
      ctx.io.out(closuresToIcs({ from, to }, { ...ruleOptions(ctx), lang, stamp: ctx.io.now() }));
      return;
    }
    const days = ctx
      .calendar()
      .closedDaysBetween(from, to)
      .filter((d) => o.all || d.closures.some((c) => c.kind !== 'weekend'));
    if (json) {
      ctx.io.out(toJson({ from, to, days }));
      return;
    }
    const head =
      lang === 'ja'
        ? `${from}〜${to} の休業日: ${days.length} 日${o.all ? '' : ' (土日のみの日を除く)'}`
        : `${days.length} closed day${days.length === 1 ? '' : 's'} from ${from} to ${to}${o.all ? '' : ' (besides ordinary weekends)'}`;
    ctx.io.out(
      [
        head,
        ...days.map(
          (d) => `  ${d.date}: ${d.closures.map((c) => closureText(c, lang)).join(lang === 'ja' ? '、' : '; ')}`,
        ),
      ].join('\n'),
    );
  });

  withExamples(
    program
      .command('clauses')
      .description('the clause ids of the policy with their titles; give a prefix to list a chapter')
      .argument('[prefix]', 'only ids starting with this, e.g. 4.3'),
    'clauses',
    'clauses 4.3 --lang en',
  ).action((prefix: string | undefined) => {
    const { json, lang } = ctx.options();
    const ids = CLAUSE_IDS.filter((id) => prefix === undefined || id.startsWith(prefix));
    if (ids.length === 0)
      throw new CsPolicyError(
        'INVALID_INPUT',
        `no clause id starts with ${JSON.stringify(prefix)}; see cs-policy clauses`,
      );
    if (json) {
      ctx.io.out(toJson(Object.fromEntries(ids.map((id) => [id, CLAUSES[id]]))));
      return;
    }
    const width = Math.max(...ids.map((id) => id.length));
    ctx.io.out(ids.map((id) => `${id.padEnd(width)}  ${CLAUSES[id][lang]}`).join('\n'));
  });
}
