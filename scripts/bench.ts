// `npm run bench`: time to the provisional and to the final verdict, Outlook "waves" and Graph
// requests for 5, 50, 500 and 5,000 recipients, against the simulated tenant with the latency of a
// real one (OUTLOOK_TIMING: 150 ms a round, a batch's mailbox requests 4 at a time; 300 ms for
// the first token), on a desktop host (Office.js gives every recipient) and a web host (20 per
// field; the rest come from Graph). Prints figures; asserts nothing (tests assert counts).
import { setupServer } from 'msw/node';
import { checkMessage } from '../src/usecases/check/checkMessage';
import { itemIdOf } from '../src/usecases/itemKey';
import { provisionalCheck } from '../src/usecases/check/provisionalCheck';
import { DemoTokenProvider } from '../src/auth/demoTokenProvider';
import { parseConfig } from '../src/config/parseConfig';
import { parseScenario } from '../src/demo/scenario';
import { scenarioHost } from '../src/demo/scenarioHost';
import { largeListScenario } from '../src/demo/scenarios/largeList';
import { MAILBOX_CONCURRENCY, mailboxWaves, OUTLOOK_TIMING, withOutlookTiming } from '../src/demo/graphBehaviour';
import { simulatedTenantHandlers } from '../src/demo/simulatedTenant';
import { GraphClient } from '../src/graph/graphClient';
import type { VerifiedDomainsCache } from '../src/graph/verifiedDomainsCache';
import { graphAdapter } from '../src/graph/graphAdapter';
import { measureSend, printSendRows, SEND_SIZES } from './benchSend';

const SIZES = [5, 50, 500, 5000];
const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });

/** A session's verified-domains cache shared by the openings measured with it. */
function memoryDomains(): VerifiedDomainsCache {
  let domains: readonly string[] | null = null;
  return { get: () => domains, set: (d) => (domains = d) };
}

async function measure(count: number, hostName: 'Outlook' | 'OutlookWebApp', domains?: VerifiedDomainsCache, opening = 'first') {
  const raw = largeListScenario(count);
  const parsed = parseScenario({ ...raw, host: { ...raw.host, hostName, platform: hostName === 'Outlook' ? 'PC' : 'OfficeOnline' } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const scenario = withOutlookTiming(parsed.scenario);
  server.resetHandlers(...simulatedTenantHandlers(scenario));
  let waves = 0;
  const requests: string[] = [];
  let inner = 0;
  // Counts the requests inside each $batch, and the waves the tenant's model makes of them, on their way out.
  const countingFetch: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string') {
      const requests = (JSON.parse(init.body) as { requests?: { url: string }[] }).requests ?? [];
      inner += requests.length;
      waves += mailboxWaves(requests.map((r) => r.url));
    }
    return fetch(input, init);
  };
  const host = scenarioHost(scenario);
  const services = {
    host,
    graph: graphAdapter(
      new GraphClient({
        tokens: new DemoTokenProvider(null, { acquisitionMs: scenario.tenant.tokenAcquisitionMs }),
        fetchImpl: countingFetch,
        onRequest: (url) => requests.push(url),
      }),
    ),
    policy: parseConfig({}).policy,
    clock: () => new Date(scenario.now),
    ...(domains ? { verifiedDomains: domains } : {}),
  };
  const item = await host.currentItem();
  if (item === null) throw new Error('no item');
  // As the pane does it (useWizard): the provisional verdict first, then the Graph check.
  const t0 = performance.now();
  const key = { itemId: itemIdOf(item), attempt: 1 };
  const provisional = await provisionalCheck(services, item, key);
  const provisionalMs = performance.now() - t0;
  const outcome = await checkMessage(services, item, key);
  const finalMs = performance.now() - t0;
  return {
    count,
    host: `${hostName === 'Outlook' ? 'desktop' : 'web (20 visible)'}${opening === 'first' ? '' : `, ${opening}`}`,
    provisionalMs: provisional === null ? null : provisionalMs,
    provisionalShown: provisional?.assessment.recipients.length ?? 0,
    finalMs,
    waves,
    requests: requests.length,
    inner,
    roundTrips: outcome.roundTrips,
    overall: outcome.assessment.overall,
  };
}

async function main() {
  const rows = [];
  for (const count of SIZES) for (const host of ['Outlook', 'OutlookWebApp'] as const) rows.push(await measure(count, host));
  // A second opening in the same browser session: the verified domains come from the cache.
  for (const count of [50, 5000]) {
    const session = memoryDomains();
    await measure(count, 'Outlook', session);
    rows.push(await measure(count, 'Outlook', session, 'second opening'));
  }
  // One Send first, not printed, so the first row does not pay for warming up the handler's code.
  await measureSend(server, 1, true);
  const sendRows = [];
  for (const count of SEND_SIZES) for (const token of [true, false]) sendRows.push(await measureSend(server, count, token));
  server.close();
  console.log(
    `Verdict against the simulated tenant: ${OUTLOOK_TIMING.latencyMs} ms a round, a batch's mailbox requests ${MAILBOX_CONCURRENCY} at a time, ${OUTLOOK_TIMING.tokenAcquisitionMs} ms for the first token`,
  );
  console.log(
    'recipients | host                             | provisional ms (rows) | final ms | ratio to 50 | waves | HTTP requests | inner requests | round trips | overall',
  );
  console.log(
    '-----------|----------------------------------|-----------------------|----------|-------------|-------|---------------|----------------|-------------|--------',
  );
  for (const r of rows) {
    const base = rows.find((b) => b.count === 50 && b.host === r.host);
    const ratio = base ? (r.finalMs / base.finalMs).toFixed(2) : 'n/a';
    const provisional = r.provisionalMs === null ? 'none' : `${r.provisionalMs.toFixed(1)} (${r.provisionalShown})`;
    console.log(
      `${String(r.count).padStart(10)} | ${r.host.padEnd(32)} | ${provisional.padStart(21)} | ${r.finalMs.toFixed(0).padStart(8)} | ${ratio.padStart(11)} | ${String(r.waves).padStart(5)} | ${String(r.requests).padStart(13)} | ${String(r.inner).padStart(14)} | ${String(r.roundTrips).padStart(11)} | ${r.overall}`,
    );
  }
  printSendRows(sendRows);
}

void main();
