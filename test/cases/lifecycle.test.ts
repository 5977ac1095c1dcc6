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
import { codes, expectWellFormed, thrown } from './helpers.js';

/** Applies events in turn, failing if one is not applied. */
function run(state: CaseState, ...events: CaseEvent[]): CaseState {
  let current = state;
  for (const event of events) {
    const d = transitionCase(current, event);
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
    const d = transitionCase(submitted(), { type: 'register', caseNumber: 'CS-2027-0001' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({
      status: 'registered',
      caseNumber: 'CS-2027-0001',
      dataReceived: 0,
      enhancementRequests: [],
      history: ['register'],
    });
    expect(codes(d)).toEqual(['CASE_REGISTERED', 'DATA_BY_EMAIL_FROM_NOW']);
    expect(d.reasons[0]!.message.ja).toContain('Eメールまたは電話');
    expectWellFormed(d);
  });

  it('work cannot start before the case number', () => {
    for (const type of ['start-investigation', 'final-answer', 'request-enhancement'] as const) {
      const event = (type === 'request-enhancement' ? { type, enhancementNumber: 'ER-1' } : { type }) as CaseEvent;
      expect(refused(transitionCase(submitted(), event))).toEqual(['CASE_NUMBER_FIRST']);
    }
  });

  it('a case is registered once', () => {
    expect(refused(transitionCase(registered(), { type: 'register', caseNumber: 'CS-2027-0002' }))).toEqual([
      'ALREADY_REGISTERED',
    ]);
  });

  it('walks the whole lifecycle: submitted → registered → investigating → final-answer → survey → closed', () => {
    const c = closed();
    expect(c.status).toBe('closed');
    expect(c.history).toEqual(['register', 'start-investigation', 'final-answer', 'send-survey', 'close']);
    if (c.status === 'closed') expect(c.caseNumber).toBe('CS-2027-0001');
  });

  it('a plain question may be answered straight after registration', () => {
    const d = transitionCase(registered(), { type: 'final-answer' });
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
      }[type as string] ?? { type };
      expect(refused(transitionCase(closed(), event as CaseEvent))).toEqual(['CASE_ALREADY_CLOSED']);
    }
  });

  it('the input state is never modified', () => {
    const before = registered();
    const copy = JSON.parse(JSON.stringify(before));
    transitionCase(before, { type: 'receive-data', channel: 'email' });
    transitionCase(before, { type: 'start-investigation' });
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
    expect(transitionCase(stored, { type: 'final-answer' }).outcome).toBe('applied');
  });
});

