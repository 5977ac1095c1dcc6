import type { ClauseId } from '../policy/clauses.js';
import { deepFreeze } from '../freeze.js';
import { policyOf, type RuleOptions } from '../policy/context.js';
import { decide, reason, type Decision, type Reason } from '../policy/decision.js';
import { parseWith } from '../validate.js';
import {
  caseEventSchema,
  caseStateSchema,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type CaseStatus,
  type SubmittedCase,
  type WorkedCaseFields,
} from './case-state.js';

/**
 * From which stages each event is accepted: the case lifecycle as one table
 * (`1.2.case`, `1.2.form.one-question`, `2.1.data`, `2.2.interim-code`, `2.3.enhancement`, `4.1.survey`).
 * A UI can use it to enable only the actions that make sense.
 *
 * @example
 * ```ts
 * CASE_TRANSITIONS['send-survey']; // ['final-answer'] (4.1.survey: the survey follows the final answer)
 * CASE_TRANSITIONS['receive-data']; // ['registered', 'investigating'] (2.1.data: after the case number)
 * ```
 */
export const CASE_TRANSITIONS: { readonly [E in CaseEventType]: readonly CaseStatus[] } = deepFreeze({
  register: ['submitted'],
  'receive-data': ['registered', 'investigating'],
  split: ['submitted', 'registered', 'investigating'],
  'start-investigation': ['registered'],
  'provide-interim-code': ['investigating'],
  'request-enhancement': ['registered', 'investigating'],
  // A plain question may be answered without a separate investigation stage.
  'final-answer': ['registered', 'investigating'],
  'send-survey': ['final-answer'],
  close: ['survey'],
});

/** The clause each event rests on. */
const EVENT_CLAUSE: { readonly [E in CaseEventType]: ClauseId } = {
  register: '1.2.case',
  'receive-data': '2.1.data',
  split: '1.2.form.one-question',
  'start-investigation': '1.2.case',
  'provide-interim-code': '2.2.interim-code',
  'request-enhancement': '2.3.enhancement',
  'final-answer': '1.2.case',
  'send-survey': '4.1.survey',
  close: '4.1.survey',
};

/**
 * Support has split a case, one question per case (`1.2.form.one-question`): the case itself keeps
 * the first question, the others start as new cases.
 *
 * @example
 * ```ts
 * const r = transitionCase(startCase({ subject: '印刷', question: '印刷できない' }), { type: 'register', caseNumber: 'CS-0001' });
 * const d = r.outcome === 'applied' ? transitionCase(r.value, { type: 'split', questions: ['印刷できない', 'PDF が文字化けする'] }) : r;
 * if (d.outcome === 'split') {
 *   const split: CaseSplit = d.value;
 *   split.kept.question; // '印刷できない'
 *   split.created[0]?.splitFrom; // 'CS-0001'
 * }
 * ```
 */
export interface CaseSplit {
  readonly kept: CaseState;
  /** New cases, one per further question, each waiting for its own case number. */
  readonly created: readonly SubmittedCase[];
}

/**
 * The answer of {@link transitionCase}: `'applied'` with the new state, `'split'` with the
 * kept and the new cases, or `'refused'` (value `null`) with the reason (`1.2.case`, `4.1.survey`).
 *
 * @example
 * ```ts
 * const submitted = startCase({ subject: '印刷', question: '印刷できない' });
 * const d: CaseTransitionDecision = transitionCase(submitted, { type: 'split', questions: ['印刷できない', 'PDF が文字化けする'] });
 * if (d.outcome === 'split') d.value.created.length; // 1 (the second question becomes a new case)
 * else if (d.outcome === 'refused') console.log(renderDecision(d, 'en'));
 * ```
 */
export type CaseTransitionDecision =
  | Decision<'applied', CaseState>
  | Decision<'split', CaseSplit>
  | Decision<'refused', null>;

const ANSWERED: readonly CaseStatus[] = ['final-answer', 'survey'];

