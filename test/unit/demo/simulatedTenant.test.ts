/**
 * The simulated tenant behaves as Graph documents a $batch (json-batching.md,
 * throttling-limits.md) and as a real sign-in costs time, so that the client is tested against
 * those behaviours rather than against a friendlier fake. Time is MSW's and the token
 * provider's simulated delay, advanced with fake timers: no wall-clock thresholds.
 */
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { fetchRecallFacts } from '../../../src/graph/recallFacts';
import { aGraphClient, recordingSleep, setupMswForFile } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';
import { parsedRecipients } from '../../builders/domain';

const { server } = setupMswForFile();

const batchOf = (urls: readonly string[]) => ({
  method: 'POST',
  headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json' },
  body: JSON.stringify({ requests: urls.map((url, i) => ({ id: String(i + 1), method: 'GET', url })) }),
});
const ids = async (response: Response) => ((await response.json()) as { responses: { id: string }[] }).responses.map((r) => r.id);

describe('$batch responses come in any order (json-batching.md)', () => {
  const urls = [
    '/organization?$select=verifiedDomains',
    '/me/mailFolders/sentitems?$select=id',
    `/me/messages/${SIMULATED_REST_ID}?$select=subject`,
    '/me/messages?$top=1',
  ];

  it('never in the order asked, and the same orders again for the same scenario', async () => {
    const scenario = aScenario('order-a').build();
    const threeCalls = async () => {
      server.resetHandlers(...simulatedTenantHandlers(scenario));
      const orders: string[][] = [];
      for (let i = 0; i < 3; i++) orders.push(await ids(await fetch(`${GRAPH_ORIGIN}/v1.0/$batch`, batchOf(urls))));
      return orders;
    };
    const orders = await threeCalls();
    for (const order of orders) {
      expect([...order].sort()).toEqual(['1', '2', '3', '4']);
      expect(order).not.toEqual(['1', '2', '3', '4']);
    }
    expect(await threeCalls()).toEqual(orders);
  });

  it('two items: reversed', async () => {
    server.use(...simulatedTenantHandlers(aScenario().build()));
    expect(await ids(await fetch(`${GRAPH_ORIGIN}/v1.0/$batch`, batchOf(urls.slice(0, 2))))).toEqual(['2', '1']);
  });

  it('the client still files every answer under its own request', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').verifiedDomains('contoso.com').build()));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']));
    expect(result.ok && result.value.message.ok && result.value.message.value.subject).toBe('Q4 budget draft — do not forward');
    expect(result.ok && result.value.verifiedDomains).toEqual({ ok: true, value: ['contoso.com'] });
    expect(result.ok && result.value.inSentItems).toEqual({ ok: true, value: true });
  });
});

describe('Outlook runs 4 inner requests of one $batch at a time (throttling-limits.md)', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  /** Simulated milliseconds until the $batch answers, in steps of `step`. */
  async function answersAfter(urls: readonly string[], latencyMs: number, step: number): Promise<number> {
    server.use(...simulatedTenantHandlers(aScenario().latency(latencyMs).build()));
    let done = false;
    const call = fetch(`${GRAPH_ORIGIN}/v1.0/$batch`, batchOf(urls)).then(() => void (done = true));
    let elapsed = 0;
    while (!done && elapsed < 100 * latencyMs) {
      await jest.advanceTimersByTimeAsync(step);
      elapsed += step;
    }
    await call;
    return elapsed;
  }

  it.each([
    [1, 100],
    [4, 100],
    [5, 200],
    [9, 300],
    [20, 500],
  ])('%i mailbox requests with latencyMs 100 answer after %i ms', async (count, expected) => {
    const elapsed = await answersAfter(
      Array.from({ length: count }, (_, i) => `/me/messages?$top=${i + 1}`),
      100,
      50,
    );
    expect(elapsed).toBeGreaterThanOrEqual(expected);
    expect(elapsed).toBeLessThanOrEqual(expected + 50);
  });

  it('the directory request (/organization) does not wait for a mailbox slot', async () => {
    const elapsed = await answersAfter(['/organization', '/me/messages?$top=1', '/me/messages?$top=2', '/me/messages?$top=3', '/me/messages?$top=4'], 100, 50);
    expect(elapsed).toBeLessThanOrEqual(150);
  });
});

describe('token acquisition time (the demo token provider)', () => {
  it('the first token for a set of scopes waits acquisitionMs; the cached one does not', async () => {
    const { waits, sleep } = recordingSleep();
    const tokens = new DemoTokenProvider(null, { acquisitionMs: 800, sleep });
    await tokens.getToken(['User.Read', 'Mail.Read']);
    await tokens.getToken(['Mail.Read', 'User.Read']);
    await tokens.getToken(['Mail.ReadWrite']);
    expect(waits).toEqual([800, 800]);
  });

  it('a scenario sets it: tenant.tokenAcquisitionMs', () => {
    expect(aScenario().set('tenant.tokenAcquisitionMs', 1200).build().tenant.tokenAcquisitionMs).toBe(1200);
    expect(aScenario().build().tenant.tokenAcquisitionMs).toBe(0);
  });
});
