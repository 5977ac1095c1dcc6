import { describe, expect, it } from 'vitest';
import {
  caseIntakeJsonSchema,
  caseIntakeSchema,
  definePolicy,
  policy20241007,
  startCase,
  validateCaseIntake,
  type CaseIntakeDecision,
  type CaseIntakeError,
  type CaseIntakeInput,
} from '../../src/index.js';
import { codes, expectBilingualMessage, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';
import { validCaseForm } from '../fixtures/case-form.js';

/** A complete, valid form: every field of 1.2.form. */
const form = validCaseForm;

function errorsOf(decision: CaseIntakeDecision): readonly CaseIntakeError[] {
  expect(decision.outcome).toBe('invalid');
  return decision.outcome === 'invalid' ? decision.value.errors : [];
}

const errorCodes = (decision: CaseIntakeDecision): string[] =>
  errorsOf(decision).map((e) => `${e.path.join('.')}:${e.code}`);

describe('1.2.form: case registration fields', () => {
  it('accepts a complete form: one draft, with notes for the customer', () => {
    const d = validateCaseIntake(form());
    expect(d.outcome).toBe('valid');
    if (d.outcome !== 'valid') return;
    expect(d.value.drafts).toHaveLength(1);
    const draft = d.value.drafts[0]!;
    expect(draft).toMatchObject({
      question: 'ログインできません。',
      part: 1,
      parts: 1,
      product: 'kaito',
      urgency: 'medium',
      subscriptionId: 'SUB-0001',
    });
    expect(draft).not.toHaveProperty('questions');
    expect(draft).not.toHaveProperty('attachments');
    expect(codes(d)[0]).toBe('FORM_COMPLETE');
    expectWellFormed(d);
    for (const note of d.value.notes) {
      expectBilingualMessage(note.message);
      expect(d.clauses).toContain(note.clause);
    }
  });

  it('reports every missing field at once, each with a Japanese and an English message', () => {
    const d = validateCaseIntake({});
    expect(errorCodes(d)).toEqual([
      'companyName:REQUIRED',
      'personName:REQUIRED',
      'email:REQUIRED',
      'phone:REQUIRED',
      'subject:REQUIRED',
      'product:REQUIRED',
      'urgency:REQUIRED',
      'content:REQUIRED',
      'consentToPersonalInformation:CONSENT_REQUIRED',
      'questions:REQUIRED',
      'subscriptionId:SUBSCRIPTION_ID_REQUIRED',
    ]);
    for (const e of errorsOf(d)) expectBilingualMessage(e.message);
    expect(errorsOf(d)[0]!.message).toEqual({
      ja: '「貴社名 (エンドユーザー名)」を入力してください。',
      en: 'Please fill in company (end-user) name.',
    });
    expect(d.reasons[0]).toMatchObject({ code: 'FORM_INVALID', clause: '1.2.form' });
    // 11 errors listed above.
    expect(d.reasons[0]!.message).toEqual({
      ja: 'ケース登録の入力内容に11件の誤りがあります。',
      en: 'The case-registration form has 11 problems.',
    });
    expectWellFormed(d);
  });

  it('rejects blank text, a bad e-mail, a bad phone number, wrong types and unknown fields', () => {
    const d = validateCaseIntake(
      form({
        personName: '   ',
        email: 'taro@',
        phone: 'call me',
        subject: '',
        holdsLicenceCertificate: 'yes',
        content: {
          deviceModel: 42,
          osType: 'iOS',
          osVersion: '18',
          reproductionSteps: 'x',
          frequency: 'x',
          systemImpact: 'x',
          colour: 'red',
        },
        nickname: 'taro',
      }),
    );
    expect(errorCodes(d)).toEqual([
      'personName:EMPTY',
      'email:INVALID_EMAIL',
      'phone:INVALID_PHONE',
      'holdsLicenceCertificate:WRONG_TYPE',
      'subject:EMPTY',
      'content.deviceModel:WRONG_TYPE',
      'content.colour:UNKNOWN_FIELD',
      'nickname:UNKNOWN_FIELD',
    ]);
    const deviceModel = errorsOf(d).find((e) => e.path.join('.') === 'content.deviceModel')!;
    expect(deviceModel.message).toEqual({
      ja: '「端末機種」の入力形式が正しくありません。文字で入力してください。',
      en: 'Device model is not in the right form: please enter it as text.',
    });
    // No programmer words: an object field's hint names what to do, not 「オブジェクト」.
    const content = errorsOf(validateCaseIntake(form({ content: 'broken' })))[0]!;
    expect(content.message.ja).toBe('「内容」の入力形式が正しくありません。各項目をそれぞれ入力してください。');
    for (const e of errorsOf(d)) expectBilingualMessage(e.message);
  });

  // 1.1.contacts' own number in every form a Japanese user types it: the national number is
  // 03 (Tokyo) + 5776-2167 = 10 digits; +81 drops the leading 0; full-width forms are NFKC-normalised.
  it.each([
    '03-5776-2167',
    '0357762167',
    '(03)5776-2167',
    '03(5776)2167',
    '+81-3-5776-2167',
    '+81 3 5776 2167',
    '+81 (0)3 5776 2167',
    '０３－５７７６－２１６７',
    '０３ー５７７６ー２１６７', // long vowel marks from a Japanese IME
    '（０３）５７７６－２１６７',
    '  03-5776-2167\u3000',
  ])('accepts the phone number %j and stores it as 0357762167', (phone) => {
    const d = validateCaseIntake(form({ phone }));
    expect(d.outcome === 'valid' && d.value.drafts[0]!.phone).toBe('0357762167');
  });

  it.each([
    ['090-1234-5678', '09012345678'], // mobile: 11 digits
    ['050-1234-5678', '05012345678'], // IP phone: 11 digits
    ['0120-123-456', '0120123456'], // free dial: 10 digits
    ['0800-123-4567', '08001234567'], // free dial 0800: 11 digits
    ['+81 90 1234 5678', '09012345678'],
  ])('accepts %s as %s', (phone, stored) => {
    const d = validateCaseIntake(form({ phone }));
    expect(d.outcome === 'valid' && d.value.drafts[0]!.phone).toBe(stored);
  });

  it.each([
    '123456', // not a Japanese number: no leading 0, 6 digits
    '12345',
    '03-5776-216', // 9 digits
    '03-5776-21670', // 11 digits, but 03 numbers have 10
    '090-1234-567', // a mobile number has 11 digits
    '+1 212 555 0100', // not a Japanese number
    '+81 0357762167', // +81 drops the leading 0
    '03--5776-2167',
    '03-5776-2167 ext 2',
    '☎ 03-5776-2167',
    '',
  ])('rejects the phone number %j', (phone) => {
    const errors = errorsOf(validateCaseIntake(form({ phone })));
    expect(errors.map((e) => e.code)).toEqual(['INVALID_PHONE']);
    expect(errors[0]!.message.ja).toBe(
      '「電話番号」は、市外局番(携帯電話は090などの番号)から始まる日本の電話番号を入力してください(例: 03-1234-5678)。',
    );
  });

  it('trims and NFKC-normalises the e-mail and the subscription id', () => {
    const d = validateCaseIntake(
      form({ email: ' ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ\u3000', subscriptionId: ' ＳＵＢ－０００１ ' }),
    );
    expect(d.outcome).toBe('valid');
    if (d.outcome !== 'valid') return;
    expect(d.value.drafts[0]!.email).toBe('taro@example.co.jp');
    expect(d.value.drafts[0]!.subscriptionId).toBe('SUB-0001');
    // A blank id after trimming is blank.
    expect(errorCodes(validateCaseIntake(form({ subscriptionId: '　' })))).toEqual(['subscriptionId:EMPTY']);
  });

  it('every form error reads as a support desk would send it', () => {
    const errors = [
      ...errorsOf(validateCaseIntake({})),
      ...errorsOf(
        validateCaseIntake(
          form({
            personName: ' ',
            email: 'x',
            phone: '1',
            product: 'excel',
            urgency: 'critical',
            content: 'x',
            holdsLicenceCertificate: 'yes',
            attachments: ['log.txt'],
            questions: [],
            preChecklist: { supportedEnvironment: true, reproducesConsistently: true, devices: 'all' },
            businessImpact: { goLiveDate: '2027-02-29' },
            extra: 1,
          }),
        ),
      ),
    ];
    expect(new Set(errors.map((e) => e.code)).size).toBeGreaterThanOrEqual(13);
    expectCustomerWords(errors.map((e) => e.message));
    const devices = errors.find((e) => e.path.join('.') === 'preChecklist.devices')!;
    expect(devices.message.ja).toBe(
      '「発生する端末 (特定の端末のみか複数か)」は「特定の端末のみ(single)」「複数の端末(several)」のいずれかをお選びください。',
    );
  });

  it('urgency has three levels, 高・中・低 (interpretation 9)', () => {
    for (const urgency of ['high', 'medium', 'low'])
      expect(validateCaseIntake(form({ urgency })).outcome).toBe('valid');
    const d = validateCaseIntake(form({ urgency: 'critical' }));
    expect(errorCodes(d)).toEqual(['urgency:UNKNOWN_URGENCY']);
    // The error names the labels people see and the ids a system may send.
    expect(errorsOf(d)[0]!.message).toEqual({
      ja: '「お客様緊急度」は「高(high)」「中(medium)」「低(low)」のいずれかを入力してください。',
      en: 'Please enter urgency as one of high (高), medium (中) or low (低).',
    });
  });

  it.each([
    ['高', 'high'],
    ['中', 'medium'],
    ['低', 'low'],
  ])('urgency takes the label shown to people, %s, and stores the id %s', (label, id) => {
    const d = validateCaseIntake(form({ urgency: label }));
    expect(d.outcome === 'valid' && d.value.drafts[0]!.urgency).toBe(id);
  });

  it.each([
    ['KAITOシリーズ', 'kaito'],
    ['セカイカート', 'sekai-cart'],
    ['Sekai Cart', 'sekai-cart'],
    ['kaito', 'kaito'],
  ])('product takes the name shown to people, %s, and stores the id %s', (name, id) => {
    const d = validateCaseIntake(form({ product: name }));
    expect(d.outcome === 'valid' && d.value.drafts[0]!.product).toBe(id);
  });

  it('the product must be one of policy.products (1.1.products)', () => {
    const d = validateCaseIntake(form({ product: 'excel' }));
    expect(errorsOf(d)).toEqual([
      {
        path: ['product'],
        code: 'UNKNOWN_PRODUCT',
        clause: '1.1.products',
        message: {
          ja: '「excel」は、サポート・サービスの対象製品・サービスではありません。「ソフトウェア・サービス」は「KAITOシリーズ(kaito)」「セカイカート(sekai-cart)」のいずれかを入力してください。',
          en: '"excel" is not a product or service the support service covers; please enter software or service as one of KAITO series (kaito) or Sekai Cart (sekai-cart).',
        },
      },
    ]);
    expect(validateCaseIntake(form({ product: 'sekai-cart' })).outcome).toBe('valid');
  });

  it('consent to the handling of personal information must be exactly true', () => {
    for (const consent of [false, 'true', 1, undefined]) {
      const d = validateCaseIntake(form({ consentToPersonalInformation: consent }));
      expect(errorCodes(d)).toEqual(['consentToPersonalInformation:CONSENT_REQUIRED']);
    }
  });

  it('every content detail is required (device, OS type and version, steps, frequency, impact)', () => {
    const d = validateCaseIntake(form({ content: {} }));
    expect(errorCodes(d)).toEqual([
      'content.deviceModel:REQUIRED',
      'content.osType:REQUIRED',
      'content.osVersion:REQUIRED',
      'content.reproductionSteps:REQUIRED',
      'content.frequency:REQUIRED',
      'content.systemImpact:REQUIRED',
    ]);
    expect(errorsOf(d).map((e) => e.message.ja)).toContain('「お客様のシステムへの影響度」を入力してください。');
  });

  it('follows the products and urgency levels of the policy version', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      products: [
        { id: 'kaito', name: { ja: 'KAITOシリーズ', en: 'KAITO series' } },
        { id: 'new-app', name: { ja: 'ニューアプリ', en: 'New App' } },
      ],
    });
    expect(validateCaseIntake(form({ product: 'new-app' }), { policy }).outcome).toBe('valid');
    expect(errorCodes(validateCaseIntake(form({ product: 'sekai-cart' }), { policy }))).toEqual([
      'product:UNKNOWN_PRODUCT',
    ]);
    expect(validateCaseIntake(form(), { policy }).policyVersion).toBe('2030-01-01');
  });

  it('a valid form decision is plain JSON data', () => {
    const d = validateCaseIntake(form());
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('1.2.form.subscription: subscription id unless a licence certificate is held', () => {
  it('requires the subscription id by default', () => {
    const d = validateCaseIntake(form({ subscriptionId: undefined }));
    expect(errorsOf(d)).toHaveLength(1);
    expect(errorsOf(d)[0]).toMatchObject({
      path: ['subscriptionId'],
      code: 'SUBSCRIPTION_ID_REQUIRED',
      clause: '1.2.form.subscription',
    });
    expect(errorsOf(d)[0]!.message.ja).toContain('ライセンス証書をお持ちのお客様は入力不要です');
    expect(d.clauses).toContain('1.2.form.subscription');
  });

  it('a licence-certificate holder need not enter it', () => {
    expect(validateCaseIntake(form({ subscriptionId: undefined, holdsLicenceCertificate: true })).outcome).toBe(
      'valid',
    );
  });

  it('holdsLicenceCertificate: false still needs the id', () => {
    expect(errorCodes(validateCaseIntake(form({ subscriptionId: undefined, holdsLicenceCertificate: false })))).toEqual(
      ['subscriptionId:SUBSCRIPTION_ID_REQUIRED'],
    );
  });

  it('is reported together with other errors', () => {
    const d = validateCaseIntake(
      form({ subscriptionId: undefined, email: 'bad', urgency: 'urgent', attachments: ['log.txt'] }),
    );
    expect(errorCodes(d)).toEqual([
      'email:INVALID_EMAIL',
      'urgency:UNKNOWN_URGENCY',
      'attachments:ATTACHMENTS_NOT_ACCEPTED',
      'subscriptionId:SUBSCRIPTION_ID_REQUIRED',
    ]);
  });

  it('an empty subscription id is one EMPTY error, not two', () => {
    expect(errorCodes(validateCaseIntake(form({ subscriptionId: '' })))).toEqual(['subscriptionId:EMPTY']);
  });
});

describe('1.2.form.one-question: one question per case', () => {
  it('several questions give several drafts sharing the other fields', () => {
    const d = validateCaseIntake(
      form({ questions: ['ログインできません。', '帳票の出力方法を教えてください。', 'ライセンス数を増やせますか。'] }),
    );
    expect(d.outcome).toBe('valid');
    if (d.outcome !== 'valid') return;
    expect(d.value.drafts.map((x) => [x.part, x.parts, x.question])).toEqual([
      [1, 3, 'ログインできません。'],
      [2, 3, '帳票の出力方法を教えてください。'],
      [3, 3, 'ライセンス数を増やせますか。'],
    ]);
    for (const draft of d.value.drafts) expect(draft.companyName).toBe('株式会社サンプル');
    expect(d.value.notes[0]).toMatchObject({ code: 'ONE_CASE_PER_QUESTION', clause: '1.2.form.one-question' });
    expect(d.value.notes[0]!.message).toEqual({
      ja: '3件のご質問は、それぞれ別のケースとして登録します。',
      en: 'The 3 questions are registered as 3 separate cases.',
    });
  });

  it('one question gives no splitting note', () => {
    const d = validateCaseIntake(form());
    expect(d.outcome === 'valid' && d.value.notes.map((n) => n.code)).not.toContain('ONE_CASE_PER_QUESTION');
  });

  it('needs at least one question, none blank', () => {
    expect(errorCodes(validateCaseIntake(form({ questions: [] })))).toEqual(['questions:NO_QUESTION']);
    const d = validateCaseIntake(form({ questions: ['ok', ' '] }));
    expect(errorCodes(d)).toEqual(['questions.1:EMPTY']);
    expect(errorsOf(d)[0]!.clause).toBe('1.2.form.one-question');
    expect(errorCodes(validateCaseIntake(form({ questions: 'ログインできません' })))).toEqual(['questions:WRONG_TYPE']);
  });

  it('each draft starts a case of its own', () => {
    const d = validateCaseIntake(form({ questions: ['Q1', 'Q2'] }));
    if (d.outcome !== 'valid') throw new Error('expected a valid form');
    const cases = d.value.drafts.map((draft) => startCase(draft));
    expect(cases.map((c) => [c.status, c.question, c.product, c.urgency])).toEqual([
      ['submitted', 'Q1', 'kaito', 'medium'],
      ['submitted', 'Q2', 'kaito', 'medium'],
    ]);
  });
});

describe('2.1.data: the form takes no attachments', () => {
  it('an empty attachments list is accepted', () => {
    expect(validateCaseIntake(form({ attachments: [] })).outcome).toBe('valid');
  });

  it.each<[string, unknown]>([
    ['a list of files', ['app.log', 'screen.png']],
    ['a single file name', 'app.log'],
    ['a file object', { name: 'app.log', size: 1024 }],
  ])('%s is refused with ATTACHMENTS_NOT_ACCEPTED', (_, attachments) => {
    const d = validateCaseIntake(form({ attachments }));
    expect(errorsOf(d)).toHaveLength(1);
    expect(errorsOf(d)[0]).toMatchObject({
      path: ['attachments'],
      code: 'ATTACHMENTS_NOT_ACCEPTED',
      clause: '2.1.data',
    });
    expect(errorsOf(d)[0]!.message.ja).toContain('ケース番号を受け取った後にEメールに添付');
    expect(d.clauses).toContain('2.1.data');
  });

  it('a valid form reminds the customer to send data by e-mail after the case number', () => {
    const d = validateCaseIntake(form());
    if (d.outcome !== 'valid') throw new Error('expected a valid form');
    const note = d.value.notes.find((n) => n.code === 'DATA_BY_EMAIL_AFTER_CASE_NUMBER')!;
    expect(note.clause).toBe('2.1.data');
    expect(note.message.ja).toContain('ケースに関係のない個人情報');
    expect(d.value.notes.find((n) => n.code === 'CASE_NUMBER_MAIL')!.message.ja).toContain('taro.yamada@example.co.jp');
  });
});

describe('1.2.pre.checklist: checks before a technical inquiry', () => {
  it('an unanswered checklist is a reminder, not an error', () => {
    const d = validateCaseIntake(form());
    expect(d.outcome).toBe('valid');
    expect(codes(d)).toEqual(['FORM_COMPLETE', 'PRE_CHECKLIST_NOT_ANSWERED']);
  });

  it('a clean checklist adds no warning', () => {
    const d = validateCaseIntake(
      form({ preChecklist: { supportedEnvironment: true, reproducesConsistently: true, devices: 'several' } }),
    );
    expect(codes(d)).toEqual(['FORM_COMPLETE']);
  });

  it('answers that suggest an unsupported environment or no reproduction warn but do not invalidate', () => {
    const d = validateCaseIntake(
      form({ preChecklist: { supportedEnvironment: false, reproducesConsistently: false, devices: 'single' } }),
    );
    expect(d.outcome).toBe('valid');
    expect(codes(d)).toEqual(['FORM_COMPLETE', 'ENVIRONMENT_MAY_BE_UNSUPPORTED', 'NOT_REPRODUCIBLE', 'SINGLE_DEVICE']);
    expect(d.reasons.slice(1).every((r) => r.clause === '1.2.pre.checklist')).toBe(true);
    expectWellFormed(d);
  });

  it('a malformed checklist is an error', () => {
    const d = validateCaseIntake(form({ preChecklist: { supportedEnvironment: 'maybe', devices: 'all' } }));
    expect(errorCodes(d)).toEqual([
      'preChecklist.supportedEnvironment:WRONG_TYPE',
      'preChecklist.reproducesConsistently:REQUIRED',
      'preChecklist.devices:NOT_ONE_OF',
    ]);
    expect(errorsOf(d).every((e) => e.clause === '1.2.pre.checklist')).toBe(true);
    for (const e of errorsOf(d)) expectBilingualMessage(e.message);
  });
});

describe('1.2.pre.access: access to the customer environment', () => {
  it('an urgent inquiry without prepared access is told support may ask for it', () => {
    const d = validateCaseIntake(form({ urgency: 'high' }));
    if (d.outcome !== 'valid') throw new Error('expected a valid form');
    const note = d.value.notes.find((n) => n.code === 'ENVIRONMENT_ACCESS_MAY_BE_REQUESTED')!;
    expect(note.clause).toBe('1.2.pre.access');
    expect(note.message.ja).toContain('管理画面を含むお客様環境へのアクセス');
    expect(d.clauses).toContain('1.2.pre.access');
  });

  it('no note when access is prepared, or when the inquiry is not urgent', () => {
    const prepared = validateCaseIntake(form({ urgency: 'high', environmentAccessPrepared: true }));
    const calm = validateCaseIntake(form({ urgency: 'low' }));
    for (const d of [prepared, calm])
      expect(d.outcome === 'valid' && d.value.notes.map((n) => n.code)).not.toContain(
        'ENVIRONMENT_ACCESS_MAY_BE_REQUESTED',
      );
  });

  it('environmentAccessPrepared must be a boolean', () => {
    const d = validateCaseIntake(form({ environmentAccessPrepared: 'yes' }));
    expect(errorsOf(d)).toMatchObject([{ code: 'WRONG_TYPE', clause: '1.2.pre.access' }]);
  });
});

describe('1.2.impact: business-impact background', () => {
  it('without it, the customer is told support may ask', () => {
    const d = validateCaseIntake(form());
    if (d.outcome !== 'valid') throw new Error('expected a valid form');
    const note = d.value.notes.find((n) => n.code === 'BUSINESS_IMPACT_MAY_BE_ASKED')!;
    expect(note.clause).toBe('1.2.impact');
    expect(note.message.ja).toContain('運用開始日への影響');
  });

  it('accepts financial impact, scope and go-live date, kept in the draft', () => {
    const businessImpact = { financial: '1日あたり約100万円の売上影響', scope: '全店舗', goLiveDate: '2027-04-01' };
    const d = validateCaseIntake(form({ businessImpact }));
    if (d.outcome !== 'valid') throw new Error('expected a valid form');
    expect(d.value.drafts[0]!.businessImpact).toEqual(businessImpact);
    expect(d.value.notes.map((n) => n.code)).not.toContain('BUSINESS_IMPACT_MAY_BE_ASKED');
  });

  it.each(['2027-02-29', '2027-13-01', '2027/04/01', 'next spring'])('rejects the go-live date %s', (goLiveDate) => {
    const d = validateCaseIntake(form({ businessImpact: { goLiveDate } }));
    expect(errorsOf(d)).toMatchObject([
      { path: ['businessImpact', 'goLiveDate'], code: 'INVALID_DATE', clause: '1.2.impact' },
    ]);
    expect(errorsOf(d)[0]!.message.ja).toContain('運用開始日');
  });

  it('accepts 29 February of a leap year', () => {
    expect(validateCaseIntake(form({ businessImpact: { goLiveDate: '2028-02-29' } })).outcome).toBe('valid');
  });
});

describe('1.2.form: validateCaseIntake bad input', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'form'],
    ['a number', 42],
    ['an array', [form()]],
  ])('throws INVALID_INPUT for %s (not a form at all)', (_, input) => {
    expect(thrown(() => validateCaseIntake(input)).code).toBe('INVALID_INPUT');
  });

  it('throws INVALID_POLICY for a policy that is not one', () => {
    expect(thrown(() => validateCaseIntake(form(), { policy: 'latest' as never })).code).toBe('INVALID_POLICY');
  });
});

