/**
 * Fault matrix: every Graph request path the add-in makes (rows, from the registry in
 * src/graph/requestPaths.ts) × every way it can fail (columns). Each cell drives the real use case
 * over HTTP (MSW) and checks that the failure becomes a Result whose kind has words in both
 * languages, that the degraded path is taken (a verdict with a 'graph' gap, partial facts, or the
 * native Recall guidance), and that no promise rejection escapes. A request path added to the
 * registry without a row here fails the first test. Office.js failures are at the end.
 */
import { http, HttpResponse, delay } from 'msw';
import { checkMessage, type DataGap } from '../../src/app/checkMessage';
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
import { GRAPH_REQUEST_PATHS, type GraphRequestName } from '../../src/graph/requestPaths';
import { createOfficeHost } from '../../src/host/officeHost';
import { createTranslator } from '../../src/i18n/translator';
import { waitForOffice } from '../../src/taskpane/officeReady';
import { graphError, recordingSleep, setupMswForFile, type InnerAnswer, type InnerRequest } from '../builders/graph';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();
const en = createTranslator('en');
const ru = createTranslator('ru');

// ---------------------------------------------------------------------------------------------
// The tenant: healthy answers for every inner request, unless the cell's fault says otherwise.

const BORIS = 'boris.ivanov@contoso.com';
const LAURA = 'laura.jensen@fabrikam.com';
const scenario = aScenario().onWeb().to(BORIS).cc(LAURA).build();

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

function healthy(request: InnerRequest): InnerAnswer {
  switch (pathOf(request.url, request.method)) {
    case 'sentItem':
      return {
        status: 200,
        body: {
          subject: 'Q4',
          sentDateTime: '2026-11-25T09:56:00Z',
          from: { emailAddress: { address: 'alex.morgan@contoso.com' } },
          toRecipients: [{ emailAddress: { address: BORIS } }],
          ccRecipients: [{ emailAddress: { address: LAURA } }],
          bccRecipients: [],
        },
      };
    case 'organization':
      return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
    case 'recallMark':
      return { status: 200, body: { id: SIMULATED_REST_ID } };
    case 'inboxMessage':
      return { status: 200, body: { id: 'report', body: { contentType: 'html', content: `<table><tr><td>${BORIS}</td><td>Succeeded</td></tr></table>` } } };
    case 'inboxMessages':
      // Tracking's list holds one cloud report (by its header), so its body is fetched too; the check's lists are empty.
      return request.id === 'cloud'
        ? {
            status: 200,
            body: {
              value: [
                {
                  id: 'report',
                  subject: 'Message Recall Report: Q4',
                  from: { emailAddress: { address: 'microsoftexchange@contoso.com' } },
                  receivedDateTime: '2026-11-25T10:00:00Z',
                  internetMessageHeaders: [{ name: 'x-ms-exchange-recallreportgenerated', value: 'true' }],
                },
              ],
            },
          }
        : { status: 200, body: { value: [] } };
    case 'mailTips': {
      const addresses = (request.body as { EmailAddresses: string[] }).EmailAddresses;
      return { status: 200, body: { value: addresses.map((address) => ({ emailAddress: { address }, recipientScope: address.endsWith('@contoso.com') ? 'internal' : 'external' })) } };
    }
    default:
      return { status: 200, body: { value: [] } };
  }
}

// ---------------------------------------------------------------------------------------------
// Columns: how a request fails, at the HTTP level (direct calls) and inside a $batch.

const COLUMNS = ['401', '403', '404', '429+Retry-After', '429', '500', '503', 'timeout', 'network', 'malformed JSON', 'empty body'] as const;
type Column = (typeof COLUMNS)[number];

const CLIENT_TIMEOUT_MS = 40;

/** The failure the user is told about for each column (inside a $batch, a timed-out item is a 504). */
const EXPECTED: Record<Column, { direct: FailureKind; inner: FailureKind }> = {
  '401': { direct: 'consent-required', inner: 'consent-required' },
  '403': { direct: 'forbidden', inner: 'forbidden' },
  '404': { direct: 'not-found', inner: 'not-found' },
  '429+Retry-After': { direct: 'throttled', inner: 'throttled' },
  '429': { direct: 'throttled', inner: 'throttled' },
  '500': { direct: 'server-error', inner: 'server-error' },
  '503': { direct: 'server-error', inner: 'server-error' },
  timeout: { direct: 'timeout', inner: 'server-error' },
  network: { direct: 'offline', inner: 'offline' },
  'malformed JSON': { direct: 'malformed-response', inner: 'malformed-response' },
  'empty body': { direct: 'malformed-response', inner: 'malformed-response' },
};

