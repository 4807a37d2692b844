import * as v from 'valibot';
import type { GraphScope } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import { RECALL_REQUEST_CLASS, subjectRefersTo } from '../domain/mailboxEvidence';
import type { RecallReport, ReportBody } from '../domain/recallTracking';
import { BATCH_LIMIT, type BatchRequest, type GraphClient, type RawResponse } from './graphClient';
import { listRequest, messageClassStartsWith, parseListItems, relatedMessageSchema, toRelatedMessage, type PagedList } from './messageLists';
import { readReportBody } from './reportBody';
import { graphPath } from './requestPaths';

/*
 * The two Inbox lists recall reports are found in, without depending on the language of their
 * subjects (which follows the mailbox language):
 *  - classic reports by message class, `startswith(ep/value,'IPM.Recall.Report')` on
 *    PR_MESSAGE_CLASS, the class read back with `$expand=singleValueExtendedProperties($filter=id eq
 *    'String 0x001A')` (singlevaluelegacyextendedproperty-get.md);
 *  - cloud reports by the `x-ms-exchange-recallreportgenerated` header: Graph can't $filter on
 *    `internetMessageHeaders` (it is returned only with $select: resources/message.md), so the
 *    Inbox since sending is listed with headers and checked here. Copies of other people's recall
 *    *requests* that reached the Inbox carry the same header (seen in public mailing-list
 *    archives of such requests), so the class is read back too and IPM.Outlook.Recall is not a
 *    report.
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
  singleValueExtendedProperties: classicReportSchema.entries.singleValueExtendedProperties,
});
/** The message class read back with the lists: PR_MESSAGE_CLASS (singlevaluelegacyextendedproperty-get.md). */
const MESSAGE_CLASS_EXPAND = "singleValueExtendedProperties($filter=id eq 'String 0x001A')";

function messageClassOf(m: {
  readonly singleValueExtendedProperties?: readonly { id: string; value?: string | null | undefined }[] | null | undefined;
}): string {
  return (m.singleValueExtendedProperties ?? []).find((p) => p.id.toLowerCase() === 'string 0x001a')?.value ?? '';
}

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
      expand: MESSAGE_CLASS_EXPAND,
      top: REPORT_PAGE_SIZE,
    }),
    listRequest({
      id: ids.cloud,
      path: 'inboxMessages',
      timeProperty: 'receivedDateTime',
      since,
      select: 'id,subject,from,receivedDateTime,internetMessageHeaders',
      expand: MESSAGE_CLASS_EXPAND,
      top: REPORT_PAGE_SIZE,
    }),
  ];
}

/** Classic reports of a list, with their message class, To line and body. */
export function classicReports(list: Result<PagedList> | undefined): Result<{ readonly reports: RecallReport[]; readonly complete: boolean }> {
  const parsed = parseListItems(list, classicReportSchema, 'classic recall reports');
  if (!parsed.ok) return parsed;
  const reports = parsed.value.items.map((m): RecallReport => {
    const messageClass = messageClassOf(m);
    const toRecipients = (m.toRecipients ?? []).map((r) => r.emailAddress.address ?? '');
    return { kind: 'classic', messageClass, message: toRelatedMessage(m), toRecipients, body: readReportBody(m.body?.content ?? '') };
  });
  return ok({ reports, complete: parsed.value.complete });
}

/** Inbox messages carrying the cloud report header, recall requests left out: their ids (for the bodies) and what they are. */
export function flaggedCloudReports(
  list: Result<PagedList> | undefined,
): Result<{ readonly flagged: { readonly id: string; readonly report: CloudReport }[]; readonly complete: boolean }> {
  const parsed = parseListItems(list, inboxItemSchema, 'inbox');
  if (!parsed.ok) return parsed;
  const flagged = parsed.value.items
    .filter((m) => (m.internetMessageHeaders ?? []).some((h) => h.name.toLowerCase() === CLOUD_REPORT_HEADER))
    .filter((m) => messageClassOf(m).toLowerCase() !== RECALL_REQUEST_CLASS.toLowerCase())
    .map((m) => ({ id: m.id, report: { kind: 'cloud' as const, message: toRelatedMessage(m), body: NO_BODY } }));
  return ok({ flagged, complete: parsed.value.complete });
}

