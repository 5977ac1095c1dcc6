// Every text the page shows, in Japanese (the default) and English. The library supplies the
// rest (reasons, clause titles, holiday names) in both languages.
import type { Obligation, PolicyEventKind } from '@jmas/cs-policy';

export type Lang = 'ja' | 'en';

type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

export interface Texts {
  readonly pageTitle: string;
  readonly intro: string;
  readonly language: string;
  readonly languageNames: { readonly ja: string; readonly en: string };
  readonly activePolicy: string;
  readonly builtinPolicy: (version: string) => string;
  readonly loadedPolicy: (version: string) => string;
  readonly skipToResults: string;

  // Month calendar
  readonly calendarHeading: string;
  readonly calendarIntro: (open: string, close: string) => string;
  readonly month: string;
  readonly prevMonth: string;
  readonly nextMonth: string;
  readonly monthCaption: (year: number, month: number, version: string) => string;
  readonly weekdaysShort: Readonly<Record<Weekday, string>>;
  readonly weekdaysLong: Readonly<Record<Weekday, string>>;
  readonly open: string;
  readonly closed: string;
  readonly weekend: string;
  readonly holiday: (name: string) => string;
  readonly holidayShort: string;
  readonly yearEnd: string;
  readonly companyClosure: (label: string) => string;
  readonly companyClosureShort: string;
  readonly legendHeading: string;
  readonly legendOpen: (open: string, close: string) => string;
  readonly legendClosed: string;
  readonly legendWeekend: string;
  readonly legendHoliday: string;
  readonly legendYearEnd: (from: string, to: string) => string;
  readonly legendCompany: string;
  readonly closedDaysHeading: (year: number, month: number) => string;
  readonly closedDaySummary: (count: number, business: number) => string;
  readonly noClosedDays: string;
  readonly monthOutOfRange: (from: string, to: string) => string;

  // Events
  readonly eventHeading: string;
  readonly eventIntro: string;
  readonly eventKind: string;
  readonly eventKinds: Readonly<Record<PolicyEventKind, string>>;
  readonly product: string;
  readonly release: string;
  readonly gaDate: string;
  readonly previousRelease: string;
  readonly optional: string;
  readonly vendorName: string;
  readonly endDate: string;
  readonly productName: string;
  readonly reading: string;
  readonly readingDefault: (value: string) => string;
  readonly readingInclusive: string;
  readonly readingClearDays: string;
  readonly changeDate: string;
  readonly changeDescription: string;
  readonly receivedAt: string;
  readonly jstNote: string;
  readonly customization: string;
  readonly urgency: string;
  readonly urgencyUnspecified: string;
  readonly urgencies: { readonly high: string; readonly medium: string; readonly low: string };
  readonly calculate: string;
  readonly obligationsHeading: string;
  readonly obligationsCaption: (version: string) => string;
  readonly obligationsSummary: (count: number, version: string) => string;
  readonly colDue: string;
  readonly colWhat: string;
  readonly colDeadline: string;
  readonly colParty: string;
  readonly colClause: string;
  readonly colReasons: string;
  readonly deadlines: Readonly<Record<Obligation['deadline'], string>>;
  readonly parties: Readonly<Record<Obligation['party'], string>>;
  readonly agreeSeparately: string;
  readonly downloadIcs: string;
  readonly icsNote: string;
  readonly eventError: string;

  // Policy comparison
  readonly policyHeading: string;
  readonly policyIntro: string;
  readonly policyFile: string;
  readonly policyFileHint: string;
  readonly loadExample: string;
  readonly unloadPolicy: string;
  readonly exampleHeading: string;
  readonly policyLoaded: (version: string, changes: number) => string;
  readonly policyUnloaded: string;
  readonly noPolicyLoaded: string;
  readonly policyError: (file: string) => string;
  readonly notJson: (message: string) => string;
  readonly unknownBase: (base: string, known: string) => string;
  readonly diffHeading: (from: string, to: string) => string;
  readonly diffCaption: string;
  readonly colPath: string;
  readonly colFrom: string;
  readonly colTo: string;
  readonly colClauses: string;
  readonly absent: string;
  readonly noDiff: string;
  readonly compareHeading: string;
  readonly compareCaption: (event: string) => string;
  readonly colUnder: (version: string) => string;
  readonly colDiffers: string;
  readonly same: string;
  readonly differs: string;
  readonly reasonsDiffer: string;
  readonly onlyIn: (version: string) => string;
  readonly missing: string;
  readonly compareSummary: (differ: number, total: number) => string;
  readonly compareError: string;
}

