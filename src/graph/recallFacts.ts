import * as v from 'valibot';
import { READ_SCOPES } from '../auth/tokenProvider';
import { parseAddress, parseRecipient, unwrapAddress, type MailboxKey, type ParsedRecipient } from '../domain/address';
import type { RecipientField } from '../domain/facts';
import { fail, ok, type Result } from '../domain/failure';
import { RECALL_REQUEST_CLASS, subjectRefersTo, type RecallRequest, type RelatedMessage } from '../domain/mailboxEvidence';
import { messageIdentity } from '../domain/messageIdentity';
import type { FoundReports } from '../domain/recallTracking';
import type { RecipientLists } from '../domain/recipientMerge';
import { secondMailTip, type MailTip } from '../domain/scopeEvidence';
import { BATCH_LIMIT, type BatchRequest, type GraphClient, type RawResponse } from './graphClient';
import {
  graphDate,
  listRequest,
  messageClassContains,
  messageClassIs,
  parseListItems,
  readAllPages,
  relatedMessageSchema,
  toRelatedMessage,
} from './messageLists';
import { classicReports, flaggedCloudReports, readCandidates, reportListRequests, type Candidates } from './reportLists';
import { parseRecallMark, RECALL_MARK_EXPAND_QUERY, type RecallMark } from './recallMark';
import { graphPath } from './requestPaths';
import { sentItemsMembership } from './sentItemsMembership';
import type { VerifiedDomainsCache } from './verifiedDomainsCache';

/** MailTips' maximum per call is undocumented; 100 keeps each request small and well inside it. */
export const MAILTIPS_CHUNK = 100;

export interface GraphMessage {
  readonly subject: string;
  readonly sentDateTime: Date | null;
  readonly from: string;
  /**
   * Per field, parsed once here at the edge (parseRecipient); null where the answer left the field
   * out: unknown, not empty (recipientMerge.ts merges them with what Outlook shows).
   */
  readonly recipients: RecipientLists;
}

export interface GraphRecallFacts {
  /**
   * The message by id from anywhere in the mailbox (bcc, every recipient, its folder). An answer
   * about another message (messageIdentity.ts) is a failure: no part of it is evidence.
   */
  readonly message: Result<GraphMessage>;
  /**
   * Whether the message is in this mailbox's Sent Items, decided from positive answers only (see
   * sentItemsMembership); a failure when Graph could not say.
   */
  readonly inSentItems: Result<boolean>;
  readonly verifiedDomains: Result<string[]>;
  /** Per mailbox; `failed` for addresses whose chunk failed. */
  readonly mailTips: Map<MailboxKey, MailTip>;
  /** Read receipts received since sending (matched to ours by the domain). */
  readonly readReceipts: Result<RelatedList>;
  /** Recall requests in Sent Items since sending (left by a recall from classic Outlook), with their recipients. */
  readonly recallRequests: Result<RelatedList<RecallRequest>>;
  /** Our own mark on the sent message, set when a recall through the add-in was accepted. */
  readonly recallMark: Result<RecallMark | null>;
  /**
   * Recall reports in the Inbox since sending, read to the end of their lists as tracking reads
   * them (the bodies of the cloud ones that carry our subject): evidence of any earlier recall.
   */
  readonly recallReports: Result<FoundReports>;
  /**
   * No other message in Sent Items has the subject Graph gave for this one
   * (SentMessageIdentity.subjectUnique); null when not asked (nothing carried the subject) or not answered.
   */
  readonly subjectUnique: boolean | null;
  readonly roundTrips: number;
}

/** Related messages of one list; `complete: false` when more were left unread at the page bound. */
export interface RelatedList<T extends RelatedMessage = RelatedMessage> {
  readonly items: readonly T[];
  readonly complete: boolean;
}

export interface RecallFactsOptions {
  /** When the message was sent: receipts and recall requests are looked for from then on. */
  readonly sentAt?: Date | null;
  /** The subject Outlook shows: Graph's answer about the message must agree with it (messageIdentity.ts). */
  readonly subjectShown?: string;
  /** The tenant's verified domains kept for the browser session (verifiedDomainsCache.ts). */
  readonly verifiedDomains?: VerifiedDomainsCache;
}

