import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { READ_RECEIPT_CLASS, RECALL_REQUEST_CLASS } from '../graph/recallFacts';
import { RECALL_MARK_PROPERTY_ID } from '../graph/recallMark';
import type { GraphFault, Scenario } from './scenario';
import { getMessage, listMessages, mailboxItems, sentMessageItem, type InnerResponse } from './simulatedMailbox';

/** The id the simulated host gives the scenario's message (what convertToRestId would return). */
export const SIMULATED_REST_ID = 'AAMkAGI2-simulated-sent-item';

type FaultTarget = GraphFault['target'];

/**
 * A Microsoft 365 tenant in the browser (MSW service worker) or in Node (MSW server), answering
 * the Graph requests the add-in makes from what the scenario says. Tests and the demo share it,
 * so there is one source of fake truth.
 */
export function simulatedTenantHandlers(scenario: Scenario, recallStore: RecallStore = memoryRecallStore(), markStore: RecallStore = memoryRecallStore()): HttpHandler[] {
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
    const mailbox = () => {
      const mark = markStore.get();
      const markValue = mark === null ? null : new Date(mark).toISOString();
      return { items: [sentMessageItem(scenario, SIMULATED_REST_ID), ...mailboxItems(scenario, { recalledAt: recallStore.get() })], markValue };
    };
    const list = (folder: 'all' | 'inbox' | 'sentitems') => {
      const { items, markValue } = mailbox();
      return listMessages(items.filter((m) => m.id !== SIMULATED_REST_ID), folder, url, markValue, SIMULATED_REST_ID);
    };
    if (method === 'GET' && route === 'me/messages') {
      if (filter.includes(READ_RECEIPT_CLASS)) {
        const fault = activeFault('readReceipts');
        if (fault) return faultResponse(fault);
      }
      return list('all');
    }
    if (method === 'GET' && route === 'me/mailfolders/sentitems/messages') {
      if (filter.includes(RECALL_REQUEST_CLASS)) {
        const fault = activeFault('recallRequests');
        if (fault) return faultResponse(fault);
      }
      return list('sentitems');
    }
    if (method === 'GET' && route === 'me/mailfolders/inbox/messages') return list('inbox');
    if (method === 'GET' && segments.length === 5 && segments.slice(0, 4).join('/').toLowerCase() === 'me/mailfolders/inbox/messages') {
      const { items, markValue } = mailbox();
      return getMessage(items, 'inbox', segments[4] ?? '', url, markValue, SIMULATED_REST_ID);
    }
    if (segments.length === 3 && segments.slice(0, 2).join('/').toLowerCase() === 'me/messages') {
      if (segments[2] !== SIMULATED_REST_ID || scenario.message.folder !== 'sentitems') return { status: 404, body: graphError('ErrorItemNotFound') };
      if (method === 'PATCH') {
        // Our recall mark: a named extended property (singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md).
        const properties = (body as { singleValueExtendedProperties?: { id?: unknown; value?: unknown }[] } | null)?.singleValueExtendedProperties ?? [];
        const mark = properties.find((p) => p.id === RECALL_MARK_PROPERTY_ID);
        const markedAt = typeof mark?.value === 'string' ? Date.parse(mark.value) : NaN;
        if (mark === undefined || Number.isNaN(markedAt)) return { status: 400, body: graphError('ErrorInvalidProperty') };
        markStore.set(markedAt);
        return { status: 200, body: { id: SIMULATED_REST_ID } };
      }
      if (method === 'GET') {
        const { items, markValue } = mailbox();
        return getMessage(items, 'all', SIMULATED_REST_ID, url, markValue, SIMULATED_REST_ID);
      }
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
    if (method === 'POST' && route === 'me/getmailtips') {
      const fault = activeFault('mailTips');
      if (fault) return faultResponse(fault);
      return { status: 200, body: { value: mailTipsFor(scenario, body) } };
    }
    return { status: 404, body: graphError('ResourceNotFound') };
  };

  const handler = http.all(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\//, async ({ request }) => {
    if (tenant.graph === 'unavailable') return HttpResponse.error();
    if (tenant.latencyMs > 0) await delay(tenant.latencyMs);
    if (!/^Bearer \S+/.test(request.headers.get('Authorization') ?? '')) return HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401 });
    const path = request.url.replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)/, '');
    const body = request.method === 'POST' || request.method === 'PATCH' ? await request.json().catch(() => null) : null;
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
      return HttpResponse.json({ responses: requests.map((r) => ({ id: r.id, ...answer(r.method, r.url, r.body) })) });
    }
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

/** Where the simulated mailbox remembers that a recall was requested (ms since epoch). */
export interface RecallStore {
  get(): number | null;
  set(at: number): void;
}

export function memoryRecallStore(): RecallStore {
  let at: number | null = null;
  return { get: () => at, set: (value) => (at = value) };
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
