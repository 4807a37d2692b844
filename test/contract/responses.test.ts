/**
 * Every answer of the simulated tenant, checked against Microsoft's published types
 * (graph-contract.json): property names exist on the type the request addresses, values have the
 * declared types and enum members (recipientScope …), `$select` is honoured, error bodies are
 * `{ error: { code, message } }` with a code Microsoft documents (or that the contract records as
 * observed, with its source). The simulator may not invent fields or codes: tests that pass
 * against it must also mean something against Graph.
 */
import { sentItemOf } from '../../src/demo/scenarioHost';
import { BUILT_IN_SCENARIOS } from '../../src/demo/scenarios';
import type { Scenario } from '../../src/demo/scenario';
import { RECALL_ACCEPTED_BODY } from '../../src/demo/graphBehaviour';
import { memoryRecallStore, SIMULATED_REST_ID, simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { fetchRecallReports, requestRecall } from '../../src/graph/recall';
import { fetchRecallFacts } from '../../src/graph/recallFacts';
import { heldDraftHandlers, HeldDraftStore } from '../../src/demo/simulatedHeldDrafts';
import { listHeld } from '../../src/graph/heldMessages';
import { aGraphClient, setupMswForFile } from '../builders/graph';
import { aScenario, builtInScenario } from '../builders/scenario';
import { CONTRACT, type GraphRequest } from './contractModel';
import { errorBodyProblems, responseProblems } from './responseChecks';

const { server } = setupMswForFile();

interface Exchange {
  readonly request: GraphRequest;
  readonly status: number;
  readonly text: string;
}

/** Request/response pairs as they went over the wire; a $batch also yields one pair per inner request. */
function recordExchanges(): Exchange[] {
  const exchanges: Exchange[] = [];
  const pending: Promise<void>[] = [];
  // The handler consumes the request body: read a copy when the request starts.
  const requestBodies = new Map<string, Promise<string>>();
  server.events.on('request:start', ({ request, requestId }) => void requestBodies.set(requestId, request.clone().text()));
  server.events.on('response:mocked', ({ request, requestId, response }) => {
    pending.push(
      (async () => {
        const match = /^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)(\/.*)$/.exec(request.url);
        if (match === null) return;
        const version = match[1] as GraphRequest['version'];
        const requestText = (await requestBodies.get(requestId)) ?? '';
        const text = await response.clone().text();
        const outer: GraphRequest = {
          method: request.method,
          version,
          url: match[2] ?? '',
          ...(requestText === '' ? {} : { body: JSON.parse(requestText) as unknown }),
        };
        exchanges.push({ request: outer, status: response.status, text });
        if (outer.url !== '/$batch' || response.status !== 200) return;
        const inner = (outer.body as { requests: { id: string; method: string; url: string; body?: unknown }[] }).requests;
        for (const answer of (JSON.parse(text) as { responses: { id: string; status: number; body?: unknown }[] }).responses) {
          const asked = inner.find((r) => r.id === answer.id);
          if (asked === undefined) throw new Error(`inner response ${answer.id} answers no request`);
          const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
          exchanges.push({
            request: { method: asked.method, version, url: asked.url, ...(asked.body === undefined ? {} : { body: asked.body }) },
            status: answer.status,
            text: body,
          });
        }
      })(),
    );
  });
  afterEach(async () => {
    await Promise.all(pending.splice(0));
    exchanges.length = 0;
  });
  return exchanges;
}
const exchanges = recordExchanges();

async function runEverything(scenario: Scenario): Promise<readonly Exchange[]> {
  const recalledAnHourAgo = memoryRecallStore();
  recalledAnHourAgo.set(Date.now() - 3_600_000);
  server.use(...simulatedTenantHandlers(scenario, recalledAnHourAgo));
  const { client } = aGraphClient({ maxAttempts: 1 });
  await fetchRecallFacts(client, SIMULATED_REST_ID, sentItemOf(scenario).recipients, { sentAt: new Date(scenario.message.sentDateTime) });
  await requestRecall(client, SIMULATED_REST_ID);
  await fetchRecallReports(client, new Date(scenario.message.sentDateTime), { subject: scenario.message.subject, restId: SIMULATED_REST_ID });
  // Let the response events of the last request land.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return exchanges;
}

const GRAPH_SCENARIOS = BUILT_IN_SCENARIOS.map((s) => (s as { id: string }).id).filter((id) => builtInScenario(id).tenant.graph === 'available');

