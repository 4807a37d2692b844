/**
 * Issue 23, must hold: a user whose mail is all internal never sees an alert, with or without
 * Graph, in every compose scenario. Each built-in compose scenario (src/demo/scenarios/compose-*.json)
 * with its recipients made colleagues in the sender's domain, sent through the handler as the demo
 * runs it (the scenario's compose window and config.json policy): once with Graph answering MailTips,
 * once with no token at Send (silent nested app authentication refused, as without prior consent).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/parseConfig';
import { SimulatedComposeWindow } from '../../../src/demo/compose/simulatedCompose';
import type { Scenario } from '../../../src/demo/scenario';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { parseAddress } from '../../../src/domain/address';
import { GraphClient } from '../../../src/graph/graphClient';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { onMessageSendHandler, type CompletedOptions, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { sendTimeConfig } from '../../../src/launchevent/sendTimeConfig';
import { silentNaaTokens } from '../../../src/launchevent/silentTokens';
import { setupMswForFile } from '../../builders/graph';
import { aSendEvent } from '../../builders/officeCompose';
import { builtInScenario } from '../../builders/scenario';
import { CONFIG, FakeNaaClient, msalErrors } from '../../auth/fakes';

const msw = setupMswForFile();

const COMPOSE_SCENARIOS = readdirSync(join(__dirname, '../../../src/demo/scenarios'))
  .filter((file) => /^compose-.*\.json$/.test(file))
  .map((file) => file.replace(/\.json$/, ''));

/** The scenario with every recipient a colleague in the sender's domain, whom MailTips calls internal. */
function allInternal(scenario: Scenario, graph: 'available' | 'unavailable'): Scenario {
  const domain = scenario.user.address.split('@')[1] ?? '';
  const colleague = (p: { name: string; address: string }) => ({ ...p, address: `${p.address.split('@')[0] ?? 'someone'}@${domain}` });
  const message = {
    ...scenario.message,
    to: scenario.message.to.map(colleague),
    cc: scenario.message.cc.map(colleague),
    bcc: scenario.message.bcc.map(colleague),
  };
  const mailTips = Object.fromEntries([...message.to, ...message.cc, ...message.bcc].map((p) => [p.address, { recipientScope: 'internal' as const }]));
  return { ...scenario, message, tenant: { ...scenario.tenant, graph, mailTips: { ...scenario.tenant.mailTips, ...mailTips } } };
}

async function sendAsTheDemoDoes(scenario: Scenario, withGraph: boolean): Promise<CompletedOptions[]> {
  msw.server.use(...simulatedTenantHandlers(scenario));
  const tokens = withGraph ? new DemoTokenProvider() : silentNaaTokens(CONFIG, true, async () => new FakeNaaClient([msalErrors.consentRequired()]));
  const client = new GraphClient({ tokens, maxAttempts: 1 });
  const sender = parseAddress(scenario.user.address);
  const compose = new SimulatedComposeWindow(scenario, 'en-US', () => undefined);
  const deps: SendTimeDeps = {
    item: compose.item,
    config: async () => sendTimeConfig({ ...parseConfig(scenario.policy), file: 'read' }),
    evidence: (recipients) => sendTimeEvidence(client, recipients, sender.valid ? sender.domain : null),
    now: () => new Date(scenario.now),
  };
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  return completed as CompletedOptions[];
}

it('there are compose scenarios to check', () => {
  expect(COMPOSE_SCENARIOS.length).toBeGreaterThanOrEqual(3);
});

describe.each(COMPOSE_SCENARIOS)('%s, every recipient a colleague', (id) => {
  it('with Graph: sent at once, no alert', async () => {
    const scenario = allInternal(builtInScenario(id), 'available');
    expect(await sendAsTheDemoDoes(scenario, true)).toEqual([{ allowEvent: true }]);
    expect(msw.graphRequests().length).toBeGreaterThan(0);
  });

  it('without Graph (no token at Send): sent at once, no alert', async () => {
    const scenario = allInternal(builtInScenario(id), 'available');
    expect(await sendAsTheDemoDoes(scenario, false)).toEqual([{ allowEvent: true }]);
    expect(msw.graphRequests()).toHaveLength(0);
  });

  it('without Graph (Graph unavailable): sent at once, no alert', async () => {
    const scenario = allInternal(builtInScenario(id), 'unavailable');
    expect(await sendAsTheDemoDoes(scenario, true)).toEqual([{ allowEvent: true }]);
  });
});
