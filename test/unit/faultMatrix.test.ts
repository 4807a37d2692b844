/**
 * Fault matrix: every Graph request path the add-in makes (rows, from the registry in
 * src/graph/requestPaths.ts) × every way it can fail (columns). Each cell drives the real use case
 * over HTTP (MSW) and checks that the failure becomes a Result whose kind has words in both
 * languages, that the degraded path is taken (a verdict with a 'graph' gap, partial facts, or the
 * native Recall guidance), and that no promise rejection escapes. A request path added to the
 * registry without a row here fails the first test. Office.js failures are at the end.
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { loadConfig } from '../../src/config/loadConfig';
import type { Scenario } from '../../src/demo/scenario';
import { parseAddress } from '../../src/domain/address';
import { checkMessage, type DataGap } from '../../src/usecases/check/checkMessage';
import { NATIVE_GUIDE_STEPS } from '../../src/app/nativeGuide';
import { wizardReducer } from '../../src/app/wizard';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { SIMULATED_REST_ID } from '../../src/demo/simulatedTenant';
import { sentItemOf } from '../../src/demo/scenarioHost';
import type { Failure, FailureKind, Result } from '../../src/domain/failure';
import { GRAPH_ORIGIN, GraphClient } from '../../src/graph/graphClient';
import { fetchRecallReports, requestRecall } from '../../src/graph/recall';
import { fetchRecallFacts, type GraphRecallFacts } from '../../src/graph/recallFacts';
import { setRecallMark } from '../../src/graph/recallMark';
import { listHeld } from '../../src/graph/heldMessages';
import { GRAPH_REQUEST_PATHS, type GraphRequestName } from '../../src/graph/requestPaths';
import { createOfficeHost } from '../../src/host/officeHost';
import { createTranslator } from '../../src/i18n/translator';
import { waitForOffice } from '../../src/taskpane/officeReady';
import { askedAddresses, graphError, recordingSleep, setupMswForFile, type InnerAnswer, type InnerRequest } from '../builders/graph';
import { aMailTip, contosoScope, tipsFor } from '../builders/mailTips';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';
import { officeStandIn } from '../support/officeStandIn';
import { graphAdapter } from '../../src/graph/graphAdapter';
import { parsedRecipients } from '../builders/domain';

const { server, seen } = setupMswForFile();
const en = createTranslator('en');
const ru = createTranslator('ru');

// ---------------------------------------------------------------------------------------------
// The tenant: healthy answers for every inner request, unless the cell's fault says otherwise.

const BORIS = 'boris.ivanov@contoso.com';
const LAURA = 'laura.jensen@fabrikam.com';
const scenario = aScenario().onWeb().subject('Q4').to(BORIS).cc(LAURA).build();
const SENT_ITEMS_ID = 'AAMkAGI2-folder-sentitems';

/** Which registry path an inner (or direct) request is for (the same template may serve GET and PATCH). */
function pathOf(url: string, method = 'GET'): GraphRequestName {
  const path = url.replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)/, '').split('?')[0] ?? '';
  const names = Object.keys(GRAPH_REQUEST_PATHS) as GraphRequestName[];
  const match = names.find(
    (name) =>
      (GRAPH_REQUEST_PATHS[name].method === method || name === 'batch' || name === 'recall') &&
      new RegExp(`^${GRAPH_REQUEST_PATHS[name].template.replace(/[$]/g, '\\$').replace('{id}', '[^/]+')}$`).test(path),
  );
  if (match === undefined) throw new Error(`no registry entry for ${path}`);
  return match;
}

/** The message tracking reads reports for: the one the check is about. */
const REPORTED = { subject: 'Q4', restId: SIMULATED_REST_ID };

/** A cloud recall report in the Inbox, found by its header (reportLists.ts): the same one in every row that needs one. */
const CLOUD_REPORT = {
  id: 'report',
  subject: 'Message Recall Report: Q4',
  from: { emailAddress: { address: 'microsoftexchange@contoso.com' } },
  receivedDateTime: '2026-11-25T10:00:00Z',
  internetMessageHeaders: [{ name: 'x-ms-exchange-recallreportgenerated', value: 'true' }],
};

function healthy(request: InnerRequest): InnerAnswer {
  switch (pathOf(request.url, request.method)) {
    case 'message':
      return {
        status: 200,
        body: {
          id: SIMULATED_REST_ID,
          parentFolderId: SENT_ITEMS_ID,
          subject: 'Q4',
          sentDateTime: '2026-11-25T09:56:00Z',
          from: { emailAddress: { address: 'alex.morgan@contoso.com' } },
          toRecipients: [{ emailAddress: { address: BORIS } }],
          ccRecipients: [{ emailAddress: { address: LAURA } }],
          bccRecipients: [],
        },
      };
    case 'sentItemsFolder':
      return { status: 200, body: { id: SENT_ITEMS_ID } };
    case 'organization':
      return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
    case 'inboxMessage':
      return { status: 200, body: { id: 'report', body: { contentType: 'html', content: `<table><tr><td>${BORIS}</td><td>Succeeded</td></tr></table>` } } };
    case 'inboxMessages':
      // Tracking's list holds one cloud report (by its header), so its body is fetched too; the check's lists are empty.
      return request.id === 'cloud'
        ? {
            status: 200,
            body: {
              value: [CLOUD_REPORT],
            },
          }
        : { status: 200, body: { value: [] } };
    case 'mailTips':
      return { status: 200, body: { value: tipsFor(askedAddresses(request)) } };
    default:
      return { status: 200, body: { value: [] } };
  }
}

// ---------------------------------------------------------------------------------------------
// Columns: how a request fails, at the HTTP level (direct calls) and inside a $batch.

