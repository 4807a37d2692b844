import { delay, http, HttpResponse, passthrough, type HttpHandler } from 'msw';
import { RECALL_REQUEST_CLASS } from '../domain/mailboxEvidence';
import { READ_RECEIPT_CLASS_PART } from '../graph/recallFacts';
import { RECALL_MARK_PROPERTY_ID } from '../graph/recallMark';
import { batchOrder, mailboxWaves, projected, RECALL_ACCEPTED_BODY } from './graphBehaviour';
import { graphError, graphErrorFor } from './graphErrors';
import type { GraphFault, Scenario } from './scenario';
import { getMessage, listMessages, mailboxItems, SIMULATED_REST_ID, type InnerResponse } from './simulatedMailbox';

export { SIMULATED_REST_ID } from './simulatedMailbox';

/** Folder ids of the simulated mailbox; `message.folder` says which one holds the message. */
export const SIMULATED_FOLDER_IDS: Readonly<Record<Scenario['message']['folder'], string>> = {
  sentitems: 'AAMkAGI2-folder-sentitems',
  inbox: 'AAMkAGI2-folder-inbox',
  drafts: 'AAMkAGI2-folder-drafts',
  other: 'AAMkAGI2-folder-other',
};

type FaultTarget = GraphFault['target'];

/**
 * A Microsoft 365 tenant in the browser (MSW service worker) or in Node (MSW server), answering
 * the Graph requests the add-in makes from what the scenario says. Tests and the demo share it,
 * so there is one source of fake truth.
 */
