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

/*
 * Issue #21 item 9: the follow-up store wrote the addresses of the people the user unticked, the
 * subject and the typed text into sessionStorage in plain text, while docs/privacy.md said no
 * address or subject is stored. A whole journey, then every entry of the tab's storage is read.
 * Two entries are not the add-in's follow-up store and are left out on purpose: the demo's
 * simulated Exchange remembers that a recall was made (`recall-assistant-demo:recalled:<scenario>`,
 * a time only: src/demo/demo.tsx, standing in for the mailbox), and the verified-domains cache
 * holds the tenant's domains (no address). Both are still checked for addresses below.
 */
test('a whole journey leaves nothing personal readable in sessionStorage, and the ticks and text survive a reload', async ({ page }) => {
  const SUBJECT = 'Contract draft v3 (internal pricing)';
  await openScenario(page, 'only-external', { lang: 'en' });
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expectStepHeadingFocused(page, 'Write to recipients');
  await page.getByRole('checkbox', { name: /Laura Jensen/ }).uncheck();
  const body = page.locator('[data-follow-up-draft="external"]').getByRole('textbox', { name: /Message/ });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' SAM, CALL ME FIRST');
  // Around the wizard and back.
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await expectStepHeadingFocused(page, 'Check');
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expect(body).toHaveValue(/SAM, CALL ME FIRST/);

  const stored = await page.evaluate(() => Object.entries(sessionStorage));
  const followUp = stored.filter(([key]) => key.startsWith('recall-assistant.follow-up.'));
  expect(followUp).toHaveLength(1);
  const everything = JSON.stringify(stored);
  for (const secret of ['@', 'laura', 'jensen', 'fabrikam', 'sam.patel', 'northwind', SUBJECT, 'Contract', 'pricing', 'CALL ME FIRST'])
    expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // A reload in the tab (the demo's language switch): what was typed and chosen is back.
  await page.getByRole('link', { name: 'Русский' }).click();
  await expectStepHeadingFocused(page, 'Проверка');
  await page.getByRole('button', { name: 'Написать получателям', exact: true }).click();
  await expect(page.locator('[data-follow-up-draft="external"]').getByRole('textbox', { name: /Текст письма/ })).toHaveValue(/SAM, CALL ME FIRST/);
  await expect(page.getByRole('checkbox', { name: /Laura Jensen/ })).not.toBeChecked();
});
