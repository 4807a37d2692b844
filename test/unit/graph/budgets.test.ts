/**
 * Performance budgets measured in requests, not milliseconds (docs/architecture.md, "Quality bars the tests hold": the final
 * verdict from one Graph round trip): the HTTP requests the real check sends, counted with GraphClient's onRequest.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import type { Scenario } from '../../../src/demo/scenario';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GraphClient } from '../../../src/graph/graphClient';
import { largeListScenario } from '../../../src/demo/scenarios/largeList';
import { parseScenario } from '../../../src/demo/scenario';
import { recordingSleep, setupMswForFile } from '../../builders/graph';
import { servicesFor } from '../../builders/services';
import { graphAdapter } from '../../../src/graph/graphAdapter';

const { server } = setupMswForFile();

function desktopScenario(count: number): Scenario {
  const parsed = parseScenario(largeListScenario(count));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  expect(parsed.scenario.host).toMatchObject({ hostName: 'Outlook', platform: 'PC' });
  return parsed.scenario;
}

async function requestsForVerdict(scenario: Scenario) {
  server.use(...simulatedTenantHandlers(scenario));
  const urls: string[] = [];
  const { services } = servicesFor(scenario);
  const graph = new GraphClient({ tokens: new DemoTokenProvider(), sleep: recordingSleep().sleep, onRequest: (url) => urls.push(url) });
  const outcome = await checkMessage({ ...services, graph: graphAdapter(graph) }, sentItemOf(scenario));
  return { urls, outcome };
}

describe('HTTP requests per verdict on a desktop host (Office.js gives the whole list)', () => {
  it('50 recipients: exactly 1 request', async () => {
    const { urls, outcome } = await requestsForVerdict(desktopScenario(50));
    expect(outcome.gaps).toEqual([]);
    expect(outcome.assessment.recipients).toHaveLength(50);
    expect(urls).toHaveLength(1);
    expect(outcome.roundTrips).toBe(1);
  });

  it('500 recipients: at most 2 requests', async () => {
    const { urls, outcome } = await requestsForVerdict(desktopScenario(500));
    expect(outcome.gaps).toEqual([]);
    expect(outcome.assessment.recipients).toHaveLength(500);
    expect(urls.length).toBeLessThanOrEqual(2);
    // eslint-disable-next-line no-console
    console.log(`500-recipient verdict: ${urls.length} HTTP request(s), ${outcome.roundTrips} round trip(s)`);
  });
});
