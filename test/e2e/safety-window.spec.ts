import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expectNoAxeViolations, screenshot } from './support/axe';
import { allowSimulatedGraphOutage, demoUrl, tabTo } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * The safety window in the demo: a simulated Outlook compose window whose Send runs the real
 * OnMessageSend handler against the simulated tenant, Outlook's Smart Alert drawn from the exact
 * event.completed options, and the pane's "Held messages" view on the simulated Drafts folder.
 */

const WORDS = {
  en: {
    send: 'Send',
    hold: 'Hold, then Send',
    sendAnyway: 'Send Anyway',
    dontSendAlert: 'Don’t Send',
    outside: 'can’t be recalled from 1 recipient',
    two: 'can’t be recalled from 2 recipients',
    personal: 'personal mailbox: recall never reaches it',
    ribbonHold: 'Hold before sending',
    ribbonNotice: 'Set to leave at',
    notice: 'select Send again',
    leaves: 'Leaves in 10 minutes',
    open: 'Open in Drafts',
    stop: 'To stop it, delete it there before 10:10.',
    delete: 'Delete',
    deleted: 'Deleted from Drafts.',
    empty: 'No message is being held.',
    sent: 'Sent. It has left your mailbox.',
    heldNotice: 'A message you sent is held until 10:10. To stop it: open Drafts and delete it before then.',
  },
  ru: {
    send: 'Отправить',
    hold: 'Отложить → Отправить',
    sendAnyway: 'Всё равно отправить',
    dontSendAlert: 'Не отправлять',
    outside: 'не отозвать у 1 получателя',
    two: 'не отозвать у 2 получателей',
    personal: 'личный ящик: отзыв до него не доходит',
    ribbonHold: 'Задержать отправку',
    ribbonNotice: 'Письмо уйдёт не раньше',
    notice: 'нажмите «Отправить» ещё раз',
    leaves: 'Уйдёт через 10 минут',
    open: 'Открыть в черновиках',
    stop: 'Чтобы письмо не ушло, удалите его там до 10:10.',
    delete: 'Удалить',
    deleted: 'Письмо удалено из папки «Черновики».',
    empty: 'Задержанных писем нет.',
    sent: 'Отправлено. Письмо ушло из вашего ящика.',
    heldNotice: 'Отправленное вами письмо задержано до 10:10. Чтобы остановить его, откройте папку «Черновики» и удалите письмо до этого времени.',
  },
} as const;

/** compose-graph-unavailable without its Gmail recipient: colleagues only, no Graph. Served with CORS, as ?scenarioUrl= loads it. */
const colleaguesNoGraph = (() => {
  const scenario = JSON.parse(readFileSync(join(__dirname, '../../src/demo/scenarios/compose-graph-unavailable.json'), 'utf8')) as {
    id: string;
    message: { to: { address: string }[] };
  };
  return {
    ...scenario,
    id: 'compose-colleagues-no-graph',
    message: { ...scenario.message, to: scenario.message.to.filter((p) => !p.address.endsWith('@gmail.com')) },
  };
})();
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(colleaguesNoGraph));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

