import { parseAddress } from '../domain/address';
import { assessMessage, type Assessment } from '../domain/assessment';
import type { MessageFacts } from '../domain/facts';
import { earliestRecallRequest, readReceiptSenders } from '../domain/mailboxEvidence';
import type { Failure } from '../domain/failure';
import { genuineReportArrived } from '../domain/recallTracking';
import { resolveRecipientFacts } from '../domain/scopeEvidence';
import { fetchRecallFacts, type GraphRecallFacts } from '../graph/recallFacts';
import type { SentItemFacts } from '../host/outlookHost';
import type { Services } from './services';

/** What the check step knows it does not know; each one is said on screen. */
export type DataGap =
  | { readonly kind: 'graph'; readonly failure: Failure }
  | { readonly kind: 'bcc' }
  /** Outlook gave at most `cap` recipients per field, and a field is that full. */
  | { readonly kind: 'truncated'; readonly cap: number }
  /** Whether this message was recalled before could not be read (mark or recall requests failed or not read to the end). */
  | { readonly kind: 'earlierRecall' }
  /** Read receipts could not be read while the org recalls only unread mail. */
  | { readonly kind: 'readReceipts' };

/**
 * A recall of this message made before: by the add-in (our mark on the message), by classic
 * Outlook (its recall request in Sent Items), or by someone unknown — seen only from a recall
 * report (a cloud recall from Outlook on the web or new Outlook leaves no request).
 */
export interface EarlierRecall {
  readonly by: 'add-in' | 'outlook' | 'unknown';
  /** When it was requested; null when the evidence does not say. */
  readonly at: Date | null;
}

export interface CheckOutcome {
  readonly item: SentItemFacts;
  readonly subject: string;
  readonly sentDateTime: Date | null;
  readonly assessment: Assessment;
  readonly gaps: readonly DataGap[];
  readonly roundTrips: number;
  /** Present when ALREADY_RECALLED comes from evidence of an earlier recall (so the plan can be rebuilt). */
  readonly earlierRecall?: EarlierRecall;
}

/**
 * Gathers the facts (Outlook first, then one Graph round trip where possible) and runs the rules.
 * A Graph failure never stops the check: it degrades to what Outlook shows, marked uncertain.
 */
export async function checkMessage(services: Pick<Services, 'host' | 'graph' | 'policy' | 'clock'>, item: SentItemFacts): Promise<CheckOutcome> {
  const { host, graph, policy } = services;
  const graphFacts =
    host.info.accountKind !== 'consumer' && graph !== null && item.restId !== null
      ? await fetchRecallFacts(graph, item.restId, item.recipients.map((r) => r.address), { sentAt: item.sentDateTime })
      : null;
  const facts = graphFacts?.ok ? graphFacts.value : null;
  const graphMessage = facts?.message.ok ? facts.message.value : null;

  const graphFailure = whyNoGraph(services, item, graphFacts);

  const subject = graphMessage?.subject ?? item.subject;
  const sentDateTime = graphMessage?.sentDateTime ?? item.sentDateTime;
  const earlier = facts === null ? undefined : earlierRecallOf(facts, subject, sentDateTime);
  const message: MessageFacts = {
    accountKind: host.info.accountKind,
    inSentItems: inSentItems(facts, item, host.info.userAddress),
    itemClass: item.itemClass,
    subject,
    sentDateTime,
    senderAddress: graphMessage?.from || item.from,
    recipients: graphMessage?.recipients ?? item.recipients,
    recallRequested: earlier === undefined ? null : earlier === null ? false : earlier !== 'unknown',
  };
  const sender = parseAddress(host.info.userAddress);
  const recipientFacts = resolveRecipientFacts(
    message.recipients.map((r) => parseAddress(r.address)),
    {
      mailTips: facts?.mailTips ?? null,
      verifiedDomains: facts?.verifiedDomains.ok ? facts.verifiedDomains.value : null,
      senderDomain: sender.valid ? sender.domain : null,
      readReceiptsFrom: facts?.readReceipts.ok ? readReceiptSenders(facts.readReceipts.value.items, subject, sentDateTime) : new Set(),
    },
  );
  const assessment = assessMessage({ message, recipientFacts, policy: policy.policy, now: services.clock() });
  const gaps: DataGap[] = [];
  if (graphFailure !== null) {
    gaps.push({ kind: 'graph', failure: graphFailure }, { kind: 'bcc' });
    if (item.recipientsMayBeTruncated) gaps.push({ kind: 'truncated', cap: item.recipientCap ?? 20 });
  } else if ((facts?.readReceipts.ok === false || facts?.readReceipts.value.complete === false) && !policy.policy.recallReadMessages) {
    // Receipts unread (failed, or beyond the pages read) leave readers unknown.
    gaps.push({ kind: 'readReceipts' });
  }
  // Moot for a message that is not a sent one (its own blocker says so).
  if (graphFailure === null && earlier === 'unknown' && message.inSentItems !== false) gaps.push({ kind: 'earlierRecall' });
  return {
    item,
    subject: message.subject,
    sentDateTime: message.sentDateTime,
    assessment,
    gaps,
    roundTrips: facts?.roundTrips ?? 0,
    ...(earlier !== undefined && earlier !== null && earlier !== 'unknown' ? { earlierRecall: earlier } : {}),
  };
}