const COLUMNS = [
  '401',
  '403',
  '404',
  '429+Retry-After',
  '429+Retry-After 60 s',
  '429',
  '500',
  '503',
  'timeout',
  'network',
  'malformed JSON',
  'empty body',
  'redirected',
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Where a redirected answer points: another origin that answers every request hopefully (all
 * colleagues, recall accepted, nothing held). The client must never ask it anything: no token, no
 * body (a $batch carries addresses), and its answers are never used.
 */
const ELSEWHERE = 'https://graph-microsoft.example';

const CLIENT_TIMEOUT_MS = 40;

/** The failure the user is told about for each column (inside a $batch, a timed-out item is a 504). */
const EXPECTED: Record<Column, { direct: FailureKind; inner: FailureKind }> = {
  '401': { direct: 'consent-required', inner: 'consent-required' },
  '403': { direct: 'forbidden', inner: 'forbidden' },
  '404': { direct: 'not-found', inner: 'not-found' },
  '429+Retry-After': { direct: 'throttled', inner: 'throttled' },
  '429+Retry-After 60 s': { direct: 'throttled', inner: 'throttled' },
  '429': { direct: 'throttled', inner: 'throttled' },
  '500': { direct: 'server-error', inner: 'server-error' },
  '503': { direct: 'server-error', inner: 'server-error' },
  timeout: { direct: 'timeout', inner: 'server-error' },
  network: { direct: 'offline', inner: 'offline' },
  'malformed JSON': { direct: 'malformed-response', inner: 'malformed-response' },
  'empty body': { direct: 'malformed-response', inner: 'malformed-response' },
  redirected: { direct: 'redirected', inner: 'redirected' },
};

const statusOf = (column: Column) => Number(column.slice(0, 3));

/** The Retry-After header a throttled column answers with (seconds). */
const RETRY_AFTER: Partial<Record<Column, string>> = { '429+Retry-After': '3', '429+Retry-After 60 s': '60' };
const retryAfterHeaders = (column: Column): Record<string, string> => {
  const seconds = RETRY_AFTER[column];
  return seconds === undefined ? {} : { 'Retry-After': seconds };
};

async function directFault(column: Column): Promise<Response> {
  switch (column) {
    case 'timeout':
      await delay(CLIENT_TIMEOUT_MS * 5);
      return HttpResponse.json({ responses: [] });
    case 'network':
      return HttpResponse.error();
    case 'malformed JSON':
      return new HttpResponse('{"responses": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'empty body':
      return new HttpResponse('', { status: 200 });
    case 'redirected':
      // 307 keeps the method and the body: followed, a $batch would carry its addresses elsewhere.
      return new HttpResponse(null, { status: 307, headers: { Location: `${ELSEWHERE}/v1.0/$batch` } });
    default:
      return HttpResponse.json(graphError(column.startsWith('429') ? 'TooManyRequests' : 'ErrorSomething'), {
        status: statusOf(column),
        headers: retryAfterHeaders(column),
      });
  }
}

function innerFault(column: Column): InnerAnswer {
  switch (column) {
    case 'timeout':
      return { status: 504, body: graphError('GatewayTimeout') };
    case 'malformed JSON':
      return { status: 200, body: '{"value": [' };
    case 'empty body':
      return { status: 200, body: null };
    case 'network':
      throw new Error('network is a failure of the whole $batch');
    case 'redirected':
      // An inner answer pointing elsewhere: nothing to follow inside a $batch, and no answer either.
      return { status: 302, headers: { Location: `${ELSEWHERE}/v1.0/me` }, body: null };
    default:
      return { status: statusOf(column), headers: retryAfterHeaders(column), body: graphError('ErrorSomething') };
  }
}

/** MSW handlers for one cell: `row` fails with `column`; everything else is healthy. */
function tenantWithFault(row: GraphRequestName | null, column: Column, options: { onlyItem?: string } = {}) {
  const batch = http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
    if (row === 'batch') return directFault(column);
    const { requests } = (await request.json()) as { requests: InnerRequest[] };
    const faulty = (r: InnerRequest) => (options.onlyItem !== undefined ? r.id === options.onlyItem : row !== null && pathOf(r.url, r.method) === row);
    if (column === 'network' && requests.some(faulty)) return HttpResponse.error();
    const responses = requests.map((r) => {
      const answer = faulty(r) ? innerFault(column) : healthy(r);
      return { id: r.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body ?? null };
    });
    return HttpResponse.json({ responses });
  });
  const recall = http.post(`${GRAPH_ORIGIN}/beta/me/mailFolders/sentitems/messages/:id/recall`, async () =>
    row === 'recall' ? directFault(column) : new HttpResponse(null, { status: 202 }),
  );
  // The safety window's held drafts (src/graph/heldMessages.ts) and PATCHes of a message (our recall
  // mark): direct calls of their own.
  const heldDrafts = http.get(`${GRAPH_ORIGIN}/v1.0/me/mailFolders/drafts/messages`, async () =>
    row === 'heldDrafts' ? directFault(column) : HttpResponse.json({ value: [] }),
  );
  const updateMessage = http.patch(`${GRAPH_ORIGIN}/v1.0/me/messages/:id`, async ({ params }) =>
    row === 'updateMessage' ? directFault(column) : HttpResponse.json({ id: params['id'] }),
  );
  // What a followed redirect would have been told: every request answered, hopefully.
  const elsewhere = http.all(`${ELSEWHERE}/*`, async ({ request }) => {
    if (!request.url.endsWith('/$batch')) return request.method === 'POST' ? new HttpResponse(null, { status: 202 }) : HttpResponse.json({ value: [] });
    const { requests } = (await request.json().catch(() => ({ requests: [] }))) as { requests: InnerRequest[] };
    return HttpResponse.json({ responses: requests.map((r) => ({ id: r.id, status: 200, headers: {}, body: healthy(r).body ?? null })) });
  });
  return [batch, recall, heldDrafts, updateMessage, elsewhere];
}

function graphClient() {
  const { waits, sleep } = recordingSleep();
  return { waits, client: new GraphClient({ tokens: new DemoTokenProvider(), sleep, timeoutMs: CLIENT_TIMEOUT_MS }) };
}

// ---------------------------------------------------------------------------------------------
// Checks every cell makes.