const compose = (page: import('@playwright/test').Page) => page.locator('[data-compose]');
const alert = (page: import('@playwright/test').Page) => page.getByRole('alertdialog');
const sendButton = (page: import('@playwright/test').Page, lang: 'en' | 'ru') => compose(page).getByRole('button', { name: WORDS[lang].send, exact: true });

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];

  test(`${lang}: one Gmail and two colleagues → alert names the Gmail recipient → held 10 minutes → opened in Drafts and deleted there`, async ({ page }) => {
    await page.goto(demoUrl({ scenario: 'compose-gmail-and-colleagues', lang }));
    await expect(page.locator('[data-held-view]')).toContainText(w.empty);
    await sendButton(page, lang).click();

    await expect(alert(page)).toBeVisible();
    await expect(alert(page)).toContainText(w.outside);
    await expect(alert(page)).toContainText('dmitry.k@gmail.com');
    await expect(alert(page)).not.toContainText('boris.ivanov@contoso.com');
    await expect(alert(page)).not.toContainText('maria.sokolova@contoso.com');
    // Outlook's three ways on: the hold (Take Action), Send Anyway, Don't Send; the first has the focus.
    await expect(alert(page).getByRole('button')).toHaveText([w.hold, w.sendAnyway, w.dontSendAlert]);
    await expect(alert(page).getByRole('button', { name: w.hold })).toBeFocused();
    await expectNoAxeViolations(page, `smart alert ${lang}`);
    await screenshot(page, `safety-window-alert-${lang}`);

    await alert(page).getByRole('button', { name: w.hold }).click();
    await expect(page.locator('[data-compose-notice="informational"]')).toContainText(w.notice);
    await sendButton(page, lang).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'held');
    await expect(alert(page)).toHaveCount(0);

    const held = page.locator('[data-held-message]');
    await expect(held).toHaveCount(1);
    await expect(held).toHaveAttribute('data-minutes-left', '10');
    await expect(held).toContainText(w.leaves);
    await expect(held).toContainText('dmitry.k@gmail.com');
    await expectNoAxeViolations(page, `held messages ${lang}`);
    await screenshot(page, `safety-window-held-${lang}`);

    // #23 items 1, 2: no "Send now"; the documented way out is the user's, in Drafts, and the pane says how.
    await expect(held.getByRole('button')).toHaveText([w.open]);
    await expect(held).toContainText(w.stop);
    await held.getByRole('button', { name: w.open }).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'opened');
    await compose(page).getByRole('button', { name: w.delete, exact: true }).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'deleted');
    await expect(compose(page)).toContainText(w.deleted);
    await expect(page.locator('[data-held-message]')).toHaveCount(0);
    await expect(page.locator('[data-held-view]')).toContainText(w.empty);
    await expect(sendButton(page, lang)).toBeVisible();
  });

  test(`${lang}: colleagues only → no alert, sent at once`, async ({ page }) => {
    await page.goto(demoUrl({ scenario: 'compose-colleagues-only', lang }));
    await sendButton(page, lang).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'sent');
    await expect(compose(page)).toContainText(w.sent);
    await expect(alert(page)).toHaveCount(0);
    await expect(page.locator('[data-held-message]')).toHaveCount(0);
  });

  // Issue 23 item 6: without Graph every message alerted, colleagues' too.
  test(`${lang}: Graph unavailable → colleagues in the sender’s domain are probably internal: only the Gmail recipient is named`, async ({
    page,
    pageIssues,
  }) => {
    allowSimulatedGraphOutage(pageIssues);
    await page.goto(demoUrl({ scenario: 'compose-graph-unavailable', lang }));
    await sendButton(page, lang).click();
    await expect(alert(page)).toBeVisible();
    await expect(alert(page)).toContainText(w.outside);
    await expect(alert(page)).toContainText(`dmitry.k@gmail.com> — ${w.personal}`);
    await expect(alert(page)).not.toContainText('boris.ivanov@contoso.com');
    await expect(alert(page)).not.toContainText('maria.sokolova@contoso.com');
    // Don't Send: back to editing, nothing left.
    await alert(page).getByRole('button', { name: w.dontSendAlert }).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'editing');
  });

  test(`${lang}: Graph unavailable, colleagues only → no alert, sent at once`, async ({ page, pageIssues }) => {
    allowSimulatedGraphOutage(pageIssues);
    await page.goto(demoUrl({ scenarioUrl: `${origin}/compose-colleagues-no-graph.json`, lang }));
    await sendButton(page, lang).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'sent');
    await expect(compose(page)).toContainText(w.sent);
    await expect(alert(page)).toHaveCount(0);
  });

  // Issue 23 item 4: the ribbon's "Hold before sending" always said it could not hold.
  test(`${lang}: the ribbon’s “${w.ribbonHold}” holds the message before Send: no alert, held in the pane`, async ({ page }) => {
    await page.goto(demoUrl({ scenario: 'compose-gmail-and-colleagues', lang }));
    await compose(page).getByRole('button', { name: w.ribbonHold }).click();
    await expect(page.locator('[data-compose-notice="informational"]')).toContainText(w.ribbonNotice);
    await expect(page.locator('[data-compose-notice="error"]')).toHaveCount(0);
    await sendButton(page, lang).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'held');
    await expect(alert(page)).toHaveCount(0);
    await expect(page.locator('[data-held-message]')).toHaveAttribute('data-minutes-left', '10');
    await screenshot(page, `safety-window-ribbon-held-${lang}`);
  });

  // Items 4 and 5 together: the ribbon's hold on mail to colleagues with Graph down has nothing to
  // alert about, and the pane can't list Drafts; the held message must not vanish from it.
  test(`${lang}: Graph unavailable, colleagues only, “${w.ribbonHold}” → Send: no alert, and the pane says until when and how to stop it`, async ({
    page,
    pageIssues,
  }) => {
    allowSimulatedGraphOutage(pageIssues);
    await page.goto(demoUrl({ scenarioUrl: `${origin}/compose-colleagues-no-graph.json`, lang }));
    await compose(page).getByRole('button', { name: w.ribbonHold }).click();
    await expect(page.locator('[data-compose-notice="informational"]')).toContainText(w.ribbonNotice);
    await sendButton(page, lang).click();
    await expect(compose(page)).toHaveAttribute('data-compose-state', 'held');
    await expect(alert(page)).toHaveCount(0);
    await expect(page.locator('[data-held-notice]')).toHaveText(w.heldNotice);
    await page.reload();
    await expect(page.locator('[data-held-notice]')).toHaveText(w.heldNotice);
  });
}

