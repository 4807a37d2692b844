import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openScenario } from './support/demo';

/**
 * The add-in's own recall, end to end against the simulated tenant: the happy path to "all
 * recalled", a partial failure leading to the alternatives, the beta endpoint refusing (native
 * guidance, ru and en), throttling retried, and reopening the pane reading the state back.
 */

/** The check step's proposal (delete unread copies of those a recall reaches), then the confirmation. */
async function recallThroughAddIn(page: Page, names: { now: string }) {
  await page.locator('[data-plan-proposal]').click();
  await expect(page.locator('[data-recall-targets]')).toBeVisible();
  await page.getByRole('button', { name: names.now, exact: true }).click();
}

const EN = { options: 'Recall options', next: 'Continue', now: 'Recall now' };
const RU = { options: 'Параметры отзыва', next: 'Продолжить', now: 'Отозвать' };

test('delete unread copies: confirmation names everyone, reports arrive, all recalled', async ({ page }) => {
  await openScenario(page, 'all-internal');
  await page.getByRole('button', { name: 'Recall 3 colleagues', exact: true }).click();
  await expect(page.locator('[data-recall-targets] li')).toHaveText([
    'Boris Ivanov <boris.ivanov@contoso.com>',
    'Maria Sokolova <maria.sokolova@contoso.com>',
    'Chen Wei <chen.wei@contoso.com>',
  ]);
  const recallRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/recall$/.test(request.url())) recallRequests.push(request.url());
  });
  // A double click must never send two recalls.
  await page.getByRole('button', { name: EN.now, exact: true }).dblclick();
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '3/3', { timeout: 15_000 });
  await expect(page.getByText('Done: everyone is recalled or taken care of')).toBeVisible();
  // Polling stopped: the pane no longer claims to keep checking.
  await expect(page.getByText(/Reports checked just now\. Every report is in\./)).toBeVisible();
  await expect(page.getByText(/checking again/)).toHaveCount(0);
  await expect(page.locator('[data-outcome="recalled"]')).toHaveCount(3);
  await expect(page.locator('main')).toHaveAttribute('data-plan-open', '0');
  expect(recallRequests.filter((url) => url.includes('graph.microsoft.com'))).toHaveLength(1);
});

test('one recall fails: the summary says so and the follow-up goes to the failed colleague and Gmail', async ({ page }) => {
  await openScenario(page, 'recall-partial-failure');
  await recallThroughAddIn(page, EN);
  await expect(page.locator('[data-track-recipient="maria.sokolova@contoso.com"]')).toHaveAttribute('data-outcome', 'failed', { timeout: 15_000 });
  await expect(page.locator('[data-track-recipient="boris.ivanov@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled');
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '1/2');
  // Gmail is on the track step too, with its next step: it is the leak that matters.
  await expect(page.locator('[data-track-recipient="dmitry.k@gmail.com"]')).toHaveAttribute('data-outcome', 'not-targeted');
  await expect(page.locator('[data-track-recipient="dmitry.k@gmail.com"]')).toHaveAttribute('data-next-step', 'follow-up');
  await page.getByRole('button', { name: 'Write to recipients' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Write to recipients' })).toBeFocused();
  // Colleagues and outsiders get differently worded messages, each to exactly its people.
  const drafts = page.locator('[data-draft]');
  await page.getByRole('button', { name: 'Ask them to delete it: Open the message to your colleagues' }).click();
  await expect(drafts).toHaveAttribute('data-draft-to', 'maria.sokolova@contoso.com');
  await page.getByRole('button', { name: 'Ask them to delete it: Open the message to people outside your organisation' }).click();
  await expect(drafts).toHaveAttribute('data-draft-to', 'dmitry.k@gmail.com');
});

for (const [lang, names, refusal, guideStep] of [
  ['en', EN, 'The add-in couldn’t recall this message itself (access was denied)', 'Select “Recall message” and confirm with “OK”.'],
  ['ru', RU, 'Надстройка не смогла отозвать письмо сама (доступ запрещён)', 'Выберите «Отозвать сообщение» и нажмите «ОК».'],
] as const) {
  test(`endpoint refuses (403): native guidance for Outlook on the web (${lang})`, async ({ page, pageIssues }) => {
    pageIssues.allow(/Failed to load resource: the server responded with a status of 403/);
    await openScenario(page, 'recall-refused', { lang });
    await recallThroughAddIn(page, names);
    await expect(page.locator('[data-recall-refused="forbidden"]')).toContainText(refusal);
    await expect(page.locator('[data-native-guide="web"] li')).toHaveCount(3);
    await expect(page.locator('[data-native-guide="web"]')).toContainText(guideStep);
  });
}

test('throttled once: retried after Retry-After, then tracked', async ({ page, pageIssues }) => {
  pageIssues.allow(/Failed to load resource: the server responded with a status of 429/);
  await openScenario(page, 'recall-throttled');
  await recallThroughAddIn(page, EN);
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '3/3', { timeout: 15_000 });
});

test('reopening the pane reads the recall back from the mailbox', async ({ page }) => {
  await openScenario(page, 'all-internal');
  await recallThroughAddIn(page, EN);
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '3/3', { timeout: 15_000 });
  await page.reload();
  // It lands on the recall's status, the check's contract still there (the earlier recall as its reason).
  await expect(page.locator('main')).toHaveAttribute('data-step', 'track');
  await expect(page.locator('[data-overall-verdict]')).toHaveAttribute('data-message-reasons', 'ALREADY_RECALLED');
  await expect(page.locator('[data-track-summary]')).toHaveAttribute('data-track-summary', '3/3', { timeout: 15_000 });
});

test('replace: after Outlook’s own Recall (web), the new message form opens to the recipients whose copy is recalled, Cc kept in Cc', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal');
  await page.getByRole('button', { name: EN.options, exact: true }).click();
  await page.getByRole('radio', { name: 'Delete unread copies and replace with a new message' }).check();
  await expect(page.getByText('a replacement after a failed recall adds confusion', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: EN.next, exact: true }).click();
  await page.getByRole('button', { name: 'Use Outlook’s Recall command instead' }).click();
  // The replacement comes after the recall, as in Outlook's own option.
  await page.getByRole('button', { name: 'I’ve recalled it in Outlook: follow the outcome' }).click();
  await page.getByRole('button', { name: 'Open the replacement', exact: true }).click();
  const draft = page.locator('[data-draft]');
  await expect(draft).toHaveAttribute('data-draft-to', 'boris.ivanov@contoso.com');
  await expect(draft).toHaveAttribute('data-draft-cc', 'maria.sokolova@contoso.com');
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Salary review notes');
});