const statusOf = (column: Column) => Number(column.slice(0, 3));

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
    default: {
      const headers: Record<string, string> = column === '429+Retry-After' ? { 'Retry-After': '3' } : {};
      return HttpResponse.json(graphError(column.startsWith('429') ? 'TooManyRequests' : 'ErrorSomething'), { status: statusOf(column), headers });
    }
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
    default:
      return { status: statusOf(column), headers: column === '429+Retry-After' ? { 'Retry-After': '3' } : {}, body: graphError('ErrorSomething') };
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
  const mark = http.patch(`${GRAPH_ORIGIN}/v1.0/me/messages/:id`, async () => (row === 'setRecallMark' ? directFault(column) : HttpResponse.json({ id: SIMULATED_REST_ID })));
  return [batch, recall, mark];
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
  return checkMessage({ ...services, graph: client }, sentItemOf(scenario));
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

/** A part of the first $batch failed, the rest informs: a full verdict, no gap. */
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
  const facts = await fetchRecallFacts(graphClient().client, SIMULATED_REST_ID, [BORIS, LAURA]);
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
      const facts = await fetchRecallFacts(client, SIMULATED_REST_ID, [BORIS, LAURA]);
      expectFailure(facts, kind);
      // Throttling is retried (3 attempts), waiting what Retry-After says or 2 s without it.
      if (column === '429+Retry-After') expect(waits).toEqual([3000, 3000]);
      else if (column === '429') expect(waits).toEqual([2000, 2000]);
      else expect(waits).toEqual([]);
      await expectGraphGap(kind);
      // Recall tracking: the reports can't be read; the step says so and tries again.
      expectFailure(await fetchRecallReports(graphClient().client, null), kind);
    },
  },
  sentItem: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.message, kind);
      if (kind === 'not-found') {
        // Not in Sent Items: a message-level answer, not a gap.
        const outcome = await checkTheMessage();
        expect(outcome.assessment.messageReasons).toContain('NOT_IN_SENT_ITEMS');
        expect(outcome.assessment.overall).toBe('not-recallable');
        return;
      }
      await expectGraphGap(kind);
    },
  },
  organization: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.verifiedDomains, kind);
      await expectVerdictWithout('MailTips still say Laura is external');
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
      expectFailure(await fetchRecallReports(graphClient().client, null), EXPECTED[column].inner);
    },
  },
  inboxMessage: {
    async check(column) {
      const reports = await fetchRecallReports(graphClient().client, null);
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
  recallMark: {
    async check(column) {
      const kind = EXPECTED[column].inner;
      const facts = await factsWhenOthersAnswer(column, kind);
      if (facts === null) return;
      expectFailure(facts.recallMark, kind);
      const outcome = await expectVerdictWithout('an unreadable mark does not change scopes', [{ kind: 'earlierRecall' }]);
      // Unknown, not "no": no ALREADY_RECALLED claimed, and no earlier recall invented.
      expect(outcome.assessment.messageReasons).not.toContain('ALREADY_RECALLED');
      expect(outcome.earlierRecall).toBeUndefined();
    },
  },
  setRecallMark: {
    async check(column) {
      // After a 202 the mark is best effort: its failure is a typed Result, never a rejection.
      const result = await setRecallMark(graphClient().client, SIMULATED_REST_ID, new Date('2026-11-25T10:00:00Z'));
      if (column === 'empty body' || column === 'malformed JSON') {
        expect(result.ok).toBe(true);
        return;
      }
      expectFailure(result, EXPECTED[column].direct);
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
      // MailTips failures are per address: they fall back to the tenant's verified domains.
      expect([...facts.mailTips.values()].every((tip) => tip.kind === 'failed')).toBe(true);
      const outcome = await expectVerdictWithout('verified domains say fabrikam.com is external');
      expect(outcome.assessment.recipients.find((r) => r.address === BORIS)?.verdict).toBe('recallable');
    },
  },
  recall: {
    async check(column) {
      const { sleep } = recordingSleep();
      const result = await requestRecall(graphClient().client, SIMULATED_REST_ID, { sleep });
      if (column === 'empty body' || column === 'malformed JSON') {
        // The recall answers 202 with no body; the status is the answer, a body is never read.
        expect(result.ok).toBe(true);
        return;
      }
      const failure = expectFailure(result, EXPECTED[column].direct);
      // The refusal sends the user to Outlook's own Recall command, with steps for their client.
      const act = wizardReducer(
        { step: 'act', outcome: await checkTheMessage(), choice: 'delete', act: { mode: 'recalling' } } as Parameters<typeof wizardReducer>[0],
        { type: 'recall-refused', failure },
      );
      expect(act).toMatchObject({ step: 'act', act: { mode: 'guide', refusal: failure } });
      expect(NATIVE_GUIDE_STEPS.web.length).toBeGreaterThan(0);
      for (const i18n of [en, ru]) expect(i18n.t('act.refused', { failure: i18n.failure(failure) })).not.toMatch(RAW);
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
    await fetchRecallFacts(client, SIMULATED_REST_ID, [BORIS, LAURA]);
    await fetchRecallReports(client, null);
    await requestRecall(client, SIMULATED_REST_ID);
    await setRecallMark(client, SIMULATED_REST_ID, new Date());
    expect(new Set(urls.map((url) => pathOf(url, url.includes('/v1.0/me/messages/') ? 'PATCH' : 'GET')))).toEqual(new Set(['batch', 'recall', 'setRecallMark']));
  });
});