describe('1.2.form: caseIntakeSchema and its JSON Schema', () => {
  it('the zod schema parses a valid form and types it', () => {
    const input: CaseIntakeInput = form() as CaseIntakeInput;
    const result = caseIntakeSchema.safeParse(input);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.questions).toEqual(['ログインできません。']);
  });

  it('the zod schema enforces the subscription rule as well', () => {
    const result = caseIntakeSchema.safeParse(form({ subscriptionId: undefined }));
    expect(result.success).toBe(false);
    expect(caseIntakeSchema.safeParse(form({ subscriptionId: undefined, holdsLicenceCertificate: true })).success).toBe(
      true,
    );
  });

  it('converts to JSON Schema with the required fields, enums and limits', () => {
    const schema = caseIntakeJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual([
      'companyName',
      'personName',
      'email',
      'phone',
      'subject',
      'product',
      'urgency',
      'content',
      'consentToPersonalInformation',
      'questions',
    ]);
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    // The ids and the names people see (1.2.form: product and urgency take the labels too).
    expect(properties.product!.enum).toEqual([
      'kaito',
      'KAITOシリーズ',
      'KAITO series',
      'sekai-cart',
      'セカイカート',
      'Sekai Cart',
    ]);
    expect(properties.urgency!.enum).toEqual(['high', '高', 'medium', '中', 'low', '低']);
    // [0-9], never \d: in Python, Java and .NET \d matches other scripts' digits.
    expect(JSON.stringify(schema)).not.toContain('\\d');
    expect(properties.consentToPersonalInformation!.const).toBe(true);
    expect(properties.questions!.minItems).toBe(1);
    expect(properties.attachments!.maxItems).toBe(0);
    expect(properties.email!.format).toBe('email');
    expect(properties.companyName).toMatchObject({
      title: '貴社名 (エンドユーザー名)',
      description: 'company (end-user) name',
    });
    expect((properties.content!.properties as Record<string, Record<string, unknown>>).osVersion!.title).toBe(
      'OSのバージョン',
    );
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('expresses the subscription rule, which zod cannot convert, as if/then', () => {
    const schema = caseIntakeJsonSchema();
    expect(schema.if).toEqual({
      not: { properties: { holdsLicenceCertificate: { const: true } }, required: ['holdsLicenceCertificate'] },
    });
    expect(schema.then).toEqual({ required: ['subscriptionId'] });
  });

  it('its patterns agree with the library on sample values', () => {
    const properties = caseIntakeJsonSchema().properties as Record<string, Record<string, unknown>>;
    const phone = new RegExp(properties.phone!.pattern as string, 'u');
    // The JSON Schema's pattern is the library's, on ASCII input (the library applies NFKC first).
    const samples = [
      '03-5776-2167',
      '+81 3 5776 2167',
      '0357762167',
      '(03)5776-2167',
      '+81-3-5776-2167',
      '090-1234-5678',
      '0120-123-456',
      '12345',
      '123456',
      'call me',
      '03--5776-2167',
      '090-1234-567',
      '+1 212 555 0100',
      '٠٣٥٧٧٦٢١٦٧',
    ]; // the last: Arabic-Indic digits, which \d would match in other languages
    for (const sample of samples) {
      expect(phone.test(sample), sample).toBe(validateCaseIntake(form({ phone: sample })).outcome === 'valid');
    }
    expect(phone.test('0357762167')).toBe(true);
    expect(phone.test('123456')).toBe(false);
    const goLive = new RegExp(
      (properties.businessImpact!.properties as Record<string, Record<string, unknown>>).goLiveDate!.pattern as string,
      'u',
    );
    expect(goLive.test('2028-02-29')).toBe(true);
    expect(goLive.test('2027-02-29')).toBe(false);
    const text = new RegExp(properties.subject!.pattern as string, 'u');
    expect(text.test('   ')).toBe(false);
  });

  it('follows the policy version', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      urgencyLevels: ['high', 'low'],
      channels: { webForm: { urgencies: ['high', 'low'] } },
    });
    const properties = caseIntakeJsonSchema({ policy }).properties as Record<string, Record<string, unknown>>;
    expect(properties.urgency!.enum).toEqual(['high', '高', 'low', '低']);
    expect(caseIntakeJsonSchema({ policy }).description).toContain('2030-01-01');
  });
});
