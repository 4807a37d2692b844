import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from './support/axe';
import { allowSimulatedGraphOutage, demoUrl } from './support/demo';
import { expect, test } from './support/fixtures';
import { ALEX, serveOfficeStandIn } from './support/office';
import { PROD_URL } from './support/urls';

/*
 * Issue #23 item 5: with Microsoft Graph down (compose-graph-unavailable), a held message vanished:
 * the pane said only "no network connection". The Send that lets the held message go leaves its
 * delivery time (nothing else) in Web Storage; the pane, with Graph down and after a reload, says
 * that a message is held, until when, and how to stop it without Graph. In the demo, and in the
 * production build: its event runtime (launchevent.html) and its task pane, one origin, no token.
 */

const WORDS = {
  en: {
    send: 'Send',
    hold: 'Hold, then Send',
    notice: 'A message you sent is held until 10:10. To stop it: open Drafts and delete it before then.',
    listFailed: 'Held messages in Drafts couldn’t be listed:',
    empty: 'No message is being held.',
  },
  ru: {
    send: 'Отправить',
    hold: 'Отложить → Отправить',
    notice: 'Отправленное вами письмо задержано до 10:10. Чтобы остановить его, откройте папку «Черновики» и удалите письмо до этого времени.',
    listFailed: 'Не удалось получить список задержанных писем из папки «Черновики»:',
    empty: 'Задержанных писем нет.',
  },
} as const;

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];

  test(`${lang}: Graph down → Send → hold → Send again → the pane says a message is held until 10:10 and how to stop it, also after a reload`, async ({
    page,
    pageIssues,
  }) => {
    allowSimulatedGraphOutage(pageIssues);
    await page.goto(demoUrl({ scenario: 'compose-graph-unavailable', lang }));
    const compose = page.locator('[data-compose]');
    const view = page.locator('[data-held-view]');
    // Before anything is held, nothing is claimed either way: Graph can't list Drafts.
    await expect(view).toContainText(w.listFailed);
    await expect(view.locator('[data-held-notice]')).toHaveCount(0);

    await compose.getByRole('button', { name: w.send, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: w.hold }).click();
    // Outlook's notice on the message says the same way out.
    await expect(page.locator('[data-compose-notice="informational"]')).toContainText('10:10');
    await compose.getByRole('button', { name: w.send, exact: true }).click();
    await expect(compose).toHaveAttribute('data-compose-state', 'held');

    const notice = view.locator('[data-held-notice]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toHaveText(w.notice);
    await expect(notice).toHaveAttribute('data-held-until', /^2026-11-25T10:10:/);
    await expect(view).toContainText(w.listFailed);
    await expect(view).not.toContainText(w.empty);
    await expectNoAxeViolations(page, `held notice without Graph ${lang}`);
    await screenshot(page, `safety-window-held-without-graph-${lang}`);

    // The pane opened again later (a reload): the Send handler's note is still there.
    await page.reload();
    await expect(page.locator('[data-held-notice]')).toHaveText(w.notice);
  });
}

const CONFIG = { ...(JSON.parse(readFileSync(join(__dirname, '..', '..', 'config.json'), 'utf8')) as Record<string, unknown>), safetyWindow: { minutes: 10 } };
const DMITRY = { name: 'Dmitry (personal)', address: 'dmitry.k@gmail.com' };

async function withConfig(page: Page) {
  await page.route(`${PROD_URL}/config.json`, (route) => route.fulfill({ json: CONFIG }));
}

const runHandler = (page: Page, name: string) =>
  page.evaluate(
    (n) => new Promise((resolve) => (globalThis as unknown as { __associated: Record<string, (e: unknown) => void> }).__associated[n]!({ completed: resolve })),
    name,
  );

test('production: the event runtime’s second Send leaves the delivery time, and the task pane of that origin shows it without Graph', async ({
  context,
  page,
}) => {
  // Outlook on the web writing to a Gmail address; no app registration, so no token and no Graph.
  const runtime = await serveOfficeStandIn(page, { requirementSets: { Mailbox: '1.15' }, compose: { to: [DMITRY], contextData: '{"minutes":10}' } });
  await withConfig(page);
  await page.goto(`${PROD_URL}/launchevent.html`);
  await page.waitForFunction(() => Object.keys((globalThis as unknown as { __associated: object }).__associated ?? {}).length === 2);
  await runHandler(page, 'holdAndSend');
  expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(stored)).toEqual(['recall-assistant:held-until']);
  const [until] = JSON.parse(stored['recall-assistant:held-until'] ?? '[]') as number[];
  expect(runtime.outbound).toEqual([]);

  // The pane, opened afterwards on a sent message in the same Outlook (the same origin's storage).
  const pane = await context.newPage();
  const paneNet = await serveOfficeStandIn(pane, { item: { subject: 'Salary review notes', from: ALEX, to: [DMITRY], itemId: 'AAMk-salary' } });
  await withConfig(pane);
  await pane.goto(`${PROD_URL}/taskpane.html`);
  const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(until ?? 0));
  await expect(pane.locator('[data-held-notice]')).toHaveText(`A message you sent is held until ${time}. To stop it: open Drafts and delete it before then.`);
  expect(paneNet.outbound).toEqual([]);
});