const RAW = /\b(ErrorSomething|TooManyRequests|GatewayTimeout|undefined|null|NaN|TypeError|Error:|at \w+ \()|[{}[\]]|\b[45]\d\d\b/;

/** The failure has words in both languages, and none of them is the raw error. */
function expectWords(failure: Failure) {
  for (const i18n of [en, ru]) {
    const text = i18n.failure(failure);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(RAW);
    expect(text).not.toContain(`failure.${failure.kind}`);
  }
}

function expectFailure<T>(result: Result<T> | undefined, kind: FailureKind): Failure {
  expect(result?.ok).toBe(false);
  const failure = (result as { failure: Failure }).failure;
  expect(failure.kind).toBe(kind);
  expectWords(failure);
  // Throttled: says when asking again is allowed, so the pane can offer it then and not before.
  if (failure.kind === 'throttled') expect(Number.isFinite(failure.notBefore.getTime())).toBe(true);
  return failure;
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));
beforeEach(() => (unhandled = []));
afterEach(async () => {
  // Let any stray rejection surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(unhandled).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Rows: what each request path is for, and how its failure must degrade.

interface Row {
  /** Runs the use cases the path serves, with `column` as its fault; throws (expect) on a wrong outcome. */
  readonly check: (column: Column) => Promise<void>;
}

async function checkTheMessage() {
  const { services } = servicesFor(scenario);
  const { client } = graphClient();
  return checkMessage({ ...services, graph: graphAdapter(client) }, sentItemOf(scenario));
}

/** The whole first $batch (or the message in it) failed: the verdict uses only what Outlook shows. */
async function expectGraphGap(kind: FailureKind) {
  const outcome = await checkTheMessage();
  const gap = outcome.gaps.find((g) => g.kind === 'graph');
  expect(gap).toBeDefined();
  if (gap?.kind === 'graph') {
    expect(gap.failure.kind).toBe(kind);
    expectWords(gap.failure);
    for (const i18n of [en, ru]) expect(i18n.t('gap.graph', { failure: i18n.failure(gap.failure) })).not.toMatch(RAW);
  }
  expect(outcome.gaps.some((g) => g.kind === 'bcc')).toBe(true);
  // Both recipients are still listed, and nothing is claimed recallable on a guess about Laura.
  expect(outcome.assessment.recipients.map((r) => r.address).sort()).toEqual([BORIS, LAURA].sort());
  expect(outcome.assessment.recipients.find((r) => r.address === LAURA)?.verdict).not.toBe('recallable');
  return outcome;
}

/** A part of the first $batch failed, the rest informs: a full verdict, with only the gaps named. */
async function expectVerdictWithout(what: string, gaps: readonly DataGap[] = []) {
  const outcome = await checkTheMessage();
  expect(outcome.gaps).toEqual(gaps);
  expect(outcome.assessment.recipients).toHaveLength(2);
  // Still known from the rest (`what` says how).
  expect({ what, verdict: outcome.assessment.recipients.find((r) => r.address === LAURA)?.verdict }).toEqual({ what, verdict: 'not-recallable' });
  return outcome;
}

/**
 * For an item inside the `$batch`: a network error takes the whole batch down (asserted here as the
 * degraded verdict, then null); any other fault leaves the other items answering, whose facts are
 * returned for the row to inspect its own part.
 */
async function factsWhenOthersAnswer(column: Column, kind: FailureKind): Promise<GraphRecallFacts | null> {
  const facts = await fetchRecallFacts(graphClient().client, SIMULATED_REST_ID, parsedRecipients([BORIS, LAURA]));
  if (column === 'network') {
    expectFailure(facts, kind);
    await expectGraphGap(kind);
    return null;
  }
  if (!facts.ok) throw new Error('the other requests in the $batch should have answered');
  return facts.value;
}

const ROWS: Record<GraphRequestName, Row> = {
  batch: {
    async check(column) {
      const kind = EXPECTED[column].direct;
      const { client, waits } = graphClient();
      const facts = await fetchRecallFacts(client, SIMULATED_REST_ID, parsedRecipients([BORIS, LAURA]));
      expectFailure(facts, kind);
      // One retry policy (3 attempts): throttling waits what Retry-After says or 2 s without it;
      // server errors and time-outs back off 1 s, then 2 s; nothing else is retried.
      // A wait longer than the budget is not cut short: no retry at all (concepts/throttling.md).
      if (column === '429+Retry-After') expect(waits).toEqual([3000, 3000]);
      else if (column === '429') expect(waits).toEqual([2000, 2000]);
      else if (column === '500' || column === '503' || column === 'timeout') expect(waits).toEqual([1000, 2000]);
      else expect(waits).toEqual([]);
      await expectGraphGap(kind);
      // Recall tracking: the reports can't be read; the step says so and tries again.
      expectFailure(await fetchRecallReports(graphClient().client, null, REPORTED), kind);
    },
  },
  message: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.message, kind);
      // A 404 whose code is not a documented "item not found" (here ErrorSomething) proves nothing
      // about Sent Items: it is a gap like any other failure, never NOT_IN_SENT_ITEMS.
      const outcome = await expectGraphGap(kind);
      expect(outcome.assessment.messageReasons).not.toContain('NOT_IN_SENT_ITEMS');
    },
  },
  sentItemsFolder: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      // The message itself was read; only whether it is in Sent Items stays open, and the pane says so.
      expect(facts.message.ok).toBe(true);
      expectFailure(facts.inSentItems, kind);
      const outcome = await checkTheMessage();
      expect(outcome.gaps.find((g) => g.kind === 'graph')).toMatchObject({ failure: { kind } });
      expect(outcome.gaps.some((g) => g.kind === 'bcc')).toBe(false);
      expect(outcome.assessment.messageReasons).not.toContain('NOT_IN_SENT_ITEMS');
    },
  },
  organization: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.verifiedDomains, kind);
      // Without the tenant's domains no recall report can be judged genuine: an earlier recall is unknown.
      await expectVerdictWithout('MailTips still say Laura is external', [{ kind: 'earlierRecall' }]);
    },
  },
  mailboxMessages: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.readReceipts, kind);
      await expectVerdictWithout('read receipts are only extra evidence');
    },
  },
  inboxMessages: {
    async check(column) {
      // Both report lists (classic and cloud) come from the Inbox: both failing is a failure to show.
      expectFailure(await fetchRecallReports(graphClient().client, null, REPORTED), EXPECTED[column].inner);
    },
  },
  inboxMessage: {
    async check(column) {
      const reports = await fetchRecallReports(graphClient().client, null, REPORTED);
      if (column === 'network') {
        // The body fetch is its own $batch; a dropped connection there loses only the body.
        expect(reports.ok && reports.value.complete).toBe(false);
        return;
      }
      // The report's body could not be read: no outcome from it, and the read is incomplete.
      if (!reports.ok) throw new Error('the lists answered; only the body failed');
      expect(reports.value.reports).toEqual([]);
      expect(reports.value.complete).toBe(false);
    },
  },
  updateMessage: {
    async check(column) {
      // Our recall mark after a 202 is best effort: its failure is a typed Result, never a rejection.
      const mark = await setRecallMark(graphClient().client, SIMULATED_REST_ID, new Date('2026-11-25T10:00:00Z'));
      if (column === 'empty body' || column === 'malformed JSON') {
        // A 200 is the answer: the updated message is not read back.
        expect(mark.ok).toBe(true);
        return;
      }
      expectFailure(mark, EXPECTED[column].direct);
    },
  },
  sentItems: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.recallRequests, kind);
      // Said on screen: whether it was recalled before is unknown.
      const outcome = await expectVerdictWithout('an unknown earlier recall does not change scopes', [{ kind: 'earlierRecall' }]);
      // Unknown, not "no": the rule must not claim no recall was sent.
      expect(outcome.assessment.messageReasons).not.toContain('ALREADY_RECALLED');
    },
  },
  mailTips: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      // MailTips failures are per address: they fall back to the tenant's verified domains, which
      // know the domain but not the mailbox (a group? a forwarding contact?): uncertain, and said.
      expect([...facts.mailTips.values()].every((tip) => tip.kind === 'failed')).toBe(true);
      const outcome = await expectVerdictWithout('verified domains say fabrikam.com is external', [{ kind: 'mailTips' }]);
      expect(outcome.assessment.recipients.find((r) => r.address === BORIS)).toMatchObject({ verdict: 'uncertain', reasons: ['INTERNAL_DOMAIN_UNCONFIRMED'] });
    },
  },
  recall: {
    async check(column) {
      const result = await requestRecall(graphClient().client, SIMULATED_REST_ID);
      if (column === 'empty body' || column === 'malformed JSON') {
        // The recall answers 202 with no body; the status is the answer, a body is never read.
        expect(result.ok).toBe(true);
        return;
      }
      const failure = expectFailure(result, EXPECTED[column].direct);
      // The refusal sends the user to Outlook's own Recall command, with steps for their client.
      const outcome = await checkTheMessage();
      const act = wizardReducer({ step: 'act', outcome, choice: 'delete', act: { mode: 'recalling' } } as Parameters<typeof wizardReducer>[0], {
        type: 'recall-refused',
        key: outcome.key,
        failure,
      });
      expect(act).toMatchObject({ step: 'act', act: { mode: 'guide', refusal: failure } });
      expect(NATIVE_GUIDE_STEPS.web.length).toBeGreaterThan(0);
      for (const i18n of [en, ru]) expect(i18n.t('act.refused', { failure: i18n.failure(failure) })).not.toMatch(RAW);
    },
  },
  heldDrafts: {
    async check(column) {
      // The Held messages view shows the failure in words (held.listFailed) instead of an empty list,
      // which would claim nothing is held, next to what the Send handler remembered.
      const failure = expectFailure(await listHeld(graphClient().client, new Date('2026-11-25T10:00:00Z')), EXPECTED[column].direct);
      for (const i18n of [en, ru]) expect(i18n.t('held.listFailed', { reason: i18n.failure(failure) })).not.toMatch(RAW);
    },
  },
};

// ---------------------------------------------------------------------------------------------

const results = new Map<string, boolean>();
const cell = (row: string, column: string) => `${row}|${column}`;

describe('the fault matrix covers every Graph request path', () => {
  it('has exactly one row per request path in src/graph/requestPaths.ts', () => {
    expect(Object.keys(ROWS).sort()).toEqual(Object.keys(GRAPH_REQUEST_PATHS).sort());
  });

  it('every URL the add-in sends is one of the registered paths', async () => {
    const urls: string[] = [];
    server.use(...tenantWithFault(null, '500'));
    const client = new GraphClient({ tokens: new DemoTokenProvider(), onRequest: (url) => urls.push(url) });
    await fetchRecallFacts(client, SIMULATED_REST_ID, parsedRecipients([BORIS, LAURA]));
    await fetchRecallReports(client, null, REPORTED);
    await requestRecall(client, SIMULATED_REST_ID);
    await setRecallMark(client, SIMULATED_REST_ID, new Date());
    expect(new Set(urls.map((url) => pathOf(url, url.includes('/v1.0/me/messages/') ? 'PATCH' : 'GET')))).toEqual(
      new Set(['batch', 'recall', 'updateMessage']),
    );
  });
});

describe.each(Object.keys(ROWS) as GraphRequestName[])('%s', (row) => {
  it.each([...COLUMNS])(`${row} × %s`, async (column) => {
    server.use(...tenantWithFault(row, column));
    results.set(cell(row, column), false);
    await ROWS[row].check(column);
    // Bearer tokens and request bodies go to Graph only: a redirect is never followed.
    expect(seen.filter((r) => !r.url.startsWith(`${GRAPH_ORIGIN}/`)).map((r) => r.url)).toEqual([]);
    results.set(cell(row, column), true);
  });
});

