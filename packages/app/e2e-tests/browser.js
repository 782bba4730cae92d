/*
 * A headless Chromium session on the dev app, signed in as the guest, that records the
 * console errors of Paved Road's code and saves screenshots.
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const APP_URL = process.env.APP_URL ?? 'http://localhost:3000';
const SCREENSHOTS = path.resolve(__dirname, '../../../test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Flags that work on the CI machines (CONVENTIONS.md): no sandbox as root, no GPU, no
// network calls of Chromium's own.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A console error is ours when it comes from the plugin's code or from a request to its
// backend; other plugins' noise is not this suite's to judge.
function isOurs(text, url) {
  return /platform-products|PlatformProduct|paved-road/i.test(`${text} ${url}`);
}

async function openApp() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: FLAGS,
    headless: true,
  });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  const errors = [];
  page.on('console', msg => {
    if (msg.type() === 'error') {
      errors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', error => {
    errors.push({ text: `${error.message}\n${error.stack ?? ''}`, url: '' });
  });
  await page.goto(APP_URL);
  // The dev app's guest sign-in page: one click on "Enter".
  await page.getByRole('button', { name: 'Enter' }).click({ timeout: 120000 });
  await page
    .waitForURL(url => !url.pathname.startsWith('/sign-in'), {
      timeout: 30000,
    })
    .catch(() => {});
  return {
    browser,
    page,
    ourErrors: () => errors.filter(e => isOurs(e.text, e.url)),
    allErrors: () => errors,
    async screenshot(name) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}

module.exports = { openApp, APP_URL };
