import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { READ_RECEIPT_CLASS, RECALL_REQUEST_CLASS } from '../graph/recallFacts';
import type { GraphFault, Scenario } from './scenario';

/** The id the simulated host gives the scenario's message (what convertToRestId would return). */
export const SIMULATED_REST_ID = 'AAMkAGI2-simulated-sent-item';

interface InnerResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

type FaultTarget = GraphFault['target'];

/**
 * How slow the simulated tenant is, for the benchmarks (`npm run bench`, `bench:browser`): each
 * HTTP request costs `requestMs`, and inside a `$batch` Outlook runs at most `mailboxAtATime`
 * requests against the mailbox at once (json-batching.md, throttling-limits.md: 4 concurrent
 * requests per app per mailbox), so a batch of 9 mailbox requests costs 3 "waves". Requests that
 * Outlook does not serve (`/organization` is the directory's) ride along with the first wave.
 * Without a model the tenant answers after the scenario's `latencyMs`, once per HTTP request.
 */
export interface LatencyModel {
  readonly requestMs: number;
  readonly mailboxAtATime: number;
  /** Told how many waves each `$batch` took (the bench prints the total). */
  readonly onBatch?: (waves: number) => void;
}

/** The latency the benchmarks model: 150 ms per request, Outlook's 4 mailbox requests at a time. */
export const OUTLOOK_LATENCY: LatencyModel = { requestMs: 150, mailboxAtATime: 4 };
/** And the first token (NAA's silent sign-in), for DemoTokenProvider's `firstTokenMs`. */
export const FIRST_TOKEN_MS = 300;

/** Waves a `$batch` takes under the 4-at-a-time rule: its mailbox (`/me/…`) requests, `atATime` per wave. */
export function batchWaves(urls: readonly string[], atATime: number): number {
  const mailbox = urls.filter((url) => /^\/?me(\/|$)/i.test(url)).length;
  return Math.max(1, Math.ceil(mailbox / atATime));
}

/**
 * A Microsoft 365 tenant in the browser (MSW service worker) or in Node (MSW server), answering
 * the Graph requests the add-in makes from what the scenario says. Tests and the demo share it,
 * so there is one source of fake truth.
 */