const recipientSchema = v.object({ emailAddress: v.object({ name: v.optional(v.nullable(v.string())), address: v.optional(v.nullable(v.string())) }) });
/** A recipient collection (message.md); left out or null, it is unknown — never read as empty. */
const recipientList = v.optional(v.nullable(v.array(recipientSchema)), null);
const messageSchema = v.object({
  id: v.optional(v.nullable(v.string()), null),
  subject: v.optional(v.nullable(v.string())),
  sentDateTime: v.optional(v.nullable(v.string())),
  from: v.optional(v.nullable(recipientSchema)),
  toRecipients: recipientList,
  ccRecipients: recipientList,
  bccRecipients: recipientList,
  parentFolderId: v.optional(v.nullable(v.string())),
});
const folderSchema = v.object({ id: v.pipe(v.string(), v.minLength(1)) });
const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });
const mailTipsSchema = v.object({
  value: v.array(
    v.object({
      emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }),
      recipientScope: v.optional(v.nullable(v.string())),
      totalMemberCount: v.optional(v.nullable(v.number())),
      externalMemberCount: v.optional(v.nullable(v.number())),
      error: v.optional(v.nullable(v.unknown())),
    }),
  ),
});

/** `id` too: an answer is evidence only about the message it names (messageIdentity.ts). */
const MESSAGE_SELECT = 'id,subject,sentDateTime,from,toRecipients,ccRecipients,bccRecipients,parentFolderId';

/** Page size of the related-message lists (Graph allows 1–1000; the default is 10). */
export const RELATED_TOP = 100;
/** Receipts and requests are looked for from a little before the sent time (clocks differ). */
const CLOCK_SLACK_MS = 5 * 60_000;
/**
 * Read receipts are a family of message classes, "REPORT.<class of the original>.IPNRN"
 * (PidTagMessageClass, learn.microsoft.com office/client-developer/outlook/mapi/
 * pidtagmessageclass-canonical-property: "REPORT.<subject message class>.IPNRN for a read report",
 * ".IPNNRN for a nonread report"): a signed or encrypted message's receipt is
 * REPORT.IPM.Note.SMIME.IPNRN, REPORT.IPM.Note.SMIME.MultipartSigned.IPNRN, …. Graph filters a
 * string property with eq, ne, startswith or contains only (no endswith), so the list asks for
 * classes that contain ".IPNRN": every read receipt, and never a non-read report (".IPNNRN" does
 * not contain it). A custom class that merely contains it would read as a receipt: a recipient
 * looking read is a warning, never a promise.
 */
export const READ_RECEIPT_CLASS_PART = '.IPNRN';
const emailListSchema = v.optional(v.nullable(v.array(v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) }))));
const recallRequestSchema = v.object({
  ...relatedMessageSchema.entries,
  toRecipients: emailListSchema,
  ccRecipients: emailListSchema,
  bccRecipients: emailListSchema,
});

/**
 * Everything Graph can tell about the sent item in as few round trips as possible: the message
 * (bcc and recipients beyond Office.js' 20), the tenant's verified domains and MailTips for the
 * addresses already known all go in the first `$batch`; only addresses that the message itself
 * reveals (bcc, truncated lists) need a second round.
 */