/** The failure of two lists that both failed; null when at least one answered. */
export function bothFailed(a: Result<unknown>, b: Result<unknown>): Result<never> | null {
  return !a.ok && !b.ok ? fail(a.failure) : null;
}

/**
 * Other messages in Sent Items with exactly this subject: `subject eq` (Microsoft's answers on
 * Graph list messages with `$filter=subject eq '…'`; Exchange compares strings case-insensitively),
 * ids only, two at most: ours and one more are enough to know it is not unique. A quote is
 * doubled, as OData string literals write it.
 */
export function sameSubjectRequest(id: string, subject: string): BatchRequest {
  const filter = `subject eq '${subject.replace(/'/g, "''")}'`;
  return { id, method: 'GET', url: graphPath('sentItems', { query: `$filter=${encodeURIComponent(filter)}&$select=id&$top=2` }) };
}

const idListSchema = v.object({ value: v.array(v.object({ id: v.string() })) });

/** No message but ours (`restId`) has the subject: true; another one: false; no readable answer: null. */
export function subjectUniqueFrom(response: Result<RawResponse> | undefined, restId: string): boolean | null {
  if (response === undefined || !response.ok) return null;
  const parsed = v.safeParse(idListSchema, response.value.body);
  return parsed.success ? parsed.output.value.every((m) => m.id === restId) : null;
}

const bodyOnlySchema = v.object({ body: v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) }))) });

/** What the round after the lists found: the candidate cloud reports with their bodies, and the subject's uniqueness. */
export interface Candidates {
  readonly cloud: RecallReport[];
  /** Every candidate's body was read (none left out at the batch's bound, none failed). */
  readonly bodiesComplete: boolean;
  readonly subjectUnique: boolean | null;
  readonly roundTrips: number;
}

/**
 * One more `$batch`, and only when something in the lists carries our subject (behind one
 * prefix: mailboxEvidence.ts): the bodies of those flagged cloud reports (GET
 * /me/mailFolders/inbox/messages/{id}?$select=body, message-get.md; newest first, as many as the
 * batch holds beside the probe) and the Sent Items probe (`sameSubjectRequest`). `othersTie`:
 * a classic report or recall request already carries our subject (it needs the probe, no body).
 * Nothing ties: no request, nothing to tell apart.
 */
export async function readCandidates(
  client: GraphClient,
  scopes: readonly GraphScope[],
  flagged: readonly { readonly id: string; readonly report: RecallReport }[],
  ours: { readonly subject: string; readonly restId: string },
  othersTie: boolean,
): Promise<Candidates> {
  const tying = flagged.filter((m) => subjectRefersTo(m.report.message.subject, ours.subject));
  if (tying.length === 0 && !othersTie) return { cloud: [], bodiesComplete: true, subjectUnique: null, roundTrips: 0 };
  // The lists run oldest first; one report arrives per recall, so the newest few bodies are enough.
  const wanted = tying.slice(-(BATCH_LIMIT - 1));
  const round = await client.batch(
    [
      sameSubjectRequest('sameSubject', ours.subject),
      ...wanted.map((m, i): BatchRequest => ({ id: `body-${i}`, method: 'GET', url: graphPath('inboxMessage', { id: m.id, query: '$select=body' }) })),
    ],
    scopes,
  );
  const cloud: RecallReport[] = [];
  let bodiesComplete = wanted.length === tying.length;
  wanted.forEach((m, i) => {
    const response = round.ok ? round.value.get(`body-${i}`) : round;
    const parsed = response?.ok === true ? v.safeParse(bodyOnlySchema, response.value.body) : null;
    if (parsed?.success === true) cloud.push({ ...m.report, body: readReportBody(parsed.output.body?.content ?? '') });
    else bodiesComplete = false;
  });
  return { cloud, bodiesComplete, subjectUnique: subjectUniqueFrom(round.ok ? round.value.get('sameSubject') : round, ours.restId), roundTrips: 1 };
}
