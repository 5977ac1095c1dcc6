// The reasons of the case lifecycle (1.2.case, 1.2.form.one-question, 2.1.data, 2.2.interim-code,
// 2.3.enhancement, 4.1.survey, and the other ends of interpretation 12): code → the words a customer
// reads. Stages and events are named in words people use, never by their ids.
import { reasonCatalogue } from '../policy/rule-context.js';
import { type Bilingual, capitalise } from '../words/bilingual.js';
import type { CaseEventType, CaseStatus, SenderRefusal } from './case-state.js';

/** Each stage of a case in words, for 「このケースは現在…のため」 / "This case is …". */
export const STAGE_WORDS: { readonly [S in CaseStatus]: Bilingual } = Object.freeze({
  submitted: { ja: 'ケース番号の発行待ち', en: 'waiting for its case number' },
  registered: { ja: '受付済み(調査開始前)', en: 'received and not yet under investigation' },
  investigating: { ja: '調査中', en: 'under investigation' },
  'final-answer': { ja: '最終回答済み', en: 'answered' },
  survey: { ja: 'アンケート送付済み', en: 'answered, with the survey sent' },
  closed: { ja: 'クローズ済み', en: 'closed' },
  withdrawn: { ja: '取り下げ済み', en: 'withdrawn' },
  duplicate: { ja: '重複のためクローズ済み', en: 'closed as a duplicate' },
  'sender-refused': { ja: 'お受けできないお問い合わせとしてクローズ済み', en: 'closed as an inquiry we cannot accept' },
});

/** Each event in words, for 「…はできません」 / "… is not possible". */
export const EVENT_WORDS: { readonly [E in CaseEventType]: Bilingual } = Object.freeze({
  register: { ja: 'ケース番号の発行', en: 'issuing a case number' },
  'receive-data': { ja: 'データの受領', en: 'receiving data' },
  split: { ja: 'ケースの分割', en: 'splitting the case' },
  'start-investigation': { ja: '調査の開始', en: 'starting the investigation' },
  'provide-interim-code': { ja: '暫定ソフトウェアコードの提供', en: 'providing interim code' },
  'request-enhancement': { ja: 'エンハンスメント・リクエストの登録', en: 'opening an enhancement request' },
  'final-answer': { ja: '最終回答', en: 'giving the final answer' },
  'send-survey': { ja: 'アンケートの送付', en: 'sending the survey' },
  close: { ja: 'クローズ', en: 'closing the case' },
  withdraw: { ja: 'お問い合わせの取り下げ', en: 'withdrawing the inquiry' },
  'close-as-duplicate': { ja: '重複としてのクローズ', en: 'closing the case as a duplicate' },
  'refuse-sender': { ja: 'お問い合わせのお断り', en: 'refusing the inquiry' },
  reopen: { ja: '調査の再開', en: 'reopening the case' },
});

/** 「ケース番号CS-0001のお問い合わせ」 / "case CS-0001", or 「このお問い合わせ」 / "this inquiry" before a number. */
function inquiryText(caseNumber: string | null): Bilingual {
  return caseNumber === null
    ? { ja: 'このお問い合わせ', en: 'this inquiry' }
    : { ja: `ケース番号${caseNumber}のお問い合わせ`, en: `case ${caseNumber}` };
}

const OTHER_ENDS_NOTE = () => ({
  ja: 'ポリシーに定めはありませんが禁じてもいないため、サポート窓口に必要な終わり方として扱っています(解釈12)。',
  en: 'The policy neither provides for nor forbids this; the library offers it as a support desk needs it (interpretation 12).',
});