/**
 * An earlier recall of this message: our own mark first (a recall through Graph leaves no recall
 * request in Sent Items), else Outlook's recall request, else a genuine recall report about it
 * (its time is when the report arrived, after the recall). null: none, and the mark and the
 * requests were read to their end; 'unknown': none found, but one of those failed or was cut.
 */
function earlierRecallOf(facts: GraphRecallFacts, subject: string, sent: Date | null): EarlierRecall | null | 'unknown' {
  if (facts.recallMark.ok && facts.recallMark.value !== null) return { by: 'add-in', at: facts.recallMark.value.at };
  const requests = facts.recallRequests;
  const request = requests.ok ? earliestRecallRequest(requests.value.items, subject, sent) : null;
  if (request !== null) return { by: 'outlook', at: request.dateTime };
  const reports = facts.recallReports;
  const report = reports.ok ? genuineReportArrived(reports.value, subject, sent) : null;
  if (report !== null) return { by: 'unknown', at: report.dateTime };
  // Reports are extra evidence (their first page only): the mark and the requests decide "none".
  return facts.recallMark.ok && requests.ok && requests.value.complete ? null : 'unknown';
}

/** Why the verdict had to do without Graph; null when Graph answered or was not needed. */
function whyNoGraph(
  { host, graph }: Pick<Services, 'host' | 'graph'>,
  item: SentItemFacts,
  graphFacts: Awaited<ReturnType<typeof fetchRecallFacts>> | null,
): Failure | null {
  if (host.info.accountKind === 'consumer') return null;
  if (graph === null) return { kind: 'unsupported', what: 'graph' };
  if (item.restId === null || graphFacts === null) return { kind: 'unsupported', what: 'rest-id' };
  if (!graphFacts.ok) return graphFacts.failure;
  const message = graphFacts.value.message;
  return message.ok || message.failure.kind === 'not-found' ? null : message.failure;
}

/** Graph's answer is authoritative (404 from Sent Items = not sent from here); else compare senders. */
function inSentItems(facts: GraphRecallFacts | null, item: SentItemFacts, userAddress: string): boolean | null {
  if (facts?.message.ok) return true;
  if (facts?.message.ok === false && facts.message.failure.kind === 'not-found') return false;
  const from = parseAddress(item.from);
  const user = parseAddress(userAddress);
  if (!from.valid || !user.valid) return null;
  return from.normalised === user.normalised ? null : false;
}
