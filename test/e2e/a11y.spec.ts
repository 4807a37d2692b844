import type { Page } from '@playwright/test';
import { axeViolations, expectNoAxeViolations, screenshot } from './support/axe';
import { allowSimulatedGraphOutage, demoUrl, expectStepHeadingFocused, openScenario } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * axe-core over the whole demo page (the frame and the real pane) on every wizard step — check (and
 * a row opened), choose, act (the add-in's own recall confirmation, then Outlook's command), track
 * (with the replacement as its next step, and with outcomes),
 * alternatives, the draft open — in light and dark, English and Russian, with zero violations
 * allowed. The pane must also keep its 360 px: content wraps, it never widens the pane. Each state
 * is saved to artifacts/screenshots/<state>-<theme>-<lang>.png for a human look.
 */

type Lang = 'en' | 'ru';
type Theme = 'light' | 'dark';

const TEXT: Record<Lang, Record<string, string>> = {
  en: {
    check: 'Check',
    recall: 'Recall options',
    choose: 'Recall options',
    replace: 'Delete unread copies and replace with a new message',
    warning: 'a replacement after a failed recall adds confusion',
    continue: 'Continue',
    confirm: 'Recall this message now?',
    confirmReplace: 'Recall and replace this message?',
    recallNow: 'Recall now',
    didRecall: 'I’ve recalled it in Outlook: follow the outcome',
    track: 'Recall status',
    native: 'Use Outlook’s Recall command instead',
    act: 'Recall it in Outlook',
    toAlternatives: 'Write to recipients',
    alternatives: 'Write to recipients',
    pleaseDelete: 'Ask them to delete it: Open the message',
  },
  ru: {
    check: 'Проверка',
    recall: 'Параметры отзыва',
    choose: 'Параметры отзыва',
    replace: 'Удалить непрочитанные копии и заменить их новым сообщением',
    warning: 'замена после неудачного отзыва только запутает',
    continue: 'Продолжить',
    confirm: 'Отозвать письмо сейчас?',
    confirmReplace: 'Отозвать письмо и заменить его?',
    recallNow: 'Отозвать',
    didRecall: 'Отзыв запрошен в Outlook — показать статус',
    track: 'Статус отзыва',
    native: 'Отозвать командой Outlook',
    act: 'Отзовите письмо в Outlook',
    toAlternatives: 'Написать получателям',
    alternatives: 'Написать получателям',
    pleaseDelete: 'Попросить удалить письмо: открыть письмо',
  },
};

async function check(page: Page, state: string, theme: Theme, lang: Lang): Promise<void> {
  const name = `${state}-${theme}-${lang}`;
  await screenshot(page, name);
  await expectNoAxeViolations(page, name);
  // The demo gives the pane 360 px (plus its 1 px border), like Outlook; content must wrap rather than widen it.
  const paneWidth = await page.locator('[data-pane]').evaluate((el) => el.getBoundingClientRect().width);
  expect(paneWidth, `pane width on ${name}`).toBeLessThanOrEqual(362);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru'] as const) {
    test(`every wizard step: ${theme}, ${lang}`, async ({ page }) => {
      test.slow(); // a dozen axe scans
      const t = TEXT[lang];
      await openScenario(page, 'gmail-among-internal', { theme, lang });
      await expectStepHeadingFocused(page, t.check ?? '');
      await check(page, '1-check', theme, lang);

      // A recipient row opened to its reasons.
      await page.locator('[data-recipient="dmitry.k@gmail.com"] button').click();
      await expect(page.locator('[data-recipient="dmitry.k@gmail.com"] button')).toHaveAttribute('aria-expanded', 'true');
      await check(page, '1b-check-row-open', theme, lang);

      await button(page, t.recall ?? '').click();
      await expectStepHeadingFocused(page, t.choose ?? '');
      await page.getByRole('radio', { name: t.replace ?? '' }).check();
      await expect(page.getByText(t.warning ?? '')).toBeVisible();
      await check(page, '2-choose-replace', theme, lang);

      await button(page, t.continue ?? '').click();
      await expect(page.locator('[data-step="act"]')).toBeAttached();
      if ((await page.locator('[data-recall-targets]').count()) > 0) {
        await expectStepHeadingFocused(page, t.confirmReplace ?? '');
        await check(page, '3a-act-confirm', theme, lang);
        await button(page, t.native ?? '').click();
      }
      await expectStepHeadingFocused(page, t.act ?? '');
      await check(page, '3b-act-guide', theme, lang);

      // After Outlook's own Recall: the replacement is the next step of the status.
      await button(page, t.didRecall ?? '').click();
      await expectStepHeadingFocused(page, t.track ?? '');
      await expect(page.locator('[data-replacement="due"]')).toBeVisible();
      await check(page, '3c-track-replacement', theme, lang);

      await button(page, t.toAlternatives ?? '').click();
      await expectStepHeadingFocused(page, t.alternatives ?? '');
      await check(page, '4-alternatives', theme, lang);

      await button(page, t.pleaseDelete ?? '').click();
      await expect(page.locator('[data-draft]')).toBeVisible();
      await check(page, '5-draft-open', theme, lang);
    });
  }
}

