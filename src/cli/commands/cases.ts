// Preamble and chapters 1–2 (who is served, channels, reception, representatives, the form, the
// case lifecycle): reception, check-sender, channels, eligibility, validate-intake, case-start, case-apply.
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
import { startCase, type StartCaseInput } from '../../cases/case-state.js';
import type { Decision } from '../../policy/decision.js';
import type { Bilingual } from '../../words/bilingual.js';
import { countEn } from '../../words/count.js';
import { instantText } from '../../words/dates.js';
import { type AnyCommandSpec, type CommandSpec, defined, NOW_TODAY, ruleCommand } from '../command-spec.js';
import { toJson, type Lang } from '../io.js';
import { cliError } from '../lang.js';
import { BUILTIN_PRODUCT_IDS } from './shared.js';

function channelText(c: InquiryChannel): Bilingual {
  if (c.channel === 'web-form')
    return { ja: `フォーム ${c.contact} (いつでも)`, en: `web form ${c.contact} (any time)` };
  const when: Bilingual =
    c.when === 'now'
      ? { ja: '今は受付時間内', en: 'open now' }
      : c.when === 'business-hours'
        ? { ja: '受付時間内', en: 'business hours' }
        : { ja: 'いつでも', en: 'any time' };
  return { ja: `電話 ${c.contact} (${when.ja})`, en: `phone ${c.contact} (${when.en})` };
}

function channelsAnswer(d: AllowedChannelsDecision): Bilingual {
  if (d.value.length === 0) return { ja: '利用できる窓口はありません', en: 'No channel is open' };
  const parts = d.value.map(channelText);
  return { ja: parts.map((p) => p.ja).join(' / '), en: parts.map((p) => p.en).join(' / ') };
}

function intakeAnswer(d: CaseIntakeDecision): Bilingual {
  const lines = (lang: Lang) =>
    d.outcome === 'invalid'
      ? d.value.errors.map((e) => `  * ${e.path.join('.') || '(form)'}: ${e.message[lang]} [${e.clause}]`)
      : d.value.notes.map((r) => `  * ${r.message[lang]} [${r.clause}]`);
  if (d.outcome === 'invalid') {
    const n = d.value.errors.length;
    return {
      ja: [`無効です: ${n} 件の誤り`, ...lines('ja')].join('\n'),
      en: [`Invalid: ${countEn(n, 'problem')}`, ...lines('en')].join('\n'),
    };
  }
  const n = d.value.drafts.length;
  return {
    ja: [`有効です: ${n} 件のケースとして登録します`, ...lines('ja')].join('\n'),
    en: [`Valid: registered as ${countEn(n, 'case')}`, ...lines('en')].join('\n'),
  };
}

/** A case status in words; a status this CLI does not know yet is shown as it is. */
const STATUS: { readonly [status: string]: Bilingual } = {
  submitted: { ja: '受付 (番号なし)', en: 'submitted (no number yet)' },
  registered: { ja: '登録済み', en: 'registered' },
  investigating: { ja: '調査中', en: 'under investigation' },
  'final-answer': { ja: '最終回答済み', en: 'final answer given' },
  survey: { ja: 'アンケート送付済み', en: 'survey sent' },
  closed: { ja: 'クローズ', en: 'closed' },
};
const statusText = (status: unknown): Bilingual => STATUS[String(status)] ?? { ja: String(status), en: String(status) };

const URGENCY_HELP: Bilingual = { ja: 'お問い合わせの緊急度', en: 'the urgency of the inquiry' };