describe.each(Object.keys(ROWS) as GraphRequestName[])('%s', (row) => {
  it.each([...COLUMNS])(`${row} × %s`, async (column) => {
    server.use(...tenantWithFault(row, column));
    results.set(cell(row, column), false);
    await ROWS[row].check(column);
    results.set(cell(row, column), true);
  });
});

describe('$batch items failing one at a time', () => {
  const checkItems = ['message', 'organization', 'readReceipts', 'recallRequests', 'recallMark', 'classicReports', 'cloudReports', 'tips-0'];
  const reportItems = ['classic', 'cloud'];

  it.each(checkItems)('check: only %s fails (500); the verdict still comes, from the rest', async (item) => {
    server.use(...tenantWithFault(null, '500', { onlyItem: item }));
    results.set(cell('batch item', item), false);
    const facts = await fetchRecallFacts(graphClient().client, SIMULATED_REST_ID, [BORIS, LAURA]);
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    const failed = {
      message: !facts.value.message.ok,
      organization: !facts.value.verifiedDomains.ok,
      readReceipts: !facts.value.readReceipts.ok,
      recallRequests: !facts.value.recallRequests.ok,
      recallMark: !facts.value.recallMark.ok,
      // The two report lists inform together: one failing leaves the other's evidence.
      classicReports: item === 'classicReports' && facts.value.recallReports.ok && !facts.value.recallReports.value.complete,
      cloudReports: item === 'cloudReports' && facts.value.recallReports.ok && !facts.value.recallReports.value.complete,
      'tips-0': [...facts.value.mailTips.values()].every((t) => t.kind === 'failed'),
    };
    expect(Object.entries(failed).filter(([, f]) => f).map(([id]) => id)).toEqual([item]);
    const outcome = await checkTheMessage();
    expect(outcome.assessment.recipients).toHaveLength(2);
    // The message is the verdict's base; without the mark or the requests an earlier recall is unknown.
    expect(outcome.gaps.length > 0).toBe(['message', 'recallRequests', 'recallMark'].includes(item));
    results.set(cell('batch item', item), true);
  });

  it.each(reportItems)('tracking: only the %s report list fails; the other still informs, the read is incomplete', async (item) => {
    server.use(...tenantWithFault(null, '500', { onlyItem: item }));
    results.set(cell('batch item', item), false);
    const reports = await fetchRecallReports(graphClient().client, null);
    expect(reports.ok && reports.value.complete).toBe(false);
    expect(reports.ok && reports.value.reports.length).toBe(item === 'cloud' ? 0 : 1);
    results.set(cell('batch item', item), true);
  });
});

// ---------------------------------------------------------------------------------------------
// Office.js failures: the real adapter with a fake Office object.

function fakeOffice(overrides: { item?: unknown; convertToRestId?: () => string; displayNewMessageForm?: () => void; onReady?: () => Promise<unknown> } = {}) {
  const mailbox = {
    diagnostics: { hostName: 'OutlookWebApp' },
    userProfile: { accountType: 'office365', emailAddress: 'alex.morgan@contoso.com', displayName: 'Alex Morgan' },
    item:
      'item' in overrides
        ? overrides.item
        : { itemId: 'AAMk=', itemClass: 'IPM.Note', subject: 'Q4', dateTimeCreated: new Date('2026-11-25T09:56:00Z'), from: { emailAddress: 'alex.morgan@contoso.com' }, to: [{ displayName: 'Boris', emailAddress: BORIS }], cc: [] },
    convertToRestId: overrides.convertToRestId ?? (() => SIMULATED_REST_ID),
    displayNewMessageForm: overrides.displayNewMessageForm ?? (() => undefined),
    addHandlerAsync: () => undefined,
    removeHandlerAsync: () => undefined,
  };
  return {
    context: { mailbox, diagnostics: { platform: 'OfficeOnline' }, displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#ffffff' }, requirements: { isSetSupported: () => true } },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    onReady: overrides.onReady ?? (() => Promise.resolve({ host: 'Outlook' })),
  } as unknown as typeof Office;
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
  for (const row of rows) lines.push(`${row.padEnd(width)} | ${COLUMNS.map((c) => (results.get(cell(row, c)) ? '✓' : '✗').padEnd(Math.max(c.length, 5))).join(' | ')}`);
  const extras = [...results.entries()].filter(([key]) => !rows.includes(key.split('|')[0] ?? ''));
  for (const [key, passed] of extras) lines.push(`${key.replace('|', ': ')} ${passed ? '✓' : '✗'}`);
  const passed = [...results.values()].filter(Boolean).length;
  lines.push(`fault matrix: ${passed}/${results.size} cells passed`);
  // eslint-disable-next-line no-console
  console.log(lines.join('\n'));
});
