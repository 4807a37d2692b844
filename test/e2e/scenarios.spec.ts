import { BUILT_IN_SCENARIOS } from '../../src/demo/scenarios';
import { allowSimulatedGraphOutage, demoUrl, expectNotBlank, openScenario, overallVerdict, readContract, type Verdict } from './support/demo';
import { EXPECTED_VERDICTS } from '../expected/verdicts';
import { expect, test } from './support/fixtures';

/*
 * The demo's DOM contract (docs/scenarios.md, "DOM contract") for every built-in scenario. The
 * verdicts expected are test/expected/verdicts.ts, the table the use-case test
 * (test/unit/app/checkMessage.test.ts) reads too; where they come from is written there.
 */

const R: Verdict = 'recallable';
const N: Verdict = 'not-recallable';
const U: Verdict = 'uncertain';

const boris = 'boris.ivanov@contoso.com';

// Compose scenarios (message.mode "compose") have no verdict: safety-window.spec.ts covers them.
const builtInIds = BUILT_IN_SCENARIOS.filter((s) => (s as { message?: { mode?: unknown } }).message?.mode !== 'compose').map((s) =>
  String((s as { id?: unknown }).id),
);
const graphIsDown = (id: string) =>
  BUILT_IN_SCENARIOS.some((s) => (s as { id?: unknown }).id === id && (s as { tenant?: { graph?: unknown } }).tenant?.graph === 'unavailable');

test('the expectation table covers exactly the built-in scenarios', () => {
  expect([...builtInIds].sort()).toEqual(Object.keys(EXPECTED_VERDICTS).sort());
});

const sorted = (codes: readonly string[]) => [...codes].sort();

for (const id of builtInIds) {
  test(`DOM contract: ?scenario=${id}`, async ({ page, pageIssues }) => {
    const expected = EXPECTED_VERDICTS[id];
    test.skip(expected === undefined, `no expectation written for ${id} (see the coverage test)`);
    if (expected === undefined) return;
    if (graphIsDown(id)) allowSimulatedGraphOutage(pageIssues);
    // Timings are npm run bench:browser's (first paint, provisional and final verdict); this test reads the contract.
    await openScenario(page, id, { lang: 'en' });
    const actual = await readContract(page);

    expect(actual.overall, 'data-overall-verdict').toBe(expected.overall);
    expect(sorted(actual.messageReasons), 'data-message-reasons').toEqual(sorted(expected.messageReasons));
    expect(actual.rowCount, 'one [data-recipient] row per distinct recipient').toBe(expected.rows.length);
    const want = Object.fromEntries(expected.rows.map(([address, verdict, reasons]) => [address, { verdict, reasons: sorted(reasons) }]));
    const got = Object.fromEntries(
      Object.entries(actual.recipients).map(([address, row]) => [address, { verdict: row.verdict, reasons: sorted(row.reasons) }]),
    );
    expect(got).toEqual(want);

    // The attribute is on a wrapper; the verdict itself is on screen as words.
    const banner = overallVerdict(page);
    await expect(banner).toBeVisible();
    if (expected.title !== undefined) await expect(banner).toContainText(expected.title);
    for (const code of expected.messageReasons) await expect(banner, `message reason ${code} explained`).not.toHaveText(/^\s*$/);
  });
}