export async function fetchRecallFacts(
  client: GraphClient,
  restId: string,
  known: readonly ParsedRecipient[],
  options: RecallFactsOptions = {},
): Promise<Result<GraphRecallFacts>> {
  // MailTips is asked about each address as the message carries it (mailbox keys are ours).
  const asSent = new Map<MailboxKey, string>();
  const knownKeys = uniqueValid(known, asSent);
  const since = options.sentAt ? new Date(options.sentAt.getTime() - CLOCK_SLACK_MS) : null;
  // Verified domains seen earlier in this browser session are not asked again.
  const cachedDomains = options.verifiedDomains?.get() ?? null;
  const first: BatchRequest[] = [
    // One request for the message and our recall mark on it (one mailbox slot fewer in the $batch).
    { id: 'message', method: 'GET', url: graphPath('message', { id: restId, query: `$select=${MESSAGE_SELECT}&${RECALL_MARK_EXPAND_QUERY}` }) },
    { id: 'sentItemsFolder', method: 'GET', url: graphPath('sentItemsFolder', { query: '$select=id' }) },
    ...(cachedDomains === null ? [{ id: 'organization', method: 'GET', url: graphPath('organization', { query: '$select=verifiedDomains' }) } as const] : []),
    listRequest({
      id: 'readReceipts',
      path: 'mailboxMessages',
      timeProperty: 'receivedDateTime',
      since,
      condition: messageClassContains(READ_RECEIPT_CLASS_PART),
      select: 'subject,from,receivedDateTime',
      top: RELATED_TOP,
    }),
    listRequest({
      id: 'recallRequests',
      path: 'sentItems',
      timeProperty: 'sentDateTime',
      since,
      condition: messageClassIs(RECALL_REQUEST_CLASS),
      // A request goes to the original's recipients: one sent to someone else is another message's.
      select: 'subject,from,sentDateTime,toRecipients,ccRecipients,bccRecipients',
      top: RELATED_TOP,
    }),
    ...reportListRequests(since, { classic: 'classicReports', cloud: 'cloudReports' }),
  ];
  const tipChunks = chunk(knownKeys, MAILTIPS_CHUNK);
  const firstTipChunks = tipChunks.slice(
    0,
    tipChunksInFirstBatch(tipChunks.length, first.filter((r) => isMailboxRequest(r.url)).length, BATCH_LIMIT - first.length),
  );
  const round1 = await client.batch([...first, ...firstTipChunks.map((addresses, i) => mailTipsRequest(`tips-${i}`, addresses, asSent))], READ_SCOPES);
  if (!round1.ok) return round1;
  const responses = round1.value;

  const rawMessage = aboutOurMessage(
    parseWith(responses.get('message'), messageSchema, 'message', (m) => m),
    restId,
    options.subjectShown ?? null,
  );
  const message = rawMessage.ok ? ok(toGraphMessage(rawMessage.value)) : rawMessage;
  const sentItemsFolder = parseWith(responses.get('sentItemsFolder'), folderSchema, 'sentItemsFolder', (f) => f.id);
  const inSentItems = sentItemsMembership(rawMessage.ok ? ok(rawMessage.value.parentFolderId ?? null) : rawMessage, sentItemsFolder);
  const verifiedDomains =
    cachedDomains !== null
      ? ok([...cachedDomains])
      : parseWith(responses.get('organization'), organizationSchema, 'organization', (org) =>
          org.value.flatMap((o) => o.verifiedDomains.map((d) => d.name.toLowerCase())),
        );
  if (cachedDomains === null && verifiedDomains.ok && verifiedDomains.value.length > 0) options.verifiedDomains?.set(verifiedDomains.value);
  // Our mark read off another message's answer says nothing about ours.
  const recallMark = rawMessage.ok ? parseRecallMark(responses.get('message')) : fail(rawMessage.failure);
  // Lists with more pages are followed before MailTips' second round (which needs the message
  // only): all four together, one $batch per round, to their end as tracking reads the reports
  // (messageLists.ts MAX_PAGES); a list left open at the bound is `complete: false`.
  const listIds = ['readReceipts', 'recallRequests', 'classicReports', 'cloudReports'];
  const paged = await readAllPages(client, new Map(listIds.map((id) => [id, responses.get(id)])), READ_SCOPES);
  const readReceipts = relatedList(paged.lists.get('readReceipts'), 'readReceipts');
  const recallRequests = recallRequestList(paged.lists.get('recallRequests'));
  const classic = classicReports(paged.lists.get('classicReports'));
  const cloud = flaggedCloudReports(paged.lists.get('cloudReports'));
  // Only when a request or report carries the message's subject: one more round, for the bodies
  // of those cloud reports and whether the user sent another message with that subject.
  const subject = message.ok ? message.value.subject : null;
  const tying = (items: readonly { readonly subject: string }[]) => subject !== null && items.some((m) => subjectRefersTo(m.subject, subject));
  const othersTie = (recallRequests.ok && tying(recallRequests.value.items)) || (classic.ok && tying(classic.value.reports.map((r) => r.message)));
  const candidates: Candidates =
    subject === null
      ? { cloud: [], bodiesComplete: true, subjectUnique: null, roundTrips: 0 }
      : await readCandidates(client, READ_SCOPES, cloud.ok ? cloud.value.flagged : [], { subject, restId }, othersTie);
  const recallReports = reportEvidence(classic, cloud, candidates, verifiedDomains);
  const mailTips = new Map<MailboxKey, MailTip>();
  firstTipChunks.forEach((addresses, i) => collectMailTips(mailTips, addresses, responses.get(`tips-${i}`)));

  const covered = new Set(firstTipChunks.flat());
  const revealed = message.ok ? uniqueValid(allOf(message.value.recipients), asSent) : [];
  const missing = [...knownKeys, ...revealed].filter((a) => !covered.has(a));
  let roundTrips = 1 + paged.roundTrips + candidates.roundTrips;
  for (const group of chunk(chunk([...new Set(missing)], MAILTIPS_CHUNK), BATCH_LIMIT)) {
    roundTrips += 1;
    const round = await client.batch(
      group.map((addresses, i) => mailTipsRequest(`tips-${i}`, addresses, asSent)),
      READ_SCOPES,
    );
    group.forEach((addresses, i) => collectMailTips(mailTips, addresses, round.ok ? round.value.get(`tips-${i}`) : round));
  }
  return ok({
    message,
    inSentItems,
    verifiedDomains,
    mailTips,
    readReceipts,
    recallRequests,
    recallMark,
    recallReports,
    subjectUnique: candidates.subjectUnique,
    roundTrips,
  });
}

