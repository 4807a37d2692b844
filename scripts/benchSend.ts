// `npm run bench`, second table: Send → decision (allow, alert or hold) for 1, 20 and 500
// recipients, with the send-time handler (src/launchevent/onMessageSend.ts) against the simulated
// tenant at Outlook's pace (OUTLOOK_TIMING: the first token 300 ms, a round 150 ms, a batch's
// mailbox requests 4 at a time). Outlook on the web (Mailbox 1.15, the hold offered), a department
// list (largeList.ts: colleagues, every tenth at a partner firm, every twenty-fifth on Gmail),
// the safety window on (10 minutes). With a token, and without one (silent sign-in refused at
// once: how long a real refusal takes is not modelled). Prints figures; asserts nothing.
import type { SetupServer } from 'msw/node';
import { DemoTokenProvider } from '../src/auth/demoTokenProvider';
import { parseConfig } from '../src/config/parseConfig';
import { SimulatedComposeWindow } from '../src/demo/compose/simulatedCompose';
import { OUTLOOK_TIMING, withOutlookTiming } from '../src/demo/graphBehaviour';
import { parseScenario } from '../src/demo/scenario';
import { largeListScenario } from '../src/demo/scenarios/largeList';
import { simulatedTenantHandlers } from '../src/demo/simulatedTenant';
import { GraphClient } from '../src/graph/graphClient';
import { sendTimeEvidence } from '../src/graph/sendTimeEvidence';
import { onMessageSendHandler, type CompletedOptions } from '../src/launchevent/onMessageSend';
import { sendTimeConfig } from '../src/launchevent/sendTimeConfig';

export const SEND_SIZES = [1, 20, 500];

export interface SendRow {
  readonly count: number;
  readonly token: boolean;
  readonly ms: number;
  readonly decision: 'allow' | 'alert' | 'hold offered';
  readonly httpRequests: number;
  readonly innerRequests: number;
}

export async function measureSend(server: SetupServer, count: number, token: boolean): Promise<SendRow> {
  const raw = largeListScenario(count);
  const parsed = parseScenario({
    ...raw,
    host: {
      hostName: 'OutlookWebApp',
      accountType: 'office365',
      platform: 'OfficeOnline',
      locale: 'en-US',
      requirementSets: { Mailbox: '1.15', NestedAppAuth: '1.1' },
    },
    message: { ...raw.message, mode: 'compose', folder: 'drafts' },
    policy: { safetyWindow: { minutes: 10 } },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const scenario = withOutlookTiming(parsed.scenario);
  server.resetHandlers(...simulatedTenantHandlers(scenario));
  let httpRequests = 0;
  let innerRequests = 0;
  const counting: typeof fetch = (input, init) => {
    httpRequests += 1;
    if (typeof init?.body === 'string') innerRequests += ((JSON.parse(init.body) as { requests?: unknown[] }).requests ?? []).length;
    return fetch(input, init);
  };
  const tokens = token
    ? new DemoTokenProvider(null, { acquisitionMs: OUTLOOK_TIMING.tokenAcquisitionMs })
    : new DemoTokenProvider({ kind: 'consent-required' });
  // As launchevent.ts builds it: one attempt, one 3-second budget.
  const client = new GraphClient({ tokens, fetchImpl: counting, timeoutMs: 3000, maxAttempts: 1, budgetMs: 3000 });
  const compose = new SimulatedComposeWindow(scenario, 'en-US', () => undefined);
  const config = sendTimeConfig({ ...parseConfig(scenario.policy), file: 'read' });
  let completed: CompletedOptions = { allowEvent: false };
  const t0 = performance.now();
  await onMessageSendHandler({
    item: compose.item,
    config: async () => config,
    evidence: (recipients) => sendTimeEvidence(client, recipients, 'contoso.com'),
    now: () => new Date(scenario.now),
  })({ completed: (options) => void (completed = options) });
  const ms = performance.now() - t0;
  const decision = completed.allowEvent ? 'allow' : completed.commandId ? 'hold offered' : 'alert';
  return { count, token, ms, decision, httpRequests, innerRequests };
}

export function printSendRows(rows: readonly SendRow[]): void {
  console.log('');
  console.log(
    `Send → decision, Outlook on the web, window on (${OUTLOOK_TIMING.tokenAcquisitionMs} ms for the first token, ${OUTLOOK_TIMING.latencyMs} ms a round; config.json not counted):`,
  );
  console.log('recipients | token | Send → decision ms | decision     | HTTP requests | inner requests');
  console.log('-----------|-------|--------------------|--------------|---------------|---------------');
  for (const r of rows) {
    console.log(
      `${String(r.count).padStart(10)} | ${(r.token ? 'yes' : 'no').padEnd(5)} | ${r.ms.toFixed(0).padStart(18)} | ${r.decision.padEnd(12)} | ${String(r.httpRequests).padStart(13)} | ${String(r.innerRequests).padStart(14)}`,
    );
  }
}