test.describe('language', () => {
  test('en: plurals and verdict words', async ({ page }) => {
    await openScenario(page, 'gmail-among-internal', { lang: 'en' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const pane = page.locator('[data-step]');
    await expect(pane).toContainText('3 recipients');
    await expect(pane).toContainText('Recall can reach 2 of 3');
    await expect(pane.getByRole('heading', { name: 'Can be recalled: 2 recipients' })).toBeVisible();
    await expect(pane.getByRole('heading', { name: 'Can’t be recalled: 1 recipient' })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Recall options' })).toBeVisible();
  });

  test('ru: plurals «получатель / получателя» and verdict words', async ({ page }) => {
    await openScenario(page, 'gmail-among-internal', { lang: 'ru' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const pane = page.locator('[data-step]');
    await expect(pane).toContainText('3 получателя');
    await expect(pane).toContainText('Отозвать можно у 2 из 3');
    await expect(pane.getByRole('heading', { name: 'Можно отозвать: 2 получателя' })).toBeVisible();
    await expect(pane.getByRole('heading', { name: 'Нельзя отозвать: 1 получатель' })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Параметры отзыва' })).toBeVisible();
    // The scenario picker is localised too.
    await expect(page.locator('[data-scenario-id="gmail-among-internal"]')).toHaveText('Один адрес Gmail среди коллег');
  });

  test('ru: «получателей» for 500 recipients', async ({ page }) => {
    await openScenario(page, 'large-list-500', { lang: 'ru' });
    const pane = page.locator('[data-step]');
    await expect(pane).toContainText('500 получателей');
    await expect(pane).toContainText('Отозвать можно у 440 из 500');
    await expect(pane.getByRole('heading', { name: 'Можно отозвать: 440 получателей' })).toBeVisible();
    await expect(pane.getByRole('heading', { name: 'Нельзя отозвать: 60 получателей' })).toBeVisible();
  });

  test('ru: message-level reason with a day count', async ({ page }) => {
    await openScenario(page, 'too-old', { lang: 'ru' });
    const banner = overallVerdict(page);
    await expect(banner).toContainText('Отозвать это письмо не получится');
    await expect(banner).toContainText('Письмо слишком старое');
    await expect(banner).toContainText('не старше 1 дня');
  });

  test('en: message-level reason with a day count', async ({ page }) => {
    await openScenario(page, 'too-old', { lang: 'en' });
    const banner = overallVerdict(page);
    await expect(banner).toContainText('Too old to recall');
    await expect(banner).toContainText('up to 1 day old');
  });

  test('a ru-RU Outlook gets Russian without ?lang, and ?lang=en overrides it', async ({ page }) => {
    await openScenario(page, 'new-outlook-ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('[data-step]')).toContainText('Открыто в новом Outlook для Windows');
    await expect(page.locator('[data-step]')).toContainText('3 получателя');

    await openScenario(page, 'new-outlook-ru', { lang: 'en' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-step]')).toContainText('new Outlook for Windows');
    await expect(page.locator('[data-step]')).toContainText('3 recipients');
  });
});

test.describe('loading scenarios', () => {
  const custom = {
    id: 'from-url',
    title: { en: 'Served by the test', ru: 'Из теста' },
    now: '2026-11-25T10:00:00Z',
    host: { hostName: 'OutlookWebApp', accountType: 'office365', platform: 'OfficeOnline', locale: 'en-US' },
    user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    message: {
      subject: 'Loaded from a URL',
      sentDateTime: '2026-11-25T09:50:00Z',
      from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
      to: [
        { name: 'Boris Ivanov', address: boris },
        { name: 'Someone', address: 'someone@mail.ru' },
      ],
      cc: [{ name: 'Partner', address: 'kim@tailspin.example' }],
    },
    tenant: { graph: 'available', verifiedDomains: ['contoso.com'] },
    policy: { crossTenantAllowedDomains: ['tailspin.example'] },
  };

  test('?scenarioUrl= loads a scenario from a same-origin URL', async ({ page }) => {
    await page.route('**/test-scenarios/x.json', (route) => route.fulfill({ json: custom }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/x.json', lang: 'en' }));
    await overallVerdict(page).waitFor({ state: 'attached' });
    const actual = await readContract(page);
    expect(actual.overall).toBe('partial');
    expect(actual.messageReasons).toEqual([]);
    expect(actual.recipients).toEqual({
      [boris]: { verdict: R, reasons: ['INTERNAL'] },
      'someone@mail.ru': { verdict: N, reasons: ['CONSUMER_MAILBOX'] },
      'kim@tailspin.example': { verdict: U, reasons: ['EXTERNAL_ALLOWED_TENANT'] },
    });
    await expect(page.locator('[data-step]')).toContainText('Loaded from a URL');
  });

  test('a malformed scenario names the bad field instead of a blank page', async ({ page }) => {
    const bad = { ...custom, message: { ...custom.message, sentDateTime: 'yesterday' } };
    await page.route('**/test-scenarios/bad.json', (route) => route.fulfill({ json: bad }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/bad.json', lang: 'en' }));
    const problems = page.locator('[data-scenario-problems]');
    await expect(problems).toBeVisible();
    await expect(problems).toContainText('message.sentDateTime');
    await expect(page.getByText('This scenario can’t be loaded')).toBeVisible();
    await expect(overallVerdict(page)).toHaveCount(0);
    await expectNotBlank(page);
  });

  test('several bad fields are all named, in Russian too', async ({ page }) => {
    const bad = { ...custom, id: 'Not An Id', message: { ...custom.message, to: [{ name: 'x' }] } };
    await page.route('**/test-scenarios/bad2.json', (route) => route.fulfill({ json: bad }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/bad2.json', lang: 'ru' }));
    const problems = page.locator('[data-scenario-problems]');
    await expect(problems).toContainText('id');
    await expect(problems).toContainText('message.to.0.address');
    await expect(problems).toContainText('message.to.0.address: обязательное поле отсутствует');
    await expect(problems).not.toContainText('Invalid');
    await expect(page.getByText('Не удаётся загрузить этот сценарий')).toBeVisible();
  });

  test('a scenario URL that is not JSON says why and where', async ({ page }) => {
    await page.route('**/test-scenarios/broken.json', (route) => route.fulfill({ body: '{"id": "broken", ', contentType: 'application/json' }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/broken.json', lang: 'en' }));
    await expect(page.getByText('The scenario file is not valid JSON: it ends before the JSON is complete (line 1, column 18).')).toBeVisible();
    await expectNotBlank(page);
  });

  test('a missing scenario URL shows the HTTP status', async ({ page, pageIssues }) => {
    pageIssues.allow((entry) => entry.kind === 'console' && /status of 404/.test(entry.text) && entry.url.includes('/test-scenarios/missing.json'));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/missing.json', lang: 'en' }));
    await expect(page.getByText('The scenario file could not be fetched (HTTP 404).')).toBeVisible();
  });

  test('an unknown ?scenario= says so', async ({ page }) => {
    await page.goto(demoUrl({ scenario: 'nope', lang: 'en' }));
    await expect(page.getByText('There is no built-in scenario “nope”.')).toBeVisible();
    await expect(page.getByText('This scenario can’t be loaded')).toBeVisible();
    // The picker still offers the real ones.
    await expect(page.locator('[data-scenario-id]')).toHaveCount(BUILT_IN_SCENARIOS.length);
    await expectNotBlank(page);
  });
});
