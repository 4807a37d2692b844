import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { demoUrl, readContract } from './support/demo';

/**
 * Performance as counts (docs/architecture.md, "Quality bars the tests hold"): Graph requests per verdict and DOM rows
 * rendered, never milliseconds — timings are the benchmarks' job (`npm run bench`,
 * `npm run bench:browser`), which print figures and ratios instead of asserting them.
 */

/** Rows actually rendered (a recipient's contract attributes may sit on a hidden attribute row). */
const renderedRows = (page: Page) => page.evaluate(() => document.querySelectorAll('li[data-row]').length);
const graphBatches = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.startsWith('https://graph.microsoft.com/v1.0/$batch')).length);

async function open(page: Page, scenario: string) {
  await page.goto(demoUrl({ scenario, lang: 'en' }));
  await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
}

test('all-internal: the verdict costs one Graph request, and every row is rendered', async ({ page }) => {
  await open(page, 'all-internal');
  expect(await graphBatches(page)).toBe(1);
  expect(await renderedRows(page)).toBe(3);
  expect((await readContract(page)).rowCount).toBe(3);
});

test('5,000 recipients: fewer than 100 rows rendered, every recipient in the DOM contract, a summary first', async ({ page }) => {
  await open(page, 'large-list-5000');
  const contract = await readContract(page);
  expect(contract.rowCount).toBe(5000);
  expect(Object.values(contract.recipients).filter((r) => r.verdict === 'recallable')).toHaveLength(4400);
  expect(contract.recipients['partner010@fabrikam.com']).toEqual({ verdict: 'not-recallable', reasons: ['EXTERNAL'] });
  expect(await renderedRows(page)).toBeLessThan(100);

  // The summary names the organisations and reasons, largest first.
  await expect(page.locator('[data-summary-domain]')).toHaveText([/^contoso\.com/, /^fabrikam\.com/, /^gmail\.com/]);
  await expect(page.locator('[data-summary-domain]').first()).toHaveAttribute('data-count', '4400');
  await expect(page.locator('[data-summary-reason]')).toHaveText(['In your organisation: 4400', 'Outside your organisation: 400', 'Personal mailbox: 200']);
  // The recallable colleagues are folded; the list that is open says that it scrolls.
  await expect(page.locator('[data-group="recallable"] [data-fold]')).toHaveAttribute('data-fold', 'folded');
  await expect(page.locator('[data-group="recallable"] li[data-row]')).toHaveCount(0);
  await expect(page.locator('[data-group="not-recallable"] [data-scroll-hint]')).toContainText('Scroll to see all 600');
});

test('5,000 recipients: scrolling and the keyboard reach the last row while fewer than 100 rows are rendered', async ({ page }) => {
  await open(page, 'large-list-5000');
  const group = page.locator('[data-group="not-recallable"]');
  await group.locator('li[data-row] button').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus').locator('xpath=ancestor::li[1]')).toHaveAttribute('aria-posinset', '600');
  await expect(page.locator(':focus').locator('xpath=ancestor::li[1]')).toHaveAttribute('aria-setsize', '600');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus').locator('xpath=ancestor::li[1]')).toHaveAttribute('aria-posinset', '599');
  await page.keyboard.press('Home');
  await expect(page.locator(':focus').locator('xpath=ancestor::li[1]')).toHaveAttribute('aria-posinset', '1');
  expect(await renderedRows(page)).toBeLessThan(100);

  // Unfold the 4,400 colleagues and scroll their box to the end with the mouse wheel.
  await page.locator('[data-group="recallable"] [data-fold]').click();
  const box = page.locator('[data-group="recallable"] [data-scroll-box]');
  await box.hover();
  for (let i = 0; i < 40 && !(await page.locator('[data-recipient="colleague4999@contoso.com"][data-row]').count()); i++) {
    await page.mouse.wheel(0, 20_000);
  }
  await expect(page.locator('[data-recipient="colleague4999@contoso.com"][data-row]')).toBeVisible();
  expect(await renderedRows(page)).toBeLessThan(100);
  expect((await readContract(page)).rowCount).toBe(5000);
});

test('5,000 recipients on the track step: fewer than 100 rows rendered, every recipient in its contract', async ({ page }) => {
  await open(page, 'large-list-5000');
  await page.locator('[data-plan-proposal]').click();
  await page.getByRole('button', { name: 'Recall now', exact: true }).click();
  await expect(page.locator('main')).toHaveAttribute('data-step', 'track');
  // Rows on screen: every element with the contract that is not a hidden attribute row.
  const counts = () =>
    page.evaluate(() => ({
      rendered: [...document.querySelectorAll('[data-track-recipient]')].filter((e) => e.closest('[data-attribute-rows]') === null).length,
      contract: document.querySelectorAll('[data-track-recipient]').length,
      recipients: new Set([...document.querySelectorAll('[data-track-recipient]')].map((e) => e.getAttribute('data-track-recipient'))).size,
    }));
  await expect.poll(async () => (await counts()).contract).toBe(5000);
  const { rendered, recipients } = await counts();
  expect(recipients).toBe(5000);
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(100);
  await expect(page.locator('[data-track-recipient="partner010@fabrikam.com"]')).toHaveAttribute('data-next-step', 'follow-up');
});

test('an expanded row stays expanded when it scrolls out of view and back', async ({ page }) => {
  await open(page, 'large-list-500');
  const first = page.locator('[data-recipient="partner010@fabrikam.com"] button');
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  const box = page.locator('[data-group="not-recallable"] [data-scroll-box]');
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-recipient="partner010@fabrikam.com"][data-row]')).toHaveCount(0);
  await box.evaluate((el) => (el.scrollTop = 0));
  await expect(first).toHaveAttribute('aria-expanded', 'true');
});

test('only the active language’s words are downloaded', async ({ page }) => {
  await page.goto(demoUrl({ scenario: 'gmail-among-internal', lang: 'ru' }));
  await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 2, name: 'Проверка' })).toBeVisible();
  const catalogs = await page.evaluate(() => performance.getEntriesByType('resource').flatMap((e) => /i18n-(en|ru)\./.exec(e.name)?.[1] ?? []));
  expect(catalogs).toEqual(['ru']);
});

test('a language catalog that cannot be downloaded: the pane works in English rather than not at all', async ({ page, pageIssues }) => {
  pageIssues.allow((entry) => entry.kind === 'console' && entry.text.startsWith('Failed to load resource'));
  // Routed before the first load: the demo's service worker does not control the page yet.
  await page.route(/i18n-ru\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(demoUrl({ scenario: 'gmail-among-internal', lang: 'ru' }));
  await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 2, name: 'Check' })).toBeVisible();
});