describe('$batch items failing one at a time', () => {
  const checkItems = ['message', 'sentItemsFolder', 'organization', 'readReceipts', 'recallRequests', 'classicReports', 'cloudReports', 'tips-0'];
  const reportItems = ['classic', 'cloud'];

  it.each(checkItems)('check: only %s fails (500); the verdict still comes, from the rest', async (item) => {
    server.use(...tenantWithFault(null, '500', { onlyItem: item }));
    results.set(cell('batch item', item), false);
    const facts = await fetchRecallFacts(graphClient().client, SIMULATED_REST_ID, parsedRecipients([BORIS, LAURA]));
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    const failed = {
      message: !facts.value.message.ok,
      // Sent Items unknown while the message itself was read.
      sentItemsFolder: !facts.value.inSentItems.ok && facts.value.message.ok,
      organization: !facts.value.verifiedDomains.ok,
      readReceipts: !facts.value.readReceipts.ok,
      recallRequests: !facts.value.recallRequests.ok,
      // Either report list failing leaves an earlier recall unproven either way.
      classicReports: item === 'classicReports' && !facts.value.recallReports.ok,
      cloudReports: item === 'cloudReports' && !facts.value.recallReports.ok,
      'tips-0': [...facts.value.mailTips.values()].every((t) => t.kind === 'failed'),
    };
    expect(
      Object.entries(failed)
        .filter(([, f]) => f)
        .map(([id]) => id),
    ).toEqual([item]);
    const outcome = await checkTheMessage();
    expect(outcome.assessment.recipients).toHaveLength(2);
    // The pane names what is missing: the message (degraded verdict), whether it is in Sent Items,
    // MailTips, an earlier recall that can't be ruled out (the recall requests, or the report lists
    // and the tenant's domains they are judged by); the read receipts matter only to some policies.
    const earlierRecallUnknown = ['earlierRecall'];
    expect(outcome.gaps.map((g) => g.kind)).toEqual(
      (
        {
          message: ['graph', 'bcc'],
          sentItemsFolder: ['graph'],
          'tips-0': ['mailTips'],
          recallRequests: earlierRecallUnknown,
          organization: earlierRecallUnknown,
          classicReports: earlierRecallUnknown,
          cloudReports: earlierRecallUnknown,
        } as Record<string, string[]>
      )[item] ?? [],
    );
    results.set(cell('batch item', item), true);
  });

  it.each(reportItems)('tracking: only the %s report list fails; the other still informs, the read is incomplete', async (item) => {
    server.use(...tenantWithFault(null, '500', { onlyItem: item }));
    results.set(cell('batch item', item), false);
    const reports = await fetchRecallReports(graphClient().client, null, REPORTED);
    expect(reports.ok && reports.value.complete).toBe(false);
    expect(reports.ok && reports.value.reports.length).toBe(item === 'cloud' ? 0 : 1);
    results.set(cell('batch item', item), true);
  });
});

// ---------------------------------------------------------------------------------------------
// Evidence-gap dimension (issue #12): each evidence source the check uses × each way it can go
// wrong (missing, HTTP error, malformed body, disguised value), through the real check over HTTP.
// Every cell runs the check twice — the source present and honest, then faulty — and asserts the
// fail-closed property of test/unit/domain/evidenceGaps.test.ts: nobody is promised a recall the
// honest run did not promise, the overall verdict is not "recallable" unless it was, and where a
// promise is withdrawn the pane says what is missing (a gap note, a gap reason, a caution, an
// admin note or a message-level reason). Every request path has a row or a stated reason why it
// is no evidence for the verdict.

const EVIDENCE_MODES = ['missing', 'HTTP error', 'malformed body', 'disguised value'] as const;
type EvidenceMode = (typeof EVIDENCE_MODES)[number];

const EG = {
  boris: { name: 'Boris', address: BORIS }, // internal, has read it
  maria: { name: 'Maria', address: 'maria.sokolova@contoso.com' }, // internal, unread
  atlas: { name: 'Atlas', address: 'atlas@contoso.com' }, // internal group: 12 members, none outside
  sales: { name: 'Sales', address: 'sales@contoso.com' }, // internal group: 12 members, 2 outside
  laura: { name: 'Laura', address: LAURA }, // outside
  chen: { name: 'Chen', address: 'chen.wu@contoso.com' }, // internal, Bcc: only Graph shows him
};
/** The org recalls only unread mail, so the read receipts decide for Boris. */
const egScenario = aScenario()
  .onWeb()
  .subject('Q4')
  .to(EG.boris, EG.maria, EG.atlas)
  .cc(EG.laura, EG.sales)
  .bcc(EG.chen)
  .policy({ recallReadMessages: false })
  .build();

type Answer = (request: InnerRequest) => InnerAnswer | undefined;