// The track step after the add-in's own recall: one report says recalled, one says it failed.
for (const [theme, lang] of [
  ['light', 'en'],
  ['dark', 'ru'],
] as const) {
  test(`track step with outcomes: ${theme}, ${lang}`, async ({ page }) => {
    const t = TEXT[lang];
    await openScenario(page, 'recall-partial-failure', { theme, lang });
    await button(page, t.recall ?? '').click();
    await button(page, t.continue ?? '').click();
    await expectStepHeadingFocused(page, t.confirm ?? '');
    await button(page, t.recallNow ?? '').click();
    await expect(page.locator('[data-step="track"]')).toBeAttached();
    await expect(page.locator('[data-track-recipient="boris.ivanov@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled', { timeout: 20_000 });
    await expect(page.locator('[data-track-recipient="maria.sokolova@contoso.com"]')).toHaveAttribute('data-outcome', 'failed', { timeout: 20_000 });
    await check(page, '6-track', theme, lang);
  });
}

// Every verdict colour (success, info, warning, error) and the demo's error page, both themes.
const VERDICT_STATES = [
  { state: 'v-recallable', scenario: 'all-internal' },
  { state: 'v-uncertain', scenario: 'group-with-externals' },
  { state: 'v-not-recallable-blocked', scenario: 'too-old' },
  { state: 'v-degraded-no-graph', scenario: 'graph-unavailable' },
] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`verdict banners and notes: ${theme}`, async ({ page, pageIssues }) => {
    allowSimulatedGraphOutage(pageIssues);
    for (const { state, scenario } of VERDICT_STATES) {
      await openScenario(page, scenario, { theme, lang: 'en' });
      await check(page, state, theme, 'en');
    }
  });

  test(`scenario load error page: ${theme}`, async ({ page }) => {
    await page.route('**/test-scenarios/bad.json', (route) => route.fulfill({ json: { id: 'bad', message: { sentDateTime: 'soon' } } }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/bad.json', theme, lang: 'en' }));
    await expect(page.locator('[data-scenario-problems]')).toBeVisible();
    await check(page, 'load-error', theme, 'en');
  });
}

test('the axe harness does catch violations (control)', async ({ page }) => {
  await openScenario(page, 'all-internal', { lang: 'en' });
  await page.evaluate(() => {
    const pane = document.querySelector('[data-pane]');
    const button = document.createElement('button'); // no name
    const faint = document.createElement('p');
    faint.textContent = 'faint text';
    faint.style.color = '#f4f4f4';
    pane?.append(button, faint);
  });
  const { violations } = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(violations.some((v) => v.startsWith('color-contrast'))).toBe(true);
});
