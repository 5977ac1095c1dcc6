// End-to-end test of the deadline calculator playground (issues 5, 12 and 13): build the page with Vite,
// serve playground/dist on 127.0.0.1, drive it in headless Chromium through playwright-core (Debian's
// /usr/bin/chromium, or whatever scripts/chromium.mjs finds), at 1280×800 and 390×844, in Japanese and
// English, and save screenshots to artifacts/screenshots/ (git-ignored). The clock is fixed at
// 2026-09-14 10:00 JST (a Monday) so "today" and the days left are known; the browser's own zone is
// Los Angeles (still 2026-09-13 there), so a page that used local dates would show the wrong today.
// Without Chromium the suite is skipped with a message saying how to install it; under CI=true it fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { findChromium, missingChromiumMessage } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'playground', 'dist');
const screenshots = join(root, 'artifacts', 'screenshots');
const CHROMIUM = findChromium() as string | undefined;
const CI = process.env.CI === 'true' || process.env.CI === '1';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const require = createRequire(import.meta.url);
/** 2026-09-14 10:00 JST, a Monday: "today" in every test. */
const NOW = new Date('2026-09-14T10:00:00+09:00');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
if (!CHROMIUM && !CI) console.warn(`playground.test.ts: ${missingChromiumMessage()}`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static file server for playground/dist, on loopback only. */
function serve(folder: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(folder, `.${normalize(path.endsWith('/') ? `${path}index.html` : path)}`);
    if (!(file === folder || file.startsWith(folder + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let server: Server;
let browser: Browser;
let baseUrl: string;
const temp = mkdtempSync(join(tmpdir(), 'cs-policy-playground-'));

/** The whole suite: skipped (with the message above) on a machine without Chromium, unless under CI. */
const suite = describe.skipIf(!CHROMIUM && !CI);

beforeAll(async () => {
  if (!CHROMIUM) {
    if (CI) throw new Error(missingChromiumMessage());
    return;
  }
  // The CLI, as `npm run playground:build` runs it: a separate process keeps Vite's build out of vitest's own Vite.
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'playground/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root },
  );
  server = await serve(dist);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(temp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
}

/** A fresh page (own context, so no state leaks between tests) at `search`; records every page error. */
async function open(search = '', options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    acceptDownloads: true,
    locale: 'ja-JP',
    timezoneId: 'America/Los_Angeles',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(`${baseUrl}${search}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

/** The page's parameters, without the origin: what a link carries. */
const searchOf = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

/** The page's width against the window's, and any box inside that scrolls sideways (a table in a scroller). */
async function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; innerWidth: number; boxes: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
    boxes: Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const overflow = getComputedStyle(el).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  }));
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document),
  )) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Adds a row to the case clock and sets its date-time (JST) and what happened. */
async function addClockEvent(page: Page, at: string, signal: 'run' | 'pause' | 'stop'): Promise<void> {
  const index = await page.locator('#clock-events li').count();
  await page.click('#clock-add');
  await page.fill(`#clock-at-${index}`, at);
  await page.selectOption(`#clock-signal-${index}`, signal);
}

/** The case clock's table, row key → the value shown. */
async function clockRows(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('#clock-table');
  return page.$$eval('#clock-table tr[data-row]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute('data-row'),
        (r.querySelector('td')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

// The Cabinet Office's syukujitsu.csv (interpretation 14), written here in its format: the header row, rows
// "YYYY/M/D,name", CRLF. The 2026–2027 rows are those of test/calendar/fixtures/syukujitsu-2026-2027.utf8.csv
// (each checked by hand there: 35 rows, 18 for 2026 and 17 for 2027), plus one made-up row, 2027/5/6,休日: a
// Thursday (2027-01-01 is a Friday, so 5/1 is a Saturday and 5/3 a Monday) that the Act does not explain
// (5/3–5/5 fall on Monday–Wednesday: no substitute, no day between two holidays), so the library reads it as a
// one-off holiday named 休日. The *.sjis twin is the same text in Shift_JIS (CP932) bytes, as published.
const HOLIDAY_ROWS = readFileSync(join(root, 'test/calendar/fixtures/syukujitsu-2026-2027.utf8.csv'), 'utf8').replace(
  '2027/5/5,こどもの日\r\n',
  '2027/5/5,こどもの日\r\n2027/5/6,休日\r\n',
);

/** Writes the file under its published name in a folder of its own; returns its path. */
function holidayFile(folder: string, content: string | Buffer, name = 'syukujitsu.csv'): string {
  const dir = join(temp, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const sjisHolidays = (text = HOLIDAY_ROWS): Buffer => iconv.encode(text, 'cp932');

async function loadHolidays(page: Page, file: string): Promise<void> {
  const before = await text(page, '#holidays-status');
  await page.setInputFiles('#holidays-file', file);
  await page.waitForFunction(
    (previous) =>
      (document.querySelector('#holidays-status')?.textContent ?? '') !== previous ||
      (document.querySelector('#holidays-error')?.textContent ?? '') !== '',
    before,
  );
}

async function typeYear(page: Page, year: string): Promise<void> {
  await page.click('#year', { clickCount: 3 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(year);
  await page.keyboard.press('Enter');
}

suite('playground: the deadline calculator in the browser', () => {
  it('1.1.hours under a loaded policy with hours per weekday: the week in words, Wednesday a weekly closing day', async () => {
    // Mon, Tue, Thu, Fri 09:00–12:00 and 13:00–18:00, Wednesday without hours, Saturday 10:00–15:00 (issue 12).
    const lunch = [
      { open: '09:00', close: '12:00' },
      { open: '13:00', close: '18:00' },
    ];
    const file = join(temp, 'weekly.json');
    writeFileSync(
      file,
      JSON.stringify({
        extends: '2024-10-07',
        version: '2027-04-01',
        calendar: {
          hours: { mon: lunch, tue: lunch, thu: lunch, fri: lunch, sat: [{ open: '10:00', close: '15:00' }] },
        },
      }),
    );
    const { page, errors } = await open('?month=2027-01');
    await page.setInputFiles('#policy-file', file);
    await page.waitForFunction(() =>
      document.querySelector('#month-table caption')?.textContent?.includes('2027-04-01'),
    );
    expect(await text(page, '#calendar-intro')).toBe(
      '受付は月曜日・火曜日・木曜日・金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00 (日本時間) です。祝日・年末年始・弊社の休業日は休みです。',
    );
    // Wed 2027-01-13: closed for its weekday, named as the office's closing day, not as a weekend.
    const wednesday = await text(page, 'td[data-date="2027-01-13"]');
    expect(wednesday).toContain('✕ 休業');
    expect(wednesday).toContain('水曜日の定休日');
    expect(wednesday).not.toContain('週末');
    expect(await text(page, '.legend')).toContain('受付時間のない平日 (水曜日)');
    // Sat 2027-01-09 has hours: a business day.
    expect(await page.getAttribute('td[data-date="2027-01-09"]', 'data-business-day')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('1.1.hours: the month view of 2027-01 marks every closure with its reason, and 1/4 as a business day', async () => {
    const { page, errors } = await open('?month=2027-01');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await text(page, '#month-table caption')).toBe('2027年1月の営業日 (ポリシー 2024-10-07)');

    // 2027-01-01 is a Friday: 元日 and inside the year-end closure (12-29 … 01-03).
    const jan1 = await text(page, 'td[data-date="2027-01-01"]');
    expect(jan1).toContain('✕ 休業');
    expect(jan1).toContain('元日');
    expect(jan1).toContain('年末年始休業');
    // 01-02 (Sat) and 01-03 (Sun): weekend and still the year-end closure.
    for (const date of ['2027-01-02', '2027-01-03']) {
      const cell = await text(page, `td[data-date="${date}"]`);
      expect(cell).toContain('✕ 休業');
      expect(cell).toContain('週末');
      expect(cell).toContain('年末年始休業');
    }
    // 01-04 is the Monday after the closure: the first business day of the year.
    expect(await text(page, 'td[data-date="2027-01-04"]')).toContain('○ 営業日');
    expect(await page.getAttribute('td[data-date="2027-01-04"]', 'data-business-day')).toBe('true');
    // 01-11 is the second Monday of January: 成人の日.
    expect(await text(page, 'td[data-date="2027-01-11"]')).toContain('成人の日');
    expect(await page.getAttribute('td[data-date="2027-01-11"]', 'data-business-day')).toBe('false');

    // The list of closed days explains each in words, dates as people write them; the legend names every mark.
    const list = await text(page, '#closed-days-list');
    expect(list).toContain('2027年1月1日(金)：祝日「元日」、年末年始休業');
    expect(list).toContain('2027年1月11日(月)：祝日「成人の日」');
    expect(await text(page, '.legend')).toContain('年末年始休業 (12-29〜01-03)');
    // The hours in the library's words (hoursText): 1.1.hours 月曜日から金曜日 … の 9:30~18:30.
    expect(await text(page, '#calendar-intro')).toBe(
      '受付は月曜日から金曜日の09:30〜18:30 (日本時間) です。祝日・年末年始・弊社の休業日は休みです。',
    );
    expect(await text(page, '.legend')).toContain('営業日 (月曜日から金曜日の09:30〜18:30、日本時間)');
    // January 2027: 31 days, 10 weekend days (2,3,9,10,16,17,23,24,30,31), plus 1/1 and 1/11 → 12 closed, 19 open.
    expect(await text(page, '#closed-days-summary')).toBe('休業日 12 日、営業日 19 日。');

    await page
      .locator('section[aria-labelledby="calendar-heading"]')
      .screenshot({ path: join(screenshots, 'month-2027-01-ja-desktop.png') });

    // Next / previous month buttons, and the link follows.
    await page.click('#next-month');
    expect(await page.inputValue('#year')).toBe('2027');
    expect(await page.inputValue('#month-of-year')).toBe('2');
    expect(searchOf(page).get('month')).toBe('2027-02');
    // 2027-02-11 (Thu) 建国記念の日.
    expect(await text(page, 'td[data-date="2027-02-11"]')).toContain('建国記念の日');
    await page.click('#prev-month');
    await page.click('#prev-month');
    expect(await page.inputValue('#year')).toBe('2026');
    expect(await text(page, 'td[data-date="2026-12-29"]')).toContain('年末年始休業');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('typing a year works: "2027" is read when typing ends, not as 0002 on the way; full-width digits too; a bad year says so', async () => {
    const { page, errors } = await open('?month=2026-03');
    await typeYear(page, '2027');
    expect(await text(page, '#month-table caption')).toContain('2027年3月');
    expect(searchOf(page).get('month')).toBe('2027-03');
    await page.selectOption('#month-of-year', '1');
    expect(await text(page, '#month-table caption')).toContain('2027年1月');
    // A Japanese IME types full-width digits.
    await typeYear(page, '２０２８');
    expect(await text(page, '#month-table caption')).toContain('2028年1月');
    expect(await page.inputValue('#year')).toBe('2028');
    // Two digits, or a year outside the holiday data: an error naming the field; the month shown stays.
    await typeYear(page, '20');
    expect(await text(page, '#calendar-error')).toBe(
      '「年 (西暦)」には 1970〜2050 の西暦を 4 桁で入力してください。2028年1月を表示したままです。',
    );
    expect(await page.getAttribute('#year', 'aria-invalid')).toBe('true');
    expect(await text(page, '#month-table caption')).toContain('2028年1月');
    expect(searchOf(page).get('month')).toBe('2028-01');
    await page.selectOption('#lang', 'en');
    expect(await text(page, '#calendar-error')).toBe(
      'Enter "Year" as a four-digit year from 1970 to 2050. Still showing January 2028.',
    );
    await typeYear(page, '2051');
    expect(await text(page, '#calendar-error')).toContain('from 1970 to 2050');
    await typeYear(page, '2030');
    expect(await text(page, '#calendar-error')).toBe('');
    expect(await text(page, '#month-table caption')).toContain('January 2030');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('today (JST) is marked in the month and the year, and each deadline says where it stands today', async () => {
    const { page, errors } = await open('?month=2026-09');
    // The clock says 2026-09-14 10:00 JST (still the 13th in the browser's Los Angeles zone).
    const today = 'td[data-date="2026-09-14"]';
    expect(await page.getAttribute(today, 'aria-current')).toBe('date');
    expect(await text(page, today)).toContain('今日');
    expect(await page.getAttribute('td[data-date="2026-09-13"]', 'aria-current')).toBeNull();
    expect(await text(page, '#today-line')).toBe('今日 (日本時間) は 2026年9月14日(月) です。');

    // The default event: release GA 2026-04-01, old release 3.2. Its last supported day is GA + 180 days =
    // 2026-09-28 (Mon). From today: 14 calendar days. Business days d with 09-14 < d ≤ 09-28: 15–18 (4),
    // 21 敬老の日 (third Monday), 22 国民の休日 (between two holidays), 23 秋分の日, then 24, 25 (6), 28 (7).
    const eos = '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]';
    expect(await text(page, `${eos} td.standing`)).toBe('あと 7 営業日 / 14 日');
    expect(await text(page, `${eos} th`)).toBe('2026年9月28日(月)');
    // The version-up notice was due 2026-03-31: 30 days to 04-30, +31 +30 +31 +31 to 08-31 (153), +14 → 167.
    const notice = '#obligations-table tr[data-obligation="release.version-up-notice"]';
    expect(await text(page, `${notice} td.standing`)).toBe('167 日経過');
    expect(await page.getAttribute(notice, 'class')).toContain('past');
    // The silver week in the month view: 21–23 closed.
    for (const date of ['2026-09-21', '2026-09-22', '2026-09-23'])
      expect(await page.getAttribute(`td[data-date="${date}"]`, 'data-business-day')).toBe('false');

    await page.selectOption('#lang', 'en');
    expect(await text(page, `${eos} td.standing`)).toBe('in 7 business days / 14 days');
    expect(await text(page, `${notice} td.standing`)).toBe('167 days ago');
    expect(await text(page, `${eos} th`)).toBe('Mon 28 Sep 2026');
    expect(await text(page, '#today-line')).toBe('Today (JST) is Mon 14 Sep 2026.');

    // The year view: twelve months of 2026, today marked, each month's counts.
    await page.click('#view-year');
    expect(searchOf(page).get('view')).toBe('year');
    expect(await page.locator('#year-grid .mini-month').count()).toBe(12);
    expect(await page.getAttribute('#year-grid td[data-date="2026-09-14"]', 'aria-current')).toBe('date');
    // January 2026: 31 days; weekends 3,4,10,11,17,18,24,25,31 (9); 1/1 元日 (Thu), 1/2 year-end (Fri),
    // 1/12 成人の日 (second Monday) → 12 closed, 19 business days.
    expect(await text(page, '.mini-month[data-month="2026-01"] .mini-summary')).toBe(
      '12 closed days, 19 business days',
    );
    expect(await page.getAttribute('#year-grid td[data-date="2026-01-12"]', 'data-business-day')).toBe('false');
    expect(await text(page, '#prev-month')).toBe('◀ Previous year');
    await page.click('#next-month');
    expect(await text(page, '#year-caption')).toContain('2027');
    // A month's name opens it as a month.
    await page.click('.mini-month[data-month="2027-08"] caption button');
    expect(await text(page, '#month-table caption')).toContain('August 2027');
    expect(searchOf(page).get('view')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('1.1.hours and 6.lead-time: a company closure entered in the page closes its days and moves the deadlines', async () => {
    const { page, errors } = await open('?month=2027-01&event=build-materials-received');
    // Build materials received Fri 2026-12-25 19:00 JST (the default): after 18:30, so they count as received at
    // the next opening, Mon 12-28 09:30. Ten business days after 12-28: Jan 4–8 (1–5), Jan 12–15 (6–9; Jan 11
    // is 成人の日), Jan 18 (10).
    const delivery = '#obligations-table tr[data-obligation="client-app.delivery"]';
    expect(await text(page, `${delivery} th`)).toBe('2027年1月18日(月)');

    // An inventory closure on Jan 12–13 (Tue, Wed): Jan 4–8 (1–5), Jan 14, 15 (6, 7), Jan 18, 19, 20 (8–10).
    await page.fill('#closure-from', '2027-01-12');
    await page.fill('#closure-to', '2027-01-13');
    await page.fill('#closure-label', '棚卸');
    await page.click('#add-closure');
    await page.waitForSelector('#closures-list li');
    expect(await text(page, '#closures-list li span')).toBe('2027年1月12日(火)〜2027年1月13日(水) 棚卸');
    expect(await text(page, `${delivery} th`)).toBe('2027年1月20日(水)');
    expect(await text(page, '#obligations-summary')).toContain('ポリシー 2024-10-07 + 弊社休業日 1 件');
    expect(await text(page, 'td[data-date="2027-01-12"]')).toContain('弊社休業日「棚卸」');
    expect(await page.getAttribute('td[data-date="2027-01-13"]', 'data-business-day')).toBe('false');
    expect(searchOf(page).getAll('closure')).toEqual(['2027-01-12..2027-01-13:棚卸']);

    // A single day with no name takes the default label; an end before the start is refused, naming the field.
    await page.fill('#closure-from', '2027-01-22');
    await page.click('#add-closure');
    expect(searchOf(page).getAll('closure')).toEqual(['2027-01-12..2027-01-13:棚卸', '2027-01-22:弊社休業日']);
    await page.fill('#closure-from', '2027-02-10');
    await page.fill('#closure-to', '2027-02-01');
    await page.click('#add-closure');
    expect(await text(page, '#closure-error')).toBe(
      '「終了日」は「休業日 (開始)」と同じ日かそれより後にしてください。',
    );
    expect(await page.getAttribute('#closure-to', 'aria-invalid')).toBe('true');
    // Removing a closure brings the deadline back.
    await page.click('#closures-list li:first-child button');
    await page.click('#closures-list li:first-child button');
    expect(await text(page, '#closures-none')).toBe('このページで追加した休業日はありません。');
    expect(await text(page, `${delivery} th`)).toBe('2027年1月18日(月)');
    expect(searchOf(page).getAll('closure')).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the link reproduces the page exactly (month, view, event, inputs, language, closures), and a reload keeps it', async () => {
    const first = await open();
    const { page } = first;
    await page.selectOption('#lang', 'en');
    await typeYear(page, '2027');
    await page.selectOption('#month-of-year', '8');
    await page.selectOption('#event-kind', 'discretionary-end');
    await page.fill('#disc-name', 'Windows Server 2016');
    await page.fill('#disc-ends', '2027-09-30');
    await page.selectOption('#disc-reading', 'clear-days');
    await page.fill('#closure-from', '2027-08-13');
    await page.fill('#closure-to', '2027-08-16');
    await page.fill('#closure-label', '夏季休業');
    await page.click('#add-closure');
    const link = page.url();
    const params = new URL(link).searchParams;
    expect(params.get('lang')).toBe('en');
    expect(params.get('month')).toBe('2027-08');
    expect(params.get('event')).toBe('discretionary-end');
    expect(params.get('disc-name')).toBe('Windows Server 2016');
    expect(params.get('disc-reading')).toBe('clear-days');
    expect(params.getAll('closure')).toEqual(['2027-08-13..2027-08-16:夏季休業']);
    // Defaults stay out of the link.
    expect(params.has('ga-date')).toBe(false);
    const table = await text(page, '#obligations-table');
    const month = await text(page, '#month-table');

    // The same link in a fresh browser context: the same page.
    const second = await open(new URL(link).search);
    expect(await second.page.getAttribute('html', 'lang')).toBe('en');
    expect(await second.page.inputValue('#event-kind')).toBe('discretionary-end');
    expect(await second.page.inputValue('#disc-name')).toBe('Windows Server 2016');
    expect(await second.page.inputValue('#disc-ends')).toBe('2027-09-30');
    expect(await second.page.inputValue('#disc-reading')).toBe('clear-days');
    expect(await text(second.page, '#obligations-table')).toBe(table);
    expect(await text(second.page, '#month-table')).toBe(month);
    expect(await text(second.page, 'td[data-date="2027-08-13"]')).toContain('Company closure: 夏季休業');
    expect(second.page.url()).toBe(link);

    // A reload keeps everything, a loaded policy file included (kept for the tab, not put in the link).
    await second.page.click('#load-example');
    await second.page.waitForSelector('#diff-table');
    await second.page.reload();
    await second.page.waitForSelector('body[data-ready="true"]');
    expect(await second.page.inputValue('#disc-name')).toBe('Windows Server 2016');
    expect(await second.page.inputValue('#active-policy')).toBe('loaded');
    expect(await text(second.page, '#policy-status')).toBe('In use: policy 2027-04-01 from "example.json".');
    expect(second.page.url()).toBe(link);
    // A link with a broken closure says so instead of dropping it silently.
    const third = await open('?month=2027-08&closure=2027-08-40:bad&closure=2027-08-13:ok');
    expect(await text(third.page, '#closure-error')).toBe('リンクの休業日 1 件は形式が正しくないため使っていません。');
    expect(await text(third.page, '#closures-list')).toContain('2027年8月13日(金) ok');
    expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
    for (const opened of [first, second, third]) await opened.page.context().close();
  });

  it('interpretation 14: a holiday after the official list (2027) is marked projected; one in it is not', async () => {
    // 2030-01-01 is a Tuesday (2027-01-01 Fri; +365 Sat 2028, +366 Mon 2029, +365 Tue 2030).
    const { page, errors } = await open('?month=2030-01');
    await page.waitForSelector('#closed-days-list li');
    expect(await text(page, '#closed-days-list')).toContain(
      '2030年1月1日(火)：祝日「元日」 (予測: 公式の祝日一覧の公表前)',
    );
    await page.goto(`${baseUrl}?month=2027-01`);
    await page.waitForSelector('#closed-days-list li');
    expect(await text(page, '#closed-days-list')).toContain('2027年1月1日(金)：祝日「元日」、年末年始休業');
    expect(await text(page, '#closed-days-list')).not.toContain('予測');
    expect(errors).toEqual([]);
  });

  it('interpretation 14: the Cabinet Office file (Shift_JIS, as published) replaces the built-in holidays in the calendar, the deadlines and the clock; back to built-in restores them', async () => {
    // Build materials received Wed 2027-04-28 10:00 (within 09:30–18:30): received then. Delivery is ten business
    // days after 4/28 (6.lead-time). A case run from Thu 2027-05-06 10:00, read Fri 05-07 10:00 (1.2.case).
    const { page, errors } = await open(
      '?month=2027-05&event=build-materials-received&build-received=2027-04-28T10:00&clock=run@2027-05-06T10:00&clock-now=2027-05-07T10:00',
    );
    const delivery = '#obligations-table tr[data-obligation="client-app.delivery"] th';
    expect(await text(page, '#holidays-status')).toBe(
      '組み込みの祝日一覧 (1970年〜2050年) を使っています。2028年以降の祝日は、公式の一覧の公表前のため祝日法による予測です。',
    );
    expect(await page.isDisabled('#holidays-builtin')).toBe(true);
    // Built-in: 4/29 昭和の日, 5/1–2 weekend, 5/3–5 holidays; 4/30 (1), 5/6 (2), 5/7 (3), 5/10–14 (4–8), 5/17 (9), 5/18 (10).
    expect(await text(page, delivery)).toBe('2027年5月18日(火)');
    expect(await page.getAttribute('td[data-date="2027-05-06"]', 'data-business-day')).toBe('true');
    // Built-in: the case ran 5/6 10:00–18:30 (510) and 5/7 09:30–10:00 (30): 540 minutes.
    expect((await clockRows(page)).elapsed).toBe('9時間 (540分)');

    await loadHolidays(page, holidayFile('sjis', sjisHolidays()));
    // 35 rows of the official list + the made-up one = 36; the years from the file's first row to its last.
    expect(await text(page, '#holidays-status')).toBe(
      '内閣府の祝日ファイル「syukujitsu.csv」(2026年〜2027年、36 日) を使っています。',
    );
    expect(await text(page, '#holidays-error')).toBe('');
    expect(await page.isDisabled('#holidays-builtin')).toBe(false);
    // The month view: 5/6 closed as 休日 (the Shift_JIS name read right: a mis-decoded file would not even parse).
    const may6 = 'td[data-date="2027-05-06"]';
    expect(await page.getAttribute(may6, 'data-business-day')).toBe('false');
    expect(await text(page, may6)).toContain('休日');
    expect(await text(page, '#closed-days-list')).toContain('2027年5月6日(木)：休日');
    expect(await text(page, '#month-table caption')).toBe(
      '2027年5月の営業日 (ポリシー 2024-10-07 + 内閣府の祝日ファイル)',
    );
    // May 2027: 10 weekend days (1, 2, 8, 9, 15, 16, 22, 23, 29, 30), 5/3–5/6 → 14 closed, 17 business days.
    expect(await text(page, '#closed-days-summary')).toBe('休業日 14 日、営業日 17 日。');
    // The deadline moves by one business day: 4/30 (1), 5/7 (2), 5/10–14 (3–7), 5/17–19 (8–10).
    expect(await text(page, delivery)).toBe('2027年5月19日(水)');
    expect(await text(page, '#obligations-summary')).toContain('ポリシー 2024-10-07 + 内閣府の祝日ファイル');
    // The clock: 5/6 is closed, so only 5/7 09:30–10:00 counts.
    expect((await clockRows(page)).elapsed).toBe('30分');
    expect(await text(page, '#clock-table caption')).toContain('+ 内閣府の祝日ファイル');
    // The text for an e-mail says which holidays it counted.
    expect(await page.inputValue('#copy-fallback-text')).toContain(
      '祝日は内閣府の祝日ファイル「syukujitsu.csv」(2026年〜2027年) によります。',
    );
    // The year view counts it too.
    await page.click('#view-year');
    expect(await text(page, '.mini-month[data-month="2027-05"] .mini-summary')).toBe('休業日 14 日、営業日 17 日');
    await page.click('#view-month');
    // The file is not in the link.
    expect(page.url()).not.toContain('syukujitsu');
    expect([...searchOf(page).keys()].sort()).toEqual(['build-received', 'clock', 'clock-now', 'event', 'month']);

    // The calendar covers 2026–2027 only: ▶ from December 2027 stays there, 2028 is refused naming the years,
    // the date pickers stop at 2027-12-31, and a deadline in 2028 is out of coverage.
    await page.selectOption('#month-of-year', '12');
    await page.click('#next-month');
    expect(searchOf(page).get('month')).toBe('2027-12');
    await typeYear(page, '2028');
    expect(await text(page, '#calendar-error')).toBe(
      '「年 (西暦)」には 2026〜2027 の西暦を 4 桁で入力してください。2027年12月を表示したままです。',
    );
    expect(await page.getAttribute('#ga-date', 'max')).toBe('2027-12-31');
    expect(await page.getAttribute('#clock-now', 'min')).toBe('2026-01-01T00:00');
    // Mon 2027-12-20 + 10 business days: 21–24, 27, 28 (6), then the year-end closure and 2028, outside the file.
    await page.fill('#build-received', '2027-12-20T10:00');
    await page.waitForSelector('#event-error:not(:empty)');
    const outside = await text(page, '#event-error');
    expect(outside).toContain('祝日データの範囲 (2026-01-01〜2027-12-31) を超えるため計算できません。');
    expect(outside).toContain('covers 2026-01-01 to 2027-12-31'); // the library's words
    // A company closure in 2028 cannot be added either.
    await page.fill('#closure-from', '2028-01-05');
    await page.click('#add-closure');
    expect(await text(page, '#closure-error')).toBe(
      '「休業日 (開始)」は祝日データの範囲 (2026-01-01〜2027-12-31) の日付にしてください。',
    );

    // Back to the built-in list, by keyboard: Enter on the button; focus goes to the file input.
    await page.focus('#holidays-builtin');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('holidays-file');
    expect(await text(page, '#holidays-status')).toContain('「syukujitsu.csv」の使用をやめました。 組み込みの祝日一覧');
    // The refusal of 2028 no longer holds: it is gone, and the field shows the month again.
    expect(await text(page, '#calendar-error')).toBe('');
    expect(await page.inputValue('#year')).toBe('2027');
    // The built-in calendar reaches 2028 again: 12-21…12-28 (6), 1/1–1/3 closure, 1/4–1/7 (7–10) → Fri 2028-01-07.
    expect(await text(page, '#event-error')).toBe('');
    expect(await text(page, delivery)).toBe('2028年1月7日(金)');
    await page.fill('#build-received', '2027-04-28T10:00');
    expect(await text(page, delivery)).toBe('2027年5月18日(火)');
    await typeYear(page, '2028');
    expect(await text(page, '#month-table caption')).toBe('2028年12月の営業日 (ポリシー 2024-10-07)');
    expect(await page.getAttribute('#ga-date', 'max')).toBe('2050-12-31');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('interpretation 14: the file as UTF-8 text reads the same; a month outside it is moved in and said; a malformed file names its line and keeps the list; a reload keeps it', async () => {
    const { page, errors } = await open('?month=2028-01');
    await loadHolidays(page, holidayFile('utf8', HOLIDAY_ROWS));
    expect(await text(page, '#holidays-status')).toBe(
      '内閣府の祝日ファイル「syukujitsu.csv」(2026年〜2027年、36 日) を使っています。',
    );
    // January 2028 is outside 2026–2027: the page shows the last covered month and says why.
    expect(searchOf(page).get('month')).toBe('2027-12');
    expect(await text(page, '#month-moved')).toBe(
      '2028年1月は祝日データの範囲 (2026-01-01〜2027-12-31) の外のため、2027年12月を表示しています。',
    );
    // Said as information (a status), not as an error in the alert box.
    expect(await text(page, '#calendar-error')).toBe('');
    expect(
      await page.evaluate(() => document.querySelector('#month-moved')?.closest('[role]')?.getAttribute('role')),
    ).toBe('status');
    expect(await text(page, '#month-table caption')).toContain('2027年12月');
    await page.selectOption('#month-of-year', '5');
    expect(await page.locator('#month-moved').count()).toBe(0);
    expect(await page.getAttribute('td[data-date="2027-05-06"]', 'data-business-day')).toBe('false');

    // A bad date on line 30: the header is line 1, 2026's 18 rows lines 2–19, 2027's 元日 … こどもの日 lines
    // 20–29, and the made-up row line 30. The library's message names it; the list in force stays.
    const bad = holidayFile('bad', sjisHolidays(HOLIDAY_ROWS.replace('2027/5/6,', '2027/5/32,')), 'syukujitsu-bad.csv');
    await loadHolidays(page, bad);
    expect(await text(page, '#holidays-error')).toBe(
      '「syukujitsu-bad.csv」は内閣府の祝日ファイルとして読み込めませんでした。前の祝日一覧を使ったままです: syukujitsu.csv line 30: 2027/5/32 is not a real date',
    );
    expect(await page.getAttribute('#holidays-error', 'role')).toBe('alert');
    // The control is emptied once a file is read, so the same file chosen again (corrected) is a change event.
    expect(await page.inputValue('#holidays-file')).toBe('');
    expect(await text(page, '#holidays-status')).toContain('「syukujitsu.csv」(2026年〜2027年、36 日)');
    expect(await page.getAttribute('td[data-date="2027-05-06"]', 'data-business-day')).toBe('false');

    // A reload keeps the list (kept for the tab, not in the link); the failed load's message is gone.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await text(page, '#holidays-status')).toBe(
      '内閣府の祝日ファイル「syukujitsu.csv」(2026年〜2027年、36 日) を使っています。',
    );
    expect(await text(page, '#holidays-error')).toBe('');
    expect(await page.getAttribute('td[data-date="2027-05-06"]', 'data-business-day')).toBe('false');
    await page.selectOption('#lang', 'en');
    expect(await text(page, '#holidays-status')).toBe(
      'Using the Cabinet Office holiday file "syukujitsu.csv" (2026–2027, 36 holidays).',
    );
    // The one-off holiday in English (closureText: a 休日 no law we know names is a "public holiday").
    expect(await text(page, 'td[data-date="2027-05-06"]')).toContain('Holiday: Public holiday');
    // A link opened elsewhere (a fresh context) has no file: the built-in list, and May 6 is open.
    const other = await open(new URL(page.url()).search);
    expect(await text(other.page, '#holidays-status')).toContain('Using the built-in holidays (1970–2050).');
    expect(await other.page.getAttribute('td[data-date="2027-05-06"]', 'data-business-day')).toBe('true');
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('interpretation 14: with an official file for 2028 loaded, its holidays are no longer marked projected', async () => {
    // A made-up file for 2028 with two rows: 元日 (Sat; 2027-01-01 Fri + 365 days) and 成人の日 on the second Monday,
    // 1/10 (1/3 the first). The built-in list is official through 2027, so its 2028 holidays are projected.
    const { page, errors } = await open('?month=2028-01');
    expect(await text(page, '#closed-days-list')).toContain('祝日「元日」 (予測: 公式の祝日一覧の公表前)');
    const file = holidayFile(
      'y2028',
      sjisHolidays('国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/1/10,成人の日\r\n'),
    );
    await loadHolidays(page, file);
    expect(await text(page, '#holidays-status')).toBe(
      '内閣府の祝日ファイル「syukujitsu.csv」(2028年、2 日) を使っています。',
    );
    const list = await text(page, '#closed-days-list');
    expect(list).toContain('祝日「元日」');
    expect(list).toContain('2028年1月10日(月)：祝日「成人の日」');
    expect(list).not.toContain('予測');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copy as text: the deadlines as plain lines for an e-mail, in Japanese and in English', async () => {
    const { page, errors } = await open('?month=2026-09', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.click('#copy-text');
    // The copy is asynchronous (the clipboard API): wait for the page to say it is done.
    await page.waitForFunction(() => (document.querySelector('#copy-status')?.textContent ?? '') !== '');
    expect(await text(page, '#copy-status')).toBe('コピーしました。メールに貼り付けられます。');
    const ja = await page.evaluate(() => navigator.clipboard.readText());
    const lines = ja.trimEnd().split('\n');
    expect(lines[0]).toBe('【新リリースの正式出荷 (GA)】ポリシー上の期限 (ポリシー 2024-10-07、日時は日本時間)');
    // 2026-04-01 is a Wednesday (Jan 1 2026 a Thursday; +31 +28 +31 = 90 days, 90 mod 7 = 6).
    expect(lines[1]).toBe(
      '製品: KAITOシリーズ (kaito)、新リリース: 4.0、GA 日 (正式出荷開始日): 2026年4月1日(水)、旧リリース: 3.2',
    );
    expect(lines[2]).toBe('');
    // One line per row of the table, with the row's date, who acts and what.
    const rows = await page.locator('#obligations-table tbody tr').count();
    expect(lines.length).toBe(3 + rows);
    const what = await page.locator('#obligations-table tbody td.what').allInnerTexts();
    // 2026-03-31 Tuesday: the version-up notice, by that day (まで); 2026-09-28 Monday: the last day ('on': no suffix).
    expect(lines[3]).toBe(`・2026年3月31日(火)まで　弊社: ${what[0]}`);
    expect(lines).toContain(`・2026年9月28日(月)　弊社: ${what[3]}`);
    expect(lines).toContain(`・2026年9月28日(月)まで　お客様: ${what[4]}`);
    expect(ja).not.toMatch(/\d{4}-\d{2}-\d{2} \(/); // no ISO dates of the page's own making

    await page.selectOption('#lang', 'en');
    await page.click('#copy-text');
    // Until the English copy lands, the clipboard still holds the Japanese one.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^A new release/);
    const en = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split('\n');
    const whatEn = await page.locator('#obligations-table tbody td.what').allInnerTexts();
    expect(en[0]).toBe('A new release reaches GA: deadlines under the policy (policy 2024-10-07; times in JST)');
    expect(en[1]).toBe(
      'Product: KAITO series (kaito); New release: 4.0; GA date (general availability): Wed 1 Apr 2026; Previous release: 3.2',
    );
    expect(en[3]).toBe(`- By Tue 31 Mar 2026 (JMAS): ${whatEn[0]}`);
    expect(en).toContain(`- Mon 28 Sep 2026 (JMAS): ${whatEn[3]}`);
    expect(en).toContain(`- By Mon 28 Sep 2026 (Customer): ${whatEn[4]}`);
    // The same text is in the (hidden) box offered when the clipboard is refused.
    expect((await page.inputValue('#copy-fallback-text')).trimEnd().split('\n')).toEqual(en);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('6.lead-time and 3.3.eos: an event lists its dated obligations with clause and reasons, and downloads as .ics', async () => {
    const { page, errors } = await open();
    await page.selectOption('#event-kind', 'build-materials-received');
    await page.fill('#build-received', '2026-12-25T19:00');
    await page.click('#calculate');
    const delivery = '#obligations-table tr[data-obligation="client-app.delivery"]';
    await page.waitForSelector(delivery);
    expect(await text(page, delivery)).toContain('2027年1月18日(月)');
    expect(await text(page, delivery)).toContain('6.lead-time');
    expect(await text(page, delivery)).toContain('までに (期限)');
    expect(await text(page, '#obligations-table tr[data-obligation="client-app.effective-receipt"] th')).toBe(
      '2026年12月28日(月) 09:30',
    );

    // With customization there is no date: "agree separately".
    await page.check('#build-customization');
    await page.waitForFunction(() => !document.querySelector('tr[data-obligation="client-app.effective-receipt"]'));
    expect(await text(page, delivery)).toContain('別途協議');
    expect(await page.isDisabled('#download-ics')).toBe(true); // nothing dated to put in a calendar
    await page.uncheck('#build-customization');

    // Release GA 2026-04-01: the old release is supported 180 days more. April 1 + 29 = April 30 (29),
    // May 31 (60), June 30 (90), July 31 (121), August 31 (152), September 28 (180): Mon 2026-09-28.
    await page.selectOption('#event-kind', 'release-ga');
    await page.fill('#ga-date', '2026-04-01');
    await page.fill('#ga-previous', '3.2');
    const eos = '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]';
    await page.waitForSelector(eos);
    expect(await text(page, eos)).toContain('2026年9月28日(月)');
    expect(await text(page, eos)).toContain('3.3.eos');
    expect(await text(page, eos)).toContain('新リリース GA 後の旧リリースのサポート終了');
    expect(await text(page, '#obligations-summary')).toContain('ポリシー 2024-10-07');

    // The .ics download holds the same dates (all-day events).
    // The file is named by product, release and GA (the form's defaults: kaito 4.0), so a second release's
    // file never overwrites the first; each deadline has reminders 7 days and 1 day before, parsed back
    // with ical.js (an independent parser).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    expect(download.suggestedFilename()).toBe('cs-policy-release-ga-kaito-4.0-2026-04-01.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260928/);
    const ICAL = require('ical.js');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const vevent of events) {
      const triggers = vevent
        .getAllSubcomponents('valarm')
        .map((a: { getFirstPropertyValue(n: string): unknown }) => String(a.getFirstPropertyValue('trigger')));
      expect(triggers.sort()).toEqual(['-P1D', '-P7D']);
      expect(String(vevent.getFirstPropertyValue('uid'))).toContain('kaito');
    }

    // A question the library cannot answer: ten business days after 2050-12-20 fall in January 2051, outside
    // the national-holiday data (OUT_OF_COVERAGE). The error says so in the page's language.
    await page.selectOption('#event-kind', 'build-materials-received');
    await page.fill('#build-received', '2050-12-20T10:00');
    await page.waitForSelector('#event-error:not(:empty)');
    expect(await page.getAttribute('#event-error', 'role')).toBe('alert');
    expect(await text(page, '#event-error')).toContain(
      '祝日データの範囲 (1970-01-01〜2050-12-31) を超えるため計算できません。',
    );
    expect(await text(page, '#event-error')).toContain('2050-12-31');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('status never goes stale: a cleared field marks the old results outdated and names the field', async () => {
    const { page, errors } = await open();
    const eos = '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]';
    expect(await text(page, `${eos} th`)).toBe('2026年9月28日(月)');
    await page.fill('#ga-date', '');
    await page.waitForSelector('#outdated-note');
    expect(await text(page, '#event-error')).toBe('「GA 日 (正式出荷開始日)」を入力してください。');
    expect(await page.getAttribute('#ga-date', 'aria-invalid')).toBe('true');
    expect(await text(page, '#outdated-note')).toContain('古くなっています');
    expect(await page.getAttribute('#obligations-output', 'class')).toContain('outdated');
    // The old rows stay visible for reference, but nothing can be exported from them.
    expect(await text(page, `${eos} th`)).toBe('2026年9月28日(月)');
    expect(await page.isDisabled('#copy-text')).toBe(true);
    expect(await page.isDisabled('#download-ics')).toBe(true);
    await page.selectOption('#lang', 'en');
    expect(await text(page, '#event-error')).toBe('Enter "GA date (general availability)".');
    // A blank release (spaces only) is refused by the library: the page names the field, the detail follows.
    await page.fill('#ga-date', '2026-04-01');
    await page.fill('#ga-release', '   ');
    await page.waitForSelector('#outdated-note');
    expect(await text(page, '#event-error')).toContain('Enter "New release".');
    await page.fill('#ga-release', '4.0');
    await page.waitForFunction(() => !document.querySelector('#outdated-note'));
    expect(await text(page, '#event-error')).toBe('');
    expect(await page.isDisabled('#copy-text')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switching to English changes the page language, the UI texts and the reasons', async () => {
    const { page, errors } = await open('?month=2027-01');
    await page.selectOption('#lang', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Deadline calculator — JMAS Customer Services Policy');
    expect(await text(page, 'h1')).toBe('Deadline calculator — JMAS Customer Services Policy');
    expect(await text(page, 'label[for="year"]')).toBe('Year');
    const jan11 = await text(page, 'td[data-date="2027-01-11"]');
    expect(jan11).toContain('✕ Closed');
    expect(jan11).toContain('Coming of Age Day');
    expect(await text(page, 'td[data-date="2027-01-01"]')).toContain('Year-end closure');
    expect(await text(page, '#closed-days-list')).toContain('Mon 11 Jan 2027: Holiday: Coming of Age Day');
    const eos = await text(
      page,
      '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]',
    );
    expect(eos).toContain('Mon 28 Sep 2026');
    expect(eos).toContain('End of support of the old release after the new GA');
    expect(eos).not.toMatch(/[\u3040-\u30ff]/); // no kana left in the row
    expect(await text(page, '#obligations-table thead')).toContain('Kind of deadline');
    // Numbers in labels come from the policy in force: 90 days under 2024-10-07 (4.3.discretionary-end).
    expect(await text(page, '#disc-reading-label')).toBe('How "90 days before" is counted');
    await page.selectOption('#lang', 'ja');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await text(page, 'label[for="year"]')).toBe('年 (西暦)');
    expect(await text(page, '#disc-reading-label')).toBe('「90日前」の数え方');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is keyboard usable (Tab reaches every control, focus is visible, Enter works); 1.1.hours: a loaded policy's company closure shows in the calendar", async () => {
    const { page, errors } = await open('?month=2027-01');
    await page.locator('body').focus();
    const reached = new Set<string>();
    let outline = '';
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { id: el?.id ?? '', outline: el ? getComputedStyle(el).outlineStyle : '' };
      });
      if (focused.id) reached.add(focused.id);
      if (focused.id === 'next-month') outline = focused.outline;
    }
    for (const id of [
      'lang',
      'active-policy',
      'print-page',
      'view-month',
      'view-year',
      'prev-month',
      'year',
      'month-of-year',
      'next-month',
      'closure-from',
      'closure-to',
      'closure-label',
      'add-closure',
      'holidays-file',
      'event-kind',
      'ga-product',
      'ga-release',
      'ga-date',
      'ga-previous',
      'calculate',
      'copy-text',
      'download-ics',
      'clock-urgency',
      'clock-measure',
      'clock-now',
      'clock-add',
      'policy-file',
      'load-example',
    ]) {
      expect(reached, `Tab should reach #${id}`).toContain(id);
    }
    expect(outline).toBe('solid'); // the :focus-visible ring
    // Controls in the hidden fieldsets of other events are out of the tab order.
    expect(reached).not.toContain('build-received');

    // Every form control has a label with text (hidden fieldsets included).
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea'))
        .filter((el) => !Array.from(el.labels ?? []).some((label) => label.textContent?.trim()))
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);

    await page.focus('#next-month');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#month-of-year')).toBe('2');
    await page.selectOption('#lang', 'en');
    await page.focus('#load-example');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#diff-table');
    // The example policy adds a company closure, 2027-08-12 … 08-16; the calendar now uses it. 08-12 is a
    // Thursday (a business day under the built-in policy; 08-11 is 山の日), 08-16 a Monday.
    await page.goto(`${baseUrl}?lang=en&month=2027-08`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await text(page, '#month-table caption')).toContain('policy 2027-04-01');
    expect(await text(page, 'td[data-date="2027-08-12"]')).toContain('Company closure: 夏季休業');
    expect(await text(page, 'td[data-date="2027-08-16"]')).toContain('✕ Closed');
    expect(await text(page, 'td[data-date="2027-08-17"]')).toContain('○ Open');
    expect(await text(page, 'td[data-date="2027-08-11"]')).toContain('Mountain Day');
    await page.selectOption('#active-policy', 'builtin');
    expect(await text(page, 'td[data-date="2027-08-12"]')).toContain('○ Open');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('3.3.eos under a loaded policy: the diff and the deadlines side by side; a failed load keeps the old policy and says so', async () => {
    const { page, errors } = await open();
    expect(await text(page, '#policy-status')).toBe(
      'まだポリシーを読み込んでいません。 いま使っているのは組み込みのポリシー 2024-10-07です。',
    );
    // Disabled looks disabled: the unload button (nothing loaded) is dashed and grey, unlike an enabled one.
    const look = (selector: string) =>
      page.$eval(selector, (el) => {
        const style = getComputedStyle(el);
        return { border: style.borderTopStyle, color: style.color, cursor: style.cursor };
      });
    expect(await page.isDisabled('#unload-policy')).toBe(true);
    const disabled = await look('#unload-policy');
    const enabled = await look('#load-example');
    expect(disabled.border).toBe('dashed');
    expect(enabled.border).toBe('solid');
    expect(disabled.color).not.toBe(enabled.color);
    expect(disabled.cursor).toBe('not-allowed');

    const good = join(temp, 'policy-2027.json');
    writeFileSync(
      good,
      JSON.stringify({
        extends: '2024-10-07',
        version: '2027-04-01',
        releases: { endOfSupportDays: 365 },
        thirdParty: { discretionaryEndNoticeDays: 120 },
      }),
    );
    await page.setInputFiles('#policy-file', good);
    const row = 'tr[data-path="releases.endOfSupportDays"]';
    await page.waitForSelector(row);
    const diffRow = await text(page, row);
    expect(diffRow).toContain('180');
    expect(diffRow).toContain('→ 365');
    expect(diffRow).toContain('3.3.eos');
    expect(await text(page, '#policy-status')).toBe(
      '「policy-2027.json」からポリシー 2027-04-01 を読み込みました (変更点 3 件)。 いま使っているのは「policy-2027.json」のポリシー 2027-04-01です。',
    );
    expect(await page.inputValue('#active-policy')).toBe('loaded');
    // Numbers in labels follow the policy in force: 120 days now.
    expect(await text(page, '#disc-reading-label')).toBe('「120日前」の数え方');

    // The default event, release GA 2026-04-01: last supported day GA + 180 = 2026-09-28 under the built-in
    // policy, GA + 365 = 2027-04-01 under the loaded one (no 29 February between: 2027 is not a leap year).
    const eos = '#compare-table tr[data-obligation="release.previous-release-last-supported-day"]';
    const cells = await page.locator(`${eos} td`).allInnerTexts();
    expect(cells[0]).toContain('2026年9月28日(月)');
    expect(cells[1]).toContain('2027年4月1日(木)');
    expect(cells[2]).toContain('≠ 期日が異なる');
    expect(await page.getAttribute(eos, 'data-differs')).toBe('true');
    // The version-up notice (the day before GA, 3.2.notice) does not depend on the support period.
    const notice = await page
      .locator('#compare-table tr[data-obligation="release.version-up-notice"] td')
      .allInnerTexts();
    expect(notice[0]).toContain('2026年3月31日(火)');
    expect(notice[2]).toContain('= 同じ');
    expect(await text(page, '#compare-summary')).toMatch(/行が異なります/);
    expect(
      await text(page, '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"] th'),
    ).toBe('2027年4月1日(木)');
    await page
      .locator('section[aria-labelledby="policy-heading"]')
      .screenshot({ path: join(screenshots, 'policy-comparison-ja-desktop.png') });

    // A misspelt key: the load fails, the page suggests the key meant, and the loaded policy stays in use.
    const typo = join(temp, 'typo.json');
    writeFileSync(
      typo,
      JSON.stringify({ extends: '2024-10-07', version: '2027-05-01', releses: { endOfSupportDays: 1 } }),
    );
    await page.setInputFiles('#policy-file', typo);
    await page.waitForSelector('#policy-error:not(:empty)');
    expect(await page.getAttribute('#policy-error', 'role')).toBe('alert');
    // Emptied once read: choosing typo.json again after correcting it is a change the browser reports.
    expect(await page.inputValue('#policy-file')).toBe('');
    expect(await text(page, '#policy-error')).toContain('「typo.json」はポリシーとして読み込めませんでした:');
    expect(await text(page, '#policy-error')).toContain(
      '「(root)」の「releses」は、ポリシーにない項目です。「releases」のことですか?',
    );
    expect(await text(page, '#policy-status')).toBe(
      '「typo.json」は読み込めませんでした。 いま使っているのは「policy-2027.json」のポリシー 2027-04-01です。',
    );
    expect(await page.inputValue('#active-policy')).toBe('loaded');
    await page.selectOption('#lang', 'en');
    expect(await text(page, '#policy-error')).toContain(
      '"releses" in "(root)" is not a policy field. Did you mean "releases"?',
    );
    expect(await text(page, '#policy-status')).toBe(
      '"typo.json" could not be loaded. In use: policy 2027-04-01 from "policy-2027.json".',
    );

    // A value the library rejects: its field path, with the library's detail.
    const bad = join(temp, 'bad-policy.json');
    writeFileSync(
      bad,
      JSON.stringify({ extends: '2024-10-07', version: '2027-05-01', releases: { endOfSupportDays: -1 } }),
    );
    await page.setInputFiles('#policy-file', bad);
    await page.waitForFunction(() => document.querySelector('#policy-error')?.textContent?.includes('bad-policy.json'));
    expect(await text(page, '#policy-error')).toMatch(/"releases\.endOfSupportDays": \S/);

    // Not JSON at all.
    const garbage = join(temp, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    await page.setInputFiles('#policy-file', garbage);
    await page.waitForFunction(() => document.querySelector('#policy-error')?.textContent?.includes('garbage.json'));
    expect(await text(page, '#policy-error')).toContain('not valid JSON');

    // Unloading: the status says what is in force now, the error of the failed load is gone.
    await page.click('#unload-policy');
    expect(await text(page, '#policy-status')).toBe(
      '"policy-2027.json" was unloaded. In use: the built-in policy 2024-10-07.',
    );
    expect(await text(page, '#policy-error')).toBe('');
    expect(await text(page, '#policy-output')).toBe('');
    expect(await text(page, '#disc-reading-label')).toBe('How "90 days before" is counted');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The case clock (1.2.case, issue 12). Business hours are 09:30–18:30 JST on business days (1.1.hours);
  // 2027-01-04 is a Monday (the month test above), so 01-05 is a Tuesday and 01-06 a Wednesday.
  it('1.2.case and 2.1.data: the case clock under a policy with targets — the first-response target reached exactly, then passed, then the final answer', async () => {
    const { page, errors } = await open('?month=2027-01');
    const file = join(temp, 'clock-targets.json');
    writeFileSync(
      file,
      JSON.stringify({
        extends: '2024-10-07',
        version: '2027-04-01',
        caseClock: { targets: { high: { firstResponse: 120, resolution: 480 } }, warningPercent: 75 },
      }),
    );
    await page.setInputFiles('#policy-file', file);
    await page.waitForSelector('#diff-table');
    await page.selectOption('#clock-urgency', 'high');
    await page.selectOption('#clock-measure', 'first-response');
    await page.fill('#clock-now', '2027-01-06T10:00');
    await addClockEvent(page, '2027-01-04T17:30', 'run');
    await addClockEvent(page, '2027-01-05T10:00', 'pause');
    await addClockEvent(page, '2027-01-06T09:30', 'run');
    // Handling: Mon 17:30–18:30 (60) + Tue 09:30–10:00 (30) = 90 at the pause, + Wed 09:30–10:00 (30) = 120.
    // Waiting: Tue 10:00–18:30 = 510 (8 h 30); the night and Wed before 09:30 count as neither.
    // Target 120: reached exactly at now, Wed 10:00 — still within it (remaining 0). 75 % of 120 = 90 was
    // reached at the pause, Tue 10:00: past the warning share, so the status is a warning, not a breach.
    expect(await clockRows(page)).toEqual({
      state: '対応中',
      'counted-to': '2027年1月6日(水) 10:00',
      elapsed: '2時間 (120分)',
      paused: '8時間30分 (510分)',
      target: '2時間 (120分)',
      remaining: '0分',
      'breach-at': '2027年1月6日(水) 10:00',
      'warning-at': '2027年1月5日(火) 10:00',
      status: '注意 (目標の75%に達しています)',
    });
    expect(await text(page, '#clock-table caption')).toBe(
      'ケースの時計 (ポリシー 2027-04-01、日時は日本時間、時間は営業時間)',
    );
    expect(await text(page, '#clock-table tr[data-row="target"] th')).toBe('目標 (初回のご回答まで)');
    // The reasons are the library's, in the page's language, each with its clause.
    expect(
      await page.locator('#clock-output ul.reasons li').evaluateAll((els) => els.map((e) => e.dataset.code)),
    ).toEqual(['CLOCK_RUNNING', 'WAITING_TIME_NOT_COUNTED', 'TARGET_WARNING', 'BUSINESS_HOURS_ONLY']);
    const warning = await text(page, '#clock-output li[data-code="TARGET_WARNING"]');
    expect(warning).toContain('75%');
    expect(warning).toContain('2027年1月6日(水) 10:00');
    expect(warning).toContain('[1.2.case]');
    expect(await text(page, '#clock-output li[data-code="WAITING_TIME_NOT_COUNTED"]')).toContain('[2.1.data]');

    // Half an hour later (Wed 10:30): 150 handled, 30 past the target, which was reached at 10:00.
    await page.fill('#clock-now', '2027-01-06T10:30');
    const past = await clockRows(page);
    expect([past.elapsed, past.remaining, past['breach-at'], past.status]).toEqual([
      '2時間30分 (150分)',
      '30分超過',
      '2027年1月6日(水) 10:00',
      '目標超過',
    ]);
    // The final answer's target, 480: 330 left; 75 % of 480 = 360 is 210 minutes after 10:30 → 14:00, the
    // target 330 minutes after → 16:00, both within Wednesday's hours.
    await page.selectOption('#clock-measure', 'resolution');
    const resolution = await clockRows(page);
    expect([resolution.target, resolution.remaining, resolution['warning-at'], resolution['breach-at']]).toEqual([
      '8時間 (480分)',
      '5時間30分 (330分)',
      '2027年1月6日(水) 14:00',
      '2027年1月6日(水) 16:00',
    ]);
    expect(resolution.status).toBe('目標内');
    // The final answer at Wed 10:15: 90 + 45 = 135 handled, within 480 (met); 345 left, never reached, so the
    // target and warning times are none (a stopped clock reaches nothing more).
    await addClockEvent(page, '2027-01-06T10:15', 'stop');
    expect(await clockRows(page)).toMatchObject({
      state: '終了 (最終回答済み)',
      'counted-to': '2027年1月6日(水) 10:15',
      elapsed: '2時間15分 (135分)',
      remaining: '5時間45分 (345分)',
      'breach-at': '—',
      'warning-at': '—',
      status: '目標達成',
    });
    // The same answer under the first-response target, 120: 15 minutes over, reached at Wed 10:00 → missed.
    await page.selectOption('#clock-measure', 'first-response');
    expect(await clockRows(page)).toMatchObject({
      remaining: '15分超過',
      'breach-at': '2027年1月6日(水) 10:00',
      status: '目標未達',
    });

    await page.selectOption('#lang', 'en');
    expect(await clockRows(page)).toMatchObject({
      state: 'Ended (final answer given)',
      'counted-to': 'Wed 6 Jan 2027, 10:15 (JST)',
      elapsed: '2 hours 15 minutes (135 minutes)',
      paused: '8 hours 30 minutes (510 minutes)',
      remaining: '15 minutes over',
      status: 'Target missed',
    });
    expect(await text(page, '#clock-output ul.reasons')).not.toMatch(/[\u3040-\u30ff]/); // reasons in English
    expect(await page.locator('#clock-signal-3 option:checked').innerText()).toBe('Final answer');
    await page
      .locator('section[aria-labelledby="clock-heading"]')
      .screenshot({ path: join(screenshots, 'clock-targets-en-desktop.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('1.2.case under the built-in policy: time only (its reasons say no target is set); the year-end closure counts as neither; "now" is the page\'s current time', async () => {
    const { page, errors } = await open('?month=2027-01');
    // Nothing entered yet: the panel says how to start, and reads the clock now (the pinned 2026-09-14 10:00 JST).
    expect(await text(page, '#clock-empty')).toBe(
      '出来事がまだありません。「出来事を追加」で、受付から順に入れてください。',
    );
    expect(await text(page, '#clock-now-hint')).toBe('空欄のときは、いまの日時 (2026年9月14日(月) 10:00) で数えます。');
    expect(await page.isDisabled('#clock-now-reset')).toBe(true);
    // A new row starts at now and runs: read at the same minute, nothing has been counted yet.
    await page.click('#clock-add');
    expect(await page.inputValue('#clock-at-0')).toBe('2026-09-14T10:00');
    expect(await page.inputValue('#clock-signal-0')).toBe('run');
    expect(await clockRows(page)).toMatchObject({
      state: '対応中',
      'counted-to': '2026年9月14日(月) 10:00',
      elapsed: '0分',
    });
    expect(searchOf(page).has('clock-now')).toBe(false);

    // Run Mon 2026-12-28 17:30–18:00 (30), wait from 18:00: 18:00–18:30 (30), the year-end closure
    // 12-29 … 01-03 (nothing), Mon 2027-01-04 09:30–10:00 (30) → 60 waited; run 10:00–11:00 (60) → 90 handled.
    await page.selectOption('#clock-urgency', 'high');
    await page.fill('#clock-now', '2027-01-04T11:00');
    await page.fill('#clock-at-0', '2026-12-28T17:30');
    await addClockEvent(page, '2026-12-28T18:00', 'pause');
    await addClockEvent(page, '2027-01-04T10:00', 'run');
    const rows = await clockRows(page);
    expect(rows).toEqual({
      state: '対応中',
      'counted-to': '2027年1月4日(月) 11:00',
      elapsed: '1時間30分 (90分)',
      paused: '1時間 (60分)',
    });
    // No target rows: the 2024-10-07 text sets none, and the library's reason says so (not the page's own words).
    expect(await page.locator('#clock-table tr[data-row="target"]').count()).toBe(0);
    const noTarget = await text(page, '#clock-output li[data-code="NO_TARGET"]');
    expect(noTarget).toContain('対応時間の目標は定めていないため、経過した時間のみをお知らせします。');
    expect(await text(page, '#clock-table caption')).toContain('ポリシー 2024-10-07');
    await page.selectOption('#lang', 'en');
    expect(await text(page, '#clock-output li[data-code="NO_TARGET"]')).toContain(
      'No handling-time target is set, so we report the time taken only.',
    );
    expect(await clockRows(page)).toMatchObject({
      elapsed: '1 hour 30 minutes (90 minutes)',
      paused: '1 hour (60 minutes)',
    });
    // "Read it now" empties the field: back to the current time, where the events are in the future.
    await page.click('#clock-now-reset');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clock-now');
    expect(await page.inputValue('#clock-now')).toBe('');
    expect(await text(page, '#clock-error')).toContain('is after now');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the case clock: bad input shows the library's message beside the panel, naming the row; the last result stays, marked outdated", async () => {
    const { page, errors } = await open('?clock-now=2027-01-06T10:00');
    await addClockEvent(page, '2027-01-05T10:00', 'run');
    await addClockEvent(page, '2027-01-05T11:00', 'pause');
    expect(await text(page, '#clock-error')).toBe('');
    // Out of order: the second event before the first.
    await page.fill('#clock-at-1', '2027-01-04T11:00');
    await page.waitForSelector('#clock-outdated-note');
    const error = await text(page, '#clock-error');
    expect(error).toContain('「出来事 2」の日時が正しくありません。');
    expect(error).toContain('is earlier than item 0'); // the library's words
    expect(await page.getAttribute('#clock-error', 'role')).toBe('alert');
    expect(await page.getAttribute('#clock-at-1', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#clock-at-0', 'aria-invalid')).toBeNull();
    // The result of the last good input (run 10:00–11:00 Tue = 60) stays, marked outdated.
    expect((await clockRows(page)).elapsed).toBe('1時間 (60分)');
    expect(await page.getAttribute('#clock-output', 'class')).toContain('outdated');
    // Something after the final answer.
    await page.fill('#clock-at-1', '2027-01-05T11:00');
    await page.selectOption('#clock-signal-0', 'stop');
    expect(await text(page, '#clock-error')).toContain('nothing may follow a stop');
    expect(await page.getAttribute('#clock-signal-1', 'aria-invalid')).toBe('true');
    await page.selectOption('#clock-signal-0', 'run');
    await page.waitForFunction(() => !document.querySelector('#clock-outdated-note'));
    // A cleared date: the page asks for it (nothing to send to the library).
    await page.fill('#clock-at-0', '');
    expect(await text(page, '#clock-error')).toBe('「出来事 1」の日時を入力してください。');
    // Removing rows: focus goes to the row that moved up; with none left, the panel says how to start.
    await page.click('#clock-events li:first-child button[data-remove]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clock-at-0');
    await page.click('#clock-events li:first-child button[data-remove]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clock-add');
    expect(await text(page, '#clock-empty')).toContain('出来事がまだありません');
    expect(await text(page, '#clock-error')).toBe('');

    // A bad date in a link (30 February), an event the page cannot read and an unknown urgency: the library's
    // messages, never a blank panel.
    const linked = await open('?clock=run@2027-02-30T10:00&clock=walk@2027-01-04T10:00&clock-now=2027-03-01T10:00');
    const linkError = await text(linked.page, '#clock-error');
    expect(linkError).toContain('リンクの出来事 1 件は形式が正しくないため使っていません。');
    expect(linkError).toContain('「出来事 1」の日時が正しくありません。');
    expect(linkError).toContain('events[0].at "2027-02-30T10:00"');
    expect(await linked.page.getAttribute('#clock-at-0', 'aria-invalid')).toBe('true');
    const urgency = await open('?clock=run@2027-01-04T10:00&clock-now=2027-01-04T11:00&clock-urgency=urgent');
    expect(await text(urgency.page, '#clock-error')).toContain('「緊急度」の値が正しくありません。');
    expect(await text(urgency.page, '#clock-error')).toContain('must be one of "high", "medium", "low"');
    expect(await urgency.page.inputValue('#clock-urgency')).toBe('urgent');
    // Month 13 in the link's "now": the field named, the library's message (options.now) after it.
    const badNow = await open('?clock=run@2027-01-04T10:00&clock-now=2027-13-01T10:00');
    expect(await text(badNow.page, '#clock-error')).toContain('「時計を読む日時 (日本時間)」の値が正しくありません。');
    expect(await text(badNow.page, '#clock-error')).toContain('options.now "2027-13-01T10:00"');
    expect(await badNow.page.getAttribute('#clock-now', 'aria-invalid')).toBe('true');
    expect([...errors, ...linked.errors, ...urgency.errors, ...badNow.errors]).toEqual([]);
    for (const opened of [linked, urgency, badNow]) await opened.page.context().close();
    await page.context().close();
  });

  it('the case clock: the link reproduces the panel (events, urgency, target, now), a reload keeps it; the keyboard adds and removes rows', async () => {
    const first = await open('?month=2027-01');
    const { page } = first;
    // Keyboard only: Enter on "add" puts the focus in the new row's date-time.
    await page.focus('#clock-add');
    await page.keyboard.press('Enter');
    const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);
    expect(await focused()).toBe('clock-at-0');
    // Tab walks the date-time's parts (year, month, day, hours, minutes), then the row's select.
    for (let i = 0; i < 8 && (await focused()) === 'clock-at-0'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('clock-signal-0');
    await page.selectOption('#clock-urgency', 'medium');
    await page.selectOption('#clock-measure', 'first-response');
    await page.fill('#clock-now', '2027-01-06T10:00');
    await page.fill('#clock-at-0', '2027-01-04T17:30');
    await addClockEvent(page, '2027-01-05T10:00', 'pause');
    await addClockEvent(page, '2027-01-06T09:30', 'run');
    const params = searchOf(page);
    expect(params.getAll('clock')).toEqual(['run@2027-01-04T17:30', 'pause@2027-01-05T10:00', 'run@2027-01-06T09:30']);
    expect(params.get('clock-urgency')).toBe('medium');
    expect(params.get('clock-measure')).toBe('first-response');
    expect(params.get('clock-now')).toBe('2027-01-06T10:00');
    const link = page.url();
    const panel = await text(page, '#clock-output');
    // The same events as the test with targets: 120 handled, 510 waited.
    expect((await clockRows(page)).elapsed).toBe('2時間 (120分)');

    const second = await open(new URL(link).search);
    expect(second.page.url()).toBe(link);
    expect(await text(second.page, '#clock-output')).toBe(panel);
    expect(await second.page.inputValue('#clock-at-2')).toBe('2027-01-06T09:30');
    expect(await second.page.inputValue('#clock-signal-1')).toBe('pause');
    expect(await second.page.inputValue('#clock-urgency')).toBe('medium');
    expect(await second.page.inputValue('#clock-measure')).toBe('first-response');
    expect(await second.page.inputValue('#clock-now')).toBe('2027-01-06T10:00');
    await second.page.reload();
    await second.page.waitForSelector('body[data-ready="true"]');
    expect(await text(second.page, '#clock-output')).toBe(panel);
    expect(second.page.url()).toBe(link);

    // Keyboard: Tab from the last row's select reaches its remove button; Enter removes the row.
    await second.page.focus('#clock-signal-2');
    await second.page.keyboard.press('Tab');
    await second.page.keyboard.press('Enter');
    expect(await second.page.locator('#clock-events li').count()).toBe(2);
    expect(searchOf(second.page).getAll('clock')).toEqual(['run@2027-01-04T17:30', 'pause@2027-01-05T10:00']);
    expect([...first.errors, ...second.errors]).toEqual([]);
    for (const opened of [first, second]) await opened.page.context().close();
  });

  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const lang of ['ja', 'en'] as const) {
      it(`at ${viewport.width}×${viewport.height} in ${lang}: no view scrolls sideways, tables are cards on phones, axe finds nothing`, async () => {
        const { page, errors } = await open(`?lang=${lang}&month=2027-01`, { viewport });
        const problems: string[] = [];
        const check = async (view: string): Promise<void> => {
          const { scrollWidth, innerWidth, boxes } = await sidewaysScroll(page);
          if (scrollWidth > innerWidth) problems.push(`${view}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
          for (const box of boxes) problems.push(`${view}: scrolls sideways: ${box}`);
          for (const violation of await axe(page)) problems.push(`${view}: axe ${violation}`);
          await page.screenshot({ path: join(screenshots, `${view}-${lang}-${size}.png`), fullPage: true });
        };
        await check('month');
        await page.click('#view-year');
        await check('year');
        await page.click('#view-month');
        // Everything at once: a page closure, the Cabinet Office holiday file, a loaded policy (diff and
        // comparison), the example file opened, a failed load's error, and an outdated result.
        await loadHolidays(page, holidayFile(`view-${size}-${lang}`, sjisHolidays()));
        expect(await text(page, '#holidays-status')).toContain('syukujitsu.csv');
        await page.fill('#closure-from', '2027-01-12');
        await page.fill('#closure-label', 'Inventory 棚卸');
        await page.click('#add-closure');
        await page.click('#load-example');
        await page.waitForSelector('#compare-table');
        await page.click('details.no-print summary');
        // The case clock with the example policy's targets (urgency high): every row of its table.
        await page.selectOption('#clock-urgency', 'high');
        await page.fill('#clock-now', '2027-01-06T10:00');
        await addClockEvent(page, '2027-01-04T17:30', 'run');
        await addClockEvent(page, '2027-01-05T10:00', 'pause');
        await addClockEvent(page, '2027-01-06T09:30', 'run');
        await page.waitForSelector('#clock-table tr[data-row="warning-at"]');
        await check('everything');
        // Section by section too, at a size that reads (the full pages are long).
        for (const [name, heading] of [
          ['calendar', 'calendar-heading'],
          ['holidays', 'holidays-heading'],
          ['deadlines', 'event-heading'],
          ['clock', 'clock-heading'],
          ['comparison', 'policy-heading'],
        ] as const) {
          await page
            .locator(`section[aria-labelledby="${heading}"]`)
            .screenshot({ path: join(screenshots, `section-${name}-${lang}-${size}.png`) });
        }
        await page.fill('#ga-date', '');
        await page.waitForSelector('#outdated-note');
        // A clock event out of order: the library's message (long, unbroken ISO instants) beside the panel.
        await page.fill('#clock-at-1', '2027-01-03T10:00');
        await page.waitForSelector('#clock-outdated-note');
        const bad = join(temp, `bad-${size}-${lang}.json`);
        writeFileSync(bad, JSON.stringify({ extends: '2024-10-07', version: '2027-05-01', calender: {} }));
        await page.setInputFiles('#policy-file', bad);
        await page.waitForSelector('#policy-error:not(:empty)');
        // A malformed holiday file (a bad date on its third line), under a long file name.
        const badHolidays = holidayFile(
          `view-bad-${size}-${lang}`,
          sjisHolidays(HOLIDAY_ROWS.replace('2026/1/12,', '2026/13/12,')),
          'syukujitsu-downloaded-from-the-cabinet-office-2026.csv',
        );
        await page.setInputFiles('#holidays-file', badHolidays);
        await page.waitForSelector('#holidays-error:not(:empty)');
        expect(await text(page, '#holidays-error')).toContain('line 3: 2026/13/12 is not a real date');
        await check('errors');
        if (size === 'phone') {
          // Under 640 px each row of a table is a card: its cells stack, each with its column's name.
          const display = await page.$eval('#obligations-table td.what', (el) => getComputedStyle(el).display);
          expect(display).toBe('block');
          const label = await page.$eval(
            '#obligations-table td.what',
            (el) => getComputedStyle(el, '::before').content,
          );
          expect(label).toBe(lang === 'ja' ? '"内容"' : '"What"');
          // The month grid keeps seven columns within the screen.
          const width = await page.$eval('#month-table', (el) => el.getBoundingClientRect().right);
          expect(width).toBeLessThanOrEqual(viewport.width);
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('prints the results without the controls', async () => {
    const { page, errors } = await open('?month=2027-01');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#event-form')).toBe(false);
    expect(await page.isVisible('.month-nav')).toBe(false);
    expect(await page.isVisible('#obligations-table')).toBe(true);
    expect(await page.isVisible('#month-table')).toBe(true);
    await page.screenshot({ path: join(screenshots, 'print-ja.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
