/**
 * Asking Exchange to recall (Graph beta) and reading the reports back, over MSW with the recall
 * scenarios of the demo. Every refusal must come back as a typed failure the UI turns into
 * "use Outlook's own Recall command".
 */
import { http, HttpResponse } from 'msw';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import type { Scenario } from '../../../src/demo/scenario';
import { memoryRecallStore, SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { trackRecall } from '../../../src/domain/recallTracking';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { fetchRecallReports, requestRecall } from '../../../src/graph/recall';
import { aGraphClient, batchEndpoint, graphError, setupMswForFile } from '../../builders/graph';
import { aScenario, builtInScenario } from '../../builders/scenario';
import { keyOf } from '../../builders/domain';

const { server, graphRequests } = setupMswForFile();
const RECALL_URL = `${GRAPH_ORIGIN}/beta/me/mailFolders/sentitems/messages/${SIMULATED_REST_ID}/recall`;

describe('requestRecall', () => {
  it('202 Accepted: one POST to the beta recall endpoint, with a Mail.ReadWrite token', async () => {
    server.use(...simulatedTenantHandlers(builtInScenario('all-internal')));
    expect(await requestRecall(aGraphClient().client, SIMULATED_REST_ID)).toEqual({ ok: true, value: 'accepted' });
    expect(graphRequests().map((r) => [r.method, r.url, r.authorization])).toEqual([['POST', RECALL_URL, 'Bearer demo-token:Mail.ReadWrite']]);
  });

  it('403 (recall-refused scenario): refused at once, no retry', async () => {
    server.use(...simulatedTenantHandlers(builtInScenario('recall-refused')));
    const { client, waits } = aGraphClient();
    expect(await requestRecall(client, SIMULATED_REST_ID)).toEqual({ ok: false, failure: { kind: 'forbidden' } });
    expect(graphRequests()).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('429 once (recall-throttled scenario): waits the Retry-After, then accepted', async () => {
    server.use(...simulatedTenantHandlers(builtInScenario('recall-throttled')));
    const { client, waits } = aGraphClient();
    expect(await requestRecall(client, SIMULATED_REST_ID)).toEqual({ ok: true, value: 'accepted' });
    expect(waits).toEqual([1000]);
    expect(graphRequests()).toHaveLength(2);
  });

  it.each<[number, string]>([
    [404, 'not-found'],
    [501, 'unsupported'],
    [400, 'unexpected'],
  ])('%i: refused at once (the beta endpoint is gone or says no)', async (status, kind) => {
    server.use(http.post(RECALL_URL, () => HttpResponse.json(graphError('X'), { status })));
    const result = await requestRecall(aGraphClient().client, SIMULATED_REST_ID);
    expect(result.ok ? null : result.failure.kind).toBe(kind);
    expect(graphRequests()).toHaveLength(1);
  });

  it('401 once (consent just granted): one more try with a fresh token', async () => {
    let calls = 0;
    server.use(
      http.post(RECALL_URL, () =>
        ++calls === 1 ? HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401 }) : new HttpResponse(null, { status: 202 }),
      ),
    );
    expect(await requestRecall(aGraphClient().client, SIMULATED_REST_ID)).toEqual({ ok: true, value: 'accepted' });
    expect(calls).toBe(2);
  });

  it('401 twice: consent-required, no endless loop', async () => {
    server.use(http.post(RECALL_URL, () => HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401 })));
    expect(await requestRecall(aGraphClient().client, SIMULATED_REST_ID)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(graphRequests()).toHaveLength(2);
  });

  it('server errors are retried with doubling backoff, then reported', async () => {
    server.use(http.post(RECALL_URL, () => HttpResponse.json(graphError('ServiceUnavailable'), { status: 500 })));
    const { client, waits } = aGraphClient();
    const result = await requestRecall(client, SIMULATED_REST_ID);
    expect(result).toEqual({ ok: false, failure: { kind: 'server-error', status: 500 } });
    expect(graphRequests()).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('no token: no request', async () => {
    server.use(...simulatedTenantHandlers(builtInScenario('all-internal')));
    const { client } = aGraphClient({ tokens: new DemoTokenProvider({ kind: 'consent-required' }) });
    expect(await requestRecall(client, SIMULATED_REST_ID)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(graphRequests()).toEqual([]);
  });
});

describe('fetchRecallReports → trackRecall', () => {
  /** A mailbox where the recall was requested a minute ago, so every report has arrived. */
  const recalledAMinuteAgo = () => {
    const store = memoryRecallStore();
    store.set(Date.now() - 60_000);
    return store;
  };
  const sentOf = (scenario: { message: { sentDateTime: string } }) => new Date(scenario.message.sentDateTime);
  const aboutOf = (scenario: Scenario) => ({ subject: scenario.message.subject, restId: SIMULATED_REST_ID });
  const recalledOf = (scenario: Scenario) => ({
    subject: scenario.message.subject,
    recipients: new Set([...scenario.message.to, ...scenario.message.cc, ...scenario.message.bcc].map((p) => keyOf(p.address))),
  });

  it('classic reports (one per recipient), found by message class, in one $batch, then Sent Items asked whether the subject is the only one', async () => {
    const scenario = builtInScenario('recall-classic-reports');
    server.use(...simulatedTenantHandlers(scenario, recalledAMinuteAgo()));
    const reports = await fetchRecallReports(aGraphClient().client, sentOf(scenario), aboutOf(scenario));
    expect(graphRequests()).toHaveLength(2);
    if (!reports.ok) throw new Error('expected reports');
    const snapshot = trackRecall(
      ['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com', 'chen.wei@contoso.com'].map(keyOf),
      reports.value,
      recalledOf(scenario),
      sentOf(scenario),
    );
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({
      'boris.ivanov@contoso.com': 'succeeded',
      'maria.sokolova@contoso.com': 'succeeded',
      'chen.wei@contoso.com': 'failed',
    });
    expect(snapshot.settled).toBe(true);
  });

  it('a cloud report (one per recall), found by its header, with its link: the list, then its body', async () => {
    const scenario = builtInScenario('recall-partial-failure');
    server.use(...simulatedTenantHandlers(scenario, recalledAMinuteAgo()));
    const reports = await fetchRecallReports(aGraphClient().client, sentOf(scenario), aboutOf(scenario));
    if (!reports.ok) throw new Error('expected reports');
    expect(graphRequests()).toHaveLength(2);
    const snapshot = trackRecall(['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com'].map(keyOf), reports.value, recalledOf(scenario), sentOf(scenario));
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ 'boris.ivanov@contoso.com': 'succeeded', 'maria.sokolova@contoso.com': 'failed' });
    expect(snapshot.reportUrl).toMatch(/^https:\/\/outlook\.office\.com\//);
  });

  // Issue 21 item 7: a report with a subject the user sent more than once may be the other message's.
  it('the subject was sent twice: Sent Items says so, and the report’s rows are unknown, never recalled', async () => {
    const partial = builtInScenario('recall-partial-failure');
    const scenario = { ...partial, tenant: { ...partial.tenant, sentWithSameSubject: 1 } };
    server.use(...simulatedTenantHandlers(scenario, recalledAMinuteAgo()));
    const reports = await fetchRecallReports(aGraphClient().client, sentOf(scenario), aboutOf(scenario));
    if (!reports.ok) throw new Error('expected reports');
    expect(reports.value.subjectUnique).toBe(false);
    const snapshot = trackRecall(['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com'].map(keyOf), reports.value, recalledOf(scenario), sentOf(scenario));
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ 'boris.ivanov@contoso.com': 'unknown', 'maria.sokolova@contoso.com': 'unknown' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it('before any recall: no reports, everyone stays pending', async () => {
    const scenario = builtInScenario('recall-partial-failure');
    server.use(...simulatedTenantHandlers(scenario));
    const reports = await fetchRecallReports(aGraphClient().client, sentOf(scenario), aboutOf(scenario));
    expect(reports).toEqual({
      ok: true,
      value: { reports: [], tenantDomains: ['contoso.com', 'contoso.onmicrosoft.com'], complete: true, subjectUnique: null },
    });
  });

  it('one report list failing still lets the other inform, and says the read was incomplete', async () => {
    server.use(
      batchEndpoint((r) =>
        r.id === 'cloud'
          ? { status: 500, body: graphError('X') }
          : r.id === 'organization'
            ? { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } }
            : {
                status: 200,
                body: {
                  value: [
                    {
                      subject: 'Message Recall Failure: Q4',
                      from: { emailAddress: { address: 'boris@contoso.com' } },
                      receivedDateTime: new Date().toISOString(),
                      singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Recall.Report.Failure' }],
                    },
                  ],
                },
              },
      ),
    );
    const reports = await fetchRecallReports(aGraphClient().client, null, { subject: 'Q4', restId: SIMULATED_REST_ID });
    expect(reports.ok && reports.value.reports.map((r) => r.kind === 'classic' && [r.messageClass, r.message.from])).toEqual([
      ['IPM.Recall.Report.Failure', 'boris@contoso.com'],
    ]);
    expect(reports.ok && reports.value.complete).toBe(false);
  });

  it('both lists failing is a failure the pane can show', async () => {
    server.use(batchEndpoint((r) => (r.id === 'organization' ? { status: 200, body: { value: [] } } : { status: 403, body: graphError('ErrorAccessDenied') })));
    expect(await fetchRecallReports(aGraphClient().client, null, { subject: 'Q4', restId: SIMULATED_REST_ID })).toEqual({
      ok: false,
      failure: { kind: 'forbidden' },
    });
  });

  it('the tenant’s domains unreadable: no report can be judged, a failure rather than a guess', async () => {
    server.use(
      batchEndpoint((r) => (r.id === 'organization' ? { status: 503, body: graphError('ServiceUnavailable') } : { status: 200, body: { value: [] } })),
    );
    expect(await fetchRecallReports(aGraphClient().client, null, { subject: 'Q4', restId: SIMULATED_REST_ID })).toEqual({
      ok: false,
      failure: { kind: 'server-error', status: 503 },
    });
  });

  it('Graph unreachable: offline', async () => {
    server.use(...simulatedTenantHandlers(aScenario().graphUnavailable().build()));
    expect(await fetchRecallReports(aGraphClient().client, null, { subject: 'Q4', restId: SIMULATED_REST_ID })).toEqual({
      ok: false,
      failure: { kind: 'offline' },
    });
  });
});