export function simulatedTenantHandlers(scenario: Scenario, recallStore: RecallStore = memoryRecallStore(), latency?: LatencyModel): HttpHandler[] {
  const tenant = scenario.tenant;
  const faultUses = new Map<GraphFault, number>();
  let recallAttempts = 0;
  let recallNetworkFailures = 0;

  const activeFault = (target: FaultTarget): GraphFault | undefined => {
    const fault = tenant.faults.find((f) => f.target === target && (f.times === undefined || (faultUses.get(f) ?? 0) < f.times));
    if (fault !== undefined) faultUses.set(fault, (faultUses.get(fault) ?? 0) + 1);
    return fault;
  };

  const faultResponse = (fault: GraphFault): InnerResponse => {
    if (fault.status === 'malformed') return { status: 200, body: '{"value": [' };
    if (fault.status === 'network' || fault.status === 'timeout') return { status: 504, body: graphError('GatewayTimeout') };
    const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
    return { status: fault.status, headers, body: graphError(fault.status === 429 ? 'TooManyRequests' : 'Error') };
  };

  const answer = (method: string, path: string, body: unknown): InnerResponse => {
    const url = new URL(path, 'https://graph.invalid');
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const route = segments.join('/').toLowerCase();
    const filter = url.searchParams.get('$filter') ?? '';
    if (method === 'GET' && route === 'organization') {
      const fault = activeFault('organization');
      if (fault) return faultResponse(fault);
      return { status: 200, body: { value: [{ verifiedDomains: tenant.verifiedDomains.map((name) => ({ name })) }] } };
    }
    if (method === 'GET' && segments.length === 5 && segments.slice(0, 4).join('/').toLowerCase() === 'me/mailfolders/sentitems/messages') {
      const fault = activeFault('message');
      if (fault) return faultResponse(fault);
      if (segments[4] !== SIMULATED_REST_ID || scenario.message.folder !== 'sentitems') return { status: 404, body: graphError('ErrorItemNotFound') };
      return { status: 200, body: graphMessage(scenario) };
    }
    if (method === 'GET' && route === 'me/messages' && filter.includes(READ_RECEIPT_CLASS)) {
      const fault = activeFault('readReceipts');
      if (fault) return faultResponse(fault);
      return { status: 200, body: { value: readReceiptsOf(scenario) } };
    }
    if (method === 'GET' && route === 'me/mailfolders/sentitems/messages' && filter.includes(RECALL_REQUEST_CLASS)) {
      const fault = activeFault('recallRequests');
      if (fault) return faultResponse(fault);
      return { status: 200, body: { value: recallRequestsOf(scenario, recallStore.get()) } };
    }
    if (method === 'POST' && /^me\/mailfolders\/sentitems\/messages\/[^/]+\/recall$/.test(route)) {
      recallAttempts += 1;
      const { status, times, retryAfterSeconds } = tenant.recall;
      const failing = status !== 202 && (times === undefined || recallAttempts <= times);
      if (failing && status !== 'network') {
        return { status, headers: retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {}, body: graphError(status === 429 ? 'TooManyRequests' : 'ErrorRecallNotAllowed') };
      }
      if (segments[4] !== SIMULATED_REST_ID) return { status: 400, body: graphError('ErrorInvalidIdMalformed') };
      if (recallStore.get() === null) recallStore.set(Date.now());
      return { status: 202, body: '' };
    }
    if (method === 'GET' && route === 'me/messages' && /IPM\.Recall\.Report|Message Recall Report/.test(filter)) {
      return { status: 200, body: { value: recallReportsOf(scenario, filter, recallStore.get()) } };
    }
    if (method === 'POST' && route === 'me/getmailtips') {
      const fault = activeFault('mailTips');
      if (fault) return faultResponse(fault);
      return { status: 200, body: { value: mailTipsFor(scenario, body) } };
    }
    return { status: 404, body: graphError('ResourceNotFound') };
  };

  const handler = http.all(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\//, async ({ request }) => {
    if (tenant.graph === 'unavailable') return HttpResponse.error();
    if (latency === undefined && tenant.latencyMs > 0) await delay(tenant.latencyMs);
    if (!/^Bearer \S+/.test(request.headers.get('Authorization') ?? '')) return HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401 });
    const path = request.url.replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)/, '');
    const body = request.method === 'POST' ? await request.json().catch(() => null) : null;
    if (/\/recall$/.test(path) && tenant.recall.status === 'network' && (tenant.recall.times === undefined || recallNetworkFailures++ < tenant.recall.times)) {
      return HttpResponse.error();
    }
    if (path === '/$batch') {
      const fault = activeFault('batch');
      if (fault?.status === 'network') return HttpResponse.error();
      if (fault?.status === 'timeout') return delay('infinite').then(() => HttpResponse.error());
      if (fault) return toHttp(faultResponse(fault));
      const requests = (body as { requests?: { id: string; method: string; url: string; body?: unknown }[] } | null)?.requests ?? [];
      if (requests.length > 20) return HttpResponse.json(graphError('BadRequest'), { status: 400 });
      if (latency !== undefined) {
        const waves = batchWaves(requests.map((r) => r.url), latency.mailboxAtATime);
        latency.onBatch?.(waves);
        await delay(latency.requestMs * waves);
      }
      return HttpResponse.json({ responses: requests.map((r) => ({ id: r.id, ...answer(r.method, r.url, r.body) })) });
    }
    if (latency !== undefined) await delay(latency.requestMs);
    return toHttp(answer(request.method, path, body));
  });
  return [handler];
}

function toHttp(response: InnerResponse): Response {
  const init = { status: response.status, headers: { 'Content-Type': 'application/json', ...response.headers } };
  return typeof response.body === 'string' ? new HttpResponse(response.body, init) : HttpResponse.json(response.body ?? null, init);
}

function graphError(code: string) {
  return { error: { code, message: code } };
}

function graphMessage(scenario: Scenario) {
  const m = scenario.message;
  const recipients = (list: typeof m.to) => list.map((p) => ({ emailAddress: { name: p.name, address: p.address } }));
  return {
    id: SIMULATED_REST_ID,
    subject: m.subject,
    sentDateTime: m.sentDateTime,
    from: { emailAddress: { name: m.from.name, address: m.from.address } },
    toRecipients: recipients(m.to),
    ccRecipients: recipients(m.cc),
    bccRecipients: recipients(m.bcc),
    isReadReceiptRequested: m.isReadReceiptRequested,
  };
}

const minutesAfterSending = (scenario: Scenario, minutes: number) => new Date(new Date(scenario.message.sentDateTime).getTime() + minutes * 60_000).toISOString();

