import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  startCase,
  transitionCase,
  type CaseEvent,
  type CaseState,
  type CaseTransitionDecision,
  type StartCaseInput,
} from '../../src/index.js';
import { codes, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';

/** An event without its instant: the tests' clock gives each one. */
type Untimed = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> : never) : never;

// A clock for the events of these tests: each event one minute after the last, from Monday
// 2027-01-04 10:00 JST (a business day), so every history is in time order.
let clock = Date.parse('2027-01-04T10:00:00+09:00');
const tick = (): number => {
  clock += 60_000;
  return clock;
};

/** transitionCase at the next tick of the clock. */
const transition = (state: CaseState, event: Untimed): CaseTransitionDecision =>
  transitionCase(state, { ...event, at: tick() } as CaseEvent);

/** Applies events in turn, failing if one is not applied. */
function run(state: CaseState, ...events: Untimed[]): CaseState {
  let current = state;
  for (const event of events) {
    const d = transition(current, event);
    if (d.outcome !== 'applied')
      throw new Error(`${event.type} was ${d.outcome}: ${d.reasons.map((r) => r.code).join(', ')}`);
    current = d.value;
  }
  return current;
}

const submitted = (): CaseState =>
  startCase({
    subject: '帳票が印刷できない',
    question: 'KAITO から帳票を印刷するとエラーになります。',
    urgency: 'medium',
    product: 'kaito',
  });
const registered = (): CaseState => run(submitted(), { type: 'register', caseNumber: 'CS-2027-0001' });
const investigating = (): CaseState => run(registered(), { type: 'start-investigation' });
const answered = (): CaseState => run(investigating(), { type: 'final-answer' });
const surveyed = (): CaseState => run(answered(), { type: 'send-survey' });
const closed = (): CaseState => run(surveyed(), { type: 'close' });

const refused = (d: CaseTransitionDecision): string[] => {
  expect(d.outcome).toBe('refused');
  expect(d.value).toBeNull();
  expectWellFormed(d);
  return codes(d);
};