export const TEXTS: Readonly<Record<Lang, Texts>> = {
  ja: {
    pageTitle: 'サポート期限カレンダー — JMAS カスタマー・サービス ポリシー',
    intro:
      'JMAS カスタマー・サービス ポリシーの営業日カレンダーと、出来事ごとの期限を計算します。計算はすべてこのページの中で @jmas/cs-policy が行い、どこにも送信しません。時刻はすべて日本時間 (JST) です。',
    language: '表示言語',
    languageNames: { ja: '日本語', en: 'English' },
    activePolicy: '使用するポリシー',
    builtinPolicy: (v) => `組み込み (${v})`,
    loadedPolicy: (v) => `読み込んだポリシー (${v})`,
    skipToResults: '期限の計算へ移動',

    calendarHeading: '営業日カレンダー',
    calendarIntro: (open, close) =>
      `受付は月曜日から金曜日の ${open}〜${close} (JST) です。祝日・年末年始・弊社の休業日は休みです。`,
    month: '表示する月',
    prevMonth: '◀ 前の月',
    nextMonth: '次の月 ▶',
    monthCaption: (y, m, v) => `${y}年${m}月の営業日 (ポリシー ${v})`,
    weekdaysShort: {
      sunday: '日',
      monday: '月',
      tuesday: '火',
      wednesday: '水',
      thursday: '木',
      friday: '金',
      saturday: '土',
    },
    weekdaysLong: {
      sunday: '日曜日',
      monday: '月曜日',
      tuesday: '火曜日',
      wednesday: '水曜日',
      thursday: '木曜日',
      friday: '金曜日',
      saturday: '土曜日',
    },
    open: '営業日',
    closed: '休業',
    weekend: '週末',
    holiday: (name) => `祝日「${name}」`,
    holidayShort: '祝',
    yearEnd: '年末年始休業',
    companyClosure: (label) => `弊社休業日「${label}」`,
    companyClosureShort: '社休',
    legendHeading: '凡例',
    legendOpen: (open, close) => `営業日 (${open}〜${close} JST)`,
    legendClosed: '休業日 (理由を併記)',
    legendWeekend: '土曜日・日曜日',
    legendHoliday: '国民の祝日 (名称を併記)',
    legendYearEnd: (from, to) => `年末年始休業 (${from}〜${to})`,
    legendCompany: 'ポリシーで定めた弊社休業日',
    closedDaysHeading: (y, m) => `${y}年${m}月の休業日と理由`,
    closedDaySummary: (count, business) => `休業日 ${count} 日、営業日 ${business} 日。`,
    noClosedDays: 'この月に休業日はありません。',
    monthOutOfRange: (from, to) => `祝日データの範囲 (${from}〜${to}) の月を選んでください。`,

    eventHeading: '出来事と期限',
    eventIntro:
      '出来事を選んで日付を入れると、ポリシー上の期限 (お知らせ・サポート終了日・納期など) を条項と理由つきで一覧にします。',
    eventKind: '出来事の種類',
    eventKinds: {
      'release-ga': '新リリースの正式出荷 (GA)',
      'vendor-end-of-support': 'メーカーによる OS・前提製品のサポート終了',
      'discretionary-end': '弊社判断による OS・サードパーティ製品のサポート終了',
      'feature-change': 'クラウドの機能の追加・変更',
      'build-materials-received': 'クライアントアプリのビルド資材の受領',
      'inquiry-received': 'Web フォームからのお問い合わせの受信',
    },
    product: '製品',
    release: '新リリース',
    gaDate: 'GA 日 (正式出荷開始日)',
    previousRelease: '旧リリース',
    optional: '(任意)',
    vendorName: 'OS・製品名',
    endDate: 'サポート終了日',
    productName: 'OS・製品名',
    reading: '「90日前」の数え方',
    readingDefault: (v) => `ポリシーの既定 (${v === 'inclusive' ? '終了日を含めて数える' : '中90日を空ける'})`,
    readingInclusive: '終了日を含めて数える (inclusive)',
    readingClearDays: '中90日を空ける (clear days)',
    changeDate: '変更日',
    changeDescription: '変更の内容',
    receivedAt: '受領日時 (JST)',
    jstNote: '日本時間で入力してください。',
    customization: 'カスタマイズを含む',
    urgency: '緊急度',
    urgencyUnspecified: '指定なし',
    urgencies: { high: '高', medium: '中', low: '低' },
    calculate: '期限を計算',
    obligationsHeading: 'ポリシー上の期限',
    obligationsCaption: (v) => `期限の一覧 (ポリシー ${v}、日付は JST)`,
    obligationsSummary: (n, v) => `ポリシー ${v} で ${n} 件の期限を計算しました。`,
    colDue: '期日・日時',
    colWhat: '内容',
    colDeadline: '期限の種類',
    colParty: '行う人',
    colClause: '条項',
    colReasons: '理由',
    deadlines: { by: 'までに (期限)', on: '当日', target: '目処', from: 'この日から' },
    parties: { company: '弊社', customer: 'お客様' },
    agreeSeparately: '別途協議',
    downloadIcs: 'カレンダー (.ics) をダウンロード',
    icsNote: '日付の決まらない「別途協議」の行はカレンダーに入りません。',
    eventError: '期限を計算できませんでした:',

    policyHeading: 'ポリシーの比較',
    policyIntro:
      'ポリシーの JSON ファイルを読み込むと、組み込みのポリシーとの違いと、選んだ出来事の期限を並べて比べます。ファイルはポリシー全体か、{ "extends": "2024-10-07", "version": "…", …変更点 } の形です。',
    policyFile: 'ポリシーの JSON ファイル',
    policyFileHint: 'ファイルはこのページの中だけで読み、送信しません。',
    loadExample: '例のポリシーを読み込む',
    unloadPolicy: '読み込みを解除',
    exampleHeading: 'ファイルの例',
    policyLoaded: (v, n) =>
      `ポリシー ${v} を読み込みました (変更点 ${n} 件)。カレンダーと期限はこのポリシーで表示しています。`,
    policyUnloaded: '読み込んだポリシーを解除しました。',
    noPolicyLoaded: 'まだポリシーを読み込んでいません。',
    policyError: (file) => `「${file}」はポリシーとして読み込めませんでした:`,
    notJson: (m) => `JSON として読めません (${m})`,
    unknownBase: (base, known) => `"extends" には "${known}" を指定してください ("${base}" は組み込まれていません)`,
    diffHeading: (a, b) => `変更点: ${a} → ${b}`,
    diffCaption: 'パラメーターごとの違いと、影響する条項',
    colPath: 'パラメーター',
    colFrom: '変更前',
    colTo: '変更後',
    colClauses: '影響する条項',
    absent: '(なし)',
    noDiff: '違いはありません。',
    compareHeading: '期限の比較',
    compareCaption: (e) => `「${e}」の期限を 2 つのポリシーで比較`,
    colUnder: (v) => `ポリシー ${v}`,
    colDiffers: '違い',
    same: '= 同じ',
    differs: '≠ 期日が異なる',
    reasonsDiffer: '≠ 内容・理由が異なる',
    onlyIn: (v) => `≠ ${v} のみ`,
    missing: '— (なし)',
    compareSummary: (d, t) => `${t} 行中 ${d} 行が異なります。`,
    compareError: '比較できませんでした:',
  },
  en: {
    pageTitle: 'Deadline calculator — JMAS Customer Services Policy',
    intro:
      'The business calendar of the JMAS Customer Services Policy, and the deadlines each event sets. Everything is computed in this page by @jmas/cs-policy; nothing is sent anywhere. All times are Japan Standard Time (JST).',
    language: 'Language',
    languageNames: { ja: '日本語', en: 'English' },
    activePolicy: 'Policy in use',
    builtinPolicy: (v) => `Built-in (${v})`,
    loadedPolicy: (v) => `Loaded policy (${v})`,
    skipToResults: 'Skip to the deadline calculator',

    calendarHeading: 'Business calendar',
    calendarIntro: (open, close) =>
      `Support works Monday to Friday, ${open}–${close} JST, except national holidays, the year-end closure and company closure days.`,
    month: 'Month',
    prevMonth: '◀ Previous month',
    nextMonth: 'Next month ▶',
    monthCaption: (y, m, v) => `Business days of ${MONTHS_EN[m - 1]} ${y} (policy ${v})`,
    weekdaysShort: {
      sunday: 'Sun',
      monday: 'Mon',
      tuesday: 'Tue',
      wednesday: 'Wed',
      thursday: 'Thu',
      friday: 'Fri',
      saturday: 'Sat',
    },
    weekdaysLong: {
      sunday: 'Sunday',
      monday: 'Monday',
      tuesday: 'Tuesday',
      wednesday: 'Wednesday',
      thursday: 'Thursday',
      friday: 'Friday',
      saturday: 'Saturday',
    },
    open: 'Open',
    closed: 'Closed',
    weekend: 'Weekend',
    holiday: (name) => `Holiday: ${name}`,
    holidayShort: 'Hol.',
    yearEnd: 'Year-end closure',
    companyClosure: (label) => `Company closure: ${label}`,
    companyClosureShort: 'Co.',
    legendHeading: 'Legend',
    legendOpen: (open, close) => `Business day (${open}–${close} JST)`,
    legendClosed: 'Closed (with the reasons)',
    legendWeekend: 'Saturday or Sunday',
    legendHoliday: 'National holiday (with its name)',
    legendYearEnd: (from, to) => `Year-end closure (${from} to ${to})`,
    legendCompany: 'Company closure day set by the policy',
    closedDaysHeading: (y, m) => `Closed days in ${MONTHS_EN[m - 1]} ${y}, and why`,
    closedDaySummary: (count, business) => `${count} closed days, ${business} business days.`,
    noClosedDays: 'No closed days this month.',
    monthOutOfRange: (from, to) => `Choose a month within the holiday data (${from} to ${to}).`,

    eventHeading: 'Events and deadlines',
    eventIntro:
      'Pick an event and its dates: the page lists what the policy then requires (notices, end-of-support dates, deliveries) and by when, with the clause and the reasons.',
    eventKind: 'Event',
    eventKinds: {
      'release-ga': 'A new release reaches GA',
      'vendor-end-of-support': 'The vendor ends support of an OS or prerequisite product',
      'discretionary-end': 'We end support of an OS or third-party product',
      'feature-change': 'Cloud functions are added or changed',
      'build-materials-received': 'Client-app build materials received',
      'inquiry-received': 'Inquiry received through the web form',
    },
    product: 'Product',
    release: 'New release',
    gaDate: 'GA date (general availability)',
    previousRelease: 'Previous release',
    optional: '(optional)',
    vendorName: 'OS or product',
    endDate: 'End-of-support date',
    productName: 'OS or product',
    reading: 'How "90 days before" is counted',
    readingDefault: (v) => `Policy default (${v === 'inclusive' ? 'counting the end date' : '90 clear days'})`,
    readingInclusive: 'Counting the end date (inclusive)',
    readingClearDays: '90 clear days in between',
    changeDate: 'Change date',
    changeDescription: 'What changes',
    receivedAt: 'Received at (JST)',
    jstNote: 'Enter Japan time.',
    customization: 'Includes customization',
    urgency: 'Urgency',
    urgencyUnspecified: 'Not given',
    urgencies: { high: 'High', medium: 'Medium', low: 'Low' },
    calculate: 'Calculate deadlines',
    obligationsHeading: 'Deadlines under the policy',
    obligationsCaption: (v) => `Deadlines (policy ${v}; dates in JST)`,
    obligationsSummary: (n, v) => `${n} deadlines under policy ${v}.`,
    colDue: 'Due',
    colWhat: 'What',
    colDeadline: 'Kind of deadline',
    colParty: 'Who',
    colClause: 'Clause',
    colReasons: 'Reasons',
    deadlines: { by: 'by (deadline)', on: 'on the day', target: 'target', from: 'from this day' },
    parties: { company: 'JMAS', customer: 'Customer' },
    agreeSeparately: 'To be agreed separately',
    downloadIcs: 'Download calendar (.ics)',
    icsNote: 'Rows "to be agreed separately" have no date and are left out of the calendar.',
    eventError: 'The deadlines could not be computed:',

    policyHeading: 'Compare policies',
    policyIntro:
      'Load a policy JSON file to see how it differs from the built-in policy, and the deadlines of the chosen event under both side by side. The file is a whole policy, or { "extends": "2024-10-07", "version": "…", …changes }.',
    policyFile: 'Policy JSON file',
    policyFileHint: 'The file is read inside this page only; it is not uploaded.',
    loadExample: 'Load an example policy',
    unloadPolicy: 'Unload',
    exampleHeading: 'An example file',
    policyLoaded: (v, n) => `Loaded policy ${v} (${n} changes). The calendar and deadlines now use it.`,
    policyUnloaded: 'The loaded policy was unloaded.',
    noPolicyLoaded: 'No policy loaded yet.',
    policyError: (file) => `"${file}" could not be loaded as a policy:`,
    notJson: (m) => `not valid JSON (${m})`,
    unknownBase: (base, known) => `"extends" must be "${known}" ("${base}" is not built in)`,
    diffHeading: (a, b) => `Changes: ${a} → ${b}`,
    diffCaption: 'Parameters that differ, and the clauses they affect',
    colPath: 'Parameter',
    colFrom: 'From',
    colTo: 'To',
    colClauses: 'Clauses affected',
    absent: '(absent)',
    noDiff: 'No differences.',
    compareHeading: 'Deadlines compared',
    compareCaption: (e) => `Deadlines of "${e}" under both policies`,
    colUnder: (v) => `Policy ${v}`,
    colDiffers: 'Difference',
    same: '= same',
    differs: '≠ due date differs',
    reasonsDiffer: '≠ text or reasons differ',
    onlyIn: (v) => `≠ only in ${v}`,
    missing: '— (none)',
    compareSummary: (d, t) => `${d} of ${t} rows differ.`,
    compareError: 'Could not compare:',
  },
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