describe('2.1.data: data by e-mail, after the case number', () => {
  it('accepts data by e-mail once registered, and counts it', () => {
    const d = transitionCase(registered(), { type: 'receive-data', channel: 'email' });
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
    expect(refused(transitionCase(submitted(), { type: 'receive-data', channel: 'email' }))).toEqual([
      'DATA_BEFORE_CASE_NUMBER',
    ]);
  });

  it('refuses data through the form, at any stage', () => {
    expect(refused(transitionCase(investigating(), { type: 'receive-data', channel: 'form' }))).toEqual([
      'DATA_NOT_BY_FORM',
    ]);
    // Before registration both reasons apply.
    expect(refused(transitionCase(submitted(), { type: 'receive-data', channel: 'form' }))).toEqual([
      'DATA_BEFORE_CASE_NUMBER',
      'DATA_NOT_BY_FORM',
    ]);
  });

  it('refuses data after the final answer', () => {
    expect(refused(transitionCase(answered(), { type: 'receive-data', channel: 'email' }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });
});

describe('2.1.data-handling: data received is managed strictly (added)', () => {
  it('each delivery is noted as handled under the information security and personal information policies', () => {
    const d = transitionCase(registered(), { type: 'receive-data', channel: 'email' });
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
    const d = transitionCase(registered(), {
      type: 'split',
      questions: ['印刷エラーについて', 'PDF 出力について', '用紙サイズについて'],
    });
    expect(d.outcome).toBe('split');
    if (d.outcome !== 'split') return;
    expect(d.value.kept).toMatchObject({
      status: 'registered',
      caseNumber: 'CS-2027-0001',
      question: '印刷エラーについて',
      history: ['register', 'split'],
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
    expect(d.reasons[0]!.message.ja).toContain('3 件のケースに分割');
    expectWellFormed(d);
    // Each new case then gets its own number.
    const next = transitionCase(d.value.created[0]!, { type: 'register', caseNumber: 'CS-2027-0002' });
    expect(next.value).toMatchObject({ status: 'registered', caseNumber: 'CS-2027-0002', splitFrom: 'CS-2027-0001' });
  });

  it('splits a submitted case before any number exists', () => {
    const d = transitionCase(submitted(), { type: 'split', questions: ['A', 'B'] });
    expect(d.outcome === 'split' && d.value.created[0]!.splitFrom).toBeNull();
    expect(d.outcome === 'split' && d.value.kept.status).toBe('submitted');
  });

  it('cannot split after the final answer', () => {
    expect(refused(transitionCase(answered(), { type: 'split', questions: ['A', 'B'] }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });

  it('needs at least two questions to split into', () => {
    expect(thrown(() => transitionCase(registered(), { type: 'split', questions: ['only one'] })).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('2.2.interim-code: verification builds for the affected or a verification environment', () => {
  it.each(['affected', 'verification'] as const)(
    'provides interim code for the %s environment, with no quality guarantee',
    (environment) => {
      const d = transitionCase(investigating(), { type: 'provide-interim-code', environment });
      expect(d.outcome).toBe('applied');
      expect(d.value).toMatchObject({ status: 'investigating', interimCodes: [environment] });
      expect(codes(d)).toEqual(['INTERIM_CODE_PROVIDED', 'INTERIM_CODE_NO_QUALITY_GUARANTEE', 'FIX_IN_NEXT_RELEASE']);
      expect(d.reasons[1]!.message.ja).toContain('品質を保証するものではございません');
      expect(d.reasons[2]!.message.ja).toContain('次期リリース');
      expectWellFormed(d);
    },
  );

  it('refuses interim code for another production environment', () => {
    const d = transitionCase(investigating(), { type: 'provide-interim-code', environment: 'production-other' });
    expect(refused(d)).toEqual(['INTERIM_CODE_ENVIRONMENT']);
    expect(d.reasons[0]!.message.ja).toContain('問題の発生している環境または検証用の環境でのみ');
  });

  it('only during the investigation', () => {
    expect(refused(transitionCase(registered(), { type: 'provide-interim-code', environment: 'affected' }))).toEqual([
      'INVESTIGATION_NOT_STARTED',
    ]);
    expect(refused(transitionCase(answered(), { type: 'provide-interim-code', environment: 'affected' }))).toEqual([
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
    const d = transitionCase(investigating(), { type: 'request-enhancement', enhancementNumber: 'ER-2027-0042' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'investigating', enhancementRequests: ['ER-2027-0042'] });
    expect(codes(d)).toEqual(['ENHANCEMENT_REQUEST_OPENED']);
    expect(d.reasons[0]!.message.ja).toContain('エンハンスメント・リクエスト番号 ER-2027-0042');
    expect(d.reasons[0]!.message.en).toContain('release planning');
    expectWellFormed(d);
    // The case then goes on to its final answer, keeping the number.
    const done = run(d.value as CaseState, { type: 'final-answer' });
    expect(done).toMatchObject({ status: 'final-answer', enhancementRequests: ['ER-2027-0042'] });
  });

  it('the enhancement number must be its own, not the case number or one already used', () => {
    expect(
      refused(transitionCase(registered(), { type: 'request-enhancement', enhancementNumber: 'CS-2027-0001' })),
    ).toEqual(['ENHANCEMENT_NUMBER_NOT_OWN']);
    const once = run(registered(), { type: 'request-enhancement', enhancementNumber: 'ER-1' });
    expect(refused(transitionCase(once, { type: 'request-enhancement', enhancementNumber: 'ER-1' }))).toEqual([
      'ENHANCEMENT_NUMBER_NOT_OWN',
    ]);
    expect(run(once, { type: 'request-enhancement', enhancementNumber: 'ER-2' })).toMatchObject({
      enhancementRequests: ['ER-1', 'ER-2'],
    });
  });

  it('not after the final answer', () => {
    expect(refused(transitionCase(surveyed(), { type: 'request-enhancement', enhancementNumber: 'ER-3' }))).toEqual([
      'CASE_ALREADY_ANSWERED',
    ]);
  });
});

describe('4.1.survey: the satisfaction survey follows the final answer', () => {
  it('the final answer announces the survey', () => {
    const d = transitionCase(investigating(), { type: 'final-answer' });
    expect(codes(d)).toEqual(['FINAL_ANSWER_GIVEN', 'SURVEY_NEXT']);
    expect(d.clauses).toEqual(['1.2.case', '4.1.survey']);
  });

  it('sends the survey only after the final answer', () => {
    expect(refused(transitionCase(registered(), { type: 'send-survey' }))).toEqual(['SURVEY_BEFORE_FINAL_ANSWER']);
    expect(refused(transitionCase(investigating(), { type: 'send-survey' }))).toEqual(['SURVEY_BEFORE_FINAL_ANSWER']);
    expect(refused(transitionCase(submitted(), { type: 'send-survey' }))).toEqual(['CASE_NUMBER_FIRST']);
    const d = transitionCase(answered(), { type: 'send-survey' });
    expect(d.outcome).toBe('applied');
    expect(d.value).toMatchObject({ status: 'survey' });
    expect(codes(d)).toEqual(['SURVEY_SENT']);
    expectWellFormed(d);
  });

  it('sends it once', () => {
    expect(refused(transitionCase(surveyed(), { type: 'send-survey' }))).toEqual(['SURVEY_ALREADY_SENT']);
  });

  it('closes only after the survey', () => {
    expect(refused(transitionCase(answered(), { type: 'close' }))).toEqual(['SURVEY_NOT_SENT']);
    expect(refused(transitionCase(investigating(), { type: 'close' }))).toEqual(['NO_FINAL_ANSWER']);
    const d = transitionCase(surveyed(), { type: 'close' });
    expect(d.outcome).toBe('applied');
    expect(codes(d)).toEqual(['CASE_CLOSED']);
  });

  it('a second final answer is refused', () => {
    expect(refused(transitionCase(answered(), { type: 'final-answer' }))).toEqual(['CASE_ALREADY_ANSWERED']);
    expect(refused(transitionCase(answered(), { type: 'start-investigation' }))).toEqual(['CASE_ALREADY_ANSWERED']);
    expect(refused(transitionCase(investigating(), { type: 'start-investigation' }))).toEqual([
      'ALREADY_INVESTIGATING',
    ]);
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
    expect(thrown(() => transitionCase(state as CaseState, { type: 'start-investigation' })).code).toBe(
      'INVALID_INPUT',
    );
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
