import { expectStepHeadingFocused, openScenario } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * Nothing the user typed is lost, in a real Chromium: the demo's language switch reloads the page,
 * and the follow-up text written before it is still there after it — kept in the tab's
 * sessionStorage, never in localStorage.
 */

test('a follow-up text survives the demo’s language switch (a reload), in sessionStorage only', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'en' });
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expectStepHeadingFocused(page, 'Write to recipients');
  const body = page.locator('[data-follow-up-draft="external"]').getByRole('textbox', { name: /Message/ });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' PLEASE CALL ME FIRST');

  await page.getByRole('link', { name: 'Русский' }).click();
  await expectStepHeadingFocused(page, 'Проверка');
  await page.getByRole('button', { name: 'Написать получателям', exact: true }).click();
  await expect(page.locator('[data-follow-up-draft="external"]').getByRole('textbox', { name: /Текст письма/ })).toHaveValue(/PLEASE CALL ME FIRST/);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