// #23 item 9: the filled, primary button of a held message was the risky "Send now".
test('“Open in Drafts” is the held message’s primary button; closing the opened draft keeps the hold', async ({ page }) => {
  await page.goto(demoUrl({ scenario: 'compose-gmail-and-colleagues', lang: 'en' }));
  await sendButton(page, 'en').click();
  await alert(page).getByRole('button', { name: WORDS.en.hold }).click();
  await sendButton(page, 'en').click();
  const held = page.locator('[data-held-message]');
  await expect(held).toHaveCount(1);
  const open = held.getByRole('button', { name: WORDS.en.open });
  // Fluent's primary appearance: filled with webLightTheme's colorBrandBackground (#0f6cbd).
  expect(await open.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 108, 189)');
  await open.click();
  await expect(compose(page)).toHaveAttribute('data-compose-state', 'opened');
  await compose(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(compose(page)).toHaveAttribute('data-compose-state', 'held');
  await expect(held).toHaveCount(1);
});

test('keyboard only: Send, the alert takes the focus, hold, Send again, then “Open in Drafts” from the pane and Delete', async ({ page }) => {
  await page.goto(demoUrl({ scenario: 'compose-gmail-and-colleagues', lang: 'en' }));
  await tabTo(page, /^Send$/, 60);
  await page.keyboard.press('Enter');
  await expect(alert(page).getByRole('button', { name: WORDS.en.hold })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-compose-notice="informational"]')).toBeVisible();
  await tabTo(page, /^Send$/, 60);
  await page.keyboard.press('Enter');
  await expect(compose(page)).toHaveAttribute('data-compose-state', 'held');
  await tabTo(page, /^Open in Drafts$/, 60);
  await page.keyboard.press('Enter');
  await expect(compose(page)).toHaveAttribute('data-compose-state', 'opened');
  // The opened draft has the focus, on Close; Delete is one step back.
  await expect(compose(page).getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await tabTo(page, /^Delete$/, 3, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(compose(page)).toHaveAttribute('data-compose-state', 'deleted');
});

test('dark theme: the alert and the held list pass axe', async ({ page }) => {
  await page.goto(demoUrl({ scenario: 'compose-gmail-and-colleagues', lang: 'ru', theme: 'dark' }));
  await sendButton(page, 'ru').click();
  await expect(alert(page)).toBeVisible();
  await expectNoAxeViolations(page, 'smart alert dark');
  await alert(page).getByRole('button', { name: WORDS.ru.hold }).click();
  await sendButton(page, 'ru').click();
  await expect(page.locator('[data-held-message]')).toHaveCount(1);
  await expectNoAxeViolations(page, 'held messages dark');
  await screenshot(page, 'safety-window-held-ru-dark');
});