/** Why an event is not accepted at this stage. */
function statusRefusal(event: CaseEvent, state: CaseState): Reason {
  const status = state.status;
  const clause = EVENT_CLAUSE[event.type];
  if (status === 'closed') {
    return reason(
      'CASE_ALREADY_CLOSED',
      '1.2.case',
      'このケースはクローズ済みです。新しいお問い合わせとしてご登録ください。',
      'This case is closed; please register a new inquiry.',
    );
  }
  if (status === 'submitted') {
    if (event.type === 'receive-data') {
      return reason(
        'DATA_BEFORE_CASE_NUMBER',
        '2.1.data',
        'データのご提供は、ケース番号を受け取った後にお願いいたします。',
        'Data can be sent only after the case number has been received.',
      );
    }
    return reason(
      'CASE_NUMBER_FIRST',
      '1.2.case',
      'まずケース番号を発行します。対応はケース番号に基づいて開始します。',
      'A case number is issued first; work starts from that number.',
    );
  }
  switch (event.type) {
    case 'register':
      return reason(
        'ALREADY_REGISTERED',
        '1.2.case',
        `このケースにはすでにケース番号 ${'caseNumber' in state ? state.caseNumber : ''} が発行されています。`,
        `This case already has case number ${'caseNumber' in state ? state.caseNumber : ''}.`,
      );
    case 'start-investigation':
      if (status === 'investigating')
        return reason(
          'ALREADY_INVESTIGATING',
          '1.2.case',
          'すでに調査中です。',
          'The investigation has already started.',
        );
      break;
    case 'provide-interim-code':
      if (status === 'registered') {
        return reason(
          'INVESTIGATION_NOT_STARTED',
          '2.2.interim-code',
          '暫定ソフトウェアコードは、調査の過程で問題解決の確認のために提供するものです。まだ調査が始まっていません。',
          'Interim code is provided during the investigation, to confirm a fix; the investigation has not started.',
        );
      }
      break;
    case 'send-survey':
      if (status === 'survey')
        return reason(
          'SURVEY_ALREADY_SENT',
          '4.1.survey',
          'アンケートはすでにお送りしています。',
          'The survey has already been sent.',
        );
      return reason(
        'SURVEY_BEFORE_FINAL_ANSWER',
        '4.1.survey',
        '顧客満足度アンケートは、ケースの最終回答を行った後にお送りします。',
        'The satisfaction survey is sent only after the final answer of the case.',
      );
    case 'close':
      if (status === 'final-answer') {
        return reason(
          'SURVEY_NOT_SENT',
          '4.1.survey',
          '最終回答の後、顧客満足度アンケートをお送りしてからクローズします。',
          'After the final answer the satisfaction survey is sent before the case is closed.',
        );
      }
      return reason(
        'NO_FINAL_ANSWER',
        '4.1.survey',
        '最終回答を行う前にケースをクローズすることはできません。',
        'A case cannot be closed before its final answer.',
      );
    default:
      break;
  }
  if (ANSWERED.includes(status)) {
    return reason(
      'CASE_ALREADY_ANSWERED',
      clause,
      'このケースにはすでに最終回答を行っています。新しいご質問・問題は新しいケースとしてご登録ください。',
      'This case has had its final answer; please register a new question or problem as a new case.',
    );
  }
  return reason(
    'EVENT_NOT_ALLOWED',
    clause,
    `この段階 (${status}) では「${event.type}」は行えません。`,
    `"${event.type}" is not possible at stage "${status}".`,
  );
}

/** Why the event itself is refused even at a stage that accepts its type. */
function contentRefusals(event: CaseEvent, state: CaseState): Reason[] {
  switch (event.type) {
    case 'receive-data':
      if (event.channel === 'form') {
        return [
          reason(
            'DATA_NOT_BY_FORM',
            '2.1.data',
            'オンラインお問い合わせフォームにはデータを添付できません。ケース番号受領後に、Eメールへの添付にてお送りください。',
            'Data cannot be attached on the online form; send it as an e-mail attachment after receiving the case number.',
          ),
        ];
      }
      return [];
    case 'provide-interim-code':
      if (event.environment === 'production-other') {
        return [
          reason(
            'INTERIM_CODE_ENVIRONMENT',
            '2.2.interim-code',
            '暫定ソフトウェアコードは、問題の発生している環境または検証用の環境でのみご使用いただけます。',
            'Interim code may be used only in the affected environment or a verification environment.',
          ),
        ];
      }
      return [];
    case 'request-enhancement': {
      const own = 'caseNumber' in state ? state.caseNumber : undefined;
      const known = 'enhancementRequests' in state ? state.enhancementRequests : [];
      if (event.enhancementNumber === own || known.includes(event.enhancementNumber)) {
        return [
          reason(
            'ENHANCEMENT_NUMBER_NOT_OWN',
            '2.3.enhancement',
            `エンハンスメント・リクエストには、ケース番号や既存の番号とは別の番号を付けて管理します (${event.enhancementNumber} は使用済みです)。`,
            `An enhancement request is tracked under a number of its own (${event.enhancementNumber} is the case number or already used).`,
          ),
        ];
      }
      return [];
    }
    default:
      return [];
  }
}

/** The fields of a numbered case, with interim codes (empty before the investigation). */
function worked(state: Exclude<CaseState, SubmittedCase>): WorkedCaseFields {
  const { status: _status, ...fields } = state;
  return { ...fields, interimCodes: 'interimCodes' in state ? state.interimCodes : [] };
}

