import { expect, test } from './support/fixtures';
import { openScenario } from './support/demo';

/**
 * A Russian mailbox end to end (issue 11 item 3): the simulated tenant writes its recall reports
 * with Russian subjects and status words; the pane finds them by message class and header, not
 * by an English subject, and the tracking settles.
 */
test('ru: the recall reports arrive in Russian and every internal recipient settles as recalled', async ({ page }) => {
  await openScenario(page, 'new-outlook-ru', { lang: 'ru' });
  await page.getByRole('button', { name: 'Параметры отзыва', exact: true }).click();
  await page.getByRole('button', { name: 'Продолжить', exact: true }).click();
  await expect(page.locator('[data-recall-targets]')).toBeVisible();
  await page.getByRole('button', { name: 'Отозвать', exact: true }).click();
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '2/2', { timeout: 15_000 });
  await expect(page.locator('[data-track-recipient="boris.ivanov@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled');
  await expect(page.locator('[data-track-recipient="chen.wei@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled');
  await expect(page.getByRole('link', { name: 'Открыть отчёт об отзыве' })).toHaveAttribute('href', /^https:\/\/outlook\.office\.com\//);
});