/** One inner response of a `$batch` answer, as sent on the wire. */
interface BatchItem {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

interface EvidenceRun {
  readonly scenario: Scenario;
  readonly answer: Answer;
  /** How the whole `$batch` answers, when not item by item. */
  readonly batch?: 'network' | 'HTTP error' | 'malformed body' | 'foreign ids';
  readonly configFile?: () => Response;
  readonly withoutGraph?: boolean;
  /** The inner responses rewritten before they are sent (one duplicated with other contents, …). */
  readonly responses?: (items: readonly BatchItem[]) => readonly BatchItem[];
  /** The `$batch`'s HTTP answer, when it is not the plain JSON body (a redirect elsewhere, …). */
  readonly reply?: (body: { readonly responses: readonly BatchItem[] }) => Response;
  /** Endpoints beyond Graph's `$batch` the answer leads to (the other origin of a redirect, …). */
  readonly handlers?: readonly HttpHandler[];
}

const people = (list: readonly { name: string; address: string }[]) => list.map((p) => ({ emailAddress: p }));

/** The tenant telling the truth about a scenario's message. */
function honestAnswer(scenario: Scenario): Answer {
  return (request) => {
    switch (request.id) {
      case 'message': {
        const m = scenario.message;
        return {
          status: 200,
          body: {
            // The message asked for, named by its id (message.md; messageIdentity.ts).
            id: SIMULATED_REST_ID,
            parentFolderId: SENT_ITEMS_ID,
            subject: m.subject,
            sentDateTime: m.sentDateTime,
            from: { emailAddress: m.from },
            toRecipients: people(m.to),
            ccRecipients: people(m.cc),
            bccRecipients: people(m.bcc),
          },
        };
      }
      case 'sentItemsFolder':
        return { status: 200, body: { id: SENT_ITEMS_ID } };
      case 'organization':
        return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
      case 'readReceipts':
        return {
          status: 200,
          body: { value: [{ subject: 'Read: Q4', from: { emailAddress: { address: BORIS } }, receivedDateTime: '2026-11-25T09:58:00Z' }] },
        };
      case 'recallRequests':
      case 'classicReports':
      case 'cloudReports':
        return { status: 200, body: { value: [] } };
      default:
        return {
          status: 200,
          body: {
            value: askedAddresses(request).map((address) =>
              aMailTip(address)
                .scope(contosoScope(address))
                .group(address === EG.atlas.address || address === EG.sales.address ? 12 : 1, address === EG.sales.address ? 2 : 0)
                .build(),
            ),
          },
        };
    }
  };
}

const honestRun = (scenario: Scenario = egScenario): EvidenceRun => ({ scenario, answer: honestAnswer(scenario) });
const isTips = (r: InnerRequest) => r.id.startsWith('tips-');
/** The same run with the inner answers for `which` replaced. */
const replacing = (run: EvidenceRun, which: (r: InnerRequest) => boolean, answer: Answer): EvidenceRun => ({
  ...run,
  answer: (r) => (which(r) ? answer(r) : run.answer(r)),
});
const byId = (id: string) => (r: InnerRequest) => r.id === id;
const serverError: Answer = () => ({ status: 500, body: graphError('ErrorInternalServerError') });
const malformed: Answer = () => ({ status: 200, body: { value: 'not a list' } });
const omitted: Answer = () => undefined;
/** The honest MailTips answer, edited entry by entry. */
const editedTips = (run: EvidenceRun, edit: (entry: Record<string, unknown>) => Record<string, unknown>): EvidenceRun =>
  replacing(run, isTips, (r) => {
    const honest = run.answer(r) as { status: number; body: { value: Record<string, unknown>[] } };
    return { status: 200, body: { value: honest.body.value.map(edit) } };
  });
const addressOf = (entry: Record<string, unknown>) => (entry['emailAddress'] as { address: string }).address;
const withUser = (run: EvidenceRun, address: string): EvidenceRun => ({ ...run, scenario: { ...run.scenario, user: { ...run.scenario.user, address } } });
/** Maria's address as sent carries a disguise, in Outlook and in Graph alike. */
const withMariaAs = (address: string): EvidenceRun => {
  const scenario = { ...egScenario, message: { ...egScenario.message, to: egScenario.message.to.map((p) => (p.name === 'Maria' ? { ...p, address } : p)) } };
  return honestRun(scenario);
};

interface EvidenceRow {
  /** Where the honest run starts when the source only matters once others are gone. */
  readonly baseline?: (run: EvidenceRun) => EvidenceRun;
  readonly cells: Partial<Record<EvidenceMode, (honest: EvidenceRun) => EvidenceRun>>;
  /** Why a mode can't happen for this source (a cell without it would be a gap in the matrix). */
  readonly notApplicable?: Partial<Record<EvidenceMode, string>>;
}

const CONFIG_URL = 'https://recall.contoso.com/config.json';

const EVIDENCE_ROWS: Readonly<Record<string, EvidenceRow>> = {
  '$batch (all evidence at once)': {
    cells: {
      missing: (run) => ({ ...run, batch: 'network' }),
      'HTTP error': (run) => ({ ...run, batch: 'HTTP error' }),
      'malformed body': (run) => ({ ...run, batch: 'malformed body' }),
      // Answers that belong to other requests (ids we never sent) are no answers.
      'disguised value': (run) => ({ ...run, batch: 'foreign ids' }),
    },
  },
  'Sent Items folder (sentItemsFolder)': {
    cells: {
      missing: (run) => replacing(run, byId('sentItemsFolder'), omitted),
      'HTTP error': (run) => replacing(run, byId('sentItemsFolder'), serverError),
      'malformed body': (run) => replacing(run, byId('sentItemsFolder'), () => ({ status: 200, body: { id: 42 } })),
      // Another folder's id: the message then looks as if it were outside Sent Items.
      'disguised value': (run) => replacing(run, byId('sentItemsFolder'), () => ({ status: 200, body: { id: 'AAMkAGI2-folder-inbox' } })),
    },
  },
  'message lookup (message)': {
    cells: {
      missing: (run) => replacing(run, byId('message'), omitted),
      'HTTP error': (run) => replacing(run, byId('message'), serverError),
      'malformed body': (run) => replacing(run, byId('message'), () => ({ status: 200, body: { toRecipients: 'Boris' } })),
      'disguised value': (run) =>
        replacing(run, byId('message'), (r) => {
          const honest = run.answer(r) as { status: number; body: Record<string, unknown> };
          return {
            status: 200,
            body: {
              ...honest.body,
              sentDateTime: 'yesterday, around noon',
              toRecipients: [{ emailAddress: { name: 'Maria', address: 'maria.sokolova@con\u200btoso.com' } }],
            },
          };
        }),
    },
  },
  'MailTips (chunk and address)': {
    cells: {
      missing: (run) => replacing(run, isTips, omitted),
      'HTTP error': (run) => replacing(run, isTips, () => ({ status: 503, body: graphError('ServiceUnavailable') })),
      'malformed body': (run) => replacing(run, isTips, malformed),
      // An answer for a look-alike of Maria (not her), and a group without its outside count.
      'disguised value': (run) =>
        editedTips(run, (entry) => {
          if (addressOf(entry) === EG.maria.address) return { ...entry, emailAddress: { address: 'maria.sokolova@con\u200btoso.com' } };
          if (addressOf(entry) === EG.atlas.address || addressOf(entry) === EG.sales.address) return { ...entry, externalMemberCount: null };
          return entry;
        }),
    },
  },
  'MailTips per address': {
    cells: {
      missing: (run) => editedTips(run, (entry) => (addressOf(entry) === EG.maria.address ? aMailTip('someone.else@contoso.com').internal().build() : entry)),
      'HTTP error': (run) =>
        editedTips(run, (entry) =>
          addressOf(entry) === EG.maria.address
            ? { emailAddress: entry['emailAddress'], error: { message: 'The server is busy', code: 'ErrorServerBusy' } }
            : entry,
        ),
      'malformed body': (run) => editedTips(run, (entry) => (addressOf(entry) === EG.maria.address ? { ...entry, recipientScope: 'Internal\u200b' } : entry)),
      'disguised value': (run) => editedTips(run, (entry) => (addressOf(entry) === EG.atlas.address ? { ...entry, recipientScope: 'none' } : entry)),
    },
  },
  'verified domains (organization)': {
    // Only without MailTips do the verified domains decide anything.
    baseline: (run) => replacing(run, isTips, serverError),
    cells: {
      missing: (run) => replacing(run, byId('organization'), omitted),
      'HTTP error': (run) => replacing(run, byId('organization'), serverError),
      'malformed body': (run) => replacing(run, byId('organization'), malformed),
      'disguised value': (run) =>
        replacing(run, byId('organization'), () => ({
          status: 200,
          body: { value: [{ verifiedDomains: [{ name: 'con\u200btoso.com' }, { name: 'ｃｏｎｔｏｓｏ.com' }] }] },
        })),
    },
  },
  'read receipts (mailboxMessages)': {
    cells: {
      missing: (run) => replacing(run, byId('readReceipts'), omitted),
      'HTTP error': (run) => replacing(run, byId('readReceipts'), serverError),
      'malformed body': (run) => replacing(run, byId('readReceipts'), malformed),
      'disguised value': (run) =>
        replacing(run, byId('readReceipts'), () => ({
          status: 200,
          body: {
            value: [{ subject: 'Read: Q4', from: { emailAddress: { address: 'bo\u200bris.ivanov@contoso.com' } }, receivedDateTime: '2026-11-25T09:58:00Z' }],
          },
        })),
    },
  },
  'recall requests (sentItems)': {
    // An earlier recall is on record, so the honest verdict is ALREADY_RECALLED.
    baseline: (run) =>
      replacing(run, byId('recallRequests'), () => ({ status: 200, body: { value: [{ subject: 'Recall: Q4', sentDateTime: '2026-11-25T09:57:00Z' }] } })),
    cells: {
      missing: (run) => replacing(run, byId('recallRequests'), omitted),
      'HTTP error': (run) => replacing(run, byId('recallRequests'), serverError),
      'malformed body': (run) => replacing(run, byId('recallRequests'), malformed),
      'disguised value': (run) =>
        replacing(run, byId('recallRequests'), () => ({ status: 200, body: { value: [{ subject: 'Recall: Q4', sentDateTime: 'not a date' }] } })),
    },
  },
  'recall reports (inboxMessages)': {
    // A cloud recall (Outlook on the web) left only its report: the honest verdict is ALREADY_RECALLED.
    baseline: (run) =>
      replacing(run, byId('cloudReports'), () => ({
        status: 200,
        body: {
          value: [CLOUD_REPORT],
        },
      })),
    cells: {
      missing: (run) => replacing(run, byId('cloudReports'), omitted),
      'HTTP error': (run) => replacing(run, byId('cloudReports'), serverError),
      'malformed body': (run) => replacing(run, byId('cloudReports'), malformed),
    },
    notApplicable: {
      'disguised value':
        'a report that only looks like one (outside sender, Junk Email, foreign link) is no evidence of a recall at all: test/unit/graph/lookalikeReports.test.ts',
    },
  },
  'config.json': {
    baseline: (run) => ({ ...run, configFile: () => HttpResponse.json({ recallReadMessages: false }) }),
    cells: {
      missing: (run) => ({ ...run, configFile: () => new HttpResponse('Not found', { status: 404 }) }),
      'HTTP error': (run) => ({ ...run, configFile: () => new HttpResponse('oops', { status: 500 }) }),
      'malformed body': (run) => ({ ...run, configFile: () => new HttpResponse('{ "recallReadMessages": false, }', { status: 200 }) }),
      'disguised value': (run) => ({
        ...run,
        configFile: () => HttpResponse.json({ recallReadMessages: 'false', RecallEnabled: true, maxRecallableAgeDays: '365.00:00:00' }),
      }),
    },
  },
  'sender address (Office.js)': {
    // Only without Graph does the sender's own domain inform anything.
    baseline: (run) => ({ ...run, withoutGraph: true }),
    cells: {
      missing: (run) => withUser(run, ''),
      'disguised value': (run) => withUser(run, 'alex.morgan@ｃｏｎｔｏｓｏ.com'),
    },
    notApplicable: { 'HTTP error': 'Office.js gives the address in memory: no request', 'malformed body': 'same: no body to parse' },
  },
  'recipient address form': {
    cells: {
      'disguised value': () => withMariaAs('maria.sokolova@con\u200btoso.com'),
      missing: () => withMariaAs(''),
      'malformed body': () => withMariaAs('maria.sokolova@contoso%2ecom'),
    },
    notApplicable: { 'HTTP error': 'an address is text in the message, not a request' },
  },
};

/** Request paths that carry no evidence for the verdict, and why. */
const NOT_EVIDENCE: Partial<Record<GraphRequestName, string>> = {
  recall: 'it performs the recall; its own faults are the recall row of the matrix above',
  inboxMessage: "a cloud report's body: read by recall tracking only, never by the check",
  updateMessage: 'it writes our mark after a 202 (the check reads it back with the message: the message lookup row); the check never reads through it',
  heldDrafts: 'the safety window lists messages not yet sent; the recall check never reads it (its faults: the heldDrafts row above)',
};
const EVIDENCE_PATHS: Readonly<Record<string, GraphRequestName>> = {
  '$batch (all evidence at once)': 'batch',
  'message lookup (message)': 'message',
  'Sent Items folder (sentItemsFolder)': 'sentItemsFolder',
  'MailTips (chunk and address)': 'mailTips',
  'verified domains (organization)': 'organization',
  'read receipts (mailboxMessages)': 'mailboxMessages',
  'recall requests (sentItems)': 'sentItems',
  'recall reports (inboxMessages)': 'inboxMessages',
};

async function runEvidenceCheck(run: EvidenceRun) {
  const asked: string[] = [];
  server.use(
    ...(run.handlers ?? []),
    http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: InnerRequest[] };
      for (const r of requests.filter(isTips)) asked.push(...(r.body as { EmailAddresses: string[] }).EmailAddresses);
      if (run.batch === 'network') return HttpResponse.error();
      if (run.batch === 'HTTP error') return HttpResponse.json(graphError('ErrorInternalServerError'), { status: 500 });
      if (run.batch === 'malformed body') return HttpResponse.json({ responses: 'none' });
      const items = requests.flatMap((r): BatchItem[] => {
        const a = run.answer(r);
        return a === undefined
          ? []
          : [{ id: run.batch === 'foreign ids' ? `${r.id}-other` : r.id, status: a.status, headers: a.headers ?? {}, body: a.body ?? null }];
      });
      const body = { responses: run.responses ? run.responses(items) : items };
      return run.reply ? run.reply(body) : HttpResponse.json(body);
    }),
    http.get(CONFIG_URL, () => (run.configFile ?? (() => HttpResponse.json({ recallReadMessages: false })))()),
  );
  const { services } = servicesFor(run.scenario);
  const policy = (await loadConfig(CONFIG_URL)).policy;
  const outcome = await checkMessage({ ...services, graph: run.withoutGraph ? null : graphAdapter(graphClient().client), policy }, sentItemOf(run.scenario));
  return { outcome, policy, asked };
}

