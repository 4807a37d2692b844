// `npm run bench`: time to a verdict and Graph round trips for 5, 50 and 500 recipients against
// the simulated tenant with 150 ms latency per round (a $batch runs its mailbox requests 4 at a
// time, as Outlook does, so a $batch of 5–8 of them costs two rounds), on a desktop host (every recipient
// visible to Office.js) and a web host (20 per field visible; the rest come from Graph).
import { setupServer } from 'msw/node';
import { checkMessage } from '../src/app/checkMessage';
import { DemoTokenProvider } from '../src/auth/demoTokenProvider';
import { parsePolicy } from '../src/config/loadPolicy';
import { GraphClient } from '../src/graph/graphClient';
import { parseScenario } from '../src/demo/scenario';
import { scenarioHost } from '../src/demo/scenarioHost';
import { largeListScenario } from '../src/demo/scenarios/largeList';
import { simulatedTenantHandlers } from '../src/demo/simulatedTenant';

const LATENCY_MS = 150;
const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });

async function measure(count: number, hostName: 'Outlook' | 'OutlookWebApp') {
  const raw = largeListScenario(count);
  const parsed = parseScenario({
    ...raw,
    host: { ...raw.host, hostName, platform: hostName === 'Outlook' ? 'PC' : 'OfficeOnline' },
    tenant: { ...raw.tenant, latencyMs: LATENCY_MS },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  server.resetHandlers(...simulatedTenantHandlers(parsed.scenario));
  const requests: string[] = [];
  const tokens = new DemoTokenProvider();
  const host = scenarioHost(parsed.scenario);
  const services = {
    host,
    graph: new GraphClient({ tokens, onRequest: (url) => requests.push(url) }),
    policy: parsePolicy({}),
    clock: () => new Date(parsed.scenario.now),
  };
  const item = await host.currentItem();
  if (item === null) throw new Error('no item');
  const t0 = performance.now();
  const outcome = await checkMessage(services, item);
  const ms = performance.now() - t0;
  return { count, host: hostName === 'Outlook' ? 'desktop' : 'web (20 visible)', ms, roundTrips: outcome.roundTrips, requests: requests.length, overall: outcome.assessment.overall };
}

async function main() {
  const rows = [];
  for (const count of [5, 50, 500]) {
    for (const host of ['Outlook', 'OutlookWebApp'] as const) rows.push(await measure(count, host));
  }
  server.close();
  console.log(`Verdict against the simulated tenant, ${LATENCY_MS} ms per round of 4 mailbox requests`);
  console.log('recipients | host             | verdict ms | round trips | HTTP requests | overall');
  console.log('-----------|------------------|------------|-------------|---------------|--------');
  for (const r of rows) {
    console.log(`${String(r.count).padStart(10)} | ${r.host.padEnd(16)} | ${r.ms.toFixed(0).padStart(10)} | ${String(r.roundTrips).padStart(11)} | ${String(r.requests).padStart(13)} | ${r.overall}`);
  }
}

void main();
