/**
 * Fewer waves (docs/architecture.md, "Quality bars the tests hold"): Outlook runs at most 4 mailbox requests of a $batch at a
 * time, so what a verdict costs is counted in waves, by the simulated tenant's latency model
 * (mailboxWaves) applied to the batches sent. And the tenant's verified domains are asked once per
 * browser session.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { mailboxWaves } from '../../../src/demo/graphBehaviour';
import { parseScenario, type Scenario } from '../../../src/demo/scenario';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { largeListScenario } from '../../../src/demo/scenarios/largeList';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GraphClient } from '../../../src/graph/graphClient';
import { tipChunksInFirstBatch } from '../../../src/graph/recallFacts';
import { sessionVerifiedDomains, type VerifiedDomainsCache } from '../../../src/graph/verifiedDomainsCache';
import { recordingSleep, setupMswForFile } from '../../builders/graph';
import { servicesFor } from '../../builders/services';
import { graphAdapter } from '../../../src/graph/graphAdapter';

const { server, batchCalls } = setupMswForFile();

function desktopList(count: number): Scenario {
  const parsed = parseScenario(largeListScenario(count));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
}

async function check(scenario: Scenario, verifiedDomains?: VerifiedDomainsCache) {
  const before = (await batchCalls()).length;
  server.use(...simulatedTenantHandlers(scenario));
  const { services } = servicesFor(scenario);
  const graph = new GraphClient({ tokens: new DemoTokenProvider(), sleep: recordingSleep().sleep });
  const outcome = await checkMessage({ ...services, graph: graphAdapter(graph), ...(verifiedDomains ? { verifiedDomains } : {}) }, sentItemOf(scenario));
  const batches = (await batchCalls()).slice(before);
  const waves = batches.map((batch) => mailboxWaves(batch.map((r) => r.url)));
  const inner = batches.flat().map((r) => r.id);
  return { outcome, waves, inner };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('waves per verdict on a desktop host', () => {
  it.each([
    // The first batch's fixed requests: 6 mailbox ones (message, Sent Items folder, read receipts,
    // recall requests, two recall-report lists) beside /organization, so one MailTips chunk makes 7
    // mailbox requests: 2 waves.
    [50, [2]],
    [500, [3]],
    // Classic Windows shows Office.js at most 500 recipients per field (Mailbox below 1.16): the
    // first batch asks MailTips for those 5 chunks beside its 6 fixed mailbox requests (3 waves);
    // the other 12 chunks, which only the message reveals, follow in the second (3 waves).
    [1700, [3, 3]],
    [5000, [3, 5, 5, 2]],
  ])('%i recipients: waves per $batch %j', async (count, expected) => {
    const { outcome, waves } = await check(desktopList(count));
    expect(outcome.gaps).toEqual([]);
    expect(outcome.assessment.recipients).toHaveLength(count);
    expect(waves).toEqual(expected);
  });

  it('tipChunksInFirstBatch: all when they fit, else whole waves only', () => {
    expect(tipChunksInFirstBatch(5, 3, 16)).toBe(5);
    expect(tipChunksInFirstBatch(17, 3, 16)).toBe(13);
    expect(tipChunksInFirstBatch(50, 3, 17)).toBe(17);
  });
});

describe('verified domains: asked once per browser session', () => {
  it('a second opening sends no /organization request and reaches the same verdict', async () => {
    const storage = memoryStorage();
    const scenario = desktopList(50);
    const first = await check(
      scenario,
      sessionVerifiedDomains(() => storage, 'contoso.com'),
    );
    expect(first.inner).toContain('organization');
    server.resetHandlers();
    const second = await check(
      scenario,
      sessionVerifiedDomains(() => storage, 'contoso.com'),
    );
    const secondInner = second.inner;
    expect(secondInner).not.toContain('organization');
    expect(secondInner).toContain('message');
    expect(second.outcome.assessment).toEqual(first.outcome.assessment);
  });

  it('another tenant, an unreadable entry or blocked storage: the request is sent', async () => {
    const storage = memoryStorage();
    storage.setItem('recall-assistant:verified-domains:fabrikam.com', '{"not": "a list"}');
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    for (const cache of [sessionVerifiedDomains(() => storage, 'fabrikam.com'), sessionVerifiedDomains(blocked, 'contoso.com')]) {
      server.resetHandlers();
      const { inner, outcome } = await check(desktopList(5), cache);
      expect(inner).toContain('organization');
      expect(outcome.gaps).toEqual([]);
    }
  });
});
