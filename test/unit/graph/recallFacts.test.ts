/**
 * What one check costs in Graph round trips, and how partial failures inside the `$batch` are
 * confined to what they concern. Success paths run against the simulated tenant (the demo's
 * fake truth); faults are ad-hoc handlers.
 */
import { http, HttpResponse } from 'msw';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { fetchRecallFacts, MAILTIPS_CHUNK } from '../../../src/graph/recallFacts';
import { aGraphClient, batchEndpoint, emptyButValid, graphError, mailTipsAnswer, setupMswForFile, type InnerRequest } from '../../builders/graph';
import { aScenario, builtInScenario } from '../../builders/scenario';

const { server, graphRequests, batchCalls } = setupMswForFile();

const colleagues = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `colleague${String(from + i).padStart(4, '0')}@contoso.com`);
const tipsAsked = (requests: InnerRequest[]) => requests.filter((r) => r.url === '/me/getMailTips').map((r) => (r.body as { EmailAddresses: string[] }).EmailAddresses);

describe('round trips', () => {
  it('≤ 20 known addresses: everything in one $batch, one HTTP request', async () => {
    const scenario = aScenario().to(...colleagues(15)).cc(...colleagues(5, 16)).build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, colleagues(20));
    expect(result.ok && result.value.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
    const [first] = await batchCalls();
    expect(first?.map((r) => r.id)).toEqual(['message', 'organization', 'readReceipts', 'recallRequests', 'tips-0']);
    expect(tipsAsked(first ?? [])).toEqual([colleagues(20)]);
  });

  it('asks MailTips for each mailbox once: normalised, de-duplicated, malformed ones skipped', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris.ivanov@contoso.com').build()));
    await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['Boris.Ivanov@CONTOSO.com', '<boris.ivanov@contoso.com>', 'not-an-address', '', 'пётр@пример.рф']);
    const [first] = await batchCalls();
    expect(tipsAsked(first ?? [])).toEqual([['boris.ivanov@contoso.com', 'пётр@xn--e1afmkfd.xn--p1ai']]);
  });

  it('a Bcc recipient revealed by the message needs a second round, for that address only', async () => {
    const scenario = aScenario().to('boris.ivanov@contoso.com').bcc('finance@contoso.com').build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris.ivanov@contoso.com']);
    expect(result.ok && result.value.roundTrips).toBe(2);
    const calls = await batchCalls();
    expect(calls).toHaveLength(2);
    expect(tipsAsked(calls[1] ?? [])).toEqual([['finance@contoso.com']]);
    expect(result.ok && result.value.mailTips.get('finance@contoso.com')).toMatchObject({ kind: 'answered', recipientScope: 'internal' });
  });

  it('more than 20 recipients on the web (Office.js shows 20): the rest come in a second round', async () => {
    const scenario = aScenario().onWeb().to(...colleagues(25)).build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, colleagues(20));
    expect(result.ok && result.value.roundTrips).toBe(2);
    const calls = await batchCalls();
    expect(tipsAsked(calls[1] ?? [])).toEqual([colleagues(5, 21)]);
    expect(result.ok && result.value.message.ok && result.value.message.value.recipients).toHaveLength(25);
  });

  it(`500 known recipients: one round, ${500 / MAILTIPS_CHUNK} MailTips chunks in the one $batch`, async () => {
    const scenario = builtInScenario('large-list-500');
    server.use(...simulatedTenantHandlers(scenario));
    const addresses = scenario.message.to.map((p) => p.address);
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, addresses);
    expect(result.ok && result.value.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
    const [first] = await batchCalls();
    expect(tipsAsked(first ?? []).map((chunk) => chunk.length)).toEqual([100, 100, 100, 100, 100]);
    expect(result.ok && [...result.value.mailTips.values()].filter((t) => t.kind === 'answered')).toHaveLength(500);
  });

  it('beyond what one $batch can carry (20 requests), the overflow goes to a second round', async () => {
    const many = colleagues(1700);
    server.use(batchEndpoint((r) => emptyButValid(r)));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, many);
    const calls = await batchCalls();
    // The first batch takes 13 of the 17 chunks, so its 16 mailbox requests fill 4 waves (see waves.test.ts).
    expect(calls.map((c) => c.length)).toEqual([17, 4]);
    expect(result.ok && result.value.roundTrips).toBe(2);
    expect(result.ok && [...result.value.mailTips.values()].every((t) => t.kind === 'answered')).toBe(true);
  });
});