const EVIDENCE_GAP_CODES = new Set<string>([
  'SCOPE_UNKNOWN',
  'SCOPE_CONFLICTING',
  'INTERNAL_DOMAIN_UNCONFIRMED',
  'MALFORMED_ADDRESS',
  'READ_STATE_UNKNOWN',
  'GROUP_MEMBERS_UNKNOWN',
]);

type EvidenceCheck = Awaited<ReturnType<typeof runEvidenceCheck>>;

/**
 * The fail-closed property between the honest run and a faulty one: nobody is promised a recall
 * the honest run did not promise, the overall verdict is not "recallable" unless it was, and where
 * a promise is withdrawn the pane says what is missing.
 */
function expectNoMoreHope(honest: EvidenceCheck, gap: EvidenceCheck) {
  const wasRows = new Map(honest.outcome.assessment.recipients.map((r) => [r.name, r]));
  for (const now of gap.outcome.assessment.recipients) {
    const then = wasRows.get(now.name);
    if (now.verdict === 'recallable') expect({ who: now.name, before: then?.verdict }).toEqual({ who: now.name, before: 'recallable' });
    if (then?.verdict === 'recallable' && now.verdict !== 'recallable') {
      const said =
        gap.outcome.gaps.length > 0 ||
        now.reasons.some((code) => EVIDENCE_GAP_CODES.has(code)) ||
        gap.outcome.assessment.messageCautions.length > 0 ||
        gap.outcome.assessment.messageReasons.length > 0 ||
        gap.policy.problems.length > 0;
      expect({ who: now.name, reasons: now.reasons, said }).toMatchObject({ said: true });
    }
  }
  if (gap.outcome.assessment.overall === 'recallable') expect(honest.outcome.assessment.overall).toBe('recallable');
  expect(gap.outcome.assessment.counts.recallable).toBeLessThanOrEqual(honest.outcome.assessment.counts.recallable);
}

describe('evidence gaps: every source × every way it fails never makes the verdict more hopeful', () => {
  it('every request path is an evidence row, or says why it is not evidence for the verdict', () => {
    const covered = new Set([...Object.values(EVIDENCE_PATHS), ...Object.keys(NOT_EVIDENCE)]);
    expect([...covered].sort()).toEqual(Object.keys(GRAPH_REQUEST_PATHS).sort());
    for (const [row, path] of Object.entries(EVIDENCE_PATHS)) expect({ row, exists: row in EVIDENCE_ROWS, path }).toEqual({ row, exists: true, path });
  });

  it('every row has every mode, or says why the mode cannot happen', () => {
    for (const [row, def] of Object.entries(EVIDENCE_ROWS)) {
      for (const mode of EVIDENCE_MODES)
        expect({ row, mode, covered: mode in def.cells || mode in (def.notApplicable ?? {}) }).toEqual({ row, mode, covered: true });
    }
  });

  const cells = Object.entries(EVIDENCE_ROWS).flatMap(([row, def]) => Object.entries(def.cells).map(([mode, fault]) => [row, mode, def, fault] as const));
  it.each(cells)('%s × %s', async (row, mode, def, fault) => {
    results.set(cell(`evidence: ${row}`, mode), false);
    const honestStart = def.baseline ? def.baseline(honestRun()) : honestRun();
    const honest = await runEvidenceCheck(honestStart);
    server.resetHandlers();
    const gap = await runEvidenceCheck(fault(honestStart));
    expectNoMoreHope(honest, gap);
    // MailTips is asked about addresses as sent: never a disguised one, never a rewritten one.
    for (const address of gap.asked) expect(parseAddress(address)).toMatchObject({ valid: true });
    expect(gap.asked.filter((a) => a.toLowerCase().startsWith('maria') && a !== EG.maria.address)).toEqual([]);
    results.set(cell(`evidence: ${row}`, mode), true);
  });

  it('the honest run promises what it should (the cells above are not vacuous)', async () => {
    const { outcome } = await runEvidenceCheck(honestRun());
    const verdicts = Object.fromEntries(outcome.assessment.recipients.map((r) => [r.name, r.verdict]));
    expect(verdicts).toEqual({
      Boris: 'not-recallable',
      Maria: 'recallable',
      Atlas: 'recallable',
      Laura: 'not-recallable',
      Sales: 'uncertain',
      Chen: 'recallable',
    });
    expect(outcome.assessment.overall).toBe('partial');
  });
});

// ---------------------------------------------------------------------------------------------
// Conflicting and partial answers (issue #21): answers that arrive and parse, and still must not
// be believed as given — a field left out, another message's answer, one request answered twice
// with different contents, a respelt address, conflicting or malformed member counts. The same
// property as the evidence-gap dimension (never more hopeful than the honest answer), plus two:
// nobody Outlook shows ever disappears (Graph adds and confirms, never removes), and an answer
// that is no evidence at all gives exactly the verdict of no answer (`sameAs`).
// A case is one entry of CONFLICT_CASES; a kind not yet here (a `$batch` redirected to another
// origin: `reply: () => HttpResponse.redirect(…)`, with `handlers` answering there) is a kind
// added to CONFLICT_KINDS and its entries.

