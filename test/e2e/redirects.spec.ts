import type { Route } from '@playwright/test';
import { demoUrl, overallVerdict } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * A redirected Graph answer in a real Chromium (`tenant.graph: "external"`: the pane's requests
 * leave as real fetches and this test answers them). Graph's $batch is answered with a 307 to
 * another origin that would say every recipient is a colleague. The browser must not follow it
 * (the pane asks with `redirect: 'manual'`, so Chromium hands back an opaque redirect): nothing —
 * no token, no body with the addresses — reaches that origin, and the verdict degrades to what
 * Outlook shows, the refusal said in words for the admin.
 */

const ELSEWHERE = 'https://graph-microsoft.example';
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type, accept, prefer',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

const scenario = {
  id: 'graph-redirected',
  title: { en: 'Graph redirected elsewhere', ru: 'Graph перенаправлен в другое место' },
  now: '2026-11-25T10:00:00Z',
  host: { hostName: 'OutlookWebApp', accountType: 'office365', platform: 'OfficeOnline', locale: 'en-US' },
  user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
  message: {
    subject: 'Q4 budget draft',
    sentDateTime: '2026-11-25T09:56:00Z',
    from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    to: [{ name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' }],
    cc: [{ name: 'Laura Jensen', address: 'laura.jensen@fabrikam.com' }],
  },
  tenant: { graph: 'external' },
};

const WORDS = {
  en: { why: /^(Why is it uncertain\?|Details)$/, details: 'Details for your admin', refused: 'the answer came from another address, so it was not used' },
  ru: {
    why: /^(Почему нет уверенности\?|Подробности)$/,
    details: 'Подробности для администратора',
    refused: 'ответ пришёл с другого адреса, поэтому он не использован',
  },
} as const;

for (const lang of ['en', 'ru'] as const) {
  test(`a $batch redirected to another origin is not followed and not used (${lang})`, async ({ page }) => {
    const elsewhere: string[] = [];
    await page.route(`${ELSEWHERE}/**`, async (route: Route) => {
      elsewhere.push(`${route.request().method()} ${route.request().url()}`);
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
      // What a followed redirect would have been told: everyone internal.
      const { requests } = (route.request().postDataJSON() ?? { requests: [] }) as { requests: { id: string }[] };
      const responses = requests.map((r) => ({ id: r.id, status: 200, body: { value: [{ recipientScope: 'internal' }] } }));
      return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: JSON.stringify({ responses }) });
    });
    await page.route('https://graph.microsoft.com/**', (route: Route) =>
      route.request().method() === 'OPTIONS'
        ? route.fulfill({ status: 204, headers: CORS })
        : route.fulfill({ status: 307, headers: { ...CORS, Location: `${ELSEWHERE}/v1.0/$batch` } }),
    );
    await page.route('**/test-scenarios/graph-redirected.json', (route) => route.fulfill({ json: scenario }));
    await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/graph-redirected.json', lang }));
    const banner = overallVerdict(page);
    await banner.waitFor({ state: 'attached' });

    await expect(banner).not.toHaveAttribute('data-overall-verdict', 'recallable');
    await expect(page.locator('[data-verdict="recallable"]')).toHaveCount(0);
    // Without Graph's evidence the verdict says why in one line; the rest, the admin's details too, is folded.
    await page.getByRole('button', { name: WORDS[lang].why }).click();
    await page.getByRole('button', { name: WORDS[lang].details, exact: true }).first().click();
    await expect(page.getByText(WORDS[lang].refused, { exact: false })).toBeVisible();
    // Not worth asking again: a redirect is no momentary trouble.
    await expect(page.locator('[data-step]')).not.toContainText(lang === 'en' ? 'Check again' : 'Проверить ещё раз');
    expect(elsewhere).toEqual([]);
  });
}
