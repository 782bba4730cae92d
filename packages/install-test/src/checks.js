// @ts-check
/*
 * What the install test asserts against a running app, through its HTTP API and a browser.
 */

/** @param {number} ms */
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Retries `attempt` until it returns a value, or throws its last error after `timeoutMs`.
 * @template T
 * @param {string} what
 * @param {number} timeoutMs
 * @param {() => Promise<T | undefined>} attempt
 * @returns {Promise<T>}
 */
async function waitFor(what, timeoutMs, attempt) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${lastError}`);
    }
    await sleep(1000);
  }
}

/**
 * @param {string} url
 * @param {RequestInit} [init]
 */
async function getJson(url, init) {
  const response = await fetch(url, init);
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status} ${body.slice(0, 300)}`);
  }
  return JSON.parse(body);
}

/**
 * A user token from the guest provider, as the app's sign-in page gets it.
 * @param {string} baseUrl
 */
async function guestToken(baseUrl) {
  const body = await getJson(`${baseUrl}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  return /** @type {string} */ (body.backstageIdentity.token);
}

/**
 * @param {{ baseUrl: string, token: string, productName: string, scorecardIds: string[],
 *   timeoutMs: number }} options
 * @returns {Promise<string[]>} what was checked, for the log
 */
async function checkBackend({
  baseUrl,
  token,
  productName,
  scorecardIds,
  timeoutMs,
}) {
  const headers = { authorization: `Bearer ${token}` };
  const done = [];

  const health = await getJson(`${baseUrl}/api/platform-products/health`);
  if (health.status !== 'ok')
    throw new Error(`health: ${JSON.stringify(health)}`);
  done.push('GET /api/platform-products/health: ok');

  // The catalog accepts the kind (catalog module's validator) and our module emits the
  // relations of its parts: an entity with a hasPart relation proves both.
  const products = await waitFor(
    'PlatformProduct entities',
    timeoutMs,
    async () => {
      const body = await getJson(
        `${baseUrl}/api/catalog/entities/by-query?filter=kind=platformproduct`,
        { headers },
      );
      const product = body.items.find(
        (/** @type {any} */ e) => e.metadata.name === productName,
      );
      const hasPart = product?.relations?.some(
        (/** @type {any} */ r) => r.type === 'hasPart',
      );
      return product && hasPart ? body.items : undefined;
    },
  );
  done.push(
    `catalog: ${products.length} PlatformProduct entities, ${productName} with hasPart relations`,
  );

  const scorecards = await getJson(
    `${baseUrl}/api/platform-products/scorecards`,
    {
      headers,
    },
  );
  const ids = scorecards.items.map((/** @type {any} */ s) => s.id);
  const missing = scorecardIds.filter(id => !ids.includes(id));
  if (missing.length) {
    throw new Error(
      `scorecards from the README's config missing: ${missing.join(
        ', ',
      )} (got ${ids})`,
    );
  }
  done.push(`GET /api/platform-products/scorecards: ${ids.join(', ')}`);

  // The README's scorecard, evaluated on the product now (the schedule starts later).
  const refreshed = await getJson(
    `${baseUrl}/api/platform-products/entities/platformproduct/default/${productName}/scorecards/refresh`,
    { method: 'POST', headers },
  );
  for (const id of scorecardIds) {
    const result = refreshed.results.find(
      (/** @type {any} */ r) => r.scorecardId === id,
    );
    if (!result || typeof result.score !== 'number') {
      throw new Error(
        `scorecard ${id} gave no score for ${productName}: ${JSON.stringify(
          refreshed,
        )}`,
      );
    }
    done.push(
      `POST …/${productName}/scorecards/refresh: ${id} score ${
        result.score
      }, ${result.checks
        .map((/** @type {any} */ c) => `${c.checkId} ${c.status}`)
        .join(', ')}`,
    );
  }
  return done;
}

/**
 * Opens entity pages in headless Chromium (signing in as guest on the first) and waits on each
 * for every expected text, such as our cards' titles. Saves a screenshot of each page.
 * @param {{ baseUrl: string, pages: { path: string, texts: string[] }[], screenshotPrefix: string,
 *   timeoutMs: number }} options
 * @returns {Promise<string[]>} what was checked, for the log
 */
async function checkPages({ baseUrl, pages, screenshotPrefix, timeoutMs }) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const done = [];
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', error => pageErrors.push(error.message));
    page.on('console', message => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${baseUrl}${pages[0].path}`, { timeout: timeoutMs });
    await page
      .getByRole('button', { name: 'Enter' })
      .click({ timeout: timeoutMs });
    /** @type {string[]} */
    const failures = [];
    // Every page is checked even after a failure, so that one run shows every broken card.
    for (const [i, { path, texts }] of pages.entries()) {
      pageErrors.length = 0;
      if (i > 0) await page.goto(`${baseUrl}${path}`, { timeout: timeoutMs });
      try {
        for (const text of texts) {
          await page
            .getByText(text, { exact: true })
            .first()
            .waitFor({ state: 'visible', timeout: timeoutMs });
        }
        // Cards load their data after their titles show (a progress bar meanwhile): a card
        // whose request fails then shows an error panel ("Error: …") instead of its content.
        await page.waitForLoadState('networkidle', { timeout: timeoutMs });
        await page.waitForFunction(
          () => document.querySelectorAll('[role="progressbar"]').length === 0,
          undefined,
          { timeout: timeoutMs },
        );
        const errors = await page.getByText(/^Error: /).allInnerTexts();
        if (errors.length) {
          throw new Error(`shows errors: ${errors.join('; ')}`);
        }
        done.push(`${path} shows: ${texts.join(', ')}`);
      } catch (error) {
        const logged = pageErrors.slice(0, 5).map(e => e.split('\n')[0]);
        failures.push(
          `${path}: ${error instanceof Error ? error.message : error}` +
            `\n    browser console: ${logged.join('\n    ') || 'nothing'}`,
        );
      } finally {
        await page.screenshot({
          path: `${screenshotPrefix}-${i + 1}.png`,
          fullPage: true,
        });
      }
    }
    if (failures.length) {
      throw new Error(`browser check failed:\n  ${failures.join('\n  ')}`);
    }
    return done;
  } finally {
    await browser.close();
  }
}

module.exports = { waitFor, guestToken, checkBackend, checkPages };
