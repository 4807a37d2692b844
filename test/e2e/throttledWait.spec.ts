import { expectNoAxeViolations, screenshot } from './support/axe';
import { openScenario, overallVerdict, tabTo } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * Graph asks to wait longer than the check can (built-in scenario throttled-wait: the message lookup
 * inside the $batch answers 429 with Retry-After 30 s; the check's budget is 10 s). The pane does
 * not ask again sooner: the verdict comes at once, cautious, with the wait said; "Check again" is
 * disabled but reachable by keyboard and described until the wait is over, then says so and works.
 * Playwright's clock stands for the 30 s: nothing waits for real.
 */

const WORDS = {
  en: {
    again: 'Check again',
    wait: /^Microsoft 365 asked us to wait: check again in (30|29) seconds\.$/,
    ready: 'The wait Microsoft 365 asked for is over: you can check again now.',
  },
  ru: {
    again: 'Проверить ещё раз',
    wait: /^Microsoft 365 попросил подождать: проверить ещё раз можно через (30 секунд|29 секунд)\.$/,
    ready: 'Ожидание, о котором просил Microsoft 365, закончилось: можно проверить ещё раз.',
  },
} as const;

for (const lang of ['en', 'ru'] as const) {
  test(`throttled beyond the check's budget: the wait is said, and Check again opens only when it is over (${lang})`, async ({ page }) => {
    const words = WORDS[lang];
    await page.clock.install();
    await openScenario(page, 'throttled-wait', { lang });
    const banner = overallVerdict(page);
    await expect(banner).toHaveAttribute('data-overall-verdict', 'uncertain');
    await expect(page.locator('[data-verdict="recallable"]')).toHaveCount(0);

    const again = page.getByRole('button', { name: words.again, exact: true });
    await expect(again).toHaveAttribute('aria-disabled', 'true');
    await expect(again).toHaveAccessibleDescription(words.wait);
    await expect(page.getByText(words.wait)).toBeVisible();
    // Reachable by keyboard while disabled; Enter does nothing yet.
    await tabTo(page, new RegExp(`^${words.again}$`));
    await page.keyboard.press('Enter');
    await expect(banner).toHaveAttribute('data-overall-verdict', 'uncertain');
    await screenshot(page, `throttled-wait-${lang}`);
    await expectNoAxeViolations(page, `throttled wait ${lang}`);

    await page.clock.fastForward(30_000);
    await expect(again).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('status').filter({ hasText: words.ready })).toBeVisible();
    await expect(again).toHaveAccessibleDescription(words.ready);
    await expectNoAxeViolations(page, `throttled wait over ${lang}`);

    // The 30 s were for that one lookup: asked again, Graph answers and the verdict is whole.
    await again.focus();
    await page.keyboard.press('Enter');
    await expect(banner).toHaveAttribute('data-overall-verdict', 'recallable');
    await expect(page.getByRole('button', { name: words.again, exact: true })).toHaveCount(0);
  });
}
