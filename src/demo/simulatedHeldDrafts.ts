import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFERRED_SEND_TIME } from '../graph/heldMessages';
import { graphError } from './graphErrors';
import type { Scenario } from './scenario';

/**
 * The simulated mailbox's Drafts folder for the safety window: what Exchange keeps for a message
 * sent with a delivery time (web, Mac, new Outlook: "appears in the Drafts folder until the
 * scheduled delivery time", delay-delivery.md), answered at the HTTP level like the rest of the
 * simulated tenant. Registered before simulatedTenantHandlers, which answers everything else.
 *
 * What the simulated Exchange does with a held draft: it leaves Drafts at its time (it is
 * delivered), unless the user deleted it first (then it is never delivered). That deleting stops
 * it is what delay-delivery.md implies ("you'll be able to edit the message before it's sent";
 * in classic Outlook "you won't be able to … cancel its delivery"), not what it says in words:
 * docs/safety-window.md. Nothing else changes a hold: no request of the add-in writes to Drafts.
 */
interface HeldDraft {
  readonly id: string;
  readonly subject: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** PidTagDeferredSendTime; null for an ordinary draft. */
  readonly deliverAt: Date | null;
}

export class HeldDraftStore {
  private readonly drafts = new Map<string, HeldDraft>();
  private readonly sent: { readonly id: string; readonly deliveredAt: Date }[] = [];
  private next = 1;

  add(draft: Omit<HeldDraft, 'id'>): HeldDraft {
    const held = { ...draft, id: `AAMkAGI2-held-draft-${this.next++}` };
    this.drafts.set(held.id, held);
    return held;
  }
  get(id: string): HeldDraft | undefined {
    return this.drafts.get(id);
  }
  /** Drafts in the order they were saved (an unordered list in Exchange: user-list-messages.md). */
  all(): HeldDraft[] {
    return [...this.drafts.values()];
  }
  /** The user deletes the draft in Outlook before its time: it leaves Drafts and is never delivered. */
  delete(id: string): boolean {
    return this.drafts.delete(id);
  }
  /** A held draft whose time has come leaves Drafts: it is delivered, an ordinary sent message now. */
  deliverDue(now: Date): void {
    for (const [id, d] of this.drafts)
      if (d.deliverAt !== null && d.deliverAt.getTime() <= now.getTime()) {
        this.drafts.delete(id);
        this.sent.push({ id, deliveredAt: d.deliverAt });
      }
  }
  /** The held drafts delivered so far, each at its own time. */
  delivered(): readonly { readonly id: string; readonly deliveredAt: Date }[] {
    return this.sent;
  }
}

const GRAPH = /^https:\/\/graph\.microsoft\.com\/v1\.0/;
const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';
const authorised = (request: Request) => /^Bearer \S+/.test(request.headers.get('Authorization') ?? '');
const unauthorised = () => HttpResponse.json({ error: { code: 'InvalidAuthenticationToken', message: 'InvalidAuthenticationToken' } }, { status: 401 });
/** Graph's page when no $top is given, and its largest (user-list-messages.md). */
const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;
/** The one $filter the simulated Drafts understands: "has a deferred send time" (singlevaluelegacyextendedproperty-get.md). */
const HAS_DEFERRED_TIME = new RegExp(`^singleValueExtendedProperties/any\\(\\s*ep\\s*:\\s*ep/id eq '${DEFERRED_SEND_TIME}'\\s*\\)$`, 'i');

export function heldDraftHandlers(scenario: Scenario, store: HeldDraftStore, clock: () => Date): HttpHandler[] {
  const people = (addresses: readonly string[]) => addresses.map((address) => ({ emailAddress: { address } }));
  return [
    http.get(new RegExp(`${GRAPH.source}/me/mailFolders/drafts/messages(\\?.*)?$`), ({ request }) => {
      if (scenario.tenant.graph === 'unavailable') return HttpResponse.error();
      if (!authorised(request)) return unauthorised();
      store.deliverDue(clock());
      const url = new URL(request.url);
      const params = url.searchParams;
      const filter = params.get('$filter');
      // Only what the filter asks for: a filter the simulator doesn't know is refused, never ignored.
      if (filter !== null && !HAS_DEFERRED_TIME.test(filter.trim()))
        return HttpResponse.json(graphError('invalidRequest', 'Invalid filter clause'), { status: 400 });
      const matching = store.all().filter((d) => filter === null || d.deliverAt !== null);
      const top = Math.min(Math.max(Number(params.get('$top') ?? DEFAULT_PAGE) || DEFAULT_PAGE, 1), MAX_PAGE);
      const skip = Math.max(Number(params.get('$skip') ?? 0) || 0, 0);
      const select = new Set((params.get('$select') ?? 'subject,toRecipients,ccRecipients,bccRecipients').split(',').map((s) => s.trim()));
      const withProperty = (params.get('$expand') ?? '').includes(`id eq '${DEFERRED_SEND_TIME}'`);
      const page = matching.slice(skip, skip + top).map((d) => {
        const full: Record<string, unknown> = { subject: d.subject, toRecipients: people(d.to), ccRecipients: people(d.cc), bccRecipients: people(d.bcc) };
        return {
          id: d.id,
          ...Object.fromEntries(Object.entries(full).filter(([key]) => select.has(key))),
          // As Graph answers $expand: only the properties the filter asked for, absent when unset.
          ...(withProperty && d.deliverAt !== null ? { singleValueExtendedProperties: [{ id: DEFERRED_SEND_TIME, value: d.deliverAt.toISOString() }] } : {}),
        };
      });
      const body: Record<string, unknown> = { value: page };
      if (skip + top < matching.length) {
        const next = new URLSearchParams(params);
        next.set('$skip', String(skip + top));
        body['@odata.nextLink'] = `${GRAPH_V1}${url.pathname.replace(/^\/v1\.0/, '')}?${next.toString()}`;
      }
      return HttpResponse.json(body);
    }),
  ];
}
