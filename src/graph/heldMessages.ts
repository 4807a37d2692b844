import * as v from 'valibot';
import { RECALL_SCOPES, READ_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import type { HeldMessage, HeldMessages } from '../domain/safetyWindow';
import type { GraphClient } from './graphClient';
import { graphPath } from './requestPaths';

/**
 * PidTagDeferredSendTime (PR_DEFERRED_SEND_TIME, 0x3FEF, PT_SYSTIME) as a Graph single-value
 * extended property id: "{type} {proptag}" (microsoft-graph-docs-contrib
 * api-reference/v1.0/resources/extended-properties-overview.md).
 */
export const DEFERRED_SEND_TIME = 'SystemTime 0x3FEF';

/** Held drafts considered: the window is at most an hour, so a user has few at once. */
export const HELD_TOP = 50;

const recipients = v.optional(v.nullable(v.array(v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) }))), []);
const listSchema = v.object({
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
});

/**
 * Web, Mac and new Outlook keep a message scheduled with delayDeliveryTime "in the Drafts folder
 * until the scheduled delivery time" (office-js-docs-pr docs/outlook/delay-delivery.md). We list
 * Drafts with that one property expanded ($expand=singleValueExtendedProperties($filter=id eq …),
 * singlevaluelegacyextendedproperty-get.md) and keep those whose time is still ahead.
 */
export function heldListPath(): string {
  const expand = `singleValueExtendedProperties($filter=id eq '${DEFERRED_SEND_TIME}')`;
  return graphPath('heldDrafts', { query: `$select=subject,toRecipients,ccRecipients,bccRecipients&$expand=${encodeURIComponent(expand)}&$top=${HELD_TOP}` });
}

export async function listHeld(client: GraphClient, now: Date): Promise<Result<HeldMessage[]>> {
  const response = await client.call('v1.0', { method: 'GET', url: heldListPath() }, READ_SCOPES);
  if (!response.ok) return response;
  const parsed = v.safeParse(listSchema, response.value.body);
  if (!parsed.success) return fail({ kind: 'malformed-response', what: 'heldMessages' });
  const held: HeldMessage[] = [];
  for (const m of parsed.output.value) {
    const raw = m.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === DEFERRED_SEND_TIME.toLowerCase())?.value;
    const deliverAt = raw ? new Date(raw) : null;
    if (deliverAt === null || Number.isNaN(deliverAt.getTime()) || deliverAt.getTime() <= now.getTime()) continue;
    const addresses = [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
      .map((r) => r.emailAddress.address ?? '')
      .filter((a) => a !== '');
    held.push({ id: m.id, subject: m.subject ?? '', recipients: addresses, deliverAt });
  }
  return ok(held.sort((a, b) => a.deliverAt.getTime() - b.deliverAt.getTime()));
}

/**
 * "Send now": the deferred time set to now (PATCH of a single-value extended property,
 * singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md). MAPI: "If
 * PR_DEFERRED_SEND_TIME value is earlier than the current time (in UTC), the message is sent
 * immediately". Whether Exchange re-reads it for an already submitted message is unproven; if
 * not, the message still leaves at its original time.
 */
export async function sendHeldNow(client: GraphClient, id: string, now: Date): Promise<Result<void>> {
  const response = await client.call(
    'v1.0',
    {
      method: 'PATCH',
      url: graphPath('updateMessage', { id }),
      body: { singleValueExtendedProperties: [{ id: DEFERRED_SEND_TIME, value: now.toISOString() }] },
    },
    RECALL_SCOPES,
  );
  // call() has already turned a non-2xx status into its failure.
  return response.ok ? ok(undefined) : response;
}

/** The HeldMessages port on Graph, with Outlook opening the draft. */
export function graphHeldMessages(client: GraphClient, clock: () => Date, openDraft: (id: string) => Promise<Result<void>>): HeldMessages {
  return {
    list: () => listHeld(client, clock()),
    sendNow: (id) => sendHeldNow(client, id, clock()),
    openDraft,
  };
}
