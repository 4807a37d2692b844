import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from './support/axe';
import { allowSimulatedGraphOutage, expectNoHorizontalOverflow, openScenario } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * Every step of the plan in a 350 px wide window, en and ru, light and dark: nothing needs
 * sideways scrolling (WCAG 1.4.10), and a full-page PNG of each step lands in
 * artifacts/screenshots/plan-* for people to look at; the plan's own screens also pass axe.
 */

test.use({ viewport: { width: 350, height: 800 } });

const WORDS = {
  en: {
    options: 'Recall options',
    recallNow: 'Recall now',
    write: 'Write to recipients',
    didRecall: 'I’ve recalled it in Outlook: follow the outcome',
    status: 'See the recall status',
    skip: /^No note needed: /,
  },
  ru: {
    options: 'Параметры отзыва',
    recallNow: 'Отозвать',
    write: 'Написать получателям',
    didRecall: 'Отзыв запрошен в Outlook — показать статус',
    status: 'Посмотреть статус отзыва',
    skip: /^Писать не нужно: /,
  },
} as const;

async function shot(page: Page, name: string, axe = false) {
  await expectNoHorizontalOverflow(page, name);
  await screenshot(page, name);
  if (axe) await expectNoAxeViolations(page, name);
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru'] as const) {
    const w = WORDS[lang];
    const tag = `${lang}-${theme}`;

    test(`gmail among colleagues, every step at 350 px (${tag})`, async ({ page }) => {
      await openScenario(page, 'gmail-among-internal', { lang, theme });
      await shot(page, `plan-1-check-${tag}`, true);
      await page.getByRole('button', { name: w.options, exact: true }).click();
      await shot(page, `plan-2-options-${tag}`);
      await page.locator('[data-back]').click();
      await page.locator('[data-plan-proposal]').click();
      await shot(page, `plan-3-confirm-${tag}`);
      await page.getByRole('button', { name: w.recallNow, exact: true }).click();
      await expect(page.locator('main')).toHaveAttribute('data-step', 'track');
      await shot(page, `plan-4-track-pending-${tag}`, true);
      await expect(page.locator('[data-outcome="pending"]')).toHaveCount(0, { timeout: 15_000 });
      await shot(page, `plan-5-track-reported-${tag}`);
      await page.getByRole('button', { name: w.write, exact: true }).click();
      await expect(page.locator('[data-follow-up-draft]')).toHaveCount(1);
      await shot(page, `plan-6-write-${tag}`);
      await page.locator('[data-follow-up-draft] button[aria-label]').first().click();
      await page.locator('[data-back]').click();
      await expect(page.locator('main')).toHaveAttribute('data-plan-open', '0');
      await shot(page, `plan-7-track-done-${tag}`, true);
      // Reopened: it lands on the recall's status, and one Back away the check's rows say it was recalled.
      await page.reload();
      await expect(page.locator('main')).toHaveAttribute('data-step', 'track');
      await expect(page.locator('[data-outcome="pending"]')).toHaveCount(0, { timeout: 15_000 });
      await shot(page, `plan-8-reopened-${tag}`, true);
      await page.locator('[data-back]').click();
      await expect(page.locator('main')).toHaveAttribute('data-step', 'check');
      await shot(page, `plan-9-reopened-check-${tag}`, true);
    });

    test(`without Graph: Outlook's own command, every step at 350 px (${tag})`, async ({ page, pageIssues }) => {
      allowSimulatedGraphOutage(pageIssues);
      await openScenario(page, 'graph-unavailable', { lang, theme });
      // The details are folded after the action; unfolded here (and the admin's inside them) for the picture.
      await page.getByRole('button', { name: lang === 'en' ? 'Why is it uncertain?' : 'Почему нет уверенности?' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Details for your admin' : 'Подробности для администратора' }).click();
      await shot(page, `plan-native-1-check-${tag}`);
      await page.locator('[data-plan-proposal]').click();
      await shot(page, `plan-native-2-guide-${tag}`);
      await page.getByRole('button', { name: w.didRecall, exact: true }).click();
      await shot(page, `plan-native-3-track-${tag}`, true);
    });
  }
}
