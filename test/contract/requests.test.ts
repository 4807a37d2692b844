/**
 * Every Graph request the add-in makes, checked against Microsoft's published contract
 * (graph-contract.json, from msgraph-metadata's v1.0 CSDL and the beta recall documentation) —
 * not against what our simulated tenant happens to accept. The templates of the request registry
 * are walked first; then the real use cases run against the simulated tenant for every built-in
 * scenario and each request that leaves the client (inner $batch requests included) is checked
 * as sent: path, query options, action parameters, batch size.
 */
import { sentItemOf } from '../../src/demo/scenarioHost';
import { BUILT_IN_SCENARIOS } from '../../src/demo/scenarios';
import { memoryRecallStore, SIMULATED_REST_ID, simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { fetchRecallReports, requestRecall } from '../../src/graph/recall';
import { fetchRecallFacts } from '../../src/graph/recallFacts';
import { heldDraftHandlers, HeldDraftStore } from '../../src/demo/simulatedHeldDrafts';
import { listHeld } from '../../src/graph/heldMessages';
import { GRAPH_REQUEST_PATHS, type GraphRequestName } from '../../src/graph/requestPaths';
import { aGraphClient, setupMswForFile, type SeenRequest } from '../builders/graph';
import { builtInScenario } from '../builders/scenario';
import { CONTRACT, resolvePath, type GraphRequest } from './contractModel';
import { requestProblems } from './requestChecks';

const { server, seen } = setupMswForFile();

/** What went over the wire, as the contract checker reads it. */
async function asGraphRequest(request: SeenRequest): Promise<GraphRequest> {
  const match = /^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)(\/.*)$/.exec(request.url);
  if (match === null) throw new Error(`not a Graph request: ${request.url}`);
  const text = await request.body;
  return {
    method: request.method,
    version: match[1] as GraphRequest['version'],
    url: match[2] ?? '',
    ...(text === '' ? {} : { body: JSON.parse(text) as unknown }),
  };
}

/** A $batch and each of its inner requests, inner ones in the $batch's version. */
function withInner(request: GraphRequest): GraphRequest[] {
  const inner = request.url === '/$batch' ? ((request.body as { requests?: { method: string; url: string; body?: unknown }[] }).requests ?? []) : [];
  return [request, ...inner.map((r) => ({ method: r.method, version: request.version, url: r.url, ...(r.body === undefined ? {} : { body: r.body }) }))];
}

describe('the request registry (src/graph/requestPaths.ts) against the metadata', () => {
  /** OData: read or update an entity, read or add to a collection, POST an action or a $batch. */
  const METHODS: Record<string, readonly string[]> = {
    entity: ['GET', 'PATCH', 'DELETE'],
    collection: ['GET', 'POST'],
    action: ['POST'],
    batch: ['POST'],
    property: ['GET'],
  };

  it.each(Object.keys(GRAPH_REQUEST_PATHS) as GraphRequestName[])('%s: its path resolves and its method fits what it addresses', (name) => {
    const { method, version, template } = GRAPH_REQUEST_PATHS[name];
    const { target, problems } = resolvePath(CONTRACT, version, template.replace('{id}', 'AAMkAGI2-some-id'));
    expect(problems).toEqual([]);
    expect(METHODS[target?.kind ?? '']).toContain(method);
  });
});

const GRAPH_SCENARIOS = BUILT_IN_SCENARIOS.map((s) => (s as { id: string }).id).filter((id) => {
  const scenario = builtInScenario(id);
  return scenario.tenant.graph === 'available' && !['outlookCom', 'gmail'].includes(scenario.host.accountType);
});

describe('what the client sends, captured at the HTTP level', () => {
  it.each(GRAPH_SCENARIOS)('%s: every request of the check, the recall and the tracking conforms', async (id) => {
    const scenario = builtInScenario(id);
    // A recall made an hour ago, so that the reports have arrived when tracking reads them.
    const recalledAnHourAgo = memoryRecallStore();
    recalledAnHourAgo.set(Date.now() - 3_600_000);
    server.use(...simulatedTenantHandlers(scenario, recalledAnHourAgo));
    const { client } = aGraphClient();
    await fetchRecallFacts(client, SIMULATED_REST_ID, sentItemOf(scenario).recipients, { sentAt: new Date(scenario.message.sentDateTime) });
    await requestRecall(client, SIMULATED_REST_ID);
    await fetchRecallReports(client, new Date(scenario.message.sentDateTime), { subject: scenario.message.subject, restId: SIMULATED_REST_ID });

    const sent = (await Promise.all(seen.filter((r) => r.url.startsWith(`${GRAPH_ORIGIN}/`)).map(asGraphRequest))).flatMap(withInner);
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.flatMap((request) => requestProblems(request))).toEqual([]);
  });
});