/** The reasons of {@link transitionCase}. */
export const lifecycleReasons = reasonCatalogue({
  // Refusals by stage.
  CASE_ALREADY_CLOSED: {
    clause: '1.2.case',
    message: () => ({
      ja: 'このケースはクローズ済みです。新しいお問い合わせとしてご登録ください。',
      en: 'This case is closed; please register a new inquiry.',
    }),
  },
  DATA_BEFORE_CASE_NUMBER: {
    clause: '2.1.data',
    message: () => ({
      ja: 'データのご提供は、ケース番号を受け取った後にお願いいたします。',
      en: 'Please send data only after you have received the case number.',
    }),
  },
  CASE_NUMBER_FIRST: {
    clause: '1.2.case',
    message: () => ({
      ja: 'まずケース番号を発行します。対応はケース番号に基づいて開始いたします。',
      en: 'A case number is issued first; we start work from that number.',
    }),
  },
  ALREADY_REGISTERED: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `このケースには、すでにケース番号${caseNumber}が発行されています。`,
      en: `This case already has case number ${caseNumber}.`,
    }),
  },
  ALREADY_INVESTIGATING: {
    clause: '1.2.case',
    message: () => ({ ja: 'このケースは、すでに調査中です。', en: 'This case is already under investigation.' }),
  },
  INVESTIGATION_NOT_STARTED: {
    clause: '2.2.interim-code',
    message: () => ({
      ja: '暫定ソフトウェアコードは、調査の過程で問題解決の確認のために提供するものです。このケースはまだ調査を開始していません。',
      en: 'Interim code is provided during the investigation, to confirm a fix; the investigation of this case has not started yet.',
    }),
  },
  SURVEY_ALREADY_SENT: {
    clause: '4.1.survey',
    message: () => ({
      ja: 'このケースのアンケートは、すでにお送りしています。',
      en: 'The survey for this case has already been sent.',
    }),
  },
  SURVEY_BEFORE_FINAL_ANSWER: {
    clause: '4.1.survey',
    message: () => ({
      ja: '顧客満足度アンケートは、ケースの最終回答を行った後にお送りします。',
      en: 'The satisfaction survey is sent after the final answer of the case.',
    }),
  },
  SURVEY_NOT_SENT: {
    clause: '4.1.survey',
    message: () => ({
      ja: '最終回答の後、顧客満足度アンケートをお送りしてからクローズします。',
      en: 'After the final answer, the satisfaction survey is sent before the case is closed.',
    }),
    note: () => ({
      ja: 'ポリシーはケースごとに最終回答の後アンケートを行うとしているため、アンケートの前にはクローズしないと読んでいます。',
      en: 'The policy has a survey after the final answer of each case, read as: a case closes only after its survey.',
    }),
  },
  NO_FINAL_ANSWER: {
    clause: '4.1.survey',
    message: () => ({
      ja: '最終回答を行う前に、ケースをクローズすることはできません。',
      en: 'A case cannot be closed before its final answer.',
    }),
  },
  CASE_ALREADY_ANSWERED: {
    clause: '1.2.case',
    message: () => ({
      ja: 'このケースには、すでに最終回答を行っています。新しいご質問・問題は、新しいケースとしてご登録ください。',
      en: 'This case has had its final answer; please register a new question or problem as a new case.',
    }),
  },
  REOPEN_BEFORE_FINAL_ANSWER: {
    clause: '1.2.case',
    message: () => ({
      ja: 'このケースはまだ最終回答の前のため、再開の必要はありません。引き続き対応いたします。',
      en: 'This case has not had its final answer yet, so it needs no reopening; we are still working on it.',
    }),
  },
  EVENT_NOT_ALLOWED: {
    clause: '1.2.case',
    message: (p: { stage: Bilingual; action: Bilingual }) => ({
      ja: `このケースは現在${p.stage.ja}のため、${p.action.ja}はできません。`,
      en: `This case is ${p.stage.en}, so ${p.action.en} is not possible.`,
    }),
  },
  // Refusals by content.
  DATA_NOT_BY_FORM: {
    clause: '2.1.data',
    message: () => ({
      ja: 'オンラインお問い合わせフォームにはデータを添付できません。ケース番号の受領後に、Eメールに添付してお送りください。',
      en: 'Data cannot be attached on the online inquiry form; please send it as an e-mail attachment after you receive the case number.',
    }),
  },
  INTERIM_CODE_ENVIRONMENT: {
    clause: '2.2.interim-code',
    message: () => ({
      ja: '暫定ソフトウェアコードは、問題の発生している環境または検証用の環境でのみご使用いただけます。',
      en: 'Interim code may be used only in the environment where the problem occurs or in a verification environment.',
    }),
  },
  ENHANCEMENT_NUMBER_NOT_OWN: {
    clause: '2.3.enhancement',
    message: ({ number }: { number: string }) => ({
      ja: `エンハンスメント・リクエストは、ケース番号とは別の専用の番号で管理します。${number}は、このケースの番号またはすでに使われている番号です。`,
      en: `An enhancement request is tracked under a number of its own; ${number} is this case's number or one already used.`,
    }),
  },
  DUPLICATE_OF_ITSELF: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `重複先には、このケース(ケース番号${caseNumber})以外のケース番号を指定してください。`,
      en: `A case cannot be a duplicate of itself (case ${caseNumber}); name another case number.`,
    }),
  },
  // Applied events.
  CASE_REGISTERED: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `ケース番号${caseNumber}を発行しました。このケース番号に基づいて対応を開始いたします。今後のご連絡は、Eメールまたは電話で行います。`,
      en: `Case number ${caseNumber} has been issued; we start work from it, and will contact you by e-mail or phone.`,
    }),
  },
  DATA_BY_EMAIL_FROM_NOW: {
    clause: '2.1.data',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `調査に必要なデータ(診断ログ、画面コピーなど)は、ケース番号${caseNumber}を記載の上、Eメールに添付してお送りください。`,
      en: `Please send data for the investigation (diagnostic logs, screenshots) as e-mail attachments, quoting case number ${caseNumber}.`,
    }),
  },
  DATA_RECEIVED: {
    clause: '2.1.data',
    message: () => ({
      ja: 'Eメールに添付されたデータを受領しました。',
      en: 'We have received the data attached to your e-mail.',
    }),
  },
  DATA_HANDLED_STRICTLY: {
    clause: '2.1.data-handling',
    message: () => ({
      ja: 'お送りいただいたデータは、弊社情報セキュリティ基本方針および個人情報保護方針に基づき、厳重に管理いたします。',
      en: 'The data you sent is managed strictly under our information security policy and our personal information protection policy.',
    }),
  },
  NO_UNRELATED_PERSONAL_DATA: {
    clause: '2.1.data',
    message: () => ({
      ja: 'ケースに関係のない個人情報等は提供されないよう、ご配慮をお願いいたします。',
      en: 'Please take care not to send personal information unrelated to the case.',
    }),
  },
  CASE_SPLIT: {
    clause: '1.2.form.one-question',
    message: ({ count }: { count: number }) => ({
      ja: `すべてのお問い合わせを確実に解決するため、このケースを${count}件のケースに分割しました。新しいケースには、それぞれケース番号を発行します。`,
      en: `To make sure every inquiry is resolved, this case has been split into ${count} cases; each new case gets its own case number.`,
    }),
  },
  INVESTIGATION_STARTED: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `ケース番号${caseNumber}の調査を開始しました。`,
      en: `We have started the investigation of case ${caseNumber}.`,
    }),
  },
  INTERIM_CODE_PROVIDED: {
    clause: '2.2.interim-code',
    message: ({ environment }: { environment: 'affected' | 'verification' }) => ({
      ja: `暫定ソフトウェアコードを、${environment === 'affected' ? '問題の発生している環境' : '検証用の環境'}向けに提供しました。問題の発生している環境または検証用の環境でのみご使用ください。`,
      en: `We have provided interim code for ${environment === 'affected' ? 'the environment where the problem occurs' : 'a verification environment'}; please use it only there or in a verification environment.`,
    }),
  },
  INTERIM_CODE_NO_QUALITY_GUARANTEE: {
    clause: '2.2.interim-code',
    message: () => ({
      ja: 'この暫定ソフトウェアコードは問題解決の確認のみを目的として提供するもので、品質を保証するものではございません。',
      en: 'This interim code is provided only to confirm the fix and carries no quality guarantee.',
    }),
  },
  FIX_IN_NEXT_RELEASE: {
    clause: '2.2.interim-code',
    message: () => ({
      ja: '問題解決が確認された場合、修正は次期リリースに反映され、品質を担保した上でご提供いたします。',
      en: 'Once the fix is confirmed, it is included in the next release and provided with its quality assured.',
    }),
  },
  ENHANCEMENT_REQUEST_OPENED: {
    clause: '2.3.enhancement',
    message: ({ number }: { number: string }) => ({
      ja: `現在の仕様では対応できないご要望として、エンハンスメント・リクエスト番号${number}で管理いたします。ご要望は、リリース企画時に技術的、ビジネス的およびお客様満足を最大化する見地から検討し、採用したものを新リリースに組み込みます。`,
      en: `We track this request, which the current specification cannot meet, as enhancement request ${number}. Requests are considered at release planning from technical, business and customer-satisfaction viewpoints, and those adopted are included in a new release.`,
    }),
    note: () => ({
      ja: 'ポリシーの「検討され、新リリースに組み込まれます」を、検討の上で採用したものを組み込むと読み、すべてのご要望の組み込みはお約束していません。',
      en: 'The policy\'s "considered and included in a new release" is read as: considered, and those adopted are included; no request is promised inclusion.',
    }),
  },
  FINAL_ANSWER_GIVEN: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `ケース番号${caseNumber}の最終回答を行いました。`,
      en: `We have given the final answer of case ${caseNumber}.`,
    }),
  },
  SURVEY_NEXT: {
    clause: '4.1.survey',
    message: () => ({
      ja: '続いて、顧客満足度アンケートをお送りします。',
      en: 'Next, we will send you a satisfaction survey.',
    }),
  },
  SURVEY_SENT: {
    clause: '4.1.survey',
    message: () => ({
      ja: '対応にご満足いただけたかどうかについて、簡単なアンケートをお送りしました。ご回答にご協力をお願いいたします。',
      en: 'We have sent you a short survey on whether you were satisfied with how we handled the case; we would be grateful for your answers.',
    }),
  },
  CASE_CLOSED: {
    clause: '4.1.survey',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `ケース番号${caseNumber}をクローズしました。`,
      en: `Case ${caseNumber} is closed.`,
    }),
  },
  CASE_WITHDRAWN: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string | null }) => {
      const inquiry = inquiryText(caseNumber);
      return {
        ja: `お客様のお申し出により、${inquiry.ja}を取り下げとしてクローズしました。`,
        en: `At your request, ${inquiry.en} has been withdrawn and closed.`,
      };
    },
    note: OTHER_ENDS_NOTE,
  },
  CASE_CLOSED_AS_DUPLICATE: {
    clause: '1.2.case',
    message: ({ caseNumber, duplicateOf }: { caseNumber: string | null; duplicateOf: string }) => {
      const inquiry = inquiryText(caseNumber);
      return {
        ja: `${inquiry.ja}は、ケース番号${duplicateOf}と同じ内容のため、ケース番号${duplicateOf}で対応いたします。このケースはクローズしました。`,
        en: `${capitalise(inquiry.en)} is the same as case ${duplicateOf}, so we handle it under case ${duplicateOf}; this case is closed.`,
      };
    },
    note: OTHER_ENDS_NOTE,
  },
  SENDER_REFUSED: {
    clause: '1.2.representative',
    message: ({ refusal }: { refusal: SenderRefusal }) =>
      refusal === 'individual-end-user'
        ? {
            ja: '製品の利用者個人の方からの直接のお問い合わせは、お受けしておりません。このケースはクローズしました。お客様企業の代表者様からご連絡ください。',
            en: "We do not accept inquiries directly from individual users of the product, so this case is closed; please ask your company's representative to contact us.",
          }
        : {
            ja: 'お問い合わせは、お客様企業のご登録の代表者様からお受けしております。このお問い合わせは代表者様以外の方からのため、お受けできません。このケースはクローズしました。ご登録の代表者様からあらためてご連絡ください。',
            en: "Inquiries are accepted from your company's registered representative; this one comes from someone else, so it cannot be accepted and this case is closed. Please have your registered representative contact us again.",
          },
    note: OTHER_ENDS_NOTE,
  },
  CASE_REOPENED: {
    clause: '1.2.case',
    message: ({ caseNumber }: { caseNumber: string }) => ({
      ja: `問題が解決していないとのご連絡を受け、ケース番号${caseNumber}の調査を再開しました。`,
      en: `As you tell us the problem remains, we have reopened the investigation of case ${caseNumber}.`,
    }),
    note: OTHER_ENDS_NOTE,
  },
});
