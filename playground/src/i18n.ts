// Every text the page shows, in Japanese (the default) and English. The library supplies the rest
// (reasons, clause titles, holiday names) in both languages. Numbers that come from a policy are
// parameters here, never written into a text: the page shows whichever policy is in force.
import {
  type ClockMeasure,
  type ClockSignal,
  type ClockState,
  durationText,
  type Obligation,
  type PolicyEventKind,
  type TargetStatus,
  type Weekday,
} from '@jmas/cs-policy';

export type Lang = 'ja' | 'en';

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
] as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${Math.abs(n) === 1 ? one : many}`;

/** 1,050: a count with thousands grouped, the same in both languages. */
const grouped = (n: number): string => n.toLocaleString('en-US');

/** 2026年〜2027年, or 2028年 for a file of one year. */
const yearsJa = (first: number, last: number): string => (first === last ? `${first}年` : `${first}年〜${last}年`);
const yearsEn = (first: number, last: number): string => (first === last ? `${first}` : `${first}–${last}`);

/** Whole hours and minutes of a business time, a part-minute dropped (as the library's words do). */
/** The whole minutes of a span (its size: the text says whether it is over or left). */
const minutesOf = (minutes: number): number => Math.floor(Math.abs(minutes));

/** 日 月 … 土: Japanese has one short form, for the dates and the small months' heads alike. */
const WEEKDAYS_JA: Readonly<Record<Weekday, string>> = {
  sunday: '日',
  monday: '月',
  tuesday: '火',
  wednesday: '水',
  thursday: '木',
  friday: '金',
  saturday: '土',
};

const ja = {
  pageTitle: 'サポート期限カレンダー — JMAS カスタマー・サービス ポリシー',
  intro:
    'JMAS カスタマー・サービス ポリシーの営業日カレンダーと、出来事ごとの期限、お問い合わせの対応時間 (ケースの時計) を計算します。計算はすべてこのページの中で @jmas/cs-policy が行い、どこにも送信しません。時刻はすべて日本時間 (JST) です。',
  linkNote: '入力はこのページのアドレス (URL) に入ります。アドレスを送れば、相手にも同じ画面が開きます。',
  language: '表示言語',
  activePolicy: '使用するポリシー',
  builtinPolicy: (v: string) => `組み込み (${v})`,
  loadedPolicy: (v: string) => `読み込んだポリシー (${v})`,
  skipToResults: '期限の計算へ移動',
  printPage: '印刷',
  footer: (builtin: string) => `@jmas/cs-policy — 組み込みのポリシー ${builtin}`,

  // Dates
  monthName: (y: number, m: number) => `${y}年${m}月`,
  monthOfYearName: (m: number) => `${m}月`,
  weekdaysShort: WEEKDAYS_JA,
  weekdaysLong: {
    sunday: '日曜日',
    monday: '月曜日',
    tuesday: '火曜日',
    wednesday: '水曜日',
    thursday: '木曜日',
    friday: '金曜日',
    saturday: '土曜日',
  } as Readonly<Record<Weekday, string>>,
  /** Column heads of the year view's small months. */
  weekdaysMini: WEEKDAYS_JA,
  today: '今日',
  todayIs: (date: string) => `今日 (日本時間) は ${date} です。`,

  // Calendar
  calendarHeading: '営業日カレンダー',
  calendarIntro: (hours: string) => `受付は${hours} (日本時間) です。祝日・年末年始・弊社の休業日は休みです。`,
  view: '表示',
  viewMonth: '1か月',
  viewYear: '1年',
  year: '年 (西暦)',
  monthOfYear: '月',
  prevMonth: '◀ 前の月',
  nextMonth: '次の月 ▶',
  prevYear: '◀ 前の年',
  nextYear: '次の年 ▶',
  showMonth: (name: string) => `${name}を1か月表示で見る`,
  monthCaption: (name: string, policy: string) => `${name}の営業日 (${policy})`,
  yearCaption: (y: number, policy: string) => `${y}年の営業日 (${policy})`,
  open: '営業日',
  closed: '休業',
  closedShort: '休',
  weekend: '週末',
  holiday: (name: string) => `祝日「${name}」`,
  projected: ' (予測: 公式の祝日一覧の公表前)',
  holidayShort: '祝',
  yearEnd: '年末年始休業',
  yearEndShort: '年末年始',
  companyClosure: (label: string) => `弊社休業日「${label}」`,
  companyClosureShort: '社休',
  legendHeading: '凡例',
  legendOpen: (hours: string) => `営業日 (${hours}、日本時間)`,
  legendClosed: '休業日 (理由を併記)',
  legendWeekend: '土曜日・日曜日',
  legendClosedWeekday: (weekdays: string) => `受付時間のない平日 (${weekdays})`,
  legendHoliday: '国民の祝日 (名称を併記)',
  legendYearEnd: (from: string, to: string) => `年末年始休業 (${from}〜${to})`,
  legendCompany: 'ポリシーまたはこのページで定めた弊社休業日',
  legendToday: '今日 (日本時間)',
  closedDaysHeading: (name: string) => `${name}の休業日と理由`,
  closedDaySummary: (count: number, business: number) => `休業日 ${count} 日、営業日 ${business} 日。`,
  yearSummary: (count: number, business: number) => `休業日 ${count} 日、営業日 ${business} 日`,
  noClosedDays: 'この月に休業日はありません。',
  yearInvalid: (field: string, from: number, to: number, showing: string) =>
    `「${field}」には ${from}〜${to} の西暦を 4 桁で入力してください。${showing}を表示したままです。`,
  calendarError: '表示できませんでした:',
  monthMoved: (asked: string, shown: string, from: string, to: string) =>
    `${asked}は祝日データの範囲 (${from}〜${to}) の外のため、${shown}を表示しています。`,

  // National holidays from the Cabinet Office's file (interpretation 14)
  holidaysHeading: '国民の祝日 (内閣府の祝日ファイル)',
  holidaysIntro:
    '法律の改正などで祝日が変わったときは、内閣府が公表する祝日の CSV ファイル (syukujitsu.csv) をダウンロードしたまま読み込むと、組み込みの祝日一覧の代わりに、カレンダー・期限・ケースの時計のすべてで使います。カレンダーはファイルにある年だけを扱います。',
  holidaysSourceLabel: '入手先:',
  holidaysSource: '内閣府「国民の祝日」について',
  holidaysFile: '内閣府の祝日ファイル (syukujitsu.csv)',
  holidaysFileHint:
    'このタブでは再読み込みしても残りますが、リンク (URL) には入りません (リンクを開いた人には組み込みの祝日一覧で表示されます)。',
  holidaysBuiltinButton: '組み込みの祝日一覧に戻す',
  holidaysInUseFile: (file: string, first: number, last: number, n: number) =>
    `内閣府の祝日ファイル「${file}」(${yearsJa(first, last)}、${grouped(n)} 日) を使っています。`,
  holidaysInUsePolicy: (version: string, first: number, last: number, n: number) =>
    `ポリシー ${version} の祝日一覧 (${yearsJa(first, last)}、${grouped(n)} 日) を使っています。`,
  holidaysInUseBuiltin: (first: number, last: number, official: number) =>
    `組み込みの祝日一覧 (${yearsJa(first, last)}) を使っています。${official + 1}年以降の祝日は、公式の一覧の公表前のため祝日法による予測です。`,
  holidaysFailed: (file: string) =>
    `「${file}」は内閣府の祝日ファイルとして読み込めませんでした。前の祝日一覧を使ったままです:`,
  holidaysUnloaded: (file: string) => `「${file}」の使用をやめました。`,

  // Company closures entered in the page
  closuresHeading: '弊社の休業日 (このページで追加)',
  closuresIntro:
    'ポリシーにない臨時の休業日を追加すると、カレンダーと期限の計算に使います。1 日だけなら終了日は空けておきます。',
  closureFrom: '休業日 (開始)',
  closureTo: '終了日',
  closureLabel: '名称',
  closureLabelDefault: '弊社休業日',
  addClosure: '休業日を追加',
  removeClosure: (what: string) => `${what}を削除`,
  closuresNone: 'このページで追加した休業日はありません。',
  closuresCaption: 'このページで追加した休業日',
  closuresInUse: (n: number) => `弊社休業日 ${n} 件を追加`,
  closureRange: (from: string, to: string) => `${from}〜${to}`,
  closureRequired: (field: string) => `「${field}」を入力してください。`,
  closureBeforeStart: (to: string, from: string) => `「${to}」は「${from}」と同じ日かそれより後にしてください。`,
  closureOutOfRange: (field: string, from: string, to: string) =>
    `「${field}」は祝日データの範囲 (${from}〜${to}) の日付にしてください。`,
  closuresFromLink: (n: number) => `リンクの休業日 ${n} 件は形式が正しくないため使っていません。`,

  // Events
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
  } as Readonly<Record<PolicyEventKind, string>>,
  product: '製品',
  release: '新リリース',
  gaDate: 'GA 日 (正式出荷開始日)',
  previousRelease: '旧リリース',
  optional: '(任意)',
  vendorName: 'OS・製品名',
  endDate: 'サポート終了日',
  productName: 'OS・製品名',
  reading: (days: number) => `「${days}日前」の数え方`,
  readingDefault: (inclusive: boolean, days: number) =>
    `ポリシーの既定 (${inclusive ? '終了日を含めて数える' : `中${days}日を空ける`})`,
  readingInclusive: '終了日を含めて数える (inclusive)',
  readingClearDays: (days: number) => `中${days}日を空ける (clear days)`,
  changeDate: '変更日',
  changeDescription: '変更の内容',
  receivedAt: '受領日時 (日本時間)',
  inquiryReceivedAt: '受信日時 (日本時間)',
  jstNote: '日本時間で入力してください。',
  customization: 'カスタマイズを含む',
  urgency: '緊急度',
  urgencyUnspecified: '指定なし',
  urgencies: { high: '高', medium: '中', low: '低' },
  yes: 'はい',
  calculate: '期限を計算',
  obligationsHeading: 'ポリシー上の期限',
  obligationsCaption: (policy: string) => `期限の一覧 (${policy}、日時は日本時間)`,
  obligationsSummary: (n: number, policy: string) => `${policy}で ${n} 件の期限を計算しました。`,
  colDue: '期日・日時',
  colStanding: '今日から',
  colWhat: '内容',
  colDeadline: '期限の種類',
  colParty: '行う人',
  colClause: '条項',
  colReasons: '理由',
  deadlines: { by: 'までに (期限)', on: '当日', target: '目処', from: 'この日から' } as Readonly<
    Record<Obligation['deadline'], string>
  >,
  parties: { company: '弊社', customer: 'お客様' } as Readonly<Record<Obligation['party'], string>>,
  agreeSeparately: '別途協議',
  remaining: (business: number | undefined, days: number) =>
    business === undefined ? `あと ${days} 日` : `あと ${business} 営業日 / ${days} 日`,
  elapsed: (days: number) => `${days} 日経過`,
  dueToday: '今日',
  noStanding: '—',
  downloadIcs: 'カレンダー (.ics) をダウンロード',
  icsNote: '日付の決まらない「別途協議」の行はカレンダーに入りません。',
  copyText: 'テキストでコピー',
  copied: 'コピーしました。メールに貼り付けられます。',
  copyFailed: 'クリップボードに書き込めませんでした。下の欄の文を選んでコピーしてください。',
  copiedTextLabel: 'コピーする文',
  eventError: '期限を計算できませんでした:',
  outdated: '入力が変わったため、下の結果は古くなっています (前の入力の結果です)。入力を直すと計算し直します。',
  fieldRequired: (field: string) => `「${field}」を入力してください。`,
  fieldInvalid: (field: string) => `「${field}」の値が正しくありません。`,
  outOfCoverage: (from: string, to: string) => `祝日データの範囲 (${from}〜${to}) を超えるため計算できません。`,

  // The case clock (1.2.case)
  clockHeading: 'ケースの時計',
  clockIntro:
    'お問い合わせ (ケース) の対応時間を、受付時間内だけで数えます。お客様の回答をお待ちしている間は対応時間に数えず、最終回答で時計が止まります。ポリシーが対応時間の目標を定めていれば (「ポリシーの比較」で読み込めます)、残りの時間と目標時刻も示します。',
  clockMeasure: '目標の種類',
  clockMeasures: { resolution: '最終回答まで', 'first-response': '初回のご回答まで' } as Readonly<
    Record<ClockMeasure, string>
  >,
  clockNow: '時計を読む日時 (日本時間)',
  clockNowHint: (now: string) => `空欄のときは、いまの日時 (${now}) で数えます。`,
  clockNowReset: 'いまの日時で数える',
  clockEventsLegend: '出来事 (古い順)',
  clockRowName: (n: number) => `出来事 ${n}`,
  clockAt: '日時 (日本時間)',
  clockSignal: '出来事',
  clockSignals: { run: '受付・対応再開', pause: 'お客様の回答待ち', stop: '最終回答' } as Readonly<
    Record<ClockSignal, string>
  >,
  addClockEvent: '出来事を追加',
  removeClockEvent: (n: number) => `出来事 ${n} を削除`,
  clockEmpty: '出来事がまだありません。「出来事を追加」で、受付から順に入れてください。',
  clockResultHeading: '時計の状況',
  clockCaption: (policy: string) => `ケースの時計 (${policy}、日時は日本時間、時間は営業時間)`,
  clockState: '状態',
  clockStates: { running: '対応中', paused: 'お客様の回答待ち', stopped: '終了 (最終回答済み)' } as Readonly<
    Record<ClockState, string>
  >,
  clockCountedTo: '数えた時点',
  clockElapsed: '対応時間',
  clockPaused: 'お客様の回答待ちの時間',
  clockTarget: { resolution: '目標 (最終回答まで)', 'first-response': '目標 (初回のご回答まで)' } as Readonly<
    Record<ClockMeasure, string>
  >,
  clockRemaining: '残り',
  clockBreachAt: '目標時刻',
  clockWarningAt: (percent: number) => `注意の時刻 (目標の${percent}%)`,
  clockStatus: '目標に対する状況',
  targetStatus: (status: TargetStatus, percent: number | null) =>
    ({
      'on-track': '目標内',
      warning: `注意 (目標の${percent}%に達しています)`,
      breached: '目標超過',
      met: '目標達成',
      missed: '目標未達',
    })[status],
  duration: (minutes: number) => {
    const total = minutesOf(minutes);
    return total < 60 ? durationText(total).ja : `${durationText(total).ja} (${total}分)`;
  },
  overBy: (duration: string) => `${duration}超過`,
  noInstant: '—',
  clockReasons: '理由',
  clockError: 'ケースの時計を計算できませんでした:',
  clockAtRequired: (row: string) => `「${row}」の日時を入力してください。`,
  clockRowInvalid: (row: string, field: 'at' | 'clock') =>
    `「${row}」の${field === 'at' ? '日時' : '出来事の種類'}が正しくありません。`,
  clockEventsFromLink: (n: number) => `リンクの出来事 ${n} 件は形式が正しくないため使っていません。`,

  // Plain text for an e-mail ("Copy as text")
  textHeader: (event: string, policy: string) => `【${event}】ポリシー上の期限 (${policy}、日時は日本時間)`,
  textInputs: (parts: readonly string[]) => parts.join('、'),
  textField: (label: string, value: string) => `${label}: ${value}`,
  textLine: (due: string, deadline: Obligation['deadline'], party: string, what: string) =>
    `・${due}${{ by: 'まで', on: '', target: '目処', from: 'から' }[deadline]}　${party}: ${what}`,
  textClosures: (list: string) => `このページで追加した弊社休業日 (${list}) も休業日として計算しています。`,
  textHolidays: (file: string, first: number, last: number) =>
    `祝日は内閣府の祝日ファイル「${file}」(${yearsJa(first, last)}) によります。`,
  listSeparator: '、',

  // Policy comparison
  policyHeading: 'ポリシーの比較',
  policyIntro:
    'ポリシーの JSON ファイルを読み込むと、組み込みのポリシーとの違いと、選んだ出来事の期限を並べて比べます。ファイルはポリシー全体か、{ "extends": "2024-10-07", "version": "…", …変更点 } の形です。',
  policyFile: 'ポリシーの JSON ファイル',
  policyFileHint:
    'ファイルはこのページの中だけで読み、送信しません。再読み込みしても残りますが、リンク (URL) には入りません。',
  loadExample: '例のポリシーを読み込む',
  unloadPolicy: '読み込みを解除',
  exampleHeading: 'ファイルの例',
  policyName: (version: string) => `ポリシー ${version}`,
  policyNameWithClosures: (version: string, n: number) => `ポリシー ${version} + 弊社休業日 ${n} 件`,
  withHolidayFile: ' + 内閣府の祝日ファイル',
  inUse: (what: string) => `いま使っているのは${what}です。`,
  inUseBuiltin: (v: string) => `組み込みのポリシー ${v}`,
  inUseLoaded: (v: string, file: string) => `「${file}」のポリシー ${v}`,
  policyLoaded: (v: string, file: string, n: number) =>
    `「${file}」からポリシー ${v} を読み込みました (変更点 ${n} 件)。`,
  policyUnloaded: (file: string) => `「${file}」の読み込みを解除しました。`,
  noPolicyLoaded: 'まだポリシーを読み込んでいません。',
  policyFailed: (file: string) => `「${file}」は読み込めませんでした。`,
  policyError: (file: string) => `「${file}」はポリシーとして読み込めませんでした:`,
  notJson: (m: string) => `JSON として読めません (${m})`,
  unknownBase: (base: string, known: string) =>
    `"extends" には "${known}" を指定してください ("${base}" は組み込まれていません)`,
  unknownKey: (key: string, where: string, suggestion: string | undefined) =>
    `「${where}」の「${key}」は、ポリシーにない項目です。${suggestion ? `「${suggestion}」のことですか?` : ''}`,
  fieldProblem: (path: string) => `「${path}」:`,
  diffHeading: (a: string, b: string) => `変更点: ${a} → ${b}`,
  diffCaption: 'パラメーターごとの違いと、影響する条項',
  colPath: 'パラメーター',
  colFrom: '変更前',
  colTo: '変更後',
  colClauses: '影響する条項',
  absent: '(なし)',
  noDiff: '違いはありません。',
  compareHeading: '期限の比較',
  compareCaption: (e: string) => `「${e}」の期限を 2 つのポリシーで比較`,
  colDiffers: '違い',
  same: '= 同じ',
  differs: '≠ 期日が異なる',
  reasonsDiffer: '≠ 内容・理由が異なる',
  onlyIn: (v: string) => `≠ ${v} のみ`,
  missing: '— (なし)',
  compareSummary: (d: number, t: number) => `${t} 行中 ${d} 行が異なります。`,
  compareError: '比較できませんでした:',
};

export type Texts = typeof ja;

const en: Texts = {
  pageTitle: 'Deadline calculator — JMAS Customer Services Policy',
  intro:
    'The business calendar of the JMAS Customer Services Policy, the deadlines each event sets, and the handling time of an inquiry (the case clock). Everything is computed in this page by @jmas/cs-policy; nothing is sent anywhere. All times are Japan Standard Time (JST).',
  linkNote: 'What you enter goes into this page’s address (URL): send the address and others see the same page.',
  language: 'Language',
  activePolicy: 'Policy in use',
  builtinPolicy: (v) => `Built-in (${v})`,
  loadedPolicy: (v) => `Loaded policy (${v})`,
  skipToResults: 'Skip to the deadline calculator',
  printPage: 'Print',
  footer: (builtin) => `@jmas/cs-policy — built-in policy ${builtin}`,

  monthName: (y, m) => `${MONTHS_EN[m - 1]} ${y}`,
  monthOfYearName: (m) => MONTHS_EN[m - 1]!,
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
  weekdaysMini: {
    sunday: 'Su',
    monday: 'Mo',
    tuesday: 'Tu',
    wednesday: 'We',
    thursday: 'Th',
    friday: 'Fr',
    saturday: 'Sa',
  },
  today: 'Today',
  todayIs: (date) => `Today (JST) is ${date}.`,

  calendarHeading: 'Business calendar',
  calendarIntro: (hours) =>
    `Support works ${hours}, except national holidays, the year-end closure and company closure days.`,
  view: 'View',
  viewMonth: 'Month',
  viewYear: 'Year',
  year: 'Year',
  monthOfYear: 'Month',
  prevMonth: '◀ Previous month',
  nextMonth: 'Next month ▶',
  prevYear: '◀ Previous year',
  nextYear: 'Next year ▶',
  showMonth: (name) => `Show ${name} as a month`,
  monthCaption: (name, policy) => `Business days of ${name} (${policy})`,
  yearCaption: (y, policy) => `Business days of ${y} (${policy})`,
  open: 'Open',
  closed: 'Closed',
  closedShort: 'Closed',
  weekend: 'Weekend',
  holiday: (name) => `Holiday: ${name}`,
  projected: ' (projected: not yet in the official list)',
  holidayShort: 'Hol.',
  yearEnd: 'Year-end closure',
  yearEndShort: 'Year-end',
  companyClosure: (label) => `Company closure: ${label}`,
  companyClosureShort: 'Co.',
  legendHeading: 'Legend',
  legendOpen: (hours) => `Business day: ${hours}`,
  legendClosed: 'Closed (with the reasons)',
  legendWeekend: 'Saturday or Sunday',
  legendClosedWeekday: (weekdays) => `A weekday without hours (${weekdays})`,
  legendHoliday: 'National holiday (with its name)',
  legendYearEnd: (from, to) => `Year-end closure (${from} to ${to})`,
  legendCompany: 'Company closure day set by the policy or in this page',
  legendToday: 'Today (JST)',
  closedDaysHeading: (name) => `Closed days in ${name}, and why`,
  closedDaySummary: (count, business) => `${plural(count, 'closed day')}, ${plural(business, 'business day')}.`,
  yearSummary: (count, business) => `${plural(count, 'closed day')}, ${plural(business, 'business day')}`,
  noClosedDays: 'No closed days this month.',
  yearInvalid: (field, from, to, showing) =>
    `Enter "${field}" as a four-digit year from ${from} to ${to}. Still showing ${showing}.`,
  calendarError: 'Could not show the calendar:',
  monthMoved: (asked, shown, from, to) => `${asked} is outside the holiday data (${from} to ${to}): showing ${shown}.`,

  holidaysHeading: 'National holidays (Cabinet Office file)',
  holidaysIntro:
    'When a law changes the holidays, load the CSV file of holidays (syukujitsu.csv) exactly as the Cabinet Office publishes it: the calendar, the deadlines and the case clock then use it instead of the built-in list. The calendar then covers the years in the file only.',
  holidaysSourceLabel: 'Download from:',
  holidaysSource: 'Cabinet Office: National Holidays (in Japanese)',
  holidaysFile: 'Cabinet Office holiday file (syukujitsu.csv)',
  holidaysFileHint:
    'It survives a reload of this tab, but is not in the link (URL): whoever opens the link sees the built-in holidays.',
  holidaysBuiltinButton: 'Back to the built-in holidays',
  holidaysInUseFile: (file, first, last, n) =>
    `Using the Cabinet Office holiday file "${file}" (${yearsEn(first, last)}, ${grouped(n)} ${n === 1 ? 'holiday' : 'holidays'}).`,
  holidaysInUsePolicy: (version, first, last, n) =>
    `Using the holidays of policy ${version} (${yearsEn(first, last)}, ${grouped(n)} ${n === 1 ? 'holiday' : 'holidays'}).`,
  holidaysInUseBuiltin: (first, last, official) =>
    `Using the built-in holidays (${yearsEn(first, last)}). Holidays from ${official + 1} on are projected by the Act: the official list is not yet published.`,
  holidaysFailed: (file) =>
    `"${file}" could not be read as the Cabinet Office holiday file. The previous holidays are still in use:`,
  holidaysUnloaded: (file) => `"${file}" is no longer used.`,

  closuresHeading: 'Company closures (added in this page)',
  closuresIntro:
    'Add closure days that are not in the policy: the calendar and the deadlines then count them as closed. Leave the end empty for a single day.',
  closureFrom: 'Closed from',
  closureTo: 'Closed until',
  closureLabel: 'Name',
  closureLabelDefault: 'Company closure',
  addClosure: 'Add closure',
  removeClosure: (what) => `Remove ${what}`,
  closuresNone: 'No closures added in this page.',
  closuresCaption: 'Closures added in this page',
  closuresInUse: (n) => `${plural(n, 'company closure')} added`,
  closureRange: (from, to) => `${from} to ${to}`,
  closureRequired: (field) => `Enter "${field}".`,
  closureBeforeStart: (to, from) => `"${to}" must be the same day as "${from}" or later.`,
  closureOutOfRange: (field, from, to) => `"${field}" must lie within the holiday data (${from} to ${to}).`,
  closuresFromLink: (n) =>
    `${plural(n, 'closure')} in the link could not be read and ${n === 1 ? 'is' : 'are'} not used.`,

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
  reading: (days) => `How "${days} days before" is counted`,
  readingDefault: (inclusive, days) =>
    `Policy default (${inclusive ? 'counting the end date' : `${days} clear days in between`})`,
  readingInclusive: 'Counting the end date (inclusive)',
  readingClearDays: (days) => `${days} clear days in between`,
  changeDate: 'Change date',
  changeDescription: 'What changes',
  receivedAt: 'Received at (JST)',
  inquiryReceivedAt: 'Received at (JST)',
  jstNote: 'Enter Japan time.',
  customization: 'Includes customization',
  urgency: 'Urgency',
  urgencyUnspecified: 'Not given',
  urgencies: { high: 'High', medium: 'Medium', low: 'Low' },
  yes: 'yes',
  calculate: 'Calculate deadlines',
  obligationsHeading: 'Deadlines under the policy',
  obligationsCaption: (policy) => `Deadlines (${policy}; times in JST)`,
  obligationsSummary: (n, policy) => `${plural(n, 'deadline')} under ${policy}.`,
  colDue: 'Due',
  colStanding: 'From today',
  colWhat: 'What',
  colDeadline: 'Kind of deadline',
  colParty: 'Who',
  colClause: 'Clause',
  colReasons: 'Reasons',
  deadlines: { by: 'by (deadline)', on: 'on the day', target: 'target', from: 'from this day' },
  parties: { company: 'JMAS', customer: 'Customer' },
  agreeSeparately: 'To be agreed separately',
  remaining: (business, days) =>
    business === undefined
      ? `in ${plural(days, 'day')}`
      : `in ${plural(business, 'business day')} / ${plural(days, 'day')}`,
  elapsed: (days) => `${plural(days, 'day')} ago`,
  dueToday: 'today',
  noStanding: '—',
  downloadIcs: 'Download calendar (.ics)',
  icsNote: 'Rows "to be agreed separately" have no date and are left out of the calendar.',
  copyText: 'Copy as text',
  copied: 'Copied: ready to paste into an e-mail.',
  copyFailed: 'Could not write to the clipboard. Select the text in the box below and copy it.',
  copiedTextLabel: 'Text to copy',
  eventError: 'The deadlines could not be computed:',
  outdated:
    'The input has changed: the results below are out of date (from the previous input). Fix the input to recompute.',
  fieldRequired: (field) => `Enter "${field}".`,
  fieldInvalid: (field) => `"${field}" is not valid.`,
  outOfCoverage: (from, to) => `It falls outside the holiday data (${from} to ${to}), so it cannot be computed.`,

  clockHeading: 'Case clock',
  clockIntro:
    'Counts the handling time of an inquiry (a case) within reception hours only. While we wait for the customer’s reply the time is not counted as handling time; the final answer stops the clock. When the policy sets handling-time targets (load one under "Compare policies"), the time left and the target time are shown too.',
  clockMeasure: 'Target',
  clockMeasures: { resolution: 'Until the final answer', 'first-response': 'Until the first response' },
  clockNow: 'Read the clock at (JST)',
  clockNowHint: (now) => `Left empty, the clock is read now (${now}).`,
  clockNowReset: 'Read it now',
  clockEventsLegend: 'Events (oldest first)',
  clockRowName: (n) => `Event ${n}`,
  clockAt: 'Date and time (JST)',
  clockSignal: 'What happened',
  clockSignals: {
    run: 'Received / handling resumed',
    pause: 'Waiting for the customer’s reply',
    stop: 'Final answer',
  },
  addClockEvent: 'Add an event',
  removeClockEvent: (n) => `Remove event ${n}`,
  clockEmpty: 'No events yet. Use "Add an event" to enter them in order, from the registration on.',
  clockResultHeading: 'Where the clock stands',
  clockCaption: (policy) => `Case clock (${policy}; times in JST, durations in business time)`,
  clockState: 'State',
  clockStates: {
    running: 'Being handled',
    paused: 'Waiting for the customer’s reply',
    stopped: 'Ended (final answer given)',
  },
  clockCountedTo: 'Counted up to',
  clockElapsed: 'Handling time',
  clockPaused: 'Time waiting for the customer',
  clockTarget: { resolution: 'Target for the final answer', 'first-response': 'Target for the first response' },
  clockRemaining: 'Time left',
  clockBreachAt: 'Target time',
  clockWarningAt: (percent) => `Warning time (${percent}% of the target)`,
  clockStatus: 'Against the target',
  targetStatus: (status, percent) =>
    ({
      'on-track': 'On track',
      warning: `Warning (${percent}% of the target reached)`,
      breached: 'Target exceeded',
      met: 'Target met',
      missed: 'Target missed',
    })[status],
  duration: (minutes) => {
    const total = minutesOf(minutes);
    return total < 60 ? durationText(total).en : `${durationText(total).en} (${plural(total, 'minute')})`;
  },
  overBy: (duration) => `${duration} over`,
  noInstant: '—',
  clockReasons: 'Reasons',
  clockError: 'The case clock could not be computed:',
  clockAtRequired: (row) => `Enter the date and time of "${row}".`,
  clockRowInvalid: (row, field) =>
    field === 'at' ? `The date and time of "${row}" is not valid.` : `What happened at "${row}" is not valid.`,
  clockEventsFromLink: (n) =>
    `${plural(n, 'clock event')} in the link could not be read and ${n === 1 ? 'is' : 'are'} not used.`,

  textHeader: (event, policy) => `${event}: deadlines under the policy (${policy}; times in JST)`,
  textInputs: (parts) => parts.join('; '),
  textField: (label, value) => `${label}: ${value}`,
  textLine: (due, deadline, party, what) =>
    `- ${{ by: 'By ', on: '', target: 'Target: ', from: 'From ' }[deadline]}${due} (${party}): ${what}`,
  textClosures: (list) => `Company closures added in this page (${list}) are counted as closed days.`,
  textHolidays: (file, first, last) =>
    `National holidays are those of the Cabinet Office file "${file}" (${yearsEn(first, last)}).`,
  listSeparator: '; ',

  policyHeading: 'Compare policies',
  policyIntro:
    'Load a policy JSON file to see how it differs from the built-in policy, and the deadlines of the chosen event under both side by side. The file is a whole policy, or { "extends": "2024-10-07", "version": "…", …changes }.',
  policyFile: 'Policy JSON file',
  policyFileHint:
    'The file is read inside this page only; it is not uploaded. It survives a reload, but is not in the link (URL).',
  loadExample: 'Load an example policy',
  unloadPolicy: 'Unload',
  exampleHeading: 'An example file',
  policyName: (version) => `policy ${version}`,
  policyNameWithClosures: (version, n) => `policy ${version} + ${plural(n, 'company closure')}`,
  withHolidayFile: ' + Cabinet Office holidays',
  inUse: (what) => `In use: ${what}.`,
  inUseBuiltin: (v) => `the built-in policy ${v}`,
  inUseLoaded: (v, file) => `policy ${v} from "${file}"`,
  policyLoaded: (v, file, n) => `Loaded policy ${v} from "${file}" (${plural(n, 'change')}).`,
  policyUnloaded: (file) => `"${file}" was unloaded.`,
  noPolicyLoaded: 'No policy loaded yet.',
  policyFailed: (file) => `"${file}" could not be loaded.`,
  policyError: (file) => `"${file}" could not be loaded as a policy:`,
  notJson: (m) => `not valid JSON (${m})`,
  unknownKey: (key, where, suggestion) =>
    `"${key}" in "${where}" is not a policy field.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  unknownBase: (base, known) => `"extends" must be "${known}" ("${base}" is not built in)`,
  fieldProblem: (path) => `"${path}":`,
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
  colDiffers: 'Difference',
  same: '= same',
  differs: '≠ due date differs',
  reasonsDiffer: '≠ text or reasons differ',
  onlyIn: (v) => `≠ only in ${v}`,
  missing: '— (none)',
  compareSummary: (d, t) => `${d} of ${t} rows differ.`,
  compareError: 'Could not compare:',
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { ja, en };