/**
 * Applies an event to a case (`1.2.case`, `1.2.form.one-question`, `2.1.data`,
 * `2.1.data-handling`, `2.2.interim-code`, `2.3.enhancement`, `4.1.survey`).
 *
 * The lifecycle is `submitted → registered → investigating → final-answer → survey → closed`
 * ({@link CASE_TRANSITIONS} says which stage accepts which event). Rules it enforces:
 * - work starts only from a case number (ケース番号に基づいて対応を開始);
 * - data is accepted only after the case number and only by e-mail (ケース番号受領後にEメールへの添付),
 *   and each delivery is noted as handled strictly under the security and privacy policies (2.1.data-handling);
 * - support may split a case, one question per case (`'split'` outcome: the case keeps the first question);
 * - interim code only for the affected or a verification environment, with no quality guarantee,
 *   the fix shipping in the next release;
 * - a request the current specification cannot meet becomes an enhancement request with its own number;
 * - the satisfaction survey only after the final answer, and closing only after the survey.
 *
 * A refused event returns `'refused'`, with every reason, and leaves the state as it was.
 * The input state is never modified.
 *
 * @example
 * ```ts
 * let c: CaseState = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
 * const d = transitionCase(c, { type: 'register', caseNumber: 'CS-0001' });
 * if (d.outcome === 'applied') c = d.value; // { status: 'registered', caseNumber: 'CS-0001', … }
 * transitionCase(c, { type: 'send-survey' }).reasons[0].code; // 'SURVEY_BEFORE_FINAL_ANSWER'
 * ```
 * @throws CsPolicyError `INVALID_INPUT` for a malformed state or event.
 */