const CONFLICT_KINDS = ['partial answer', "another message's answer", 'duplicate answers', 'respelt answer', 'conflicting answer', 'malformed count'] as const;
type ConflictKind = (typeof CONFLICT_KINDS)[number];

interface ConflictCase {
  readonly kind: ConflictKind;
  /** Where the honest run starts, when the case needs another message than egScenario's. */
  readonly baseline?: () => EvidenceRun;
  readonly fault: (honest: EvidenceRun) => EvidenceRun;
  /** The answer is no evidence at all: the verdict is exactly that of this run. */
  readonly sameAs?: (honest: EvidenceRun) => EvidenceRun;
}

/** The honest message answer, edited. */
const editedMessage = (run: EvidenceRun, edit: (body: Record<string, unknown>) => Record<string, unknown>): EvidenceRun =>
  replacing(run, byId('message'), (r) => {
    const honest = run.answer(r) as { status: number; body: Record<string, unknown> };
    return { status: 200, body: edit(honest.body) };
  });
const without =
  (field: string) =>
  (body: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(body).filter(([name]) => name !== field));
/** The `$batch` answer with the inner response `id` sent a second time, rewritten. */
const answeredTwice = (run: EvidenceRun, id: string, second: (item: BatchItem) => BatchItem): EvidenceRun => ({
  ...run,
  responses: (items) => items.flatMap((item) => (item.id === id ? [item, second(item)] : [item])),
});
/** A MailTips answer with entries added (after the honest one for `after`). */
const extraTips = (run: EvidenceRun, after: string, extra: readonly Record<string, unknown>[]): EvidenceRun =>
  replacing(run, isTips, (r) => {
    const honest = run.answer(r) as { status: number; body: { value: Record<string, unknown>[] } };
    return { status: 200, body: { value: honest.body.value.flatMap((entry) => (addressOf(entry) === after ? [entry, ...extra] : [entry])) } };
  });
const tipFor = (address: string, recipientScope: string, totalMemberCount = 1, externalMemberCount = 0) =>
  aMailTip(address).scope(recipientScope).group(totalMemberCount, externalMemberCount).build();
const messageOmitted = (run: EvidenceRun) => replacing(run, byId('message'), omitted);

const DMITRY = { name: 'Dmitry', address: 'dmitry.k@gmail.com' };
/** Only the Bcc line keeps the message from being recallable for everyone. */
const bccOutsider = () => honestRun(aScenario().onWeb().subject('Q4').to(EG.maria, EG.atlas).bcc(DMITRY).policy({ recallReadMessages: false }).build());
/** Outlook on the web shows 20 of the To line; the 21st, outside, only Graph knows. */
const longToLine = () =>
  honestRun(
    aScenario()
      .onWeb()
      .subject('Q4')
      .to(...Array.from({ length: 20 }, (_, i) => ({ name: `Colleague ${i + 1}`, address: `colleague${i + 1}@contoso.com` })), EG.laura)
      .policy({ recallReadMessages: false })
      .build(),
  );

const CONFLICT_CASES: Readonly<Record<string, ConflictCase>> = {
  'message without ccRecipients': { kind: 'partial answer', fault: (run) => editedMessage(run, without('ccRecipients')) },
  'message without toRecipients': { kind: 'partial answer', fault: (run) => editedMessage(run, without('toRecipients')) },
  'message with ccRecipients null': { kind: 'partial answer', fault: (run) => editedMessage(run, (body) => ({ ...body, ccRecipients: null })) },
  'message without bccRecipients (Bcc outside)': {
    kind: 'partial answer',
    baseline: bccOutsider,
    fault: (run) => editedMessage(run, without('bccRecipients')),
  },
  'message without toRecipients (21 on the To line, Outlook shows 20)': {
    kind: 'partial answer',
    baseline: longToLine,
    fault: (run) => editedMessage(run, without('toRecipients')),
  },
  'message whose lists leave out someone Outlook shows': {
    kind: 'partial answer',
    fault: (run) => editedMessage(run, (body) => ({ ...body, ccRecipients: people([EG.sales]) })),
  },
  'message of another id': {
    kind: "another message's answer",
    fault: (run) =>
      editedMessage(run, (body) => ({ ...body, id: 'AAMkAGI2-another-sent-item', toRecipients: people([EG.maria]), ccRecipients: [], bccRecipients: [] })),
    sameAs: messageOmitted,
  },
  'message without id': { kind: "another message's answer", fault: (run) => editedMessage(run, without('id')), sameAs: messageOmitted },
  'message of our id with another subject': {
    kind: "another message's answer",
    fault: (run) => editedMessage(run, (body) => ({ ...body, subject: 'Q3 forecast', ccRecipients: [] })),
    sameAs: messageOmitted,
  },
  'message subject differing only in spacing and case': {
    kind: "another message's answer",
    fault: (run) => editedMessage(run, (body) => ({ ...body, subject: '  q4 ' })),
    sameAs: (run) => run,
  },
  'MailTips (second round) answering for an address it was not asked about': {
    kind: "another message's answer",
    // The second round asks for Chen (Bcc) only; an entry for Laura there is no answer about her.
    fault: (run) => extraTips(run, EG.chen.address, [tipFor(EG.laura.address, 'internal')]),
    sameAs: (run) => run,
  },
  '$batch answering tips-0 twice, the second time Laura internal': {
    kind: 'duplicate answers',
    fault: (run) =>
      answeredTwice(run, 'tips-0', (item) => ({
        ...item,
        body: {
          value: (item.body as { value: Record<string, unknown>[] }).value.map((e) =>
            addressOf(e) === EG.laura.address ? { ...e, recipientScope: 'internal' } : e,
          ),
        },
      })),
  },
  '$batch answering tips-0 twice, identically': {
    kind: 'duplicate answers',
    fault: (run) => answeredTwice(run, 'tips-0', (item) => item),
    sameAs: (run) => run,
  },
  '$batch answering the message twice, the second without Laura': {
    kind: 'duplicate answers',
    fault: (run) => answeredTwice(run, 'message', (item) => ({ ...item, body: { ...(item.body as object), ccRecipients: people([EG.sales]) } })),
    sameAs: messageOmitted,
  },
  '$batch answering the message twice under ids differing in case': {
    kind: 'duplicate answers',
    // A $batch id is "not case-sensitive" (json-batching.md): MESSAGE is message.
    fault: (run) => answeredTwice(run, 'message', (item) => ({ ...item, id: 'MESSAGE', body: { ...(item.body as object), ccRecipients: [] } })),
    sameAs: messageOmitted,
  },
  'MailTips listing Laura twice: external, then internal': {
    kind: 'duplicate answers',
    fault: (run) => extraTips(run, EG.laura.address, [tipFor(EG.laura.address, 'internal')]),
  },
  'MailTips listing Maria twice, the same': {
    kind: 'duplicate answers',
    fault: (run) => extraTips(run, EG.maria.address, [tipFor(EG.maria.address, 'internal')]),
    sameAs: (run) => run,
  },
  'MailTips answering LAURA.JENSEN@FABRIKAM.COM. (respelt) as internal': {
    kind: 'respelt answer',
    fault: (run) => extraTips(run, EG.laura.address, [tipFor('LAURA.JENSEN@FABRIKAM.COM.', 'internal')]),
  },
  'MailTips answering Maria respelt, the same': {
    kind: 'respelt answer',
    fault: (run) => extraTips(run, EG.maria.address, [tipFor('<Maria.Sokolova@Contoso.com>', 'Internal')]),
    sameAs: (run) => run,
  },
  'MailTips counting Sales twice: 2 outside, then none': {
    kind: 'conflicting answer',
    fault: (run) => extraTips(run, EG.sales.address, [tipFor(EG.sales.address, 'internal', 12, 0)]),
  },
  'MailTips answering Maria internal, then with an error': {
    kind: 'conflicting answer',
    fault: (run) => extraTips(run, EG.maria.address, [aMailTip(EG.maria.address).error('ErrorServerBusy', 'busy').build()]),
  },
  'Sales counted -5 members, no outside count': {
    kind: 'malformed count',
    fault: (run) => editedTips(run, (e) => (addressOf(e) === EG.sales.address ? without('externalMemberCount')({ ...e, totalMemberCount: -5 }) : e)),
  },
  'Sales counted 1.5 members, none outside': {
    kind: 'malformed count',
    fault: (run) => editedTips(run, (e) => (addressOf(e) === EG.sales.address ? { ...e, totalMemberCount: 1.5, externalMemberCount: 0 } : e)),
  },
  'Sales counted beyond Int32 (3e9 members), none outside': {
    kind: 'malformed count',
    fault: (run) => editedTips(run, (e) => (addressOf(e) === EG.sales.address ? { ...e, totalMemberCount: 3e9, externalMemberCount: 0 } : e)),
  },
  'Atlas a group of 12 without its outside count': {
    kind: 'malformed count',
    fault: (run) => editedTips(run, (e) => (addressOf(e) === EG.atlas.address ? without('externalMemberCount')(e) : e)),
  },
};

