import type { Page, Route } from '@playwright/test';
import { tipsFor } from '../builders/mailTips';
import type { GraphRequest } from '../contract/contractModel';
import { requestProblems } from '../contract/requestChecks';
import { responseProblems } from '../contract/responseChecks';
import { demoUrl, overallVerdict, readContract } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * `tenant.graph: "external"` (docs/scenarios.md): nothing in the page answers Graph. The pane's
 * requests leave as real fetches to https://graph.microsoft.com with the demo token, and this test
 * answers them itself, with the response shapes Microsoft documents (message-get.md,
 * mailfolder-get.md, user-getmailtips.md, organization-get.md, json-batching.md, errors.md) —
 * not with the simulated tenant. Every request the pane sends and every answer given here is
 * also checked against the metadata fixture (test/contract/graph-contract.json).
 */

const boris = 'boris.ivanov@contoso.com';
const laura = 'laura.jensen@fabrikam.com';
const finance = 'finance@contoso.com';
const SENT_ITEMS_ID = 'AAMkADg3-sentitems-folder-id';
const INBOX_ID = 'AAMkADg3-inbox-folder-id';

const scenario = {
  id: 'graph-external',
  title: { en: 'Graph answered from outside the page', ru: 'Graph отвечает извне страницы' },
  now: '2026-11-25T10:00:00Z',
  host: { hostName: 'OutlookWebApp', accountType: 'office365', platform: 'OfficeOnline', locale: 'en-US' },
  user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
  message: {
    subject: 'Q4 budget draft',
    sentDateTime: '2026-11-25T09:56:00Z',
    from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    to: [{ name: 'Boris Ivanov', address: boris }],
    cc: [{ name: 'Laura Jensen', address: laura }],
  },
  tenant: { graph: 'external' },
};

/** Graph sends CORS headers; the page is on another origin, so the answers here must too. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type, accept, prefer',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

interface Inner {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
}
interface InnerAnswer {
  readonly status: number;
  readonly body: unknown;
}
type Mailbox = (request: Inner) => InnerAnswer;

const error = (code: string, message: string) => ({ error: { code, message, innerError: { date: '2026-11-25T10:00:01', 'request-id': 'b7c6b7e2' } } });

/** A cloud mailbox; `parentFolderId` says where the sent item is. */
function cloudMailbox(parentFolderId: string): Mailbox {
  return (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/me/messages/')) {
      return {
        status: 200,
        body: {
          '@odata.etag': 'W/"CQAAABYAAAB"',
          id: path.slice('/me/messages/'.length),
          subject: 'Q4 budget draft',
          sentDateTime: '2026-11-25T09:56:00Z',
          parentFolderId,
          from: { emailAddress: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' } },
          toRecipients: [{ emailAddress: { name: 'Boris Ivanov', address: boris } }],
          ccRecipients: [{ emailAddress: { name: 'Laura Jensen', address: laura } }],
          bccRecipients: [{ emailAddress: { name: 'Finance', address: finance } }],
        },
      };
    }
    if (path === '/me/mailFolders/sentitems') return { status: 200, body: { id: SENT_ITEMS_ID } };
    if (path === '/organization')
      return {
        status: 200,
        body: { value: [{ verifiedDomains: [{ name: 'contoso.com', isDefault: true, isInitial: false, type: 'Managed', capabilities: 'Email' }] }] },
      };
    if (path === '/me/getMailTips') return { status: 200, body: { value: tipsFor((request.body as { EmailAddresses: string[] }).EmailAddresses) } };
    // Receipts, recall requests and both recall-report lists of the Inbox: none in this mailbox.
    if (path === '/me/messages' || path === '/me/mailFolders/sentitems/messages' || path === '/me/mailFolders/inbox/messages')
      return { status: 200, body: { value: [] } };
    return { status: 404, body: error('ResourceNotFound', 'Resource not found for the segment.') };
  };
}

/**
 * A mailbox Graph cannot serve (on-premises, hybrid not migrated, unlicensed): every mailbox
 * request answers 404 MailboxNotEnabledForRESTAPI (KB 4462988); the directory still answers.
 */
const unreachableMailbox: Mailbox = (request) =>
  request.url.startsWith('/me/')
    ? { status: 404, body: error('MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.') }
    : cloudMailbox(SENT_ITEMS_ID)(request);