export function simulatedTenantHandlers(
  scenario: Scenario,
  recallStore: RecallStore = memoryRecallStore(),
  markStore: RecallStore = memoryRecallStore(),
): HttpHandler[] {
  const tenant = scenario.tenant;
  const faultUses = new Map<GraphFault, number>();
  let recallAttempts = 0;
  let recallNetworkFailures = 0;

  const activeFault = (target: FaultTarget): GraphFault | undefined => {
    const fault = tenant.faults.find((f) => f.target === target && (f.times === undefined || (faultUses.get(f) ?? 0) < f.times));
    if (fault !== undefined) faultUses.set(fault, (faultUses.get(fault) ?? 0) + 1);
    return fault;
  };

  const faultResponse = (fault: GraphFault, route: string): InnerResponse => {
    if (fault.status === 'malformed') return { status: 200, body: '{"value": [' };
    // Inside a $batch, an inner request that got no answer in time comes back as a 504.
    if (fault.status === 'network' || fault.status === 'timeout') return { status: 504, body: graphError('serviceNotAvailable') };
    const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
    return { status: fault.status, headers, body: fault.code !== undefined ? graphError(fault.code) : graphErrorFor(fault.status, route) };
  };

  const answer = (method: string, path: string, body: unknown): InnerResponse => {
    const url = new URL(path, 'https://graph.invalid');
    const response = answerUnprojected(method, url, body);
    // Graph returns only what $select names (plus @odata annotations and $expand-ed relations).
    const select = url.searchParams.get('$select');
    return method === 'GET' && response.status === 200 && select !== null
      ? { ...response, body: projected(response.body, select, url.searchParams.get('$expand')) }
      : response;
  };

  const answerUnprojected = (method: string, url: URL, body: unknown): InnerResponse => {
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const route = segments.join('/').toLowerCase();
    const filter = url.searchParams.get('$filter') ?? '';
    // An on-premises mailbox (Office.js accountType "enterprise"): Graph has no mailbox to serve.
    // The directory (/organization) still answers. (KB 4462988; its message as Graph words it.)
    if (route.startsWith('me/') && scenario.host.accountType === 'enterprise') {
      return { status: 404, body: graphError('MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.') };
    }
    if (method === 'GET' && route === 'organization') {
      const fault = activeFault('organization');
      if (fault) return faultResponse(fault, route);
      return { status: 200, body: { value: [{ verifiedDomains: tenant.verifiedDomains.map((name) => ({ name })) }] } };
    }
    if (method === 'GET' && segments.length === 3 && `${segments[0]}/${segments[1]}`.toLowerCase() === 'me/messages') {
      const fault = activeFault('message');
      if (fault) return faultResponse(fault, route);
      if (segments[2] !== SIMULATED_REST_ID) return { status: 404, body: graphError('ErrorItemNotFound', 'The specified object was not found in the store.') };
      return { status: 200, body: { ...graphMessage(scenario), ...markExpansion(url, markStore.get()) } };
    }
    if (method === 'GET' && route === 'me/mailfolders/sentitems') {
      const fault = activeFault('sentItemsFolder');
      if (fault) return faultResponse(fault, route);
      return {
        status: 200,
        body: {
          id: SIMULATED_FOLDER_IDS.sentitems,
          displayName: 'Sent Items',
          parentFolderId: 'AAMkAGI2-folder-root',
          childFolderCount: 0,
          unreadItemCount: 0,
          totalItemCount: 1,
          isHidden: false,
        },
      };
    }
    // The messages the lists see (the sent message itself is answered above, by its id).
    const mailbox = () => mailboxItems(scenario, { recalledAt: recallStore.get() });
    const list = (folder: 'all' | 'inbox' | 'sentitems') => listMessages(mailbox(), folder, url);
    if (method === 'GET' && route === 'me/messages') {
      if (filter.includes(READ_RECEIPT_CLASS_PART)) {
        const fault = activeFault('readReceipts');
        if (fault) return faultResponse(fault, route);
      }
      return list('all');
    }
    if (method === 'GET' && route === 'me/mailfolders/sentitems/messages') {
      if (filter.includes(RECALL_REQUEST_CLASS)) {
        const fault = activeFault('recallRequests');
        if (fault) return faultResponse(fault, route);
      }
      return list('sentitems');
    }
    if (method === 'GET' && route === 'me/mailfolders/inbox/messages') return list('inbox');
    if (method === 'GET' && segments.length === 5 && segments.slice(0, 4).join('/').toLowerCase() === 'me/mailfolders/inbox/messages') {
      return getMessage(mailbox(), 'inbox', segments[4] ?? '', url);
    }
    if (method === 'PATCH' && segments.length === 3 && `${segments[0]}/${segments[1]}`.toLowerCase() === 'me/messages') {
      if (segments[2] !== SIMULATED_REST_ID) return { status: 404, body: graphError('ErrorItemNotFound', 'The specified object was not found in the store.') };
      // Our recall mark: a named extended property (singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md).
      const properties = (body as { singleValueExtendedProperties?: { id?: unknown; value?: unknown }[] } | null)?.singleValueExtendedProperties ?? [];
      const mark = properties.find((p) => p.id === RECALL_MARK_PROPERTY_ID);
      const markedAt = typeof mark?.value === 'string' ? Date.parse(mark.value) : NaN;
      // invalidRequest: "The request is malformed or incorrect" (concepts/errors.md, basic codes).
      if (mark === undefined || Number.isNaN(markedAt))
        return { status: 400, body: graphError('invalidRequest', 'The extended property is missing or its value is not a date.') };
      markStore.set(markedAt);
      // PATCH answers 200 with the updated message (message-update.md); its id stands for it here.
      return { status: 200, body: { id: SIMULATED_REST_ID } };
    }
    if (method === 'POST' && /^me\/mailfolders\/sentitems\/messages\/[^/]+\/recall$/.test(route)) {
      recallAttempts += 1;
      const { status, times, retryAfterSeconds } = tenant.recall;
      const failing = status !== 202 && (times === undefined || recallAttempts <= times);
      if (failing && status !== 'network') {
        return { status, headers: retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {}, body: graphErrorFor(status, route) };
      }
      // "If the ID is invalid, this method returns a 400 Bad request" (beta message-recall.md).
      if (segments[4] !== SIMULATED_REST_ID) return { status: 400, body: graphError('ErrorInvalidIdMalformed', 'Id is malformed.') };
      if (recallStore.get() === null) recallStore.set(Date.now());
      return { status: 202, body: RECALL_ACCEPTED_BODY };
    }
    if (method === 'POST' && route === 'me/getmailtips') {
      const fault = activeFault('mailTips');
      if (fault) return faultResponse(fault, route);
      return { status: 200, body: { value: mailTipsFor(scenario, body) } };
    }
    return { status: 404, body: graphError('ResourceNotFound', `Resource not found for the segment '${segments.at(-1) ?? ''}'.`) };
  };

  let batchCalls = 0;
  const handler = http.all(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\//, async ({ request }) => {
    // "external": a harness outside the page (e.g. Playwright's route) answers Graph.
    if (tenant.graph === 'external') return passthrough();
    if (tenant.graph === 'unavailable') return HttpResponse.error();
    const path = request.url.replace(/^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)/, '');
    const body = request.method === 'POST' || request.method === 'PATCH' ? await request.json().catch(() => null) : null;
    const inner = path === '/$batch' ? ((body as { requests?: unknown } | null)?.requests ?? []) : [];
    // Outlook runs at most 4 inner requests of one $batch at a time per mailbox (throttling-limits.md):
    // a $batch of 9 mailbox requests answers after 3 waves of latency.
    const waves = Array.isArray(inner) ? mailboxWaves(inner.map((r: { url?: unknown }) => (typeof r.url === 'string' ? r.url : ''))) : 1;
    if (tenant.latencyMs > 0) await delay(tenant.latencyMs * waves);
    if (!/^Bearer \S+/.test(request.headers.get('Authorization') ?? ''))
      return HttpResponse.json(graphError('InvalidAuthenticationToken', 'Access token is empty.'), { status: 401 });
    if (/\/recall$/.test(path) && tenant.recall.status === 'network' && (tenant.recall.times === undefined || recallNetworkFailures++ < tenant.recall.times)) {
      return HttpResponse.error();
    }
    if (path === '/$batch') {
      const fault = activeFault('batch');
      if (fault?.status === 'network') return HttpResponse.error();
      if (fault?.status === 'timeout') return delay('infinite').then(() => HttpResponse.error());
      if (fault) return toHttp(faultResponse(fault, 'batch'));
      const requests = (body as { requests?: { id: string; method: string; url: string; body?: unknown }[] } | null)?.requests ?? [];
      if (requests.length > 20)
        return HttpResponse.json(graphError('invalidRequest', 'The number of batch requests exceeds the limit of 20.'), { status: 400 });
      const answered = requests.map((r) => ({ id: r.id, ...answer(r.method, r.url, r.body) }));
      // Responses may come in any order (json-batching.md): never the order asked.
      batchCalls += 1;
      return HttpResponse.json({ responses: batchOrder(answered.length, `${scenario.id}#${batchCalls}`).map((i) => answered[i]) });
    }
    return toHttp(answer(request.method, path, body));
  });
  return [handler];
}

