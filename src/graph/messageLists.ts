import * as v from 'valibot';
import type { GraphScope } from '../auth/tokenProvider';
import type { RelatedMessage } from '../domain/mailboxEvidence';
import { fail, ok, type Result } from '../domain/failure';
import { validDate } from '../domain/validDate';
import { BATCH_LIMIT, GRAPH_ORIGIN, type BatchRequest, type GraphClient, type RawResponse } from './graphClient';
import { graphPath, type GraphRequestName } from './requestPaths';

/*
 * Lists of messages related to ours (read receipts, recall requests, recall reports), read the
 * way Graph documents listing messages (api-reference/v1.0/api/user-list-messages.md in
 * microsoftgraph/microsoft-graph-docs-contrib):
 *  - there is no default order, so each list is filtered on time since the message was sent and
 *    ordered by that same property; "properties that appear in $orderby must also appear in
 *    $filter … before any properties that aren't", else 400 InefficientFilter;
 *  - one page is `$top` items; "to get the next page … apply the entire URL returned in
 *    @odata.nextLink" (never rebuild it from $skip);
 *  - the message class is PR_MESSAGE_CLASS, `String 0x001A`, filtered with
 *    `singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`, `startswith(ep/value, '…')`
 *    or `contains(ep/value, '…')`: "for string-typed extended properties, apply a contains,
 *    startswith, eq, or ne operator on value", compared case-insensitively
 *    (api-reference/v1.0/api/singlevaluelegacyextendedproperty-get.md; no endswith).
 * At most MAX_PAGES pages are read per list; a list with a next page left at that bound comes back
 * `complete: false`, and its readers must treat what was not read as unknown, never as absent.
 */

/** Pages read per list before giving up (each further page is one more round trip). */
export const MAX_PAGES = 5;

interface ListSpec {
  /** The id of the list's request inside the `$batch`. */
  readonly id: string;
  readonly path: Extract<GraphRequestName, 'mailboxMessages' | 'sentItems' | 'inboxMessages'>;
  /** The time property the list is filtered (first) and ordered on. */
  readonly timeProperty: 'receivedDateTime' | 'sentDateTime';
  /** Lower bound of the time window; null reads from the beginning. */
  readonly since: Date | null;
  /** Further filter conditions, after the time window. */
  readonly condition?: string;
  readonly select: string;
  readonly expand?: string;
  readonly top: number;
}

/** The first page's request of a list. */
export function listRequest(spec: ListSpec): BatchRequest {
  const filter = [`${spec.timeProperty} ge ${graphTime(spec.since)}`, ...(spec.condition === undefined ? [] : [spec.condition])].join(' and ');
  const query = [
    `$filter=${encodeURIComponent(filter)}`,
    `$orderby=${spec.timeProperty}`,
    `$select=${spec.select}`,
    ...(spec.expand === undefined ? [] : [`$expand=${encodeURIComponent(spec.expand)}`]),
    `$top=${spec.top}`,
  ].join('&');
  return { id: spec.id, method: 'GET', url: graphPath(spec.path, { query }) };
}

/** `String 0x001A` (PR_MESSAGE_CLASS) equals `messageClass`. */
export function messageClassIs(messageClass: string): string {
  return `singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq '${messageClass}')`;
}

/** `String 0x001A` (PR_MESSAGE_CLASS) contains `part` (string properties allow contains). */
export function messageClassContains(part: string): string {
  return `singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and contains(ep/value,'${part}'))`;
}

/** `String 0x001A` (PR_MESSAGE_CLASS) starts with `prefix` (string properties allow startswith). */
export function messageClassStartsWith(prefix: string): string {
  return `singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and startswith(ep/value,'${prefix}'))`;
}

/** Every item of a list, and whether the list was read to its end. */
export interface PagedList {
  readonly values: readonly unknown[];
  readonly complete: boolean;
}

const pageSchema = v.object({ value: v.array(v.unknown()), '@odata.nextLink': v.optional(v.nullable(v.string())) });