describe('1.2.case: every inquiry is a case with a number, issued first', () => {
  it('starts as submitted, without a case number', () => {
    const c = submitted();
    expect(c).toEqual({
      status: 'submitted',
      subject: '帳票が印刷できない',
      question: 'KAITO から帳票を印刷するとエラーになります。',
      urgency: 'medium',
      product: 'kaito',
      splitFrom: null,
      history: [],
    });
    expect('caseNumber' in c).toBe(false);
  });

  it('register issues the number; support then contacts by e-mail or phone', () => {
    const d = transition(submitted(), { type: 'register', caseNumber: 'CS-2027-0001' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({
      status: 'registered',
      caseNumber: 'CS-2027-0001',
      dataReceived: 0,
      enhancementRequests: [],
    });
    expect(d.outcome === 'applied' && d.value.history.map((h) => h.type)).toEqual(['register']);
    expect(codes(d)).toEqual(['CASE_REGISTERED', 'DATA_BY_EMAIL_FROM_NOW']);
    expect(d.reasons[0]!.message.ja).toContain('Eメールまたは電話');
    expectWellFormed(d);
  });

  it('work cannot start before the case number', () => {
    for (const type of ['start-investigation', 'final-answer', 'request-enhancement'] as const) {
      const event = (type === 'request-enhancement' ? { type, enhancementNumber: 'ER-1' } : { type }) as Untimed;
      expect(refused(transition(submitted(), event))).toEqual(['CASE_NUMBER_FIRST']);
    }
  });

  it('a case is registered once', () => {
    expect(refused(transition(registered(), { type: 'register', caseNumber: 'CS-2027-0002' }))).toEqual([
      'ALREADY_REGISTERED',
    ]);
  });

  it('walks the whole lifecycle: submitted → registered → investigating → final-answer → survey → closed', () => {
    const c = closed();
    expect(c.status).toBe('closed');
    expect(c.history.map((h) => h.type)).toEqual([
      'register',
      'start-investigation',
      'final-answer',
      'send-survey',
      'close',
    ]);
    if (c.status === 'closed') expect(c.caseNumber).toBe('CS-2027-0001');
  });

  it('a plain question may be answered straight after registration', () => {
    const d = transition(registered(), { type: 'final-answer' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'final-answer', interimCodes: [] });
  });

  it('nothing happens to a closed case', () => {
    for (const type of CASE_EVENT_TYPES) {
      const event = {
        register: { type, caseNumber: 'X' },
        'receive-data': { type, channel: 'email' },
        split: { type, questions: ['a', 'b'] },
        'provide-interim-code': { type, environment: 'affected' },
        'request-enhancement': { type, enhancementNumber: 'ER-9' },
        'close-as-duplicate': { type, duplicateOf: 'CS-2027-0000' },
        'refuse-sender': { type, refusal: 'not-a-representative' },
      }[type as string] ?? { type };
      expect(refused(transition(closed(), event as Untimed))).toEqual(['CASE_ALREADY_CLOSED']);
    }
  });

  it('the input state is never modified', () => {
    const before = registered();
    const copy = JSON.parse(JSON.stringify(before));
    transition(before, { type: 'receive-data', channel: 'email' });
    transition(before, { type: 'start-investigation' });
    expect(before).toEqual(copy);
  });

  it('the table covers every event, and each event is accepted from at least one stage', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    for (const type of CASE_EVENT_TYPES) {
      expect(CASE_TRANSITIONS[type].length).toBeGreaterThan(0);
      for (const status of CASE_TRANSITIONS[type]) expect(CASE_STATUSES).toContain(status);
    }
    expect(CASE_TRANSITIONS.register).toEqual(['submitted']);
  });

  it('states round-trip through JSON (a stored case can be resumed)', () => {
    const stored = JSON.parse(JSON.stringify(investigating())) as CaseState;
    expect(transition(stored, { type: 'final-answer' }).outcome).toBe('applied');
  });
});

describe('2.1.data: data by e-mail, after the case number', () => {
  it('accepts data by e-mail once registered, and counts it', () => {
    const d = transition(registered(), { type: 'receive-data', channel: 'email' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'registered', dataReceived: 1 });
    expect(codes(d)).toEqual(['DATA_RECEIVED', 'DATA_HANDLED_STRICTLY', 'NO_UNRELATED_PERSONAL_DATA']);
    const twice = run(
      investigating(),
      { type: 'receive-data', channel: 'email' },
      { type: 'receive-data', channel: 'email' },
    );
    expect(twice).toMatchObject({ status: 'investigating', dataReceived: 2 });
  });

  it('refuses data before the case number', () => {
    expect(refused(transition(submitted(), { type: 'receive-data', channel: 'email' }))).toEqual([
      'DATA_BEFORE_CASE_NUMBER',
    ]);
  });

  it('refuses data through the form, at any stage', () => {
    expect(refused(transition(investigating(), { type: 'receive-data', channel: 'form' }))).toEqual([
      'DATA_NOT_BY_FORM',
    ]);
    // Before registration both reasons apply.
    expect(refused(transition(submitted(), { type: 'receive-data', channel: 'form' }))).toEqual([
      'DATA_BEFORE_CASE_NUMBER',
      'DATA_NOT_BY_FORM',
    ]);
  });

  it('refuses data after the final answer', () => {
    expect(refused(transition(answered(), { type: 'receive-data', channel: 'email' }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });
});

describe('2.1.data-handling: data received is managed strictly (added)', () => {
  it('each delivery is noted as handled under the information security and personal information policies', () => {
    const d = transition(registered(), { type: 'receive-data', channel: 'email' });
    const handling = d.reasons.find((r) => r.code === 'DATA_HANDLED_STRICTLY')!;
    expect(handling.clause).toBe('2.1.data-handling');
    expect(handling.message.ja).toBe(
      'お送りいただいたデータは、弊社情報セキュリティ基本方針および個人情報保護方針に基づき、厳重に管理いたします。',
    );
    expect(handling.message.en).toContain('information security policy');
    expect(d.clauses).toEqual(['2.1.data', '2.1.data-handling']);
  });
});

describe('1.2.form.one-question: support may split a case', () => {
  it('splits a registered case: it keeps the first question, the others become new cases awaiting numbers', () => {
    const d = transition(registered(), {
      type: 'split',
      questions: ['印刷エラーについて', 'PDF 出力について', '用紙サイズについて'],
    });
    expect(d.outcome).toBe('split');
    if (d.outcome !== 'split') return;
    expect(d.value.kept).toMatchObject({
      status: 'registered',
      caseNumber: 'CS-2027-0001',
      question: '印刷エラーについて',
      history: [
        { type: 'register', at: expect.any(String) },
        { type: 'split', at: expect.any(String) },
      ],
    });
    expect(d.value.created).toEqual([
      {
        status: 'submitted',
        subject: '帳票が印刷できない',
        question: 'PDF 出力について',
        urgency: 'medium',
        product: 'kaito',
        splitFrom: 'CS-2027-0001',
        history: [],
      },
      {
        status: 'submitted',
        subject: '帳票が印刷できない',
        question: '用紙サイズについて',
        urgency: 'medium',
        product: 'kaito',
        splitFrom: 'CS-2027-0001',
        history: [],
      },
    ]);
    expect(codes(d)).toEqual(['CASE_SPLIT']);
    expect(d.reasons[0]!.message.ja).toContain('3件のケースに分割');
    expectWellFormed(d);
    // Each new case then gets its own number.
    const next = transition(d.value.created[0]!, { type: 'register', caseNumber: 'CS-2027-0002' });
    expect(next.value).toMatchObject({ status: 'registered', caseNumber: 'CS-2027-0002', splitFrom: 'CS-2027-0001' });
  });

  it('splits a submitted case before any number exists', () => {
    const d = transition(submitted(), { type: 'split', questions: ['A', 'B'] });
    expect(d.outcome === 'split' && d.value.created[0]!.splitFrom).toBeNull();
    expect(d.outcome === 'split' && d.value.kept.status).toBe('submitted');
  });

  it('cannot split after the final answer', () => {
    expect(refused(transition(answered(), { type: 'split', questions: ['A', 'B'] }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });

  it('needs at least two questions to split into', () => {
    expect(thrown(() => transition(registered(), { type: 'split', questions: ['only one'] })).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('2.2.interim-code: verification builds for the affected or a verification environment', () => {
  it.each(['affected', 'verification'] as const)(
    'provides interim code for the %s environment, with no quality guarantee',
    (environment) => {
      const d = transition(investigating(), { type: 'provide-interim-code', environment });
      expect(d.outcome).toBe('applied');
      expect(d.value).toMatchObject({ status: 'investigating', interimCodes: [environment] });
      expect(codes(d)).toEqual(['INTERIM_CODE_PROVIDED', 'INTERIM_CODE_NO_QUALITY_GUARANTEE', 'FIX_IN_NEXT_RELEASE']);
      expect(d.reasons[1]!.message.ja).toContain('品質を保証するものではございません');
      expect(d.reasons[2]!.message.ja).toContain('次期リリース');
      expectWellFormed(d);
    },
  );

  it('refuses interim code for another production environment', () => {
    const d = transition(investigating(), { type: 'provide-interim-code', environment: 'production-other' });
    expect(refused(d)).toEqual(['INTERIM_CODE_ENVIRONMENT']);
    expect(d.reasons[0]!.message.ja).toContain('問題の発生している環境または検証用の環境でのみ');
  });

  it('only during the investigation', () => {
    expect(refused(transition(registered(), { type: 'provide-interim-code', environment: 'affected' }))).toEqual([
      'INVESTIGATION_NOT_STARTED',
    ]);
    expect(refused(transition(answered(), { type: 'provide-interim-code', environment: 'affected' }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });

  it('interim codes exist only from the investigation on (the type has no such field before)', () => {
    const c = registered();
    expect('interimCodes' in c).toBe(false);
    expect('interimCodes' in investigating()).toBe(true);
  });
});

describe('2.3.enhancement: requests beyond the specification get their own number', () => {
  it('opens an enhancement request whose number the case records', () => {
    const d = transition(investigating(), { type: 'request-enhancement', enhancementNumber: 'ER-2027-0042' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'investigating', enhancementRequests: ['ER-2027-0042'] });
    expect(codes(d)).toEqual(['ENHANCEMENT_REQUEST_OPENED']);
    expect(d.reasons[0]!.message.ja).toContain('エンハンスメント・リクエスト番号ER-2027-0042で管理いたします');
    // Japanese and English promise the same: considered, and those adopted included (no promise of inclusion).
    expect(d.reasons[0]!.message.ja).toContain('検討し、採用したものを新リリースに組み込みます');
    expect(d.reasons[0]!.message.en).toContain('considered at release planning');
    expect(d.reasons[0]!.message.en).toContain('those adopted are included in a new release');
    expect(d.reasons[0]!.message.en).toContain('release planning');
    expectWellFormed(d);
    // The case then goes on to its final answer, keeping the number.
    const done = run(d.value as CaseState, { type: 'final-answer' });
    expect(done).toMatchObject({ status: 'final-answer', enhancementRequests: ['ER-2027-0042'] });
  });

  it('the enhancement number must be its own, not the case number or one already used', () => {
    expect(
      refused(transition(registered(), { type: 'request-enhancement', enhancementNumber: 'CS-2027-0001' })),
    ).toEqual(['ENHANCEMENT_NUMBER_NOT_OWN']);
    const once = run(registered(), { type: 'request-enhancement', enhancementNumber: 'ER-1' });
    expect(refused(transition(once, { type: 'request-enhancement', enhancementNumber: 'ER-1' }))).toEqual([
      'ENHANCEMENT_NUMBER_NOT_OWN',
    ]);
    expect(run(once, { type: 'request-enhancement', enhancementNumber: 'ER-2' })).toMatchObject({
      enhancementRequests: ['ER-1', 'ER-2'],
    });
  });

  it('not after the final answer', () => {
    expect(refused(transition(surveyed(), { type: 'request-enhancement', enhancementNumber: 'ER-3' }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });
});

describe('4.1.survey: the satisfaction survey follows the final answer', () => {
  it('the final answer announces the survey', () => {
    const d = transition(investigating(), { type: 'final-answer' });
    expect(codes(d)).toEqual(['FINAL_ANSWER_GIVEN', 'SURVEY_NEXT']);
    expect(d.clauses).toEqual(['1.2.case', '4.1.survey']);
  });

  it('sends the survey only after the final answer', () => {
    expect(refused(transition(registered(), { type: 'send-survey' }))).toEqual(['SURVEY_BEFORE_FINAL_ANSWER']);
    expect(refused(transition(investigating(), { type: 'send-survey' }))).toEqual(['SURVEY_BEFORE_FINAL_ANSWER']);
    expect(refused(transition(submitted(), { type: 'send-survey' }))).toEqual(['CASE_NUMBER_FIRST']);
    const d = transition(answered(), { type: 'send-survey' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'survey' });
    expect(codes(d)).toEqual(['SURVEY_SENT']);
    expectWellFormed(d);
  });

  it('sends it once', () => {
    expect(refused(transition(surveyed(), { type: 'send-survey' }))).toEqual(['SURVEY_ALREADY_SENT']);
  });

  it('closes only after the survey', () => {
    expect(refused(transition(answered(), { type: 'close' }))).toEqual(['SURVEY_NOT_SENT']);
    expect(refused(transition(investigating(), { type: 'close' }))).toEqual(['NO_FINAL_ANSWER']);
    const d = transition(surveyed(), { type: 'close' });
    expect(d.outcome).toBe('applied');
    expect(codes(d)).toEqual(['CASE_CLOSED']);
  });

  it('a second final answer is refused', () => {
    expect(refused(transition(answered(), { type: 'final-answer' }))).toEqual(['CASE_ALREADY_ANSWERED']);
    expect(refused(transition(answered(), { type: 'start-investigation' }))).toEqual(['CASE_ALREADY_ANSWERED']);
    expect(refused(transition(investigating(), { type: 'start-investigation' }))).toEqual(['ALREADY_INVESTIGATING']);
  });
});

describe('1.2.case: every transition carries its instant; the history is a timeline (interpretation 12)', () => {
  it('records each event with the JST instant it happened, whatever the offset it was given in', () => {
    const c = startCase({ subject: '印刷できない', question: '帳票が印刷できません' });
    // 2027-01-04T01:00Z is 10:00 JST on Monday 4 January; 2027-01-05T15:30+09:00 is Tuesday 15:30 JST.
    const r = transitionCase(c, { type: 'register', caseNumber: 'CS-1', at: '2027-01-04T01:00:00Z' });
    if (r.outcome !== 'applied') throw new Error('not applied');
    const a = transitionCase(r.value, { type: 'final-answer', at: new Date('2027-01-05T06:30:00Z') });
    if (a.outcome !== 'applied') throw new Error('not applied');
    expect(a.value.history).toEqual([
      { type: 'register', at: '2027-01-04T10:00:00+09:00' },
      { type: 'final-answer', at: '2027-01-05T15:30:00+09:00' },
    ]);
  });

  it('an event before the last one of the history is an input error; the same instant is allowed', () => {
    const c = startCase({ subject: 's', question: 'q' });
    const r = transitionCase(c, { type: 'register', caseNumber: 'CS-1', at: '2027-01-04T10:00+09:00' });
    if (r.outcome !== 'applied') throw new Error('not applied');
    const error = thrown(() => transitionCase(r.value, { type: 'start-investigation', at: '2027-01-04T09:59+09:00' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]!.path).toEqual(['at']);
    expect(transitionCase(r.value, { type: 'start-investigation', at: '2027-01-04T10:00+09:00' }).outcome).toBe(
      'applied',
    );
  });

  it('a missing or bad instant is refused as input', () => {
    const c = startCase({ subject: 's', question: 'q' });
    expect(thrown(() => transitionCase(c, { type: 'register', caseNumber: 'CS-1' } as CaseEvent)).code).toBe(
      'INVALID_INPUT',
    );
    expect(thrown(() => transitionCase(c, { type: 'register', caseNumber: 'CS-1', at: '2027-01-04' })).code).toBe(
      'INVALID_INSTANT',
    );
  });

  it('a stored state with a history out of time order, or a bad instant, is refused', () => {
    const good = registered() as CaseState & { history: { type: string; at: string }[] };
    const later = {
      ...good,
      history: [...good.history, { type: 'start-investigation', at: '2020-01-01T00:00:00+09:00' }],
    };
    expect(thrown(() => transition(later as CaseState, { type: 'final-answer' })).code).toBe('INVALID_INPUT');
    const bad = { ...good, history: [{ type: 'register', at: 'yesterday' }] };
    expect(thrown(() => transition(bad as CaseState, { type: 'final-answer' })).code).toBe('INVALID_INPUT');
  });
});

describe('1.2.case: the other ends of a case and reopening (interpretation 12)', () => {
  it('withdrawn by the customer, before or after the case number', () => {
    const d = transition(registered(), { type: 'withdraw' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'withdrawn', caseNumber: 'CS-2027-0001', dataReceived: 0 });
    expect(codes(d)).toEqual(['CASE_WITHDRAWN']);
    expect(d.reasons[0]!.message).toEqual({
      ja: 'お客様のお申し出により、ケース番号CS-2027-0001のお問い合わせを取り下げとしてクローズしました。',
      en: 'At your request, case CS-2027-0001 has been withdrawn and closed.',
    });
    expect(d.reasons[0]!.note?.en).toContain('neither provides for nor forbids');
    const early = transition(submitted(), { type: 'withdraw' });
    expect(early.value).toMatchObject({ status: 'withdrawn', caseNumber: null });
    expect(early.reasons[0]!.message.ja).toBe(
      'お客様のお申し出により、このお問い合わせを取り下げとしてクローズしました。',
    );
    expectWellFormed(d);
  });

  it('not after the final answer (the survey and closing follow), and nothing happens after it', () => {
    expect(refused(transition(answered(), { type: 'withdraw' }))).toEqual(['CASE_ALREADY_ANSWERED']);
    const withdrawn = run(registered(), { type: 'withdraw' });
    expect(refused(transition(withdrawn, { type: 'start-investigation' }))).toEqual(['CASE_ALREADY_CLOSED']);
    expect(refused(transition(withdrawn, { type: 'reopen' }))).toEqual(['CASE_ALREADY_CLOSED']);
  });

  it('closed as a duplicate of another case, naming it', () => {
    const d = transition(investigating(), { type: 'close-as-duplicate', duplicateOf: 'CS-2026-0999' });
    expect(d.value).toMatchObject({ status: 'duplicate', duplicateOf: 'CS-2026-0999', interimCodes: [] });
    expect(d.reasons[0]!.message).toEqual({
      ja: 'ケース番号CS-2027-0001のお問い合わせは、ケース番号CS-2026-0999と同じ内容のため、ケース番号CS-2026-0999で対応いたします。このケースはクローズしました。',
      en: 'Case CS-2027-0001 is the same as case CS-2026-0999, so we handle it under case CS-2026-0999; this case is closed.',
    });
    expect(refused(transition(registered(), { type: 'close-as-duplicate', duplicateOf: 'CS-2027-0001' }))).toEqual([
      'DUPLICATE_OF_ITSELF',
    ]);
    expectWellFormed(d);
  });

  it('refused because the sender is not a representative (1.2.representative)', () => {
    const d = transition(submitted(), { type: 'refuse-sender', refusal: 'not-a-representative' });
    expect(d.value).toMatchObject({ status: 'sender-refused', refusal: 'not-a-representative', caseNumber: null });
    expect(d.clauses).toEqual(['1.2.representative']);
    expect(d.reasons[0]!.message.ja).toBe(
      'お問い合わせは、お客様企業のご登録の代表者様からお受けしております。このお問い合わせは代表者様以外の方からのため、お受けできません。このケースはクローズしました。ご登録の代表者様からあらためてご連絡ください。',
    );
    const endUser = transition(registered(), { type: 'refuse-sender', refusal: 'individual-end-user' });
    expect(endUser.reasons[0]!.message.ja).toContain('利用者個人の方からの直接のお問い合わせは、お受けしておりません');
    // Once under investigation the sender has been accepted: the stage is named in words.
    expect(refused(transition(investigating(), { type: 'refuse-sender', refusal: 'not-a-representative' }))).toEqual([
      'EVENT_NOT_ALLOWED',
    ]);
    const late = transition(investigating(), { type: 'refuse-sender', refusal: 'not-a-representative' });
    expect(late.reasons[0]!.message).toEqual({
      ja: 'このケースは現在調査中のため、お問い合わせのお断りはできません。',
      en: 'This case is under investigation, so refusing the inquiry is not possible.',
    });
    expectWellFormed(d);
  });

  it('reopened after the final answer (or the survey) when the customer says the problem remains', () => {
    for (const state of [answered(), surveyed()]) {
      const d = transition(state, { type: 'reopen' });
      expect(d.value).toMatchObject({ status: 'investigating', caseNumber: 'CS-2027-0001' });
      expect(d.reasons[0]!.message).toEqual({
        ja: '問題が解決していないとのご連絡を受け、ケース番号CS-2027-0001の調査を再開しました。',
        en: 'As you tell us the problem remains, we have reopened the investigation of case CS-2027-0001.',
      });
    }
    // A reopened case gets a new final answer and survey before it closes.
    const again = run(
      surveyed(),
      { type: 'reopen' },
      { type: 'final-answer' },
      { type: 'send-survey' },
      { type: 'close' },
    );
    expect(again.history.map((h) => h.type)).toEqual([
      'register',
      'start-investigation',
      'final-answer',
      'send-survey',
      'reopen',
      'final-answer',
      'send-survey',
      'close',
    ]);
    expect(refused(transition(investigating(), { type: 'reopen' }))).toEqual(['REOPEN_BEFORE_FINAL_ANSWER']);
    expect(refused(transition(closed(), { type: 'reopen' }))).toEqual(['CASE_ALREADY_CLOSED']);
  });

  it('the survey reason reports and asks in both languages', () => {
    const d = transition(answered(), { type: 'send-survey' });
    expect(d.reasons[0]!.message).toEqual({
      ja: '対応にご満足いただけたかどうかについて、簡単なアンケートをお送りしました。ご回答にご協力をお願いいたします。',
      en: 'We have sent you a short survey on whether you were satisfied with how we handled the case; we would be grateful for your answers.',
    });
  });

  it('every reason reads as a support desk would send it: no raw stage or event names', () => {
    const ds: CaseTransitionDecision[] = [];
    const every = (state: CaseState): void => {
      for (const type of CASE_EVENT_TYPES) {
        const event = {
          register: { type, caseNumber: 'CS-X' },
          'receive-data': { type, channel: 'form' },
          split: { type, questions: ['a', 'b'] },
          'provide-interim-code': { type, environment: 'production-other' },
          'request-enhancement': { type, enhancementNumber: 'CS-2027-0001' },
          'close-as-duplicate': { type, duplicateOf: 'CS-2026-0999' },
          'refuse-sender': { type, refusal: 'not-a-representative' },
        }[type as string] ?? { type };
        ds.push(transition(state, event as Untimed));
      }
    };
    for (const state of [submitted(), registered(), investigating(), answered(), surveyed(), closed()]) every(state);
    ds.push(transition(registered(), { type: 'receive-data', channel: 'email' }));
    ds.push(transition(investigating(), { type: 'provide-interim-code', environment: 'affected' }));
    ds.push(transition(investigating(), { type: 'request-enhancement', enhancementNumber: 'ER-1' }));
    const seen = new Set(ds.flatMap(codes));
    expect(seen.size).toBeGreaterThanOrEqual(35);
    expectCustomerWords(ds.flatMap((d) => d.reasons.map((r) => r.message)));
  });
});

describe('1.2.case: case lifecycle bad input', () => {
  it.each<[string, unknown]>([
    ['not an object', 'new case'],
    ['a missing question', { subject: 'x' }],
    ['a blank subject', { subject: ' ', question: 'q' }],
    ['an unknown urgency', { subject: 's', question: 'q', urgency: 'urgent' }],
    ['an unknown product', { subject: 's', question: 'q', product: 'excel' }],
  ])('startCase throws INVALID_INPUT for %s', (_, input) => {
    expect(thrown(() => startCase(input as StartCaseInput)).code).toBe('INVALID_INPUT');
  });

  it.each<[string, unknown]>([
    ['not an object', 'registered'],
    ['an unknown status', { ...JSON.parse(JSON.stringify(registered())), status: 'pending' }],
    [
      'a registered case without its number',
      (() => {
        const { caseNumber: _n, ...rest } = registered() as CaseState & { caseNumber: string };
        return rest;
      })(),
    ],
    ['a submitted case with a number', { ...submitted(), caseNumber: 'CS-1' }],
    ['a negative data count', { ...registered(), dataReceived: -1 }],
  ])('transitionCase throws INVALID_INPUT for a state that is %s', (_, state) => {
    expect(
      thrown(() => transitionCase(state as CaseState, { type: 'start-investigation', at: '2030-01-01T10:00+09:00' }))
        .code,
    ).toBe('INVALID_INPUT');
  });

  it.each<[string, unknown]>([
    ['not an object', 'register'],
    ['an unknown type', { type: 'escalate' }],
    ['a register without a number', { type: 'register' }],
    ['an empty case number', { type: 'register', caseNumber: '' }],
    ['an unknown data channel', { type: 'receive-data', channel: 'fax' }],
    ['an unknown environment', { type: 'provide-interim-code', environment: 'staging' }],
    ['an extra field', { type: 'close', reason: 'done' }],
  ])('transitionCase throws INVALID_INPUT for an event that is %s', (_, event) => {
    const error = thrown(() => transitionCase(submitted(), event as CaseEvent));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('case event');
  });
});