describe("the simulated tenant answers with Graph's types", () => {
  it.each(GRAPH_SCENARIOS)('%s: every response (inner ones included) fits its type', async (id) => {
    const seen = await runEverything(builtInScenario(id));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  it.each([
    ['an on-premises mailbox', aScenario().account('enterprise').to('boris@contoso.com').build()],
    [
      'a MailTips error for one address',
      aScenario().to('boris@contoso.com', 'maria@contoso.com').mailTip('maria@contoso.com', { error: 'unavailable' }).build(),
    ],
    [
      'a scope of every kind',
      aScenario()
        .to('a@contoso.com', 'b@fabrikam.com', 'c@northwind.example', 'd@adatum.com', 'e@wingtip.example')
        .mailTip('a@contoso.com', { recipientScope: 'internal' })
        .mailTip('b@fabrikam.com', { recipientScope: 'externalPartner' })
        .mailTip('c@northwind.example', { recipientScope: 'externalNonPartner' })
        .mailTip('d@adatum.com', { recipientScope: 'external' })
        .mailTip('e@wingtip.example', { recipientScope: 'none' })
        .build(),
    ],
    ['a message in the Inbox', aScenario().set('message.folder', 'inbox').to('boris@contoso.com').build()],
  ])('%s: every response fits its type', async (_what, scenario) => {
    const seen = await runEverything(scenario);
    expect(seen.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  const FAULT_TARGETS = ['message', 'sentItemsFolder', 'organization', 'mailTips', 'readReceipts', 'recallRequests', 'batch'] as const;
  // A timed-out $batch as a whole has no answer at all; inside it, a timed-out item is a 504.
  const CASES = FAULT_TARGETS.flatMap((target) =>
    [400, 401, 403, 404, 429, 500, 501, 503, 'timeout' as const].map((status) => [target, status] as const),
  ).filter(([target, status]) => !(target === 'batch' && status === 'timeout'));
  it.each(CASES)('a fault on %s answering %s: a Graph error body with a documented code', async (target, status) => {
    const seen = await runEverything(aScenario().to('boris@contoso.com').fault({ target, status }).build());
    const errors = seen.filter((e) => e.status >= 400);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  it.each([400, 403, 404, 429, 500, 501, 503])('the recall refused with %i: a Graph error body with a documented code', async (status) => {
    const seen = await runEverything(aScenario().to('boris@contoso.com').set('tenant.recall', { status }).build());
    const recall = seen.filter((e) => e.request.url.endsWith('/recall'));
    expect(recall.map((e) => e.status)).toEqual([status]);
    expect(recall.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  it('the simulated Drafts (safety window): each page of held drafts fits Collection(message), $select honoured', async () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const store = new HeldDraftStore();
    for (let i = 0; i < 3; i++) store.add({ subject: `Plain ${i}`, to: ['boris@contoso.com'], cc: [], bcc: [], deliverAt: null });
    for (let i = 0; i < 55; i++)
      store.add({ subject: `Held ${i}`, to: ['anna.petrova@gmail.com'], cc: [], bcc: [], deliverAt: new Date(now.getTime() + 600_000) });
    server.use(...heldDraftHandlers(aScenario().build(), store, () => now));
    await listHeld(aGraphClient({ maxAttempts: 1 }).client, now);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(exchanges.map((e) => e.status)).toEqual([200, 200]);
    expect(exchanges.flatMap((e) => responseProblems(e.request, e.status, e.text))).toEqual([]);
  });

  it("a request without a token: 401 InvalidAuthenticationToken in Graph's error shape", async () => {
    server.use(...simulatedTenantHandlers(aScenario().build()));
    const response = await fetch(`${GRAPH_ORIGIN}/v1.0/organization?$select=verifiedDomains`);
    expect(response.status).toBe(401);
    expect(errorBodyProblems(await response.json())).toEqual([]);
  });
});

describe('#11 item 10: the beta recall answers as its documentation shows', () => {
  it('202 with the documented plain-string body (not JSON), and the client takes it as accepted', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').build()));
    const result = await requestRecall(aGraphClient().client, SIMULATED_REST_ID);
    expect(result).toEqual({ ok: true, value: 'accepted' });
    const [recall] = exchanges.filter((e) => e.request.url.endsWith('/recall'));
    expect(recall?.status).toBe(202);
    expect(recall?.text).toBe(CONTRACT.beta.actions['microsoft.graph.recall']?.[0]?.success?.documentedExample);
    expect(RECALL_ACCEPTED_BODY).toBe(recall?.text);
    expect(() => JSON.parse(recall?.text ?? '')).toThrow();
  });
});

describe('the checker itself', () => {
  it.each<[string, GraphRequest, number, unknown, RegExp]>([
    [
      'an invented message property',
      { method: 'GET', version: 'v1.0', url: '/me/messages/x' },
      200,
      { subject: 'Q4', recallState: 'done' },
      /recallState: not a property of microsoft.graph.message/,
    ],
    [
      'an unselected property',
      { method: 'GET', version: 'v1.0', url: '/me/messages/x?$select=subject' },
      200,
      { subject: 'Q4', isRead: true },
      /"isRead" returned but not \$select-ed/,
    ],
    [
      'an invented recipientScope',
      { method: 'POST', version: 'v1.0', url: '/me/getMailTips' },
      200,
      { value: [{ emailAddress: { address: 'a@b.c' }, recipientScope: 'partner' }] },
      /"partner" is not a member of microsoft.graph.recipientScopeType/,
    ],
    [
      'a date without offset',
      { method: 'GET', version: 'v1.0', url: '/me/messages' },
      200,
      { value: [{ receivedDateTime: '2026-11-25 09:56' }] },
      /receivedDateTime: must be an ISO 8601/,
    ],
    [
      'an invented error code',
      { method: 'GET', version: 'v1.0', url: '/organization' },
      404,
      { error: { code: 'Error', message: 'Error' } },
      /code "Error" is not a documented/,
    ],
    [
      'an error without message',
      { method: 'GET', version: 'v1.0', url: '/organization' },
      500,
      { error: { code: 'generalException' } },
      /message must be a string/,
    ],
    [
      'a recall answer other than documented',
      { method: 'POST', version: 'beta', url: '/me/mailFolders/sentitems/messages/x/recall' },
      202,
      '',
      /not the documented example string/,
    ],
  ])('rejects %s', (_what, request, status, body, problem) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    expect(responseProblems(request, status, text).join('\n')).toMatch(problem);
  });
});
