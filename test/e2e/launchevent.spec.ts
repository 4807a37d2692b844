import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StandInComposeItem } from '../support/officeStandIn';
import { expect, test } from './support/fixtures';
import { serveOfficeStandIn } from './support/office';
import { PROD_URL } from './support/urls';

/*
 * The production event runtime (dist/launchevent.html and its script) in Chromium with a
 * scripted Office.js compose item: the real bundle registers its handlers under the manifest's
 * names, reads config.json, and answers Outlook through event.completed. No app registration is
 * configured here, so there is no token and no Graph: colleagues in the sender's domain are
 * probably internal (config.json safetyWindow.withoutGraph, default "sender-domain"), and anyone
 * outside it still alerts (fail closed).
 */

const BASE_CONFIG = JSON.parse(readFileSync(join(__dirname, '..', '..', 'config.json'), 'utf8')) as Record<string, unknown>;
const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const dmitry = { name: 'Dmitry (personal)', address: 'dmitry.k@gmail.com' };

/** Outlook on the web, Mailbox 1.15, writing a message (the one Office.js stand-in's compose item). */
async function openEventRuntime(
  page: Page,
  { displayLanguage, ...compose }: StandInComposeItem & { displayLanguage?: string },
  safetyWindow: unknown,
  extraConfig: Record<string, unknown> = {},
) {
  const { outbound } = await serveOfficeStandIn(page, { displayLanguage, requirementSets: { Mailbox: '1.15', NestedAppAuth: '1.1' }, compose });
  const config = { ...BASE_CONFIG, ...extraConfig, ...(safetyWindow === undefined ? {} : { safetyWindow }) };
  await page.route(`${PROD_URL}/config.json`, (route) => route.fulfill({ json: config }));
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

const maria = { name: 'Maria Sokolova', address: 'maria.sokolova@contoso.com' };

// Issue 23 item 6: without a token every message alerted, colleagues' too.
for (const [lang, label, outside, displayLanguage] of [
  ['en', 'Hold, then Send', 'Dmitry (personal) <dmitry.k@gmail.com> — personal mailbox', 'en-US'],
  ['ru', 'Отложить → Отправить', 'Dmitry (personal) <dmitry.k@gmail.com> — личный ящик', 'ru-RU'],
] as const) {
  test(`${lang}: window on, no token: colleagues only go without an alert`, async ({ page }) => {
    const { outbound } = await openEventRuntime(page, { to: [boris], cc: [maria], displayLanguage }, { minutes: 10 });
    expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
    expect(outbound).toEqual([]);
  });

  test(`${lang}: window on, no token: the Gmail recipient alone is named, hold offered`, async ({ page }) => {
    const { outbound } = await openEventRuntime(page, { to: [boris, dmitry], displayLanguage }, { minutes: 10 });
    const options = (await runHandler(page, 'onMessageSendHandler')) as Record<string, string | boolean>;
    expect(options).toMatchObject({
      allowEvent: false,
      commandId: 'holdAndSend',
      cancelLabel: label,
      contextData: '{"minutes":10}',
      sendModeOverride: 'promptUser',
    });
    expect(options.errorMessage).toContain(outside);
    expect(options.errorMessage).not.toContain('boris.ivanov@contoso.com');
    expect(outbound).toEqual([]);
  });
}

test('withoutGraph "alert" (the admin asked for strictness): no token, so colleagues are named too', async ({ page }) => {
  await openEventRuntime(page, { to: [boris, dmitry] }, { minutes: 10, withoutGraph: 'alert' });
  const options = (await runHandler(page, 'onMessageSendHandler')) as Record<string, string | boolean>;
  expect(options.errorMessage).toContain('boris.ivanov@contoso.com');
  expect(options.errorMessage).toContain('dmitry.k@gmail.com');
});

// Issue 23 item 10: the page's script is small; MSAL is a chunk it fetches only when a Send needs a token.
const REGISTRATION = { auth: { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'contoso.com' } };
const scriptsFetched = (page: Page) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(PROD_URL)) scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
};

test('launchevent.html: with the window off, a Send never fetches MSAL', async ({ page }) => {
  const scripts = scriptsFetched(page);
  await openEventRuntime(page, { to: [boris] }, { minutes: 0 }, REGISTRATION);
  expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
  expect(scripts.map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, '.js'))).toEqual(['/launchevent-page.js']);
});

test('launchevent.html: a Send that needs a token fetches the MSAL chunk, and without a token still decides', async ({ page }) => {
  const scripts = scriptsFetched(page);
  const { outbound } = await openEventRuntime(page, { to: [boris, dmitry] }, { minutes: 10 }, REGISTRATION);
  // In a plain browser MSAL finds no nested-app-auth bridge: no token, so no Graph.
  const options = (await runHandler(page, 'onMessageSendHandler')) as Record<string, string | boolean>;
  expect(options.errorMessage).toContain('dmitry.k@gmail.com');
  expect(options.errorMessage).not.toContain('boris.ivanov@contoso.com');
  expect(scripts.some((s) => /^\/msal\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
  expect(outbound.filter((u) => u.includes('graph.microsoft.com'))).toEqual([]);
});

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

// Issue 23 item 4: the ribbon's "Hold before sending" (the same function, no contextData) always failed.
for (const [lang, words, displayLanguage] of [
  ['en', 'Set to leave at', 'en-US'],
  ['ru', 'Письмо уйдёт не раньше', 'ru-RU'],
] as const) {
  test(`${lang}: the ribbon button holds the open message with config.json’s window, and the next Send goes`, async ({ page }) => {
    await openEventRuntime(page, { to: [dmitry], contextData: null, displayLanguage }, { minutes: 10 });
    const before = Date.now();
    await runHandler(page, 'holdAndSend');
    const after = Date.now();
    const calls = await page.evaluate(
      () => (globalThis as unknown as { __composeCalls: { setDelivery: string[]; notifications: { type: string; message: string }[] } }).__composeCalls,
    );
    expect(calls.setDelivery).toHaveLength(1);
    const delivery = new Date(calls.setDelivery[0]!).getTime();
    expect(delivery).toBeGreaterThanOrEqual(before + 10 * 60_000);
    expect(delivery).toBeLessThanOrEqual(after + 10 * 60_000);
    expect(calls.notifications.map((n) => n.type)).toEqual(['informationalMessage']);
    expect(calls.notifications[0]!.message).toContain(words);
    expect(await runHandler(page, 'onMessageSendHandler')).toEqual({ allowEvent: true });
  });
}