function toHttp(response: InnerResponse): Response {
  const init = { status: response.status, headers: { 'Content-Type': 'application/json', ...response.headers } };
  return typeof response.body === 'string' ? new HttpResponse(response.body, init) : HttpResponse.json(response.body ?? null, init);
}

function graphMessage(scenario: Scenario) {
  const m = scenario.message;
  const recipients = (list: typeof m.to) => list.map((p) => ({ emailAddress: { name: p.name, address: p.address } }));
  return {
    id: SIMULATED_REST_ID,
    parentFolderId: SIMULATED_FOLDER_IDS[m.folder],
    subject: m.subject,
    sentDateTime: m.sentDateTime,
    from: { emailAddress: { name: m.from.name, address: m.from.address } },
    toRecipients: recipients(m.to),
    ccRecipients: recipients(m.cc),
    bccRecipients: recipients(m.bcc),
    isReadReceiptRequested: m.isReadReceiptRequested,
  };
}

/**
 * Our recall mark as `$expand=singleValueExtendedProperties($filter=id eq '…')` returns it: the
 * matching property when it is set, the relation left out when nothing matches
 * (singlevaluelegacyextendedproperty-get.md). Nothing without that $expand.
 */
function markExpansion(url: URL, markedAt: number | null): { singleValueExtendedProperties?: { id: string; value: string }[] } {
  const wanted = /^singleValueExtendedProperties\(\$filter=id eq '([^']+)'\)$/i.exec(url.searchParams.get('$expand') ?? '')?.[1];
  if (wanted === undefined || markedAt === null || wanted.toLowerCase() !== RECALL_MARK_PROPERTY_ID.toLowerCase()) return {};
  return { singleValueExtendedProperties: [{ id: RECALL_MARK_PROPERTY_ID, value: new Date(markedAt).toISOString() }] };
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
    if (tip !== undefined)
      return {
        emailAddress: { address },
        recipientScope: tip.recipientScope,
        totalMemberCount: tip.totalMemberCount ?? 1,
        externalMemberCount: tip.externalMemberCount ?? 0,
      };
    const domain = address.split('@')[1]?.toLowerCase() ?? '';
    return { emailAddress: { address }, recipientScope: domains.includes(domain) ? 'internal' : 'external', totalMemberCount: 1, externalMemberCount: 0 };
  });
}
