import { overallVerdict } from './support/demo';
import { expect, test } from './support/fixtures';
import { ALEX, serveOfficeStandIn } from './support/office';
import { PROD_URL } from './support/urls';

/*
 * Bad input through the real Office adapter in the production build: Office.js handing over an
 * Invalid Date as the sent time is stopped at the edge (validDate) and said as "unknown"; the pane
 * neither falls into the error page nor prints anything to the console.
 */

test.use({ baseURL: PROD_URL });

test('an Invalid Date from Office.js: the verdict with "Sending time unknown", no error page, a quiet console', async ({ page, pageIssues }) => {
  await serveOfficeStandIn(page, {
    item: {
      subject: 'Q4 budget draft',
      from: ALEX,
      to: [{ name: 'Chen Wei', address: 'chen.wei@contoso.com' }],
      itemId: 'AAMk-budget',
      dateTimeCreated: 'not a time',
    },
  });
  await page.goto('/taskpane.html');
  await overallVerdict(page).waitFor({ state: 'attached' });
  await expect(page.locator('[data-step="check"]')).toContainText('Sending time unknown');
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  expect(pageIssues.all).toEqual([]);
});
