/**
 * docs/scenarios.md promises that `?scenarioUrl=` loads a scenario from another origin that allows
 * CORS. A second server on 127.0.0.1 (another port, so another origin) serves scenarios with and
 * without Access-Control-Allow-Origin; the demo page's CSP must let the first through (the
 * fixture fails on any CSP violation) and the second must be explained, in Russian too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aScenario } from '../builders/scenario';
import { demoUrl, expectNotBlank, overallVerdict } from './support/demo';
import { expect, test } from './support/fixtures';

const scenario = aScenario().to('boris@contoso.com').set('message.subject', 'Served from another origin').raw();
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/with-cors.json') res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(scenario));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

test('loads a scenario from another origin that allows CORS', async ({ page }) => {
  await page.goto(demoUrl({ scenarioUrl: `${origin}/with-cors.json`, lang: 'en' }));
  await overallVerdict(page).waitFor({ state: 'attached' });
  await expect(page.locator('[data-step]')).toContainText('Served from another origin');
});

test('says, in Russian, that a server without CORS headers does not let the page read the file', async ({ page, pageIssues }) => {
  pageIssues.allow((entry) => entry.kind === 'console' && (/CORS policy/.test(entry.text) || /net::ERR_FAILED/.test(entry.text)));
  await page.goto(demoUrl({ scenarioUrl: `${origin}/without-cors.json`, lang: 'ru' }));
  await expect(
    page.getByText(
      `Не удалось получить файл сценария с ${origin}/without-cors.json: сервер не ответил или не разрешает этой странице читать файл (CORS: нужен заголовок Access-Control-Allow-Origin).`,
    ),
  ).toBeVisible();
  await expect(overallVerdict(page)).toHaveCount(0);
  await expectNotBlank(page);
});
