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

const OURS = /platform-products|PlatformProduct|paved-road/i;

// A console error is ours when it comes from the plugin's code or from a request to its
// backend; other plugins' noise is not this suite's to judge. React's development warnings
// carry the whole component stack, which passes through our cards for any library they
// render (material-table's defaultProps warnings, say): such a warning is ours only when its
// message or the component at the top of its stack is.
function isOurs(text, url) {
  const [message, ...stack] = text.split('\n');
  if (message.startsWith('Warning: ')) {
    const top = stack.find(line => line.trim().startsWith('at ')) ?? '';
    return OURS.test(message) || OURS.test(top);
  }
  return OURS.test(`${text} ${url}`);
}

/**
 * The dev app's guest sign-in page: one click on "Enter". Right after the app starts, a click
 * can leave the page where it was (seen in CI: every later page showed the sign-in page
 * again), so it is repeated until the sign-in page is gone.
 */
async function signInAsGuest(page) {
  const enter = page.getByRole('button', { name: 'Enter' });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await enter.click({ timeout: 120000 });
    const left = await enter
      .waitFor({ state: 'detached', timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    // Signed in only if the session survives a reload.
    if (left) {
      await page.reload();
      await page.waitForLoadState('networkidle').catch(() => {});
      if ((await enter.count()) === 0) {
        return;
      }
    }
  }
  throw new Error(
    'The guest sign-in did not complete after 5 clicks on "Enter"',
  );
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
  await signInAsGuest(page);
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
