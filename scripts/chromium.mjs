// Where the browser tests find Chromium (test/integration/playground.test.ts and scripts/test.mjs share this):
// CHROMIUM_PATH if set, else the usual places of Debian's, Ubuntu's and Chrome's, else Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** How to get a browser, for the skip message (the README says the same). */
export const CHROMIUM_HELP =
  'install one with `sudo apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu) or ' +
  '`npx playwright-core install chromium` (any OS), or point CHROMIUM_PATH at a Chrome or Chromium binary';

/**
 * The Chromium to drive, or undefined when none is installed. An explicit CHROMIUM_PATH that does
 * not exist gives undefined too: a wrong setting is reported, not silently replaced by another browser.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    // `npx playwright-core install chromium` puts the build this playwright-core expects here.
    chromium.executablePath(),
  ];
  return candidates.find((path) => existsSync(path));
}

/** What the test run does without a browser: skip on a laptop, fail under CI (CI=true). */
export function missingChromiumMessage(env = process.env) {
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` : 'no Chromium found';
  return env.CI === 'true' || env.CI === '1'
    ? `browser tests cannot run under CI: ${where}; ${CHROMIUM_HELP}`
    : `browser tests skipped: ${where}; ${CHROMIUM_HELP}`;
}