/**
 * Follows `@odata.nextLink` for the lists whose first page came in an earlier `$batch`, all lists'
 * next pages together in one `$batch` per round, up to `maxPages` pages each (1: the first page
 * only, no further round trip).
 */
export async function readAllPages(
  client: GraphClient,
  firstPages: ReadonlyMap<string, Result<RawResponse> | undefined>,
  scopes: readonly GraphScope[],
  maxPages = MAX_PAGES,
): Promise<{ readonly lists: Map<string, Result<PagedList>>; readonly roundTrips: number }> {
  const values = new Map<string, unknown[]>();
  const lists = new Map<string, Result<PagedList>>();
  let next = new Map<string, string>();
  const take = (id: string, response: Result<RawResponse> | undefined, page: number) => {
    if (response === undefined) return void lists.set(id, fail({ kind: 'malformed-response', what: id }));
    if (!response.ok) return void lists.set(id, response);
    const parsed = v.safeParse(pageSchema, response.value.body);
    if (!parsed.success) return void lists.set(id, fail({ kind: 'malformed-response', what: id }));
    const collected = [...(values.get(id) ?? []), ...parsed.output.value];
    values.set(id, collected);
    const link = parsed.output['@odata.nextLink'];
    if (link === undefined || link === null) return void lists.set(id, ok({ values: collected, complete: true }));
    const relative = relativeToGraph(link);
    // A next page we may not or cannot read (the bound, or a link off Graph) leaves the list open.
    if (relative === null || page >= maxPages) return void lists.set(id, ok({ values: collected, complete: false }));
    next.set(id, relative);
  };
  for (const [id, response] of firstPages) take(id, response, 1);
  let roundTrips = 0;
  for (let page = 2; next.size > 0; page++) {
    const pending = [...next].slice(0, BATCH_LIMIT);
    next = new Map();
    roundTrips += 1;
    const round = await client.batch(
      pending.map(([id, url]) => ({ id, method: 'GET', url })),
      scopes,
    );
    for (const [id] of pending) take(id, round.ok ? round.value.get(id) : round, page);
  }
  return { lists, roundTrips };
}

/** The items of a paged list, each validated; one malformed item fails the list. */
export function parseListItems<S extends v.GenericSchema>(
  list: Result<PagedList> | undefined,
  item: S,
  what: string,
): Result<{ readonly items: v.InferOutput<S>[]; readonly complete: boolean }> {
  if (list === undefined) return fail({ kind: 'malformed-response', what });
  if (!list.ok) return list;
  const parsed = v.safeParse(v.array(item), list.value.values);
  return parsed.success ? ok({ items: parsed.output, complete: list.value.complete }) : fail({ kind: 'malformed-response', what });
}

/** A nextLink is an absolute Graph v1.0 URL; inside `$batch` it is sent relative. Anything else is not followed. */
export function relativeToGraph(link: string): string | null {
  const prefix = `${GRAPH_ORIGIN}/v1.0/`;
  return link.startsWith(prefix) ? `/${link.slice(prefix.length)}` : null;
}

/** A DateTimeOffset literal for $filter (whole seconds, UTC). */
function graphTime(date: Date | null): string {
  return (date !== null && !Number.isNaN(date.getTime()) ? date : new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const emailSchema = v.object({ emailAddress: v.object({ name: v.optional(v.nullable(v.string())), address: v.optional(v.nullable(v.string())) }) });

/** A message related to ours (receipt, recall request, recall report) as Graph lists it. */
export const relatedMessageSchema = v.object({
  subject: v.optional(v.nullable(v.string())),
  from: v.optional(v.nullable(emailSchema)),
  receivedDateTime: v.optional(v.nullable(v.string())),
  sentDateTime: v.optional(v.nullable(v.string())),
});

export function toRelatedMessage(m: v.InferOutput<typeof relatedMessageSchema>): RelatedMessage {
  return { subject: m.subject ?? '', from: m.from?.emailAddress.address ?? '', dateTime: graphDate(m.receivedDateTime ?? m.sentDateTime) };
}

/** Graph's ISO time, or null when it is missing or unreadable (the one gate: validDate). */
export function graphDate(iso: string | null | undefined): Date | null {
  return validDate(iso);
}