export const CASE_COMMANDS: readonly AnyCommandSpec[] = [
  ruleCommand({
    name: 'reception',
    summary: {
      ja: 'お問い合わせの受付処理の開始: 受付時間内ならすぐ、時間外なら次の受付開始 (1.2.form.confirmation)',
      en: 'when support takes up an inquiry received at an instant: at once within hours, else the next opening (1.2.form.confirmation)',
    },
    args: [
      {
        key: 'receivedAt',
        kind: 'instant',
        help: {
          ja: 'お問い合わせが届いた日時 (例: 2026-12-28T18:45、2026/12/28 18:45)',
          en: 'when the inquiry arrived, e.g. 2026-12-28T18:45+09:00 (no offset = JST)',
        },
      },
    ],
    examples: ['reception 2026-12-28T18:45+09:00', 'reception "今日 18:45" --now 2026-12-28T19:00'],
    now: NOW_TODAY,
    call: (i: { receivedAt: string }) => ({ rule: 'receptionStart', args: [i.receivedAt] }),
    answer: (d) => {
      const at = instantText(d.value);
      return d.outcome === 'immediate'
        ? { ja: `${at.ja} から受付処理 (受付時間内)`, en: `Reception starts at ${at.en} (within business hours)` }
        : {
            ja: `${at.ja} から受付処理 (次の営業開始)`,
            en: `Reception starts at ${at.en} (the next business opening)`,
          };
    },
  }),
  ruleCommand({
    name: 'check-sender',
    summary: {
      ja: 'この送信者からのお問い合わせを受け付けるか: 登録済みのご担当者 (原則 1 企業 1 名) (1.2.representative)',
      en: "whether an inquiry from this sender is accepted: the company's registered representatives, one per company in principle (1.2.representative)",
    },
    options: [
      {
        key: 'email',
        kind: 'text',
        value: 'address',
        required: true,
        help: { ja: '送信者のメールアドレス', en: "the sender's e-mail address" },
      },
      {
        key: 'registered',
        kind: 'list',
        value: 'addresses',
        required: true,
        help: {
          ja: '登録済みのご担当者 (カンマ区切り、いなければ "")',
          en: 'the company\'s registered representatives, comma-separated ("" for none)',
        },
      },
      {
        key: 'endUser',
        kind: 'flag',
        help: {
          ja: '企業の代表ではない個人のエンドユーザー',
          en: 'the sender is an individual end user, not speaking for the company',
        },
      },
      {
        key: 'allowance',
        kind: 'whole',
        help: {
          ja: '契約で登録できるご担当者の数 (既定: ポリシーの値、1)',
          en: "representatives the contract allows (default: the policy's, 1)",
        },
      },
      {
        key: 'company',
        kind: 'text',
        value: 'name',
        help: { ja: '企業名 (メッセージ用)', en: 'the company name, for the messages' },
      },
    ],
    examples: ['check-sender --email hanako@example.co.jp --registered taro@example.co.jp'],
    call: (i: { email: string; registered: string[]; endUser?: boolean; allowance?: number; company?: string }) => ({
      rule: 'checkInquirySender',
      args: [
        {
          sender: { email: i.email, ...(i.endUser ? { kind: 'individual-end-user' as const } : {}) },
          company: { registeredContacts: i.registered, ...defined({ allowance: i.allowance, name: i.company }) },
        },
      ],
    }),
    answer: (d) =>
      d.outcome === 'allowed'
        ? { ja: '受け付けます (登録済みのご担当者)', en: 'Accepted (a registered representative)' }
        : { ja: 'お受けできません', en: 'Not accepted' },
  }),
  ruleCommand({
    name: 'channels',
    summary: {
      ja: '新しいお問い合わせの窓口: フォームはいつでも、電話は緊急時の受付時間内 (1.1.channels, 1.1.hours)',
      en: 'the channels open for a new inquiry: the web form always, the phone for emergencies within hours (1.1.channels, 1.1.hours)',
    },
    options: [
      { key: 'urgency', kind: URGENCY_LEVELS, value: 'level', required: true, help: URGENCY_HELP },
      {
        key: 'at',
        kind: 'instant',
        help: {
          ja: 'お客様が連絡したい日時 (省略すると一般的な答え)',
          en: 'when the customer wants to get in touch (omit for a general answer)',
        },
      },
    ],
    examples: [
      'channels --urgency high --at 2027-01-04T10:00+09:00',
      'channels --urgency high --at 今 --now "2027/1/4 10:00"',
    ],
    now: NOW_TODAY,
    call: (i: { urgency: Urgency; at?: string }) => ({
      rule: 'allowedChannels',
      args: [{ urgency: i.urgency, ...defined({ at: i.at }) }],
    }),
    answer: channelsAnswer,
  }),
  ruleCommand({
    name: 'eligibility',
    summary: {
      ja: 'ある日にお客様がカスタマー・サービスの提供対象か、製品ごとに (intro.eligibility, 1.1.products)',
      en: 'whether customer service is provided to a customer on a day, and for a product (intro.eligibility, 1.1.products)',
    },
    options: [
      {
        key: 'kind',
        kind: [...CUSTOMER_KINDS, 'none'],
        value: 'customer-kind',
        required: true,
        help: { ja: 'お客様の種類', en: 'the kind of customer' },
      },
      { key: 'on', kind: 'date', required: true, help: { ja: '判断する日', en: 'the day asked about' } },
      {
        key: 'product',
        kind: 'text',
        value: 'id',
        help: {
          ja: `ポリシーの製品 ID (${BUILTIN_PRODUCT_IDS})`,
          en: `a product id of the policy (${BUILTIN_PRODUCT_IDS})`,
        },
      },
      { key: 'contractStart', kind: 'date', help: { ja: '契約の初日', en: 'the first day of the contract' } },
      {
        key: 'contractEnd',
        kind: 'date',
        help: { ja: '契約の最終日 (その日を含む)', en: 'the last day of the contract (inclusive)' },
      },
    ],
    examples: ['eligibility --kind maintenance-contract --on 2027-01-04 --product kaito --contract-end 2027-03-31'],
    now: NOW_TODAY,
    call: (i: {
      kind: EligibilityCustomerKind;
      on: string;
      product?: string;
      contractStart?: string;
      contractEnd?: string;
    }) => ({
      rule: 'checkEligibility',
      args: [
        {
          customer: { kind: i.kind, ...defined({ contractStart: i.contractStart, contractEnd: i.contractEnd }) },
          ...defined({ product: i.product }),
          date: i.on,
        },
      ],
    }),
    answer: (d, _i, ctx) => {
      if (d.outcome === 'not-eligible')
        return { ja: 'カスタマー・サービスの提供対象ではありません', en: 'Not eligible for customer service' };
      const contents = ctx.policy().contents.filter((c) => d.value.services.includes(c.id));
      return {
        ja: `提供対象です (${contents.map((c) => c.name.ja).join('、')})`,
        en: `Eligible (${contents.map((c) => c.name.en).join(', ')})`,
      };
    },
  }),
  {
    name: 'validate-intake',
    summary: {
      ja: 'ケース登録フォーム (JSON) を確かめ、質問ごとに 1 ケースに分けます (1.2.form)',
      en: 'checks a case-registration form (JSON) and splits it into one case per question (1.2.form)',
    },
    args: [
      {
        key: 'file',
        kind: 'json',
        optional: true,
        help: { ja: 'JSON ファイル (- は標準入力)', en: 'a JSON file, or - for standard input' },
      },
    ],
    options: [
      {
        key: 'schema',
        kind: 'flag',
        help: {
          ja: 'かわりにフォームの JSON Schema (draft 2020-12) を出力',
          en: 'print the form as a JSON Schema (draft 2020-12) instead',
        },
      },
    ],
    examples: [
      'validate-intake form.json',
      'validate-intake - --lang en < form.json',
      'validate-intake --schema > case-intake.schema.json',
    ],
    jsonShape: 'the decision of `validateCaseIntake`; with `--schema`, the JSON Schema',
    now: {
      ja: '現在とみなす日時 (--policy-dir で今日有効な版を選ぶ日)',
      en: 'pretend it is this instant (with --policy-dir: the version in force today)',
    },
    run: (i: { file?: unknown; schema?: boolean }, ctx) => {
      if (i.schema) return { raw: toJson(caseIntakeJsonSchema({ policy: ctx.policy() })) };
      if (i.file === undefined)
        throw cliError('INVALID_INPUT', {
          ja: 'validate-intake には JSON ファイルか - (標準入力) が必要です (または --schema)',
          en: 'validate-intake needs a JSON file, or - for standard input (or --schema)',
        });
      const d = ctx.decide({ rule: 'validateCaseIntake', args: [i.file] });
      return { decision: d, answer: intakeAnswer(d) };
    },
  } satisfies CommandSpec<{ file?: unknown; schema?: boolean }>,
  {
    name: 'case-start',
    summary: {
      ja: '新しいケースを作ります (番号の付く前、1.2.case): 件名と質問 (validate-intake の下書きもそのまま) から',
      en: 'a new case, as submitted before it has a number (1.2.case): from a subject and a question (a validate-intake draft as it is)',
    },
    args: [
      {
        key: 'file',
        kind: 'json',
        help: {
          ja: 'JSON ファイル { "subject", "question", "urgency"?, "product"? } (- は標準入力)',
          en: 'a JSON file { "subject", "question", "urgency"?, "product"? }, or - for standard input',
        },
      },
    ],
    examples: ['case-start case.json > state.json'],
    jsonShape: 'the new case state, as `startCase` returns it (`status: "submitted"`, `history: []`, …)',
    now: {
      ja: '現在とみなす日時 (--policy-dir で今日有効な版を選ぶ日)',
      en: 'pretend it is this instant (with --policy-dir: the version in force today)',
    },
    run: (i: { file: unknown }, ctx) => {
      const state = startCase(i.file as StartCaseInput, { policy: ctx.policy() });
      const s = statusText(state.status);
      return {
        json: state,
        // The state is what the next command reads: printed as JSON in either language, after one line saying what it is.
        text: {
          ja: `ケースを作りました (${s.ja}): ${state.subject}\n${toJson(state)}`,
          en: `New case (${s.en}): ${state.subject}\n${toJson(state)}`,
        },
      };
    },
  } satisfies CommandSpec<{ file: unknown }>,
  {
    name: 'case-apply',
    summary: {
      ja: 'ケースに出来事 (登録、調査開始、最終回答、アンケート、クローズ …) を適用した結果 (1.2.case, 2.*, 4.1.survey)',
      en: 'a case after an event of its lifecycle (register, start investigation, final answer, survey, close, …) (1.2.case, 2.*, 4.1.survey)',
    },
    args: [
      {
        key: 'state',
        kind: 'json',
        help: {
          ja: 'ケースの状態の JSON ファイル (case-start の出力)',
          en: 'the case state, a JSON file (as case-start prints it)',
        },
      },
      {
        key: 'events',
        kind: 'json',
        help: {
          ja: '出来事の JSON ファイル: 1 件 { "type", … } か、順に適用する一覧 [ … ] (- は標準入力)',
          en: 'the event, a JSON file { "type", … }, or a list of events applied in order (- for standard input)',
        },
      },
    ],
    examples: [
      'case-apply state.json event.json',
      `case-apply state.json - <<< '{"type":"register","caseNumber":"CS-0001"}'`,
    ],
    jsonShape: 'the decision of `transitionCase` for the last event applied (a refused event stops the list)',
    now: {
      ja: '現在とみなす日時 (--policy-dir で今日有効な版を選ぶ日)',
      en: 'pretend it is this instant (with --policy-dir: the version in force today)',
    },
    run: (i: { state: unknown; events: unknown }, ctx) => {
      const events = Array.isArray(i.events) ? i.events : [i.events];
      if (events.length === 0)
        throw cliError('INVALID_INPUT', { ja: '出来事の一覧が空です', en: 'the list of events is empty' });
      let state = i.state;
      const path = [statusText((state as { status?: unknown } | null)?.status)];
      let decision: Decision | undefined;
      for (const event of events) {
        // Through the rule registry, as batch and the service decide it, whatever the case's shape becomes.
        decision = ctx.decide({ rule: 'transitionCase', args: [state, event] });
        if (decision.outcome === 'refused') break;
        const value = decision.value as { status?: unknown; kept?: { status?: unknown } };
        state = decision.outcome === 'split' ? value.kept : value;
        path.push(statusText((state as { status?: unknown }).status));
      }
      const d = decision!;
      const steps = (lang: Lang) => path.map((p) => p[lang]).join(' → ');
      const answer: Bilingual =
        d.outcome === 'refused'
          ? { ja: `適用できません (${steps('ja')} で止まりました)`, en: `Refused (stopped at ${steps('en')})` }
          : d.outcome === 'split'
            ? {
                ja: `ケースを分けました: ${steps('ja')}、新しいケース ${(d.value as { created: unknown[] }).created.length} 件`,
                en: `Split: ${steps('en')}, ${countEn((d.value as { created: unknown[] }).created.length, 'new case')}`,
              }
            : { ja: `適用しました: ${steps('ja')}`, en: `Applied: ${steps('en')}` };
      return { decision: d, answer };
    },
  } satisfies CommandSpec<{ state: unknown; events: unknown }>,
  ruleCommand({
    name: 'clock',
    summary: {
      ja: 'ケースの時計: 営業時間で数えた対応時間とお客様待ちの時間、版が目標を定めていれば期限 (1.2.case, 1.1.hours, 2.1.data)',
      en: 'the case clock: business time handled and waiting for the customer, and the target where the version sets one (1.2.case, 1.1.hours, 2.1.data)',
    },
    args: [
      {
        key: 'events',
        kind: 'json',
        help: {
          ja: '時計の出来事の JSON ファイル [{ "at", "clock": "run" | "pause" | "stop" }, …] (- は標準入力)',
          en: 'the clock events, a JSON file [{ "at", "clock": "run" | "pause" | "stop" }, …] (- for standard input)',
        },
      },
    ],
    options: [
      { key: 'urgency', kind: URGENCY_LEVELS, value: 'level', help: URGENCY_HELP },
      {
        key: 'measure',
        kind: ['first-response', 'resolution'] as const,
        value: 'target',
        help: { ja: '目標の種類 (既定: resolution)', en: 'which target (default: resolution)' },
      },
    ],
    examples: ['clock events.json --urgency high --now "2027/1/4 11:00"'],
    now: { ja: '時計を読む日時 (既定: 現在)', en: 'the instant the clock is read at (default: now)' },
    call: (i: { events: unknown; urgency?: Urgency; measure?: 'first-response' | 'resolution' }, ctx) => ({
      rule: 'caseClock',
      args: [i.events],
      options: defined({ now: ctx.now().toISOString(), urgency: i.urgency, measure: i.measure }),
    }),
    answer: (d) => {
      const v = d.value;
      const state: Bilingual =
        v.state === 'running'
          ? { ja: '対応中', en: 'running' }
          : v.state === 'paused'
            ? { ja: 'お客様待ち', en: 'paused (waiting for the customer)' }
            : { ja: '終了', en: 'stopped' };
      return {
        ja: `${state.ja}: 対応 ${v.elapsedBusinessMinutes} 分、お客様待ち ${v.pausedBusinessMinutes} 分 (営業時間)`,
        en: `${state.en}: ${countEn(v.elapsedBusinessMinutes, 'business minute')} handled, ${countEn(v.pausedBusinessMinutes, 'business minute')} waiting`,
      };
    },
  }),
] as readonly AnyCommandSpec[];
