import * as v from 'valibot';
import { READ_SCOPES, RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import type { FoundReports, RecallReport } from '../domain/recallTracking';
import { BATCH_LIMIT, type GraphClient } from './graphClient';
import { listRequest, messageClassStartsWith, parseListItems, readAllPages } from './messageLists';
import { parseWith, relatedMessageSchema, toRelatedMessage } from './recallFacts';
import { graphPath } from './requestPaths';

export interface RecallAttemptOptions {
  /** Attempts for server errors and time-outs (throttling is retried inside the client). */
  readonly attempts?: number;
  readonly backoffMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks Exchange Online to recall the message (Graph beta: 202 Accepted, no body, no status
 * handle). Beta endpoints may change or vanish, so every refusal maps to "use Outlook's command".
 * 401 gets one more try with a fresh token (consent may just have been granted); 5xx and
 * time-outs are retried with backoff.
 */
export async function requestRecall(client: GraphClient, restId: string, options: RecallAttemptOptions = {}): Promise<Result<'accepted'>> {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let freshTokenTried = false;
  let failedAttempts = 0;
  for (;;) {
    const response = await client.call('beta', { method: 'POST', url: graphPath('recall', { id: restId }) }, RECALL_SCOPES);
    if (response.ok) return ok('accepted');
    const failure = response.failure;
    // A 401 is not an attempt: it gets one more try with a fresh token.
    if (failure.kind === 'consent-required' && !freshTokenTried) {
      freshTokenTried = true;
      continue;
    }
    failedAttempts += 1;
    // Throttling was already retried inside the client; only server errors and time-outs here.
    if ((failure.kind !== 'server-error' && failure.kind !== 'timeout') || failedAttempts >= attempts) return fail(failure);
    await sleep(backoffMs * 2 ** (failedAttempts - 1));
  }
}

/** Page size of the Inbox lists read for reports (bodies of classic reports come along). */
export const REPORT_PAGE_SIZE = 50;
/** The header Exchange puts on a cloud recall report (seen on real reports; not in the reference docs). */
export const CLOUD_REPORT_HEADER = 'x-ms-exchange-recallreportgenerated';
/** Reports are looked for from a little before the message was sent (clocks differ). */
const CLOCK_SLACK_MS = 5 * 60_000;

const emailSchema = v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) });
const bodySchema = v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) })));
const classicReportSchema = v.object({
  ...relatedMessageSchema.entries,
  toRecipients: v.optional(v.nullable(v.array(emailSchema))),
  body: bodySchema,
  singleValueExtendedProperties: v.optional(v.nullable(v.array(v.object({ id: v.string(), value: v.optional(v.nullable(v.string())) })))),
});
const inboxItemSchema = v.object({
  ...relatedMessageSchema.entries,
  id: v.string(),
  internetMessageHeaders: v.optional(v.nullable(v.array(v.object({ name: v.string(), value: v.optional(v.nullable(v.string())) })))),
});
const bodyOnlySchema = v.object({ body: bodySchema });
const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });

/**
 * Reads the recall reports in the Inbox since the message was sent, without depending on the
 * language of their subjects (which follows the mailbox language):
 *  - classic reports by message class, `startswith(ep/value,'IPM.Recall.Report')` on
 *    PR_MESSAGE_CLASS, the class read back with `$expand=singleValueExtendedProperties($filter=id eq
 *    'String 0x001A')` (singlevaluelegacyextendedproperty-get.md);
 *  - cloud reports by the `x-ms-exchange-recallreportgenerated` header: Graph can't $filter on
 *    `internetMessageHeaders` (it is returned only with $select: resources/message.md), so the
 *    Inbox since sending is listed with headers and checked here, and only the bodies of those
 *    with the header are fetched (GET /me/mailFolders/inbox/messages/{id}?$select=body);
 *  - the tenant's verified domains, to accept only reports from inside (trackRecall decides).
 * Only the Inbox is read: a report in Junk Email is not trusted. Lists are time-filtered, ordered
 * and paged as messageLists.ts explains; an unread rest makes the result `complete: false`.
 */
export async function fetchRecallReports(client: GraphClient, sentAt: Date | null): Promise<Result<FoundReports>> {
  const since = sentAt === null ? null : new Date(sentAt.getTime() - CLOCK_SLACK_MS);
  const first = await client.batch(
    [
      { id: 'organization', method: 'GET', url: graphPath('organization', { query: '$select=verifiedDomains' }) },
      listRequest({
        id: 'classic',
        path: 'inboxMessages',
        timeProperty: 'receivedDateTime',
        since,
        condition: messageClassStartsWith('IPM.Recall.Report'),
        select: 'subject,from,toRecipients,receivedDateTime,body',
        expand: "singleValueExtendedProperties($filter=id eq 'String 0x001A')",
        top: REPORT_PAGE_SIZE,
      }),
      listRequest({ id: 'cloud', path: 'inboxMessages', timeProperty: 'receivedDateTime', since, select: 'id,subject,from,receivedDateTime,internetMessageHeaders', top: REPORT_PAGE_SIZE }),
    ],
    READ_SCOPES,
  );
  if (!first.ok) return first;
  const organization = parseWith(first.value.get('organization'), organizationSchema, 'organization', (org) => org.value.flatMap((o) => o.verifiedDomains.map((d) => d.name.toLowerCase())));
  // Without the tenant's domains no report can be judged genuine: say so rather than guess.
  if (!organization.ok) return organization;
  const paged = await readAllPages(client, new Map(['classic', 'cloud'].map((id) => [id, first.value.get(id)])), READ_SCOPES);
  const classic = parseListItems(paged.lists.get('classic'), classicReportSchema, 'classic recall reports');
  const inbox = parseListItems(paged.lists.get('cloud'), inboxItemSchema, 'inbox');
  if (!classic.ok && !inbox.ok) return fail(classic.failure);

  const reports: RecallReport[] = [];
  if (classic.ok) {
    for (const m of classic.value.items) {
      const messageClass = (m.singleValueExtendedProperties ?? []).find((p) => p.id.toLowerCase() === 'string 0x001a')?.value ?? '';
      const toRecipients = (m.toRecipients ?? []).map((r) => r.emailAddress.address ?? '');
      reports.push({ kind: 'classic', messageClass, message: toRelatedMessage(m), toRecipients, bodyHtml: m.body?.content ?? '' });
    }
  }
  let bodiesComplete = true;
  if (inbox.ok) {
    const flagged = inbox.value.items.filter((m) => (m.internetMessageHeaders ?? []).some((h) => h.name.toLowerCase() === CLOUD_REPORT_HEADER));
    // The list runs oldest first; one report arrives per recall, so the newest few bodies are enough.
    const wanted = flagged.slice(-BATCH_LIMIT);
    bodiesComplete = wanted.length === flagged.length;
    if (wanted.length > 0) {
      const bodies = await client.batch(
        wanted.map((m, i) => ({ id: `body-${i}`, method: 'GET', url: graphPath('inboxMessage', { id: m.id, query: '$select=body' }) })),
        READ_SCOPES,
      );
      wanted.forEach((m, i) => {
        const body = parseWith(bodies.ok ? bodies.value.get(`body-${i}`) : bodies, bodyOnlySchema, 'recall report body', (b) => b.body?.content ?? '');
        if (body.ok) reports.push({ kind: 'cloud', message: toRelatedMessage(m), bodyHtml: body.value });
        else bodiesComplete = false;
      });
    }
  }
  const complete = classic.ok && classic.value.complete && inbox.ok && inbox.value.complete && bodiesComplete;
  return ok({ reports, tenantDomains: organization.value, complete });
}
