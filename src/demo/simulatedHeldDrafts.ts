import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFERRED_SEND_TIME } from '../graph/heldMessages';
import type { Scenario } from './scenario';

/**
 * The simulated mailbox's Drafts folder for the safety window: what Exchange keeps for a message
 * sent with a delivery time (web, Mac, new Outlook: "appears in the Drafts folder until the
 * scheduled delivery time", delay-delivery.md), answered at the HTTP level like the rest of the
 * simulated tenant. Registered before simulatedTenantHandlers, which answers everything else.
 */
interface HeldDraft {
  readonly id: string;
  readonly subject: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** PidTagDeferredSendTime; null once the hold was cancelled (a plain draft again). */
  deliverAt: Date | null;
}

export class HeldDraftStore {
  private readonly drafts = new Map<string, HeldDraft>();
  private next = 1;

  add(draft: Omit<HeldDraft, 'id'>): HeldDraft {
    const held = { ...draft, id: `AAMkAGI2-held-draft-${this.next++}` };
    this.drafts.set(held.id, held);
    return held;
  }
  get(id: string): HeldDraft | undefined {
    return this.drafts.get(id);
  }
  all(): HeldDraft[] {
    return [...this.drafts.values()];
  }
  /** What the demo assumes Outlook does when the draft is opened to be changed (unproven: docs/safety-window.md). */
  cancelHold(id: string): HeldDraft | undefined {
    const draft = this.drafts.get(id);
    if (draft) draft.deliverAt = null;
    return draft;
  }
  /** A due message leaves Drafts: it is an ordinary sent message now. */
  deliverDue(now: Date): void {
    for (const [id, d] of this.drafts) if (d.deliverAt !== null && d.deliverAt.getTime() <= now.getTime()) this.drafts.delete(id);
  }
}

const GRAPH = /^https:\/\/graph\.microsoft\.com\/v1\.0/;
const authorised = (request: Request) => /^Bearer \S+/.test(request.headers.get('Authorization') ?? '');
const unauthorised = () => HttpResponse.json({ error: { code: 'InvalidAuthenticationToken', message: 'InvalidAuthenticationToken' } }, { status: 401 });

export function heldDraftHandlers(scenario: Scenario, store: HeldDraftStore, clock: () => Date): HttpHandler[] {
  const people = (addresses: readonly string[]) => addresses.map((address) => ({ emailAddress: { address } }));
  return [
    http.get(new RegExp(`${GRAPH.source}/me/mailFolders/drafts/messages(\\?.*)?$`), ({ request }) => {
      if (scenario.tenant.graph === 'unavailable') return HttpResponse.error();
      if (!authorised(request)) return unauthorised();
      store.deliverDue(clock());
      const expand = new URL(request.url).searchParams.get('$expand') ?? '';
      const withProperty = expand.includes(`id eq '${DEFERRED_SEND_TIME}'`);
      return HttpResponse.json({
        value: store.all().map((d) => ({
          id: d.id,
          subject: d.subject,
          toRecipients: people(d.to),
          ccRecipients: people(d.cc),
          bccRecipients: people(d.bcc),
          // As Graph answers $expand: only the properties the filter asked for, absent when unset.
          ...(withProperty && d.deliverAt !== null ? { singleValueExtendedProperties: [{ id: DEFERRED_SEND_TIME, value: d.deliverAt.toISOString() }] } : {}),
        })),
      });
    }),
    http.patch(new RegExp(`${GRAPH.source}/me/messages/([^/?]+)$`), async ({ request }) => {
      if (scenario.tenant.graph === 'unavailable') return HttpResponse.error();
      if (!authorised(request)) return unauthorised();
      const id = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? '');
      const draft = store.get(id);
      // Not a held draft (e.g. our recall mark on the sent message): the tenant's handler answers.
      if (draft === undefined) return undefined;
      const body = (await request.json().catch(() => null)) as { singleValueExtendedProperties?: { id: string; value: string }[] } | null;
      const value = body?.singleValueExtendedProperties?.find((p) => p.id === DEFERRED_SEND_TIME)?.value;
      if (value === undefined || Number.isNaN(new Date(value).getTime()))
        return HttpResponse.json({ error: { code: 'ErrorInvalidProperty', message: 'ErrorInvalidProperty' } }, { status: 400 });
      draft.deliverAt = new Date(value);
      store.deliverDue(clock());
      return HttpResponse.json({ id, subject: draft.subject });
    }),
  ];
}
