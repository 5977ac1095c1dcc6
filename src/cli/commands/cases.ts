// Preamble and chapters 1–2 (who is served, channels, reception, representatives, the form):
// reception, check-sender, channels, eligibility, validate-intake.
import { Option, type Command } from 'commander';
import {
  caseIntakeJsonSchema,
  CUSTOMER_KINDS,
  URGENCY_LEVELS,
  type AllowedChannelsDecision,
  type CaseIntakeDecision,
  type EligibilityCustomerKind,
  type InquiryChannel,
  type Urgency,
} from '../../index.js';
import { CsPolicyError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { toJson, type Lang } from '../io.js';
import { choiceOption, parseList, parseWhole, ruleOptions, withExamples, type Text } from './shared.js';

function channelText(c: InquiryChannel): Text {
  if (c.channel === 'web-form')
    return { ja: `フォーム ${c.contact} (いつでも)`, en: `web form ${c.contact} (any time)` };
  const when: Text =
    c.when === 'now'
      ? { ja: '今は受付時間内', en: 'open now' }
      : c.when === 'business-hours'
        ? { ja: '受付時間内', en: 'business hours' }
        : { ja: 'いつでも', en: 'any time' };
  return { ja: `電話 ${c.contact} (${when.ja})`, en: `phone ${c.contact} (${when.en})` };
}

function channelsAnswer(d: AllowedChannelsDecision): Text {
  if (d.value.length === 0) return { ja: '利用できる窓口はありません', en: 'No channel is open' };
  const parts = d.value.map(channelText);
  return { ja: `${parts.map((p) => p.ja).join(' / ')}`, en: `${parts.map((p) => p.en).join(' / ')}` };
}

function intakeAnswer(d: CaseIntakeDecision, lang: Lang): Text {
  if (d.outcome === 'invalid') {
    const lines = d.value.errors.map((e) => `  * ${e.path.join('.') || '(form)'}: ${e.message[lang]} [${e.clause}]`);
    const n = d.value.errors.length;
    return {
      ja: [`無効です: ${n} 件の誤り`, ...lines].join('\n'),
      en: [`Invalid: ${n} problem${n === 1 ? '' : 's'}`, ...lines].join('\n'),
    };
  }
  const n = d.value.drafts.length;
  const notes = d.value.notes.map((r) => `  * ${r.message[lang]} [${r.clause}]`);
  return {
    ja: [`有効です: ${n} 件のケースとして登録します`, ...notes].join('\n'),
    en: [`Valid: registered as ${n} case${n === 1 ? '' : 's'}`, ...notes].join('\n'),
  };
}

export function registerCaseCommands(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command('reception')
      .description(
        'when support takes up an inquiry received at an instant: at once within hours, else the next opening (1.2.form.confirmation)',
      )
      .argument('<received-at>', 'when the inquiry arrived, e.g. 2026-12-28T18:45+09:00 (no offset = JST)'),
    'reception 2026-12-28T18:45+09:00',
  ).action((at: string) => {
    const d = ctx.decide({ rule: 'receptionStart', args: [at] });
    ctx.printDecision(
      d,
      d.outcome === 'immediate'
        ? { ja: `${d.value} から受付処理 (受付時間内)`, en: `Reception starts at ${d.value} (within business hours)` }
        : {
            ja: `${d.value} から受付処理 (次の営業開始)`,
            en: `Reception starts at ${d.value} (the next business opening)`,
          },
    );
  });

  withExamples(
    program
      .command('check-sender')
      .description(
        "whether an inquiry from this sender is accepted: the company's registered representatives, one per company in principle (1.2.representative)",
      )
      .requiredOption('--email <address>', "the sender's e-mail address")
      .requiredOption(
        '--registered <addresses>',
        'the company\'s registered representatives, comma-separated ("" for none)',
        parseList,
      )
      .option('--end-user', 'the sender is an individual end user, not speaking for the company')
      .option('--allowance <n>', "representatives the contract allows (default: the policy's, 1)", (v: string) =>
        parseWhole(v, '--allowance'),
      )
      .option('--company <name>', 'the company name, for the messages'),
    'check-sender --email hanako@example.co.jp --registered taro@example.co.jp',
  ).action((o: { email: string; registered: string[]; endUser?: boolean; allowance?: number; company?: string }) => {
    const d = ctx.decide({
      rule: 'checkInquirySender',
      args: [
        {
          sender: { email: o.email, ...(o.endUser ? { kind: 'individual-end-user' as const } : {}) },
          company: {
            registeredContacts: o.registered,
            ...(o.allowance === undefined ? {} : { allowance: o.allowance }),
            ...(o.company === undefined ? {} : { name: o.company }),
          },
        },
      ],
    });
    const answer: Text =
      d.outcome === 'allowed'
        ? { ja: '受け付けます (登録済みのご担当者)', en: 'Accepted (a registered representative)' }
        : { ja: 'お受けできません', en: 'Not accepted' };
    ctx.printDecision(d, answer);
  });

  withExamples(
    program
      .command('channels')
      .description(
        'the channels open for a new inquiry: the web form always, the phone for emergencies within hours (1.1.channels, 1.1.hours)',
      )
      .addOption(choiceOption('--urgency <level>', 'the urgency of the inquiry', URGENCY_LEVELS).makeOptionMandatory())
      .option('--at <instant>', 'when the customer wants to get in touch (omit for a general answer)'),
    'channels --urgency high --at 2027-01-04T10:00+09:00',
  ).action((o: { urgency: Urgency; at?: string }) => {
    const d = ctx.decide({
      rule: 'allowedChannels',
      args: [{ urgency: o.urgency, ...(o.at === undefined ? {} : { at: o.at }) }],
    });
    ctx.printDecision(d, channelsAnswer(d));
  });

  withExamples(
    program
      .command('eligibility')
      .description(
        'whether customer service is provided to a customer on a day, and for a product (intro.eligibility, 1.1.products)',
      )
      .addOption(
        choiceOption('--kind <customer-kind>', 'the kind of customer', [
          ...CUSTOMER_KINDS,
          'none',
        ]).makeOptionMandatory(),
      )
      .requiredOption('--on <date>', 'the day asked about')
      .option('--product <id>', 'a product id of the policy (kaito, sekai-cart)')
      .option('--contract-start <date>', 'the first day of the contract')
      .option('--contract-end <date>', 'the last day of the contract (inclusive)'),
    'eligibility --kind maintenance-contract --on 2027-01-04 --product kaito --contract-end 2027-03-31',
  ).action(
    (o: {
      kind: EligibilityCustomerKind;
      on: string;
      product?: string;
      contractStart?: string;
      contractEnd?: string;
    }) => {
      const d = ctx.decide({
        rule: 'checkEligibility',
        args: [
          {
            customer: {
              kind: o.kind,
              ...(o.contractStart === undefined ? {} : { contractStart: o.contractStart }),
              ...(o.contractEnd === undefined ? {} : { contractEnd: o.contractEnd }),
            },
            ...(o.product === undefined ? {} : { product: o.product }),
            date: o.on,
          },
        ],
      });
      if (d.outcome === 'not-eligible') {
        ctx.printDecision(d, {
          ja: 'カスタマー・サービスの提供対象ではありません',
          en: 'Not eligible for customer service',
        });
        return;
      }
      const contents = ctx.policy().contents.filter((c) => d.value.services.includes(c.id));
      ctx.printDecision(d, {
        ja: `提供対象です (${contents.map((c) => c.name.ja).join('、')})`,
        en: `Eligible (${contents.map((c) => c.name.en).join(', ')})`,
      });
    },
  );

  withExamples(
    program
      .command('validate-intake')
      .description('checks a case-registration form (JSON) and splits it into one case per question (1.2.form)')
      .argument('[file]', 'a JSON file, or - for standard input')
      .addOption(new Option('--schema', 'print the form as a JSON Schema (draft 2020-12) instead')),
    'validate-intake form.json',
    'validate-intake - --lang en < form.json',
    'validate-intake --schema > case-intake.schema.json',
  ).action((file: string | undefined, o: { schema?: boolean }) => {
    if (o.schema) {
      ctx.io.out(toJson(caseIntakeJsonSchema(ruleOptions(ctx))));
      return;
    }
    if (file === undefined)
      throw new CsPolicyError(
        'INVALID_INPUT',
        'validate-intake needs a JSON file, or - for standard input (or --schema)',
      );
    let text: string;
    try {
      text = ctx.io.readText(file);
    } catch (error) {
      throw new CsPolicyError(
        'INVALID_INPUT',
        `cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`,
      );
    }
    let form: unknown;
    try {
      form = JSON.parse(text);
    } catch (error) {
      throw new CsPolicyError(
        'INVALID_INPUT',
        `${file === '-' ? 'standard input' : file} is not valid JSON: ${(error as Error).message}`,
      );
    }
    const d = ctx.decide({ rule: 'validateCaseIntake', args: [form] });
    const lang = ctx.options().lang;
    const answer = intakeAnswer(d, lang);
    ctx.printDecision(d, answer);
  });
}
