// End-to-end test of the deadline calculator playground (issue 5): build the page with Vite, serve
// playground/dist on 127.0.0.1, drive it in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), and save a screenshot of each main view to artifacts/screenshots/.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'playground', 'dist');
const screenshots = join(root, 'artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is needed at ${CHROMIUM} (Debian: apt-get install chromium fonts-noto-cjk)`);
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
    {
      cwd: root,
    },
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

/** A fresh page (own context, so no state leaks between tests); fails the test on any page error. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'ja-JP',
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const text = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

async function showMonth(page: Page, month: string): Promise<void> {
  await page.fill('#month', month);
  await page.locator('#month').dispatchEvent('change');
  await page.waitForSelector(`td[data-date="${month}-01"]`);
}

describe('playground: the deadline calculator in the browser', () => {
  it('1.1.hours: the month view of 2027-01 marks every closure with its reason, and 1/4 as a business day', async () => {
    const { page, errors } = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await showMonth(page, '2027-01');
    expect(await text(page, '#month-table caption')).toContain('2027年1月');

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

    // The list of closed days explains each in words; the legend names every mark.
    const list = await text(page, '#closed-days-list');
    expect(list).toContain('2027-01-01 (金)');
    expect(list).toContain('祝日「成人の日」');
    expect(await text(page, '.legend')).toContain('年末年始休業 (12-29〜01-03)');
    // January 2027: 31 days, 10 weekend days (2,3,9,10,16,17,23,24,30,31), plus 1/1 and 1/11 → 12 closed, 19 open.
    expect(await text(page, '#closed-days-summary')).toBe('休業日 12 日、営業日 19 日。');

    await page
      .locator('section[aria-labelledby="calendar-heading"]')
      .screenshot({ path: join(screenshots, 'month-2027-01.png') });

    // Next / previous month buttons.
    await page.click('#next-month');
    expect(await page.inputValue('#month')).toBe('2027-02');
    // 2027-02-11 (Thu) 建国記念の日, 2027-02-23 (Tue) 天皇誕生日.
    expect(await text(page, 'td[data-date="2027-02-11"]')).toContain('建国記念の日');
    await page.click('#prev-month');
    await page.click('#prev-month');
    expect(await page.inputValue('#month')).toBe('2026-12');
    expect(await text(page, 'td[data-date="2026-12-29"]')).toContain('年末年始休業');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('6.lead-time and 3.3.eos: an event lists its dated obligations with clause and reasons, and downloads as .ics', async () => {
    const { page, errors } = await open();

    // Build materials received Fri 2026-12-25 19:00 JST: after 18:30, so they count as received at the next
    // opening. 12-26/27 are the weekend and 12-29 … 01-03 the year-end closure, but Mon 12-28 is open:
    // effective receipt 2026-12-28 09:30. Ten business days after 12-28: Jan 4–8 (1–5; 12-29 … 01-03 closed),
    // Jan 12–15 (6–9; Mon Jan 11 is 成人の日), Mon Jan 18 (10) → due 2027-01-18.
    await page.selectOption('#event-kind', 'build-materials-received');
    await page.fill('#build-received', '2026-12-25T19:00');
    await page.click('#calculate');
    const delivery = '#obligations-table tr[data-obligation="client-app.delivery"]';
    await page.waitForSelector(delivery);
    expect(await text(page, delivery)).toContain('2027-01-18 (月)');
    expect(await text(page, delivery)).toContain('6.lead-time');
    expect(await text(page, delivery)).toContain('納期 (ビルド資材受領から営業日で数える)');
    expect(await text(page, delivery)).toContain('までに (期限)');
    expect(await text(page, '#obligations-table tr[data-obligation="client-app.effective-receipt"]')).toContain(
      '2026-12-28 (月) 09:30 JST',
    );

    // With customization there is no date: "agree separately".
    await page.check('#build-customization');
    await page.click('#calculate');
    await page.waitForFunction(() => !document.querySelector('tr[data-obligation="client-app.effective-receipt"]'));
    expect(await text(page, delivery)).toContain('別途協議');
    await page.uncheck('#build-customization');

    // Release GA 2026-04-01: the old release is supported 180 days more. April 1 + 29 = April 30 (29),
    // May 31 (60), June 30 (90), July 31 (121), August 31 (152), September 28 (180): Mon 2026-09-28.
    await page.selectOption('#event-kind', 'release-ga');
    await page.fill('#ga-date', '2026-04-01');
    await page.fill('#ga-previous', '3.2');
    await page.click('#calculate');
    const eos = '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]';
    await page.waitForSelector(eos);
    expect(await text(page, eos)).toContain('2026-09-28 (月)');
    expect(await text(page, eos)).toContain('3.3.eos');
    expect(await text(page, eos)).toContain('新リリース GA 後の旧リリースのサポート終了');
    expect(await text(page, '#obligations-summary')).toContain('ポリシー 2024-10-07');
    await page
      .locator('section[aria-labelledby="event-heading"]')
      .screenshot({ path: join(screenshots, 'obligations-release-ga.png') });

    // The .ics download holds the same dates (all-day events).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    expect(download.suggestedFilename()).toBe('cs-policy-release-ga-2024-10-07.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260928/);

    // A question the library cannot answer shows its error in the alert region: ten business days after
    // 2050-12-20 fall in January 2051, outside the national-holiday data (OUT_OF_COVERAGE).
    await page.selectOption('#event-kind', 'build-materials-received');
    await page.fill('#build-received', '2050-12-20T10:00');
    await page.click('#calculate');
    await page.waitForSelector('#event-error:not(:empty)');
    expect(await page.getAttribute('#event-error', 'role')).toBe('alert');
    expect(await text(page, '#event-error')).toContain('2050-12-31');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switching to English changes the page language, the UI texts and the reasons', async () => {
    const { page, errors } = await open();
    await showMonth(page, '2027-01');
    await page.selectOption('#lang', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Deadline calculator — JMAS Customer Services Policy');
    expect(await text(page, 'h1')).toBe('Deadline calculator — JMAS Customer Services Policy');
    expect(await text(page, 'label[for="month"]')).toBe('Month');
    const jan11 = await text(page, 'td[data-date="2027-01-11"]');
    expect(jan11).toContain('✕ Closed');
    expect(jan11).toContain('Coming of Age Day');
    expect(await text(page, 'td[data-date="2027-01-01"]')).toContain('Year-end closure');
    expect(await text(page, '#closed-days-list')).toContain('2027-01-11 (Mon): Holiday: Coming of Age Day');
    // The default event (release GA 2026-04-01) in English, reasons included.
    const eos = await text(
      page,
      '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"]',
    );
    expect(eos).toContain('2026-09-28 (Mon)');
    expect(eos).toContain('End of support of the old release after the new GA');
    expect(eos).not.toMatch(/[\u3040-\u30ff]/); // no kana left in the row
    expect(await text(page, '#obligations-table thead')).toContain('Kind of deadline');
    await page.screenshot({ path: join(screenshots, 'english.png'), fullPage: true });
    // And back.
    await page.selectOption('#lang', 'ja');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await text(page, 'label[for="month"]')).toBe('表示する月');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is keyboard usable (Tab reaches every control, focus is visible, Enter works); 1.1.hours: a loaded policy's company closure shows in the calendar", async () => {
    const { page, errors } = await open();
    await showMonth(page, '2027-01');
    await page.locator('body').focus();
    const reached = new Set<string>();
    let outline = '';
    for (let i = 0; i < 45; i++) {
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
      'prev-month',
      'month',
      'next-month',
      'event-kind',
      'ga-product',
      'ga-release',
      'ga-date',
      'ga-previous',
      'calculate',
      'download-ics',
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
    expect(await page.inputValue('#month')).toBe('2027-02');
    await page.focus('#lang');
    await page.selectOption('#lang', 'en'); // a native <select>: arrow keys in a real browser
    await page.focus('#load-example');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#diff-table');
    // The example policy adds a company closure, 2027-08-12 … 08-16; the calendar now uses it. 08-12 is a
    // Thursday (a business day under the built-in policy; 08-11 is 山の日), 08-16 a Monday.
    await showMonth(page, '2027-08');
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

  it('3.3.eos under a loaded policy: a policy file shows the diff and the obligations side by side; bad files show the library error', async () => {
    const { page, errors } = await open();
    expect(await text(page, '#policy-status')).toBe('まだポリシーを読み込んでいません。');
    const good = join(temp, 'policy-2027.json');
    writeFileSync(
      good,
      JSON.stringify({ extends: '2024-10-07', version: '2027-04-01', releases: { endOfSupportDays: 365 } }),
    );
    await page.setInputFiles('#policy-file', good);
    const row = 'tr[data-path="releases.endOfSupportDays"]';
    await page.waitForSelector(row);
    const diffRow = await text(page, row);
    expect(diffRow).toContain('180');
    expect(diffRow).toContain('→ 365');
    expect(diffRow).toContain('3.3.eos');
    expect(await text(page, 'tr[data-path="version"]')).toContain('2024-10-07');
    expect(await text(page, '#policy-status')).toContain('ポリシー 2027-04-01 を読み込みました');
    expect(await page.inputValue('#active-policy')).toBe('loaded');

    // The default event, release GA 2026-04-01: last supported day GA + 180 = 2026-09-28 under the built-in
    // policy, GA + 365 = 2027-04-01 under the loaded one (no 29 February between: 2027 is not a leap year).
    const eos = '#compare-table tr[data-obligation="release.previous-release-last-supported-day"]';
    const cells = await page.locator(`${eos} td`).allInnerTexts();
    expect(cells[0]).toContain('2026-09-28');
    expect(cells[1]).toContain('2027-04-01');
    expect(cells[2]).toContain('≠ 期日が異なる');
    expect(await page.getAttribute(eos, 'data-differs')).toBe('true');
    // The version-up notice (the day before GA, 3.2.notice) does not depend on the support period.
    const notice = await page
      .locator('#compare-table tr[data-obligation="release.version-up-notice"] td')
      .allInnerTexts();
    expect(notice[0]).toContain('2026-03-31');
    expect(notice[2]).toContain('= 同じ');
    expect(
      await page.getAttribute('#compare-table tr[data-obligation="release.version-up-notice"]', 'data-differs'),
    ).toBe('false');
    expect(await text(page, '#compare-summary')).toMatch(/行が異なります/);
    // The main table now uses the loaded policy.
    expect(
      await text(page, '#obligations-table tr[data-obligation="release.previous-release-last-supported-day"] th'),
    ).toContain('2027-04-01');
    await page
      .locator('section[aria-labelledby="policy-heading"]')
      .screenshot({ path: join(screenshots, 'policy-comparison.png') });

    // A file the library rejects: its CsPolicyError message, in the alert region. (The exact wording is not
    // compared with one computed here: importing playwright-core installs zod's English locale in this
    // process, which changes zod's issue texts, while the page has no such locale.)
    const badOverrides = { version: '2027-05-01', releases: { endOfSupportDays: -1 } };
    const bad = join(temp, 'bad-policy.json');
    writeFileSync(bad, JSON.stringify({ extends: '2024-10-07', ...badOverrides }));
    await page.setInputFiles('#policy-file', bad);
    await page.waitForSelector('#policy-error:not(:empty)');
    expect(await page.getAttribute('#policy-error', 'role')).toBe('alert');
    expect(await page.locator('#policy-error .error-message').innerText()).toMatch(
      /^invalid policy 2027-05-01: releases\.endOfSupportDays: \S/,
    );
    expect(await text(page, '#policy-error')).toContain('「bad-policy.json」はポリシーとして読み込めませんでした');

    // Not JSON at all.
    const garbage = join(temp, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    await page.setInputFiles('#policy-file', garbage);
    await page.waitForFunction(() => document.querySelector('#policy-error')?.textContent?.includes('garbage.json'));
    expect(await text(page, '#policy-error')).toContain('JSON として読めません');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