/**
 * Outlook runs at most 4 of a batch's mailbox requests at a time (json-batching.md;
 * throttling-limits.md: 4 concurrent requests per app per mailbox), so a batch costs one "wave" of
 * latency per 4 of them; `/organization` is the directory's and does not count.
 */
export const MAILBOX_REQUESTS_AT_A_TIME = 4;

/** A request Outlook serves from the mailbox (`/me/…`, `/users/…`), which counts against the 4 at a time. */
function isMailboxRequest(url: string): boolean {
  return /^\/?(me|users)\//i.test(url);
}

/**
 * All the chunks when they fit; else as many as fill the first batch's waves completely, so no
 * wave runs with an idle slot while chunks wait for the next batch (17 chunks beside 3 fixed
 * mailbox requests and room for 16: 13 + 4 in 4 + 1 waves rather than 16 + 1 in 5 + 1).
 * `mailboxRequests` is counted from the batch's fixed requests, so adding one re-sizes the chunks.
 */
export function tipChunksInFirstBatch(chunks: number, mailboxRequests: number, room: number): number {
  if (chunks <= room) return chunks;
  const fitting = room - ((mailboxRequests + room) % MAILBOX_REQUESTS_AT_A_TIME);
  return fitting > 0 ? fitting : room;
}

/** Shared with the safety window's send-time check (sendTimeEvidence.ts): the same request at Send. */
export function mailTipsRequest(id: string, addresses: readonly MailboxKey[], asSent: ReadonlyMap<MailboxKey, string>): BatchRequest {
  return {
    id,
    method: 'POST',
    url: graphPath('mailTips'),
    body: { EmailAddresses: addresses.map((a) => asSent.get(a) ?? a), MailTipsOptions: 'recipientScope,totalMemberCount,externalMemberCount' },
  };
}

/**
 * The answers of one MailTips request, by mailbox, into `into`. Only the addresses this request
 * asked are taken: an entry for any other mailbox — one never asked, or one asked in another
 * request — is ignored. An address without an entry stays `failed`; two entries for one mailbox
 * (the same address twice, or respellings of it: case, a trailing dot) that differ make it
 * `conflicting` (secondMailTip), never "the last one wins".
 */
export function collectMailTips(into: Map<MailboxKey, MailTip>, asked: readonly MailboxKey[], response: Result<RawResponse> | undefined): void {
  const parsed = parseWith(response, mailTipsSchema, 'mailTips', (body) => body.value);
  for (const address of asked) into.set(address, { kind: 'failed' });
  if (!parsed.ok) return;
  const askedHere = new Set(asked);
  const answered = new Map<MailboxKey, MailTip>();
  for (const tip of parsed.value) {
    // MailTips' own spelling of the address enters here: parsed once, into the key it was asked by.
    const { key } = parseAddress(tip.emailAddress.address);
    if (!askedHere.has(key)) continue;
    const answer: MailTip =
      tip.error !== undefined && tip.error !== null
        ? { kind: 'failed' }
        : {
            kind: 'answered',
            recipientScope: tip.recipientScope ?? 'none',
            totalMemberCount: tip.totalMemberCount ?? null,
            externalMemberCount: tip.externalMemberCount ?? null,
          };
    const earlier = answered.get(key);
    answered.set(key, earlier === undefined ? answer : secondMailTip(earlier, answer));
  }
  for (const [key, tip] of answered) into.set(key, tip);
}

