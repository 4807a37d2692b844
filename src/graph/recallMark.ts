import * as v from 'valibot';
import { RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import { validDate } from '../domain/validDate';
import type { GraphClient, RawResponse } from './graphClient';
import { graphPath } from './requestPaths';

/*
 * Our own mark on the sent message, saying that a recall through the add-in was accepted and when.
 * A recall made through Graph (or cloud recall) most likely leaves no IPM.Outlook.Recall item in
 * Sent Items, so without the mark a reopened pane could not know the recall happened.
 * A named String extended property in our own property set (extended-properties-overview.md:
 * "String {GUID} Name …"), set with PATCH /me/messages/{id} and Mail.ReadWrite, which the recall
 * already asked for (singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md,
 * "Request 2"), read back with
 * GET /me/messages/{id}?$expand=singleValueExtendedProperties($filter=id eq '…')
 * (api-reference/v1.0/api/singlevaluelegacyextendedproperty-get.md, "GET a resource instance
 * expanded with an extended property that matches a filter"; the id's Name part is case-sensitive).
 */
export const RECALL_MARK_PROPERTY_ID = 'String {8f1aeed5-05c7-4098-970d-66d9ce54bc45} Name RecallAssistantRecallAcceptedAt';

export interface RecallMark {
  /** When the add-in's recall was accepted (202), as the add-in recorded it; null if unreadable. */
  readonly at: Date | null;
}

/**
 * The query option that reads the mark back along with the message itself (recallFacts.ts' one
 * `GET /me/messages/{id}`): the documented form, spaces URL-encoded as the page asks.
 */
export const RECALL_MARK_EXPAND_QUERY = `$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${RECALL_MARK_PROPERTY_ID}')`)}`;

const markedMessageSchema = v.object({
  singleValueExtendedProperties: v.optional(v.nullable(v.array(v.object({ id: v.string(), value: v.optional(v.nullable(v.string())) })))),
});

/** The mark, or null when the message carries none. */
export function parseRecallMark(response: Result<RawResponse> | undefined): Result<RecallMark | null> {
  if (response === undefined) return fail({ kind: 'malformed-response', what: 'recallMark' });
  if (!response.ok) return response;
  const parsed = v.safeParse(markedMessageSchema, response.value.body);
  if (!parsed.success) return fail({ kind: 'malformed-response', what: 'recallMark' });
  // The id comparison ignores case: Graph may echo the GUID part in another case.
  const property = (parsed.output.singleValueExtendedProperties ?? []).find((p) => p.id.toLowerCase() === RECALL_MARK_PROPERTY_ID.toLowerCase());
  if (property === undefined) return ok(null);
  return ok({ at: validDate(property.value) });
}

/** Records on the sent message that our recall was accepted at `at` (a failure only loses the mark). */
export async function setRecallMark(client: GraphClient, restId: string, at: Date): Promise<Result<'marked'>> {
  const response = await client.call(
    'v1.0',
    {
      method: 'PATCH',
      url: graphPath('updateMessage', { id: restId }),
      body: { singleValueExtendedProperties: [{ id: RECALL_MARK_PROPERTY_ID, value: at.toISOString() }] },
    },
    RECALL_SCOPES,
  );
  return response.ok ? ok('marked') : response;
}
