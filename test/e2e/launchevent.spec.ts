import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StandInComposeItem } from '../support/officeStandIn';
import { expect, test } from './support/fixtures';
import { serveOfficeStandIn } from './support/office';
import { PROD_URL } from './support/urls';

/*
 * The production event runtime (dist/launchevent.html + launchevent.js) in Chromium with a
 * scripted Office.js compose item: the real bundle registers its handlers under the manifest's
 * names, reads config.json, and answers Outlook through event.completed. No app registration is
 * configured here, so there is no token and no Graph: the check must fail closed.
 */

const BASE_CONFIG = JSON.parse(readFileSync(join(__dirname, '..', '..', 'config.json'), 'utf8')) as Record<string, unknown>;
const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const dmitry = { name: 'Dmitry (personal)', address: 'dmitry.k@gmail.com' };

/** Outlook on the web, Mailbox 1.15, writing a message (the one Office.js stand-in's compose item). */
async function openEventRuntime(page: Page, { displayLanguage, ...compose }: StandInComposeItem & { displayLanguage?: string }, safetyWindow: unknown) {
  const { outbound } = await serveOfficeStandIn(page, { displayLanguage, requirementSets: { Mailbox: '1.15' }, compose });
  await page.route(`${PROD_URL}/config.json`, (route) => route.fulfill({ json: safetyWindow === undefined ? BASE_CONFIG : { ...BASE_CONFIG, safetyWindow } }));
  await page.goto(`${PROD_URL}/launchevent.html`);
  await page.waitForFunction(() => Object.keys((globalThis as unknown as { __associated: object }).__associated ?? {}).length === 2);
  return { outbound };
}

const runHandler = (page: Page, name: string) =>
  page.evaluate(
    (n) => new Promise((resolve) => (globalThis as unknown as { __associated: Record<string, (e: unknown) => void> }).__associated[n]!({ completed: resolve })),
    name,
  );

test('the bundle registers the two functions the manifest names', async ({ page }) => {
  await openEventRuntime(page, { to: [boris] }, undefined);
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as { __associated: object }).__associated).sort())).toEqual([
    'holdAndSend',
    'onMessageSendHandler',
  ]);
});

test('window off (the shipped config.json): Send goes through, nothing is looked up', async ({ page }) => {
  const { outbound } = await openEventRuntime(page, { to: [dmitry] }, undefined);
  expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
  expect(outbound).toEqual([]);
});

for (const [lang, label, displayLanguage] of [
  ['en', 'Send in 10 min', 'en-US'],
  ['ru', 'Отложить на 10 мин', 'ru-RU'],
] as const) {
  test(`${lang}: window on, no token: both recipients named (fail closed), hold offered`, async ({ page }) => {
    const { outbound } = await openEventRuntime(page, { to: [boris, dmitry], displayLanguage }, { minutes: 10 });
    const options = (await runHandler(page, 'onMessageSendHandler')) as Record<string, string | boolean>;
    expect(options).toMatchObject({
      allowEvent: false,
      commandId: 'holdAndSend',
      cancelLabel: label,
      contextData: '{"minutes":10}',
      sendModeOverride: 'promptUser',
    });
    expect(options.errorMessage).toContain('boris.ivanov@contoso.com');
    expect(options.errorMessage).toContain('dmitry.k@gmail.com');
    expect(outbound).toEqual([]);
  });
}

test('holdAndSend sets the delivery time 10 minutes ahead and asks for Send again', async ({ page }) => {
  await openEventRuntime(page, { to: [dmitry], contextData: '{"minutes":10}' }, { minutes: 10 });
  const before = Date.now();
  await runHandler(page, 'holdAndSend');
  const after = Date.now();
  const calls = await page.evaluate(
    () => (globalThis as unknown as { __composeCalls: { setDelivery: string[]; notifications: { type: string; message: string }[] } }).__composeCalls,
  );
  expect(calls.setDelivery).toHaveLength(1);
  // Ten minutes from when the handler ran, however long it took on a busy machine: bracketed by
  // the clock before and after it, not by a margin.
  const delivery = new Date(calls.setDelivery[0]!).getTime();
  expect(delivery).toBeGreaterThanOrEqual(before + 10 * 60_000);
  expect(delivery).toBeLessThanOrEqual(after + 10 * 60_000);
  expect(calls.notifications.map((n) => n.type)).toEqual(['informationalMessage']);
  // The second Send finds the delivery time ahead and goes through.
  expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
});