/** An inner $batch response, validated against its schema; a failure stays the failure it was. */
export function parseWith<S extends v.GenericSchema, T>(
  response: Result<RawResponse> | undefined,
  schema: S,
  what: string,
  map: (parsed: v.InferOutput<S>) => T,
): Result<T> {
  if (response === undefined) return fail({ kind: 'malformed-response', what });
  if (!response.ok) return response;
  const parsed = v.safeParse(schema, response.value.body);
  return parsed.success ? ok(map(parsed.output)) : fail({ kind: 'malformed-response', what });
}

/**
 * The parsed message if it is ours; an answer without our id, with another id, or with a subject
 * that contradicts what Outlook shows is about another message: a failure, so neither its
 * recipients, nor its folder, nor a mark on it is used.
 */
function aboutOurMessage(
  parsed: Result<v.InferOutput<typeof messageSchema>>,
  restId: string,
  subjectShown: string | null,
): Result<v.InferOutput<typeof messageSchema>> {
  if (!parsed.ok) return parsed;
  const identity = messageIdentity({ restId, subjectShown }, { id: parsed.value.id, subject: parsed.value.subject ?? null });
  return identity === 'same' ? parsed : fail({ kind: 'malformed-response', what: `message (${identity})` });
}

function toGraphMessage(m: v.InferOutput<typeof messageSchema>): GraphMessage {
  const field = (list: v.InferOutput<typeof recipientSchema>[] | null, name: RecipientField): ParsedRecipient[] | null =>
    list === null ? null : list.map((r) => parseRecipient({ name: r.emailAddress.name ?? '', address: r.emailAddress.address ?? '', field: name }));
  return {
    subject: m.subject ?? '',
    sentDateTime: graphDate(m.sentDateTime),
    from: m.from?.emailAddress.address ?? '',
    recipients: { to: field(m.toRecipients, 'to'), cc: field(m.ccRecipients, 'cc'), bcc: field(m.bccRecipients, 'bcc') },
  };
}

/** Every recipient Graph listed, whichever field. */
function allOf(lists: RecipientLists): ParsedRecipient[] {
  return [...(lists.to ?? []), ...(lists.cc ?? []), ...(lists.bcc ?? [])];
}

/**
 * The reports as evidence that a recall was made: judged against the tenant's domains, or not at
 * all. Either list failing is a failure (fail closed: the lost list may hold the one report that
 * proves an earlier recall); tracking, which reads them for outcomes, keeps the other's instead.
 * Only the cloud reports that carry our subject come with their bodies; the others are no one's.
 */
function reportEvidence(
  classic: ReturnType<typeof classicReports>,
  cloud: ReturnType<typeof flaggedCloudReports>,
  candidates: Candidates,
  tenantDomains: Result<string[]>,
): Result<FoundReports> {
  if (!tenantDomains.ok) return tenantDomains;
  if (!classic.ok) return classic;
  if (!cloud.ok) return cloud;
  return ok({
    reports: [...classic.value.reports, ...candidates.cloud],
    tenantDomains: tenantDomains.value,
    complete: classic.value.complete && cloud.value.complete && candidates.bodiesComplete,
    subjectUnique: candidates.subjectUnique,
  });
}

function relatedList(list: Parameters<typeof parseListItems>[0], what: string): Result<RelatedList> {
  const parsed = parseListItems(list, relatedMessageSchema, what);
  return parsed.ok ? ok({ items: parsed.value.items.map(toRelatedMessage), complete: parsed.value.complete }) : parsed;
}

function recallRequestList(list: Parameters<typeof parseListItems>[0]): Result<RelatedList<RecallRequest>> {
  const parsed = parseListItems(list, recallRequestSchema, 'recallRequests');
  if (!parsed.ok) return parsed;
  const items = parsed.value.items.map((m): RecallRequest => ({
    ...toRelatedMessage(m),
    recipients: [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])].map((r) => r.emailAddress.address ?? ''),
  }));
  return ok({ items, complete: parsed.value.complete });
}

/**
 * Valid mailboxes once each; `asSent` records the first spelling of each as the message carries it
 * (unwrapped only). Invalid ones — disguised ones included — are never asked. The recipients come
 * parsed by the adapter that read them: nothing is parsed again here.
 */
export function uniqueValid(recipients: readonly ParsedRecipient[], asSent: Map<MailboxKey, string>): MailboxKey[] {
  const out = new Set<MailboxKey>();
  for (const { address, parsed } of recipients) {
    if (!parsed.valid) continue;
    out.add(parsed.key);
    if (!asSent.has(parsed.key)) asSent.set(parsed.key, unwrapAddress(address));
  }
  return [...out];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
