/**
 * Mailbox etiquette, measured: Outlook allows 4 concurrent requests per mailbox per app, and the
 * tracking poll must cost at most one request per 15 s once it has settled into its rhythm.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { pollDelay, POLL_DELAYS_MS } from '../../../src/usecases/tracking/readRecallOutcomes';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { parseScenario, type Scenario } from '../../../src/demo/scenario';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { largeListScenario } from '../../../src/demo/scenarios/largeList';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GraphClient } from '../../../src/graph/graphClient';
import { fetchRecallReports, requestRecall } from '../../../src/graph/recall';
import { recordingSleep, setupMswForFile } from '../../builders/graph';
import { servicesFor } from '../../builders/services';
import { graphAdapter } from '../../../src/graph/graphAdapter';

const { server } = setupMswForFile();

function scenario(count: number, hostName: 'Outlook' | 'OutlookWebApp'): Scenario {
  const raw = largeListScenario(count);
  const parsed = parseScenario({
    ...raw,
    host: { ...raw.host, hostName, platform: hostName === 'Outlook' ? 'PC' : 'OfficeOnline' },
    tenant: { ...raw.tenant, latencyMs: 5 },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
}

/** A fetch that counts how many requests are in flight at once. */
function concurrencyProbe() {
  let inFlight = 0;
  let peak = 0;
  let total = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    inFlight += 1;
    total += 1;
    peak = Math.max(peak, inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { fetchImpl, peak: () => peak, total: () => total };
}

describe('never more than 4 concurrent requests per mailbox', () => {
  it.each([
    [50, 'Outlook'],
    [500, 'Outlook'],
    [500, 'OutlookWebApp'],
  ] as const)('%i recipients on %s: the check, the recall and a report poll', async (count, hostName) => {
    const s = scenario(count, hostName);
    server.use(...simulatedTenantHandlers(s));
    const probe = concurrencyProbe();
    const graph = new GraphClient({ tokens: new DemoTokenProvider(), fetchImpl: probe.fetchImpl, sleep: recordingSleep().sleep });
    const { services } = servicesFor(s);
    const outcome = await checkMessage({ ...services, graph: graphAdapter(graph) }, sentItemOf(s));
    expect(outcome.assessment.recipients).toHaveLength(count);
    expect((await requestRecall(graph, outcome.item.restId ?? '')).ok).toBe(true);
    expect((await fetchRecallReports(graph, null, { subject: s.message.subject, restId: SIMULATED_REST_ID })).ok).toBe(true);
    expect(probe.total()).toBeGreaterThanOrEqual(3);
    expect(probe.peak()).toBeLessThanOrEqual(4);
  });
});

describe('tracking poll: at most one request per 15 s at steady state', () => {
  it('each check of the reports is exactly one HTTP request', async () => {
    const s = scenario(5, 'Outlook');
    server.use(...simulatedTenantHandlers(s));
    const urls: string[] = [];
    const graph = new GraphClient({ tokens: new DemoTokenProvider(), onRequest: (url) => urls.push(url) });
    await fetchRecallReports(graph, null, { subject: s.message.subject, restId: SIMULATED_REST_ID });
    expect(urls).toEqual(['https://graph.microsoft.com/v1.0/$batch']);
  });

  it('over ten minutes, the requests after the first minute come no faster than one per 15 s', () => {
    const times: number[] = [0];
    for (let checks = 1; times[times.length - 1]! < 10 * 60_000; checks++) times.push(times[times.length - 1]! + pollDelay(checks));
    const steady = times.filter((t) => t >= 60_000);
    const gaps = steady.slice(1).map((t, i) => t - steady[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15_000);
    // Ten minutes cost what one request per 15 s would (41 with the one at 0 s), plus the two
    // quicker checks at the start, when reports usually arrive.
    expect(times.filter((t) => t <= 10 * 60_000).length).toBeLessThanOrEqual(41 + 2);
    expect(POLL_DELAYS_MS[POLL_DELAYS_MS.length - 1]).toBe(15_000);
  });
});