function readReceiptsOf(scenario: Scenario) {
  return scenario.tenant.readReceipts.map((address) => ({
    subject: `Read: ${scenario.message.subject}`,
    from: { emailAddress: { name: address, address } },
    receivedDateTime: minutesAfterSending(scenario, 1),
  }));
}

function recallRequestsOf(scenario: Scenario, recalledAt: number | null) {
  if (!scenario.tenant.alreadyRecalled && recalledAt === null) return [];
  return [{ subject: `Recall: ${scenario.message.subject}`, from: { emailAddress: scenario.message.from }, sentDateTime: minutesAfterSending(scenario, 2) }];
}

/** Where the simulated mailbox remembers that a recall was requested (ms since epoch). */
export interface RecallStore {
  get(): number | null;
  set(at: number): void;
}

export function memoryRecallStore(): RecallStore {
  let at: number | null = null;
  return { get: () => at, set: (value) => (at = value) };
}

/** Report messages that have "arrived" by now, as Exchange would deliver them to the sender. */
function recallReportsOf(scenario: Scenario, filter: string, recalledAt: number | null) {
  if (recalledAt === null) return [];
  const { recall, verifiedDomains } = scenario.tenant;
  const elapsed = (Date.now() - recalledAt) / 1000;
  const domains = verifiedDomains.map((d) => d.toLowerCase());
  const everyone = [...scenario.message.to, ...scenario.message.cc, ...scenario.message.bcc].map((p) => p.address.toLowerCase());
  const arrived = [...new Set(everyone)].flatMap((address) => {
    const explicit = Object.entries(recall.outcomes).find(([a]) => a.toLowerCase() === address)?.[1];
    const internal = domains.includes(address.split('@')[1] ?? '');
    const entry = explicit ?? (internal ? { outcome: 'succeeded' as const, afterSeconds: recall.defaultAfterSeconds } : undefined);
    return entry !== undefined && elapsed >= entry.afterSeconds ? [{ address, outcome: entry.outcome }] : [];
  });
  const subject = scenario.message.subject;
  const received = new Date(recalledAt + 1000).toISOString();
  if (recall.reportKind === 'classic') {
    const wanted = filter.includes('IPM.Recall.Report.Success') ? 'succeeded' : filter.includes('IPM.Recall.Report.Failure') ? 'failed' : null;
    return arrived
      .filter((a) => a.outcome === wanted)
      .map((a) => ({
        subject: `Message Recall ${a.outcome === 'succeeded' ? 'Success' : 'Failure'}: ${subject}`,
        from: { emailAddress: { address: a.address } },
        receivedDateTime: received,
      }));
  }
  if (!filter.includes('Message Recall Report') || arrived.length === 0) return [];
  const rows = arrived.map((a) => `<tr><td>${a.address}</td><td>${a.outcome === 'succeeded' ? 'Succeeded' : a.outcome === 'failed' ? 'Failed' : 'Pending'}</td></tr>`).join('');
  return [
    {
      subject: `Message Recall Report: ${subject}`,
      from: { emailAddress: { address: 'microsoftexchange@contoso.com' } },
      receivedDateTime: received,
      body: { content: `<p>Your recall request has been processed.</p><table>${rows}</table><p><a href="https://outlook.office.com/mail/recall-report/simulated">View the full report</a></p>` },
    },
  ];
}

/** MailTips as Exchange answers: the scenario's entry for an address, else scope by accepted domain. */
function mailTipsFor(scenario: Scenario, body: unknown) {
  const asked = (body as { EmailAddresses?: unknown } | null)?.EmailAddresses;
  const addresses = Array.isArray(asked) ? asked.filter((a): a is string => typeof a === 'string') : [];
  const tips = new Map(Object.entries(scenario.tenant.mailTips).map(([address, tip]) => [address.toLowerCase(), tip]));
  const domains = scenario.tenant.verifiedDomains.map((d) => d.toLowerCase());
  return addresses.map((address) => {
    const tip = tips.get(address.toLowerCase());
    if (tip !== undefined && 'error' in tip) return { emailAddress: { address }, error: { message: tip.error, code: 'MailTipsError' } };
    if (tip !== undefined) return { emailAddress: { address }, recipientScope: tip.recipientScope, totalMemberCount: tip.totalMemberCount ?? 1, externalMemberCount: tip.externalMemberCount ?? 0 };
    const domain = address.split('@')[1]?.toLowerCase() ?? '';
    return { emailAddress: { address }, recipientScope: domains.includes(domain) ? 'internal' : 'external', totalMemberCount: 1, externalMemberCount: 0 };
  });
}