describe('the safety window’s requests, captured at the HTTP level', () => {
  // #23 item 8: Drafts filtered on the deferred send time (singlevaluelegacyextendedproperty-get.md),
  // paged by @odata.nextLink; and nothing written (#23 item 1: "Send now" PATCHed it, undocumented).
  it('listing held drafts conforms on every page: Drafts filtered on the deferred send time, with it expanded, no write', async () => {
    const scenario = builtInScenario('compose-gmail-and-colleagues');
    const now = new Date('2026-11-25T10:00:00Z');
    const store = new HeldDraftStore();
    for (let i = 0; i < 60; i++)
      store.add({ subject: `Held ${i}`, to: ['anna.petrova@gmail.com'], cc: [], bcc: [], deliverAt: new Date(now.getTime() + (i + 1) * 60_000) });
    server.use(...heldDraftHandlers(scenario, store, () => now));
    const { client } = aGraphClient();
    const listed = await listHeld(client, now);
    expect(listed).toMatchObject({ ok: true, value: { complete: true } });
    expect(listed.ok && listed.value.held).toHaveLength(60);

    const sent = await Promise.all(seen.filter((r) => r.url.startsWith(`${GRAPH_ORIGIN}/`)).map(asGraphRequest));
    expect(sent.map((r) => `${r.method} ${r.url.split('?')[0] ?? ''}`)).toEqual(['GET /me/mailFolders/drafts/messages', 'GET /me/mailFolders/drafts/messages']);
    for (const request of sent)
      expect(new URL(request.url, 'https://graph.invalid/').searchParams.get('$filter')).toBe(
        "singleValueExtendedProperties/any(ep:ep/id eq 'SystemTime 0x3FEF')",
      );
    expect(sent.flatMap((request) => requestProblems(request))).toEqual([]);
  });
});