export function transitionCase(state: CaseState, event: CaseEvent, options?: RuleOptions): CaseTransitionDecision {
  const policy = policyOf(options);
  const current = parseWith(caseStateSchema, state, 'INVALID_INPUT', 'case state') as CaseState;
  const ev = parseWith(caseEventSchema, event, 'INVALID_INPUT', 'case event') as CaseEvent;
  const refuse = (reasons: Reason[]): CaseTransitionDecision =>
    decide('transitionCase', policy, 'refused', null, reasons, [EVENT_CLAUSE[ev.type]]);

  const refusals: Reason[] = [];
  if (!CASE_TRANSITIONS[ev.type].includes(current.status)) refusals.push(statusRefusal(ev, current));
  if (current.status !== 'closed') refusals.push(...contentRefusals(ev, current));
  if (refusals.length > 0) return refuse(refusals);

  const history = [...current.history, ev.type];
  const applied = (next: CaseState, reasons: Reason[]): CaseTransitionDecision =>
    decide('transitionCase', policy, 'applied', next, reasons);

  // Each branch below is reached only from the stages CASE_TRANSITIONS allows.
  switch (ev.type) {
    case 'register': {
      if (current.status !== 'submitted') break;
      const { status: _status, ...fields } = current;
      return applied(
        {
          ...fields,
          history,
          status: 'registered',
          caseNumber: ev.caseNumber,
          dataReceived: 0,
          enhancementRequests: [],
        },
        [
          reason(
            'CASE_REGISTERED',
            '1.2.case',
            `ケース番号 ${ev.caseNumber} を発行しました。このケース番号に基づいて対応を開始します。今後のご連絡はEメールまたは電話で行います。`,
            `Case number ${ev.caseNumber} has been issued; work starts from it, and support will contact you by e-mail or phone.`,
          ),
          reason(
            'DATA_BY_EMAIL_FROM_NOW',
            '2.1.data',
            `調査に必要なデータ (診断ログ、画面コピーなど) は、ケース番号 ${ev.caseNumber} を記載の上、Eメールに添付してお送りください。`,
            `Data for the investigation (diagnostic logs, screenshots) can now be sent as e-mail attachments quoting case number ${ev.caseNumber}.`,
          ),
        ],
      );
    }
    case 'receive-data': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      return applied({ ...current, history, dataReceived: current.dataReceived + 1 }, [
        reason(
          'DATA_RECEIVED',
          '2.1.data',
          'Eメールで添付データを受領しました。',
          'Data has been received as an e-mail attachment.',
        ),
        reason(
          'DATA_HANDLED_STRICTLY',
          '2.1.data-handling',
          'お送りいただいたデータは、弊社情報セキュリティ基本方針および個人情報保護方針に基づき、厳重に管理いたします。',
          'The data received is managed strictly under the information security policy and the personal information protection policy.',
        ),
        reason(
          'NO_UNRELATED_PERSONAL_DATA',
          '2.1.data',
          'ケースに関係のない個人情報等は提供されないよう、ご配慮をお願いいたします。',
          'Please do not send personal information unrelated to the case.',
        ),
      ]);
    }
    case 'split': {
      const [first, ...rest] = ev.questions as [string, ...string[]];
      const kept: CaseState = { ...current, history, question: first };
      const created: SubmittedCase[] = rest.map((question) => ({
        status: 'submitted',
        subject: current.subject,
        question,
        urgency: current.urgency,
        product: current.product,
        splitFrom: 'caseNumber' in current ? current.caseNumber : null,
        history: [],
      }));
      return decide('transitionCase', policy, 'split', { kept, created }, [
        reason(
          'CASE_SPLIT',
          '1.2.form.one-question',
          `すべてのお問い合わせを確実に解決するため、このケースを ${ev.questions.length} 件のケースに分割しました。新しいケースには、それぞれケース番号を発行します。`,
          `To resolve every inquiry, this case has been split into ${ev.questions.length} cases; each new case gets its own case number.`,
        ),
      ]);
    }
    case 'start-investigation': {
      if (current.status !== 'registered') break;
      return applied({ ...worked(current), history, status: 'investigating' }, [
        reason(
          'INVESTIGATION_STARTED',
          '1.2.case',
          `ケース番号 ${current.caseNumber} の調査を開始しました。`,
          `Investigation of case ${current.caseNumber} has started.`,
        ),
      ]);
    }
    case 'provide-interim-code': {
      if (current.status !== 'investigating' || ev.environment === 'production-other') break;
      const environment = ev.environment;
      return applied({ ...current, history, interimCodes: [...current.interimCodes, environment] }, [
        reason(
          'INTERIM_CODE_PROVIDED',
          '2.2.interim-code',
          `暫定ソフトウェアコードを${environment === 'affected' ? '問題の発生している環境' : '検証用の環境'}向けに提供しました。問題の発生している環境または検証用の環境でのみご使用ください。`,
          `Interim code has been provided for the ${environment === 'affected' ? 'affected' : 'verification'} environment; use it only in the affected or a verification environment.`,
        ),
        reason(
          'INTERIM_CODE_NO_QUALITY_GUARANTEE',
          '2.2.interim-code',
          'この暫定ソフトウェアコードは問題解決の確認のみを目的として提供するもので、品質を保証するものではございません。',
          'The interim code is provided only to confirm the fix and carries no quality guarantee.',
        ),
        reason(
          'FIX_IN_NEXT_RELEASE',
          '2.2.interim-code',
          '問題解決が確認された場合、修正は次期リリースに反映され、品質を担保した上で提供されます。',
          'Once the fix is confirmed it ships, quality-assured, in the next release.',
        ),
      ]);
    }
    case 'request-enhancement': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      return applied(
        { ...current, history, enhancementRequests: [...current.enhancementRequests, ev.enhancementNumber] },
        [
          reason(
            'ENHANCEMENT_REQUEST_OPENED',
            '2.3.enhancement',
            `現在の仕様では対応できないご要望として、エンハンスメント・リクエスト番号 ${ev.enhancementNumber} で管理します。リリース企画時に技術的、ビジネス的およびお客様満足を最大化する見地から検討し、新リリースに組み込みます。`,
            `The request, which the current specification cannot meet, is tracked as enhancement request ${ev.enhancementNumber}; it is considered at release planning from technical, business and customer-satisfaction viewpoints for a new release.`,
          ),
        ],
      );
    }
    case 'final-answer': {
      if (current.status !== 'registered' && current.status !== 'investigating') break;
      return applied({ ...worked(current), history, status: 'final-answer' }, [
        reason(
          'FINAL_ANSWER_GIVEN',
          '1.2.case',
          `ケース番号 ${current.caseNumber} に最終回答を行いました。`,
          `The final answer of case ${current.caseNumber} has been given.`,
        ),
        reason(
          'SURVEY_NEXT',
          '4.1.survey',
          '次に、顧客満足度アンケートをお送りします。',
          'The satisfaction survey is to be sent next.',
        ),
      ]);
    }
    case 'send-survey': {
      if (current.status !== 'final-answer') break;
      return applied({ ...current, history, status: 'survey' }, [
        reason(
          'SURVEY_SENT',
          '4.1.survey',
          '対応にご満足いただけたかどうか、簡単なアンケートへのご回答をお願いしております。',
          'A short survey on whether the handling of the case was satisfactory has been sent.',
        ),
      ]);
    }
    case 'close': {
      if (current.status !== 'survey') break;
      return applied({ ...current, history, status: 'closed' }, [
        reason(
          'CASE_CLOSED',
          '4.1.survey',
          `ケース番号 ${current.caseNumber} をクローズしました。`,
          `Case ${current.caseNumber} is closed.`,
        ),
      ]);
    }
  }
  // Unreachable while CASE_TRANSITIONS and the branches agree; refuse rather than answer half-way.
  return refuse([statusRefusal(ev, current)]);
}
