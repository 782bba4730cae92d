/*
 * Paved Road in the running dev app, in a real headless Chromium: the scenarios of the
 * frontend issue, on the example catalog. Screenshots go to test-output/screenshots/.
 */
const { openApp, APP_URL } = require('./browser');

const PRODUCT_TAB =
  '/catalog/default/platformproduct/auth-platform/platform-product';
const COMPONENT = '/catalog/default/component/checkout-service';
const GROUP = '/catalog/default/group/checkout';
// Generous: the first visit of a page compiles it in the dev server on a busy machine.
const VISIBLE = { timeout: 90000 };

let app;
let page;

beforeAll(async () => {
  app = await openApp();
  page = app.page;
});

// What the browser showed at the end of each test, for when a wait times out.
afterEach(async () => {
  const name = expect.getState().currentTestName ?? 'test';
  const text = await page.innerText('body').catch(() => '');
  // eslint-disable-next-line no-console
  console.log(`after "${name}": ${page.url()}\n${text.slice(0, 300)}`);
  await app.screenshot(`after-${name.replace(/[^a-z0-9]+/gi, '-')}`);
});

afterAll(async () => {
  await app?.browser.close();
});

function firstProductName() {
  return page.locator('tbody tr').first().locator('td').first().innerText();
}

test('a product page shows its adoption', async () => {
  await page.goto(`${APP_URL}${PRODUCT_TAB}`);
  const headline = page.getByText(/adoption \(target \d+(\.\d+)?%\)/);
  await headline.waitFor(VISIBLE);
  const rate = await page.locator('p', { has: headline }).first().innerText();
  expect(rate).toMatch(/^\d+(\.\d+)?% adoption \(target 80%\)/);
  await page.getByRole('table', { name: 'Adopters by team' }).waitFor(VISIBLE);
  await page.getByText('Authentication Platform').first().waitFor(VISIBLE);
  await app.screenshot('product-page');
});

test('answering the survey changes the NPS', async () => {
  await page.goto(`${APP_URL}${PRODUCT_TAB}`);
  const nps = page.getByTestId('nps-value');
  await nps.waitFor(VISIBLE);
  const before = await nps.innerText();
  // A guest who already answered 10 (an earlier run) answers 0: either way the NPS moves.
  const answered10 = await page.getByText(/You answered 10 /).count();
  const score = answered10 > 0 ? '0' : '10';
  const group = page.getByRole('radiogroup', { name: /How likely are you/ });
  await group.getByRole('radio', { name: score, exact: true }).check();
  await page
    .getByRole('button', { name: /Send my answer|Change my answer/ })
    .click();
  await page.waitForFunction(
    text =>
      document.querySelector('[data-testid="nps-value"]')?.textContent !== text,
    before,
    { timeout: 30000 },
  );
  const after = await nps.innerText();
  expect(after).not.toBe(before);
  await page.getByText(new RegExp(`You answered ${score} `)).waitFor(VISIBLE);
  await app.screenshot('product-survey-answered');
});

test('a component page shows its SLA and scorecard cards', async () => {
  await page.goto(`${APP_URL}${COMPONENT}`);
  await page.getByText('Compliance', { exact: false }).first().waitFor(VISIBLE);
  await page
    .getByText(/^Score \d+ \/ 100$/)
    .first()
    .waitFor(VISIBLE);
  await page.getByText('Platforms used', { exact: true }).waitFor(VISIBLE);
  await app.screenshot('component-page');
});

test('a team page shows the scorecards rollup', async () => {
  await page.goto(`${APP_URL}${GROUP}`);
  await page.getByText('Scorecards rollup', { exact: true }).waitFor(VISIBLE);
  await page
    .getByText(/^Mean score \d+ \/ 100/)
    .first()
    .waitFor(VISIBLE);
  await app.screenshot('group-page');
});

test('the products page lists every product and sorts', async () => {
  await page.goto(`${APP_URL}/platform-products`);
  await page.locator('tbody tr').first().waitFor(VISIBLE);
  expect(await page.locator('tbody tr').count()).toBe(6);
  const adoption = page.getByRole('button', { name: 'Adoption' }).first();
  await adoption.click();
  const lowest = await firstProductName();
  await adoption.click();
  const highest = await firstProductName();
  // The example catalog's least adopted product is experimentation (25%).
  expect(lowest).toMatch(/Experimentation/);
  expect(highest).not.toBe(lowest);
  await app.screenshot('products-page');
});

test('no console error comes from Paved Road', () => {
  expect(app.ourErrors()).toEqual([]);
});