describe('faults inside the $batch stay where they are', () => {
  it('an inner 429 on MailTips is retried after its Retry-After (throttled-batch scenario)', async () => {
    const scenario = builtInScenario('throttled-batch');
    server.use(...simulatedTenantHandlers(scenario));
    const { client, waits } = aGraphClient();
    const known = [...scenario.message.to, ...scenario.message.cc].map((p) => p.address);
    const result = await fetchRecallFacts(client, SIMULATED_REST_ID, known);
    expect(waits).toEqual([1000]);
    const calls = await batchCalls();
    expect(calls.map((c) => c.map((r) => r.id))).toEqual([['message', 'organization', 'readReceipts', 'recallRequests', 'tips-0'], ['tips-0']]);
    expect(result.ok && [...result.value.mailTips.values()].map((t) => t.kind)).toEqual(['answered', 'answered', 'answered']);
    // Retries are not extra round trips of the check itself.
    expect(result.ok && result.value.roundTrips).toBe(1);
  });

  it.each([[424], [500]])('an inner %i on one MailTips chunk fails only the addresses of that chunk', async (status) => {
    const known = colleagues(150);
    server.use(batchEndpoint((r) => (r.id === 'tips-1' ? { status, body: graphError('Failed') } : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, known);
    if (!result.ok) throw new Error('expected facts');
    const { mailTips } = result.value;
    expect(known.slice(0, 100).every((a) => mailTips.get(a)?.kind === 'answered')).toBe(true);
    expect(known.slice(100).every((a) => mailTips.get(a)?.kind === 'failed')).toBe(true);
    expect(result.value.message.ok && result.value.verifiedDomains.ok).toBe(true);
  });

  it('a MailTips error for one address fails only that address', async () => {
    const scenario = aScenario().to('boris.ivanov@contoso.com', 'maria.sokolova@contoso.com').mailTip('maria.sokolova@contoso.com', { error: 'ErrorMailTipsUnavailable' }).build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com']);
    expect(result.ok && result.value.mailTips.get('boris.ivanov@contoso.com')?.kind).toBe('answered');
    expect(result.ok && result.value.mailTips.get('maria.sokolova@contoso.com')?.kind).toBe('failed');
  });

  it('a missing inner response fails only that part', async () => {
    server.use(batchEndpoint((r) => (r.id === 'organization' ? undefined : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris@contoso.com']);
    expect(result.ok && result.value.verifiedDomains).toEqual({ ok: false, failure: { kind: 'malformed-response', what: '$batch item organization' } });
    expect(result.ok && result.value.message.ok).toBe(true);
    expect(result.ok && result.value.mailTips.get('boris@contoso.com')?.kind).toBe('answered');
  });

  it('a message body that is not what Graph promises is malformed, not a crash', async () => {
    server.use(batchEndpoint((r) => (r.id === 'message' ? { status: 200, body: { toRecipients: 'boris' } } : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris@contoso.com']);
    expect(result.ok && result.value.message).toEqual({ ok: false, failure: { kind: 'malformed-response', what: 'message' } });
  });

  it('a message not in Sent Items is "not-found" (the item is not ours to recall)', async () => {
    server.use(...simulatedTenantHandlers(aScenario().set('message.folder', 'inbox').to('alex.morgan@contoso.com').build()));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['alex.morgan@contoso.com']);
    expect(result.ok && result.value.message).toEqual({ ok: false, failure: { kind: 'not-found' } });
  });

  it('a failing second round marks the revealed addresses failed and keeps the first round', async () => {
    let calls = 0;
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
        calls += 1;
        if (calls > 1) return HttpResponse.error();
        const { requests } = (await request.json()) as { requests: InnerRequest[] };
        return HttpResponse.json({
          responses: requests.map((r) =>
            r.id === 'message'
              ? { id: r.id, status: 200, body: { subject: 'Q4', toRecipients: [{ emailAddress: { address: 'boris@contoso.com' } }], bccRecipients: [{ emailAddress: { address: 'finance@contoso.com' } }] } }
              : { id: r.id, ...(r.url === '/me/getMailTips' ? mailTipsAnswer(r) : emptyButValid(r)) },
          ),
        });
      }),
    );
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris@contoso.com']);
    expect(result.ok && result.value.mailTips.get('boris@contoso.com')?.kind).toBe('answered');
    expect(result.ok && result.value.mailTips.get('finance@contoso.com')?.kind).toBe('failed');
  });

  it('Graph unreachable: the whole fetch fails as "offline"', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').graphUnavailable().build()));
    expect(await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, ['boris@contoso.com'])).toEqual({ ok: false, failure: { kind: 'offline' } });
  });

  it('no token: no request leaves the machine', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').build()));
    const { client } = aGraphClient({ tokens: new DemoTokenProvider({ kind: 'auth-unavailable', why: 'not-configured' }) });
    expect(await fetchRecallFacts(client, SIMULATED_REST_ID, ['boris@contoso.com'])).toEqual({ ok: false, failure: { kind: 'auth-unavailable', why: 'not-configured' } });
    expect(graphRequests()).toEqual([]);
  });
});
