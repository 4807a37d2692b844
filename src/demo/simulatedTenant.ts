import { delay, http, HttpResponse, type HttpHandler } from 'msw';
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
 * A Microsoft 365 tenant in the browser (MSW service worker) or in Node (MSW server), answering
 * the Graph requests the add-in makes from what the scenario says. Tests and the demo share it,
 * so there is one source of fake truth.
 */
export function simulatedTenantHandlers(scenario: Scenario): HttpHandler[] {
  const tenant = scenario.tenant;
  const faultUses = new Map<GraphFault, number>();

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
    if (method === 'GET' && segments.join('/') === 'organization') {
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
    if (method === 'POST' && segments.join('/').toLowerCase() === 'me/getmailtips') {
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
    const body = request.method === 'POST' ? await request.json().catch(() => null) : null;
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