/** Answers Graph like Microsoft does, and keeps what was asked and answered for the contract check. */
async function answerGraph(page: Page, mailbox: Mailbox) {
  const exchanges: { request: GraphRequest; status: number; text: string; authorization: string | null }[] = [];
  await page.route('https://graph.microsoft.com/**', async (route: Route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const match = /^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)(\/.*)$/.exec(request.url());
    const version = (match?.[1] ?? 'v1.0') as GraphRequest['version'];
    const url = match?.[2] ?? '';
    const body = request.postData() === null ? undefined : (JSON.parse(request.postData() ?? 'null') as unknown);
    const outer: GraphRequest = { method: request.method(), version, url, ...(body === undefined ? {} : { body }) };
    const authorization = await request.headerValue('authorization');
    if (url !== '/$batch') {
      const text = JSON.stringify(error('ResourceNotFound', 'not expected in this test'));
      exchanges.push({ request: outer, status: 404, text, authorization });
      return route.fulfill({ status: 404, headers: CORS, contentType: 'application/json', body: text });
    }
    const inner = (body as { requests: Inner[] }).requests;
    const answers = inner.map((r) => ({ request: r, answer: mailbox(r) }));
    for (const { request: r, answer } of answers) {
      exchanges.push({
        request: { method: r.method, version, url: r.url, ...(r.body === undefined ? {} : { body: r.body }) },
        status: answer.status,
        text: JSON.stringify(answer.body),
        authorization,
      });
    }
    // "Responses … might be in a different order than the requests" (json-batching.md): reversed.
    const responses = answers
      .reverse()
      .map(({ request: r, answer }) => ({ id: r.id, status: answer.status, headers: { 'Content-Type': 'application/json' }, body: answer.body }));
    exchanges.push({ request: outer, status: 200, text: JSON.stringify({ responses }), authorization });
    return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: JSON.stringify({ responses }) });
  });
  return exchanges;
}

async function openExternal(page: Page, mailbox: Mailbox) {
  const exchanges = await answerGraph(page, mailbox);
  await page.route('**/test-scenarios/graph-external.json', (route) => route.fulfill({ json: scenario }));
  await page.goto(demoUrl({ scenarioUrl: '/test-scenarios/graph-external.json', lang: 'en' }));
  await overallVerdict(page).waitFor({ state: 'attached' });
  return exchanges;
}

test.describe('tenant.graph "external": Graph answered by the test, not by the page', () => {
  test('a cloud mailbox: verdicts from the answers given here, Bcc from Graph included', async ({ page }) => {
    const exchanges = await openExternal(page, cloudMailbox(SENT_ITEMS_ID));
    const contract = await readContract(page);
    expect(contract.overall).toBe('partial');
    expect(contract.messageReasons).toEqual([]);
    expect(contract.recipients).toEqual({
      [boris]: { verdict: 'recallable', reasons: ['INTERNAL'] },
      [laura]: { verdict: 'not-recallable', reasons: ['EXTERNAL'] },
      // Only Graph knows the Bcc: proof that these answers, not a simulator, decided.
      [finance]: { verdict: 'recallable', reasons: ['INTERNAL'] },
    });
    // The requests were real fetches with the demo token, and they and the answers fit the contract.
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.every((e) => /^Bearer demo-token:/.test(e.authorization ?? ''))).toBe(true);
    expect(exchanges.flatMap((e) => requestProblems(e.request))).toEqual([]);
    expect(exchanges.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  test('the message in the Inbox (parentFolderId is not Sent Items): NOT_IN_SENT_ITEMS', async ({ page }) => {
    await openExternal(page, cloudMailbox(INBOX_ID));
    const contract = await readContract(page);
    expect(contract.overall).toBe('not-recallable');
    expect(contract.messageReasons).toEqual(['NOT_IN_SENT_ITEMS']);
  });

  test('404 MailboxNotEnabledForRESTAPI is not "not in Sent Items": degraded, with the reason for an admin', async ({ page }) => {
    const exchanges = await openExternal(page, unreachableMailbox);
    const contract = await readContract(page);
    expect(contract.messageReasons).not.toContain('NOT_IN_SENT_ITEMS');
    expect(contract.overall).not.toBe('not-recallable');
    // Only what Outlook shows: no Bcc row.
    expect(Object.keys(contract.recipients).sort()).toEqual([boris, laura]);
    const gap = page.locator('[data-step]').getByText(/Microsoft Graph can’t reach this mailbox \(error MailboxNotEnabledForRESTAPI\)/);
    // The reason is the admin's: behind "Details for your admin" (issue #13), inside the verdict's
    // folded details (issue #22).
    await expect(gap).toHaveCount(0);
    await page.getByRole('button', { name: 'Why is it uncertain?', exact: true }).click();
    await page.getByRole('button', { name: 'Details for your admin', exact: true }).click();
    await expect(gap).toBeVisible();
    await expect(gap).toContainText('on-premises Exchange server');
    await expect(gap).toContainText('assign a licence');
    expect(exchanges.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });
});
