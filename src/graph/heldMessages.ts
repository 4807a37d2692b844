import * as v from 'valibot';
import { READ_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import type { HeldList, HeldMessage, HeldMessages } from '../domain/safetyWindow';
import { validDate } from '../domain/validDate';
import type { GraphClient } from './graphClient';
import { relativeToGraph } from './messageLists';
import { graphPath } from './requestPaths';

/**
 * PidTagDeferredSendTime (PR_DEFERRED_SEND_TIME, 0x3FEF, PT_SYSTIME) as a Graph single-value
 * extended property id: "{type} {proptag}" (microsoft-graph-docs-contrib
 * api-reference/v1.0/resources/extended-properties-overview.md).
 */
export const DEFERRED_SEND_TIME = 'SystemTime 0x3FEF';

/** Drafts per page, and the pages read at most: a window is at most an hour, so a user has few at once. */
export const HELD_PAGE = 50;
export const HELD_MAX_PAGES = 4;

const recipients = v.optional(v.nullable(v.array(v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) }))), []);
const pageSchema = v.object({
  value: v.array(
    v.object({
      id: v.string(),
      subject: v.optional(v.nullable(v.string())),
      toRecipients: recipients,
      ccRecipients: recipients,
      bccRecipients: recipients,
      singleValueExtendedProperties: v.optional(v.nullable(v.array(v.object({ id: v.string(), value: v.nullable(v.string()) }))), []),
    }),
  ),
  '@odata.nextLink': v.optional(v.nullable(v.string())),
});

/**
 * Only the drafts that carry a deferred send time: "To get resource instances that have certain
 * extended properties, use the $filter query parameter and apply an eq operator on the id
 * property" (microsoft-graph-docs-contrib api-reference/v1.0/api/singlevaluelegacyextendedproperty-get.md).
 * That page shows comparisons on the value for numbers (with a cast) and strings, none for a
 * SystemTime, so whether the time lies ahead is judged here, not in the filter.
 */
export const HAS_DEFERRED_SEND_TIME = `singleValueExtendedProperties/any(ep:ep/id eq '${DEFERRED_SEND_TIME}')`;

/**
 * Web, Mac and new Outlook keep a message scheduled with delayDeliveryTime "in the Drafts folder
 * until the scheduled delivery time" (office-js-docs-pr docs/outlook/delay-delivery.md). Drafts,
 * filtered to those with the property and with that one property expanded ($expand of
 * singleValueExtendedProperties($filter=id eq …), the same page). No $orderby: an extended
 * property can't be ordered on, and one that isn't in the $filter is refused (user-list-messages.md:
 * InefficientFilter); the pages are read to their end (bounded) and sorted here.
 */
export function heldListPath(): string {
  const expand = `singleValueExtendedProperties($filter=id eq '${DEFERRED_SEND_TIME}')`;
  return graphPath('heldDrafts', {
    query: `$filter=${encodeURIComponent(HAS_DEFERRED_SEND_TIME)}&$select=subject,toRecipients,ccRecipients,bccRecipients&$expand=${encodeURIComponent(expand)}&$top=${HELD_PAGE}`,
  });
}

/**
 * Every held draft, following @odata.nextLink ("apply the entire URL", user-list-messages.md) up
 * to HELD_MAX_PAGES pages. A page left unread (the bound, a link off Graph, a later page failing)
 * makes the list `complete: false`: what it did not read is unknown, never absent.
 */
export async function listHeld(client: GraphClient, now: Date): Promise<Result<HeldList>> {
  const held: HeldMessage[] = [];
  // A draft the filter returned has a deferred send time; one whose time did not come back readable
  // (the $expand on a list is not documented) is held until a time nobody knows: the list can't
  // account for it, so it is not complete.
  let unreadable = false;
  let url = heldListPath();
  for (let page = 1; page <= HELD_MAX_PAGES; page++) {
    const response = await client.call('v1.0', { method: 'GET', url }, READ_SCOPES);
    const parsed = response.ok ? v.safeParse(pageSchema, response.value.body) : null;
    if (parsed === null || !parsed.success) {
      // The first page is the list; a later one failing leaves a list that stopped early.
      if (page > 1) break;
      return response.ok ? fail({ kind: 'malformed-response', what: 'heldMessages' }) : response;
    }
    for (const m of parsed.output.value) {
      const raw = m.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === DEFERRED_SEND_TIME.toLowerCase())?.value;
      const deliverAt = validDate(raw);
      if (deliverAt === null) unreadable = true;
      if (deliverAt === null || deliverAt.getTime() <= now.getTime()) continue;
      const addresses = [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
        .map((r) => r.emailAddress.address ?? '')
        .filter((a) => a !== '');
      held.push({ id: m.id, subject: m.subject ?? '', recipients: addresses, deliverAt });
    }
    const link = parsed.output['@odata.nextLink'];
    if (link === undefined || link === null) return ok(sorted(held, !unreadable));
    const following = relativeToGraph(link);
    if (following === null) break;
    url = following;
  }
  return ok(sorted(held, false));
}

function sorted(held: HeldMessage[], complete: boolean): HeldList {
  return { held: [...held].sort((a, b) => a.deliverAt.getTime() - b.deliverAt.getTime()), complete };
}

/** The HeldMessages port on Graph, with Outlook opening the draft. */
export function graphHeldMessages(client: GraphClient, clock: () => Date, openDraft: (id: string) => Promise<Result<void>>): HeldMessages {
  return { list: () => listHeld(client, clock()), openDraft };
}