describe('the checker rejects what Graph would refuse', () => {
  it.each<[string, GraphRequest, RegExp]>([
    [
      'a $select property missing from the metadata',
      { method: 'GET', version: 'v1.0', url: '/me/messages/AAMk?$select=subject,recallStatus' },
      /"recallStatus" is not a property of microsoft.graph.message/,
    ],
    [
      'a $filter property missing from the metadata',
      { method: 'GET', version: 'v1.0', url: "/me/messages?$filter=messageClass eq 'IPM.Note'" },
      /\$filter: "messageClass" is not a property/,
    ],
    [
      'a lambda over a property of the wrong element type',
      { method: 'GET', version: 'v1.0', url: "/me/messages?$filter=singleValueExtendedProperties/any(ep:ep/name eq 'x')" },
      /"name" is not a property of microsoft.graph.singleValueLegacyExtendedProperty/,
    ],
    [
      'an $orderby property missing from the metadata',
      { method: 'GET', version: 'v1.0', url: '/me/messages?$orderby=arrivedDateTime desc' },
      /\$orderby: "arrivedDateTime"/,
    ],
    [
      'an $orderby that does not lead the $filter (InefficientFilter)',
      {
        method: 'GET',
        version: 'v1.0',
        url: "/me/messages?$filter=singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq 'IPM.Note') and receivedDateTime ge 2026-11-25T09:51:00Z&$orderby=receivedDateTime",
      },
      /\$orderby receivedDateTime must lead the \$filter \(it starts with singleValueExtendedProperties\)/,
    ],
    [
      'a navigation property with the wrong name',
      { method: 'GET', version: 'v1.0', url: '/me/mailFolder/sentitems' },
      /"mailFolder" is not a property, navigation property or bound action of microsoft.graph.user/,
    ],
    [
      'a folder name that is not well-known',
      { method: 'GET', version: 'v1.0', url: '/me/mailFolders/sent' },
      /"sent" is not a documented well-known mail folder name/,
    ],
    [
      'getMailTips with camel-cased parameters',
      { method: 'POST', version: 'v1.0', url: '/me/getMailTips', body: { emailAddresses: ['a@contoso.com'], MailTipsOptions: 'recipientScope' } },
      /parameter "emailAddresses" must be spelled "EmailAddresses"/,
    ],
    [
      'getMailTips asking for an option that does not exist',
      { method: 'POST', version: 'v1.0', url: '/me/getMailTips', body: { EmailAddresses: ['a@contoso.com'], MailTipsOptions: 'recipientScope,memberCount' } },
      /"memberCount" is not a member of microsoft.graph.mailTipsType/,
    ],
    [
      'recall in v1.0, where it does not exist',
      { method: 'POST', version: 'v1.0', url: '/me/mailFolders/sentitems/messages/AAMk/recall' },
      /"recall" is not a property, navigation property or bound action of microsoft.graph.message/,
    ],
    [
      'recall with a body',
      { method: 'POST', version: 'beta', url: '/me/mailFolders/sentitems/messages/AAMk/recall', body: { reason: 'typo' } },
      /supply no request body/,
    ],
    ['an action read with GET', { method: 'GET', version: 'v1.0', url: '/me/getMailTips' }, /getMailTips is an action: POST, not GET/],
    [
      'a $batch of 21 requests',
      {
        method: 'POST',
        version: 'v1.0',
        url: '/$batch',
        body: { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/organization?$select=verifiedDomains' })) },
      },
      /21 requests, at most 20/,
    ],
    [
      'an extension that is not one',
      { method: 'POST', version: 'v1.0', url: '/me/messages/AAMk/extensions', body: { '@odata.type': 'microsoft.graph.message', subject: 'x' } },
      /@odata.type microsoft.graph.message is not a microsoft.graph.extension/,
    ],
    [
      'a message update with an undeclared property',
      { method: 'PATCH', version: 'v1.0', url: '/me/messages/AAMk', body: { recalled: true } },
      /recalled: not a property of microsoft.graph.message/,
    ],
    [
      'a bad inner request of a $batch',
      { method: 'POST', version: 'v1.0', url: '/$batch', body: { requests: [{ id: '1', method: 'GET', url: '/organization?$select=domains' }] } },
      /\$batch item: .*"domains" is not a property of microsoft.graph.organization/,
    ],
  ])('%s', (_what, request, problem) => {
    const problems = requestProblems(request);
    expect(problems.join('\n')).toMatch(problem);
  });

  it('and accepts the documented forms those are variations of', () => {
    expect(
      [
        {
          method: 'GET',
          version: 'v1.0',
          url: "/me/messages?$filter=singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq 'IPM.Note')&$select=subject,from",
        },
        { method: 'GET', version: 'v1.0', url: '/me/messages?$filter=receivedDateTime ge 2026-11-25T09:56:00Z&$orderby=receivedDateTime desc&$top=50' },
        {
          method: 'GET',
          version: 'v1.0',
          url: "/me/mailFolders/inbox/messages?$filter=receivedDateTime ge 2026-11-25T09:51:00.000Z and singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and startswith(ep/value,'IPM.Recall.Report'))&$orderby=receivedDateTime&$select=subject,from,receivedDateTime,internetMessageHeaders&$expand=singleValueExtendedProperties($filter=id eq 'String 0x001A')&$top=100",
        },
        { method: 'GET', version: 'v1.0', url: '/me/mailFolders/SentItems/messages?$select=internetMessageHeaders,internetMessageId,isRead' },
        {
          method: 'POST',
          version: 'v1.0',
          url: '/me/getMailTips',
          body: { EmailAddresses: ['a@contoso.com'], MailTipsOptions: 'recipientScope,totalMemberCount,externalMemberCount' },
        },
        { method: 'POST', version: 'beta', url: '/me/mailFolders/sentitems/messages/AAMk/recall' },
        // Marking our own recall on the sent message (#11 item 6): an open extension, or an extended property.
        {
          method: 'POST',
          version: 'v1.0',
          url: '/me/messages/AAMk/extensions',
          body: { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: 'com.example.recall', recalledAt: '2026-11-25T10:00:00Z' },
        },
        {
          method: 'PATCH',
          version: 'v1.0',
          url: '/me/messages/AAMk',
          body: {
            singleValueExtendedProperties: [{ id: 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name RecallRequested', value: '2026-11-25T10:00:00Z' }],
          },
        },
      ].flatMap((request) => requestProblems(request as GraphRequest)),
    ).toEqual([]);
  });
});