const verdictRows = (check: EvidenceCheck) => ({
  overall: check.outcome.assessment.overall,
  rows: check.outcome.assessment.recipients.map((r) => [r.address, r.verdict, r.reasons]),
});

describe('conflicting and partial answers never make the verdict more hopeful, nor remove anyone Outlook shows', () => {
  it.each(Object.entries(CONFLICT_CASES).map(([name, c]) => [c.kind, name, c] as const))('%s: %s', async (kind, name, c) => {
    results.set(cell(`conflict: ${kind}`, name), false);
    const honestStart = c.baseline ? c.baseline() : honestRun();
    const honest = await runEvidenceCheck(honestStart);
    server.resetHandlers();
    const faulty = await runEvidenceCheck(c.fault(honestStart));
    expectNoMoreHope(honest, faulty);
    // Everyone Outlook shows is still a row: Graph's answer adds and confirms, never removes.
    const rows = new Set(faulty.outcome.assessment.recipients.map((r) => r.parsed.key));
    expect(
      sentItemOf(honestStart.scenario)
        .recipients.filter((r) => !rows.has(r.parsed.key))
        .map((r) => r.address),
    ).toEqual([]);
    if (c.sameAs) {
      server.resetHandlers();
      const reference = await runEvidenceCheck(c.sameAs(honestStart));
      expect(verdictRows(faulty)).toEqual(verdictRows(reference));
    }
    results.set(cell(`conflict: ${kind}`, name), true);
  });

  it('every kind has a case', () => {
    expect([...new Set(Object.values(CONFLICT_CASES).map((c) => c.kind))].sort()).toEqual([...CONFLICT_KINDS].sort());
  });

  it('the baselines are what the cases rely on: Bcc, and the 21st on the To line, decide for everyone', async () => {
    expect(verdictRows(await runEvidenceCheck(bccOutsider())).overall).toBe('partial');
    server.resetHandlers();
    const long = await runEvidenceCheck(longToLine());
    expect(long.outcome.assessment.overall).toBe('partial');
    expect(long.outcome.assessment.recipients).toHaveLength(21);
  });
});

// ---------------------------------------------------------------------------------------------
// Office.js failures: the real adapter against the one Office.js stand-in, with the failure put in.

function fakeOffice(overrides: { item?: null; convertToRestId?: () => string; displayNewMessageForm?: () => void; onReady?: () => Promise<unknown> } = {}) {
  const { office } = officeStandIn({
    item:
      'item' in overrides
        ? overrides.item
        : {
            itemId: 'AAMk=',
            subject: 'Q4',
            dateTimeCreated: '2026-11-25T09:56:00Z',
            from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
            to: [{ name: 'Boris', address: BORIS }],
          },
  });
  Object.assign(office.context.mailbox, { convertToRestId: overrides.convertToRestId ?? (() => SIMULATED_REST_ID) });
  if (overrides.displayNewMessageForm !== undefined) Object.assign(office.context.mailbox, { displayNewMessageForm: overrides.displayNewMessageForm });
  if (overrides.onReady !== undefined) Object.assign(office, { onReady: overrides.onReady });
  return office;
}

describe('Office.js failures', () => {
  it('no item selected: currentItem() is null (the pane shows its empty state)', async () => {
    results.set(cell('office.js', 'null item'), false);
    await expect(createOfficeHost(fakeOffice({ item: null })).currentItem()).resolves.toBeNull();
    results.set(cell('office.js', 'null item'), true);
  });

  it('convertToRestId throwing: no REST id, and the check degrades with a graph gap', async () => {
    results.set(cell('office.js', 'convertToRestId throws'), false);
    const host = createOfficeHost(
      fakeOffice({
        convertToRestId: () => {
          throw new Error('Invalid id');
        },
      }),
    );
    const item = await host.currentItem();
    expect(item?.restId).toBeNull();
    const { services } = servicesFor(scenario);
    const outcome = await checkMessage({ ...services, host }, item ?? sentItemOf(scenario));
    const gap = outcome.gaps.find((g) => g.kind === 'graph');
    expect(gap?.kind === 'graph' && gap.failure).toEqual({ kind: 'unsupported', what: 'rest-id' });
    if (gap?.kind === 'graph') expectWords(gap.failure);
    results.set(cell('office.js', 'convertToRestId throws'), true);
  });

  it('displayNewMessageForm throwing: openNewMessage rejects (the UI catches it: see the component test)', async () => {
    results.set(cell('office.js', 'displayNewMessageForm throws'), false);
    const host = createOfficeHost(
      fakeOffice({
        displayNewMessageForm: () => {
          throw new Error('Form failed');
        },
      }),
    );
    await expect(host.openNewMessage({ to: [{ name: '', address: BORIS, field: 'to' }], subject: 'x', htmlBody: '' })).rejects.toThrow();
    results.set(cell('office.js', 'displayNewMessageForm throws'), true);
  });

  it('Office.onReady never resolving: waitForOffice gives up with "timeout"', async () => {
    results.set(cell('office.js', 'onReady never resolves'), false);
    const office = fakeOffice({ onReady: () => new Promise(() => undefined) });
    await expect(waitForOffice(30, office)).resolves.toEqual({ kind: 'timeout' });
    expect(en.t('outside.timeout')).not.toBe('');
    expect(ru.t('outside.timeout')).not.toBe('');
    results.set(cell('office.js', 'onReady never resolves'), true);
  });
});

afterAll(() => {
  const rows = Object.keys(ROWS);
  const width = Math.max(...rows.map((r) => r.length), 16);
  const lines = [`${'path'.padEnd(width)} | ${COLUMNS.map((c) => c.padEnd(5)).join(' | ')}`];
  for (const row of rows)
    lines.push(`${row.padEnd(width)} | ${COLUMNS.map((c) => (results.get(cell(row, c)) ? '✓' : '✗').padEnd(Math.max(c.length, 5))).join(' | ')}`);
  // The evidence-gap dimension as its own grid: source × mode (n/a where the mode cannot happen).
  const sources = Object.keys(EVIDENCE_ROWS);
  const sourceWidth = Math.max(...sources.map((r) => r.length));
  lines.push('', `${'evidence source'.padEnd(sourceWidth)} | ${EVIDENCE_MODES.join(' | ')}`);
  for (const source of sources) {
    const mark = (mode: EvidenceMode) =>
      mode in (EVIDENCE_ROWS[source]?.notApplicable ?? {}) ? 'n/a' : results.get(cell(`evidence: ${source}`, mode)) ? '✓' : '✗';
    lines.push(`${source.padEnd(sourceWidth)} | ${EVIDENCE_MODES.map((m) => mark(m).padEnd(m.length)).join(' | ')}`);
  }
  lines.push('');
  const extras = [...results.entries()].filter(([key]) => !rows.includes(key.split('|')[0] ?? '') && !key.startsWith('evidence: '));
  for (const [key, passed] of extras) lines.push(`${key.replace('|', ': ')} ${passed ? '✓' : '✗'}`);
  const passed = [...results.values()].filter(Boolean).length;
  lines.push(`fault matrix: ${passed}/${results.size} cells passed`);
  // eslint-disable-next-line no-console
  console.log(lines.join('\n'));
});
