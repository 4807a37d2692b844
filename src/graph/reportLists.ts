import * as v from 'valibot';
import { fail, ok, type Result } from '../domain/failure';
import type { RecallReport, ReportBody } from '../domain/recallTracking';
import type { BatchRequest } from './graphClient';
import { listRequest, messageClassStartsWith, parseListItems, relatedMessageSchema, toRelatedMessage, type PagedList } from './messageLists';
import { readReportBody } from './reportBody';

/*
 * The two Inbox lists recall reports are found in, without depending on the language of their
 * subjects (which follows the mailbox language):
 *  - classic reports by message class, `startswith(ep/value,'IPM.Recall.Report')` on
 *    PR_MESSAGE_CLASS, the class read back with `$expand=singleValueExtendedProperties($filter=id eq
 *    'String 0x001A')` (singlevaluelegacyextendedproperty-get.md);
 *  - cloud reports by the `x-ms-exchange-recallreportgenerated` header: Graph can't $filter on
 *    `internetMessageHeaders` (it is returned only with $select: resources/message.md), so the
 *    Inbox since sending is listed with headers and checked here.
 * Only the Inbox is read: a report in Junk Email is not trusted. Both are time-filtered and
 * ordered as messageLists.ts explains.
 */

type CloudReport = Extract<RecallReport, { kind: 'cloud' }>;

/** A cloud report's body until it is read (its list has no bodies: recall.ts reads them). */
const NO_BODY: ReportBody = { lines: [], links: [] };

/** Page size of the Inbox lists read for reports (bodies of classic reports come along). */
export const REPORT_PAGE_SIZE = 50;
/** The header Exchange puts on a cloud recall report (seen on real reports; not in the reference docs). */
export const CLOUD_REPORT_HEADER = 'x-ms-exchange-recallreportgenerated';

const emailSchema = v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) });
const classicReportSchema = v.object({
  ...relatedMessageSchema.entries,
  toRecipients: v.optional(v.nullable(v.array(emailSchema))),
  body: v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) }))),
  singleValueExtendedProperties: v.optional(v.nullable(v.array(v.object({ id: v.string(), value: v.optional(v.nullable(v.string())) })))),
});
const inboxItemSchema = v.object({
  ...relatedMessageSchema.entries,
  id: v.string(),
  internetMessageHeaders: v.optional(v.nullable(v.array(v.object({ name: v.string(), value: v.optional(v.nullable(v.string())) })))),
});

/** The classic and the cloud list's first-page requests, with the given `$batch` ids. */
export function reportListRequests(since: Date | null, ids: { readonly classic: string; readonly cloud: string }): BatchRequest[] {
  return [
    listRequest({
      id: ids.classic,
      path: 'inboxMessages',
      timeProperty: 'receivedDateTime',
      since,
      condition: messageClassStartsWith('IPM.Recall.Report'),
      select: 'subject,from,toRecipients,receivedDateTime,body',
      expand: "singleValueExtendedProperties($filter=id eq 'String 0x001A')",
      top: REPORT_PAGE_SIZE,
    }),
    listRequest({
      id: ids.cloud,
      path: 'inboxMessages',
      timeProperty: 'receivedDateTime',
      since,
      select: 'id,subject,from,receivedDateTime,internetMessageHeaders',
      top: REPORT_PAGE_SIZE,
    }),
  ];
}

/** Classic reports of a list, with their message class, To line and body. */
export function classicReports(list: Result<PagedList> | undefined): Result<{ readonly reports: RecallReport[]; readonly complete: boolean }> {
  const parsed = parseListItems(list, classicReportSchema, 'classic recall reports');
  if (!parsed.ok) return parsed;
  const reports = parsed.value.items.map((m): RecallReport => {
    const messageClass = (m.singleValueExtendedProperties ?? []).find((p) => p.id.toLowerCase() === 'string 0x001a')?.value ?? '';
    const toRecipients = (m.toRecipients ?? []).map((r) => r.emailAddress.address ?? '');
    return { kind: 'classic', messageClass, message: toRelatedMessage(m), toRecipients, body: readReportBody(m.body?.content ?? '') };
  });
  return ok({ reports, complete: parsed.value.complete });
}

/** Inbox messages carrying the cloud report header: their ids (for the bodies) and what they are. */
export function flaggedCloudReports(
  list: Result<PagedList> | undefined,
): Result<{ readonly flagged: { readonly id: string; readonly report: CloudReport }[]; readonly complete: boolean }> {
  const parsed = parseListItems(list, inboxItemSchema, 'inbox');
  if (!parsed.ok) return parsed;
  const flagged = parsed.value.items
    .filter((m) => (m.internetMessageHeaders ?? []).some((h) => h.name.toLowerCase() === CLOUD_REPORT_HEADER))
    .map((m) => ({ id: m.id, report: { kind: 'cloud' as const, message: toRelatedMessage(m), body: NO_BODY } }));
  return ok({ flagged, complete: parsed.value.complete });
}

/** The failure of two lists that both failed; null when at least one answered. */
export function bothFailed(a: Result<unknown>, b: Result<unknown>): Result<never> | null {
  return !a.ok && !b.ok ? fail(a.failure) : null;
}
