import { parseAddress, type MailboxKey, type ParsedAddress } from '../../domain/address';
import { assessMessage, type Assessment } from '../../domain/assessment';
import type { MessageFacts } from '../../domain/facts';
import { earliestRecallRequest, readReceiptSenders, type SentMessageIdentity } from '../../domain/mailboxEvidence';
import { fail, type Failure, type Result } from '../../domain/failure';
import { earlierRecallReport } from '../../domain/recallTracking';
import { mergeRecipients, recipientListComplete } from '../../domain/recipientMerge';
import { resolveRecipientFacts } from '../../domain/scopeEvidence';
import type { RecallPolicy } from '../../domain/policy';
import type { GraphPort, GraphRecallFacts, VerifiedDomainsCache } from '../../graph/graphPort';
import type { OutlookHost, SentItemFacts } from '../../host/outlookHost';
import { itemIdOf, type ItemKey } from '../itemKey';

/** What the check step knows it does not know; each one is said on screen. */
export type DataGap =
  | { readonly kind: 'graph'; readonly failure: Failure }
  | { readonly kind: 'bcc' }
  /** Outlook gave at most `cap` recipients per field, and a field is that full. */
  | { readonly kind: 'truncated'; readonly cap: number }
  /** Graph's lists of the message leave out someone Outlook shows: they are kept, but the lists can't vouch for everyone. */
  | { readonly kind: 'recipientsDisagree' }
  /** MailTips did not answer for some recipients: their mailbox is not confirmed. */
  | { readonly kind: 'mailTips' }
  /**
   * Whether this message was recalled before could not be read: the mark, the recall requests or
   * the report lists failed or were not read to their end, or a request or report may be another
   * message's of the same subject. A caution (RECALL_HISTORY_UNKNOWN), never a block: the recall
   * stays possible.
   */
  | { readonly kind: 'earlierRecall' }
  /** Read receipts could not be read while the org recalls only unread mail. */
  | { readonly kind: 'readReceipts' }
  /** Graph had not answered by the check's deadline; the verdict is refined when it does. */
  | { readonly kind: 'stillWaiting' };

/**
 * The check's two clocks. By CHECK_DEADLINE_MS a verdict is on screen whatever Graph is doing
 * (what has not answered is a stated gap); by CHECK_BUDGET_MS every Graph request and retry wait
 * of the check has ended, so the verdict is final then at the latest.
 */
export const CHECK_DEADLINE_MS = 5_000;
export const CHECK_BUDGET_MS = 10_000;

/** Failures that may well not happen again: worth offering "Check again". */
const TRANSIENT: ReadonlySet<Failure['kind']> = new Set(['timeout', 'server-error', 'throttled', 'offline']);

/** The verdict has a gap that a second try may fill (and nothing is still on its way). */
export function worthCheckingAgain(outcome: CheckOutcome): boolean {
  if (outcome.gaps.some((g) => g.kind === 'stillWaiting')) return false;
  return outcome.gaps.some((g) => g.kind === 'graph' && TRANSIENT.has(g.failure.kind));
}

/**
 * When a second try may be made: the verdict lacks Graph because Graph asked to wait longer than
 * the check could (throttled, its Retry-After beyond the check's budget), and asking again before
 * that wait is over would only be refused again. null: no wait was asked.
 */
export function checkAgainNotBefore(outcome: CheckOutcome): Date | null {
  const gap = outcome.gaps.find((g) => g.kind === 'graph');
  return gap?.kind === 'graph' && gap.failure.kind === 'throttled' ? gap.failure.notBefore : null;
}

/**
 * A recall of this message made before: by the add-in (our mark on the message), by classic
 * Outlook (its recall request in Sent Items), or by someone unknown — seen only from a recall
 * report (a cloud recall from Outlook on the web or new Outlook leaves no request).
 */
export interface EarlierRecall {
  /** When it was requested (for a report: when the report arrived); null when the evidence does not say. */
  readonly at: Date | null;
  /** True only when our own mark says the add-in made it. */
  readonly byAddIn: boolean;
  /** The evidence it was seen from: our mark, Outlook's recall request, or a recall report only. */
  readonly source?: 'mark' | 'recall-request' | 'report';
}

export interface CheckOutcome {
  /** The item and check this outcome answers; the wizard drops it anywhere else. */
  readonly key: ItemKey;
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
export async function checkMessage(services: CheckServices, item: SentItemFacts, key: ItemKey = { itemId: itemIdOf(item), attempt: 0 }): Promise<CheckOutcome> {
  const { host, graph } = services;
  const graphFacts =
    host.info.accountKind !== 'consumer' && graph !== null && item.restId !== null
      ? await graph.recallFacts(item.restId, item.recipients, {
          budgetMs: CHECK_BUDGET_MS,
          sentAt: item.sentDateTime,
          subjectShown: item.subject,
          ...(services.verifiedDomains === undefined ? {} : { verifiedDomains: services.verifiedDomains }),
        })
      : null;
  return judge(services, item, key, graphFacts);
}

/** Graph will answer at all for this item (otherwise there is nothing to wait for). */
export function asksGraph({ host, graph }: Pick<CheckServices, 'host' | 'graph'>, item: SentItemFacts): boolean {
  return host.info.accountKind !== 'consumer' && graph !== null && item.restId !== null;
}

/**
 * The verdict at the deadline, while Graph is still busy: Outlook's facts alone, as if Graph had
 * timed out, saying that it will be refined. Never more hopeful than the final one can be worse
 * than: without Graph, nothing is judged recallable on a guess alone.
 */
export function provisionalOutcome(services: CheckServices, item: SentItemFacts, key: ItemKey): CheckOutcome {
  const outcome = judge(services, item, key, fail({ kind: 'timeout' }));
  return { ...outcome, gaps: [{ kind: 'stillWaiting' }, ...outcome.gaps] };
}

/** What the check takes from the outside world: ports and plain values (the pane's services have them all). */
export interface CheckServices {
  readonly host: Pick<OutlookHost, 'info'>;
  /** null when Graph can't be used at all here. */
  readonly graph: GraphPort | null;
  readonly policy: { readonly policy: RecallPolicy };
  readonly clock: () => Date;
  /** The tenant's verified domains kept for the browser session (a second opening skips the request). */
  readonly verifiedDomains?: VerifiedDomainsCache;
}

function judge(services: CheckServices, item: SentItemFacts, key: ItemKey, graphFacts: Result<GraphRecallFacts> | null): CheckOutcome {
  const { host, policy } = services;
  const facts = graphFacts?.ok ? graphFacts.value : null;
  const graphMessage = facts?.message.ok ? facts.message.value : null;

  const graphFailure = whyNoGraph(services, item, graphFacts);

  const subject = graphMessage?.subject ?? item.subject;
  const sentDateTime = graphMessage?.sentDateTime ?? item.sentDateTime;
  // Graph adds and confirms, never removes: everyone Outlook shows stays (recipientMerge.ts).
  const recipients = mergeRecipients({ recipients: item.recipients, cap: item.recipientCap }, graphMessage?.recipients ?? null);
  const identity: SentMessageIdentity = {
    subject,
    recipients: new Set(recipients.recipients.map((r) => r.parsed.key)),
    subjectUnique: facts?.subjectUnique ?? null,
  };
  const earlier = facts === null ? undefined : earlierRecallOf(facts, identity, sentDateTime);
  const sender = parseAddress(host.info.userAddress);
  const message: MessageFacts = {
    accountKind: host.info.accountKind,
    inSentItems: inSentItems(facts, item, sender),
    itemClass: item.itemClass,
    subject,
    sentDateTime,
    senderAddress: graphMessage?.from || item.from,
    recipients: recipients.recipients,
    recipientListComplete: recipientListComplete(recipients),
    // Unknown history (Graph failed, or the mark or the requests unread to their end) stays unknown.
    recallRequested: earlier === undefined || earlier === 'unknown' ? null : earlier !== null,
  };
  const readers = readersOf(facts, subject, sentDateTime);
  const recipientFacts = resolveRecipientFacts(
    message.recipients.map((r) => r.parsed),
    {
      mailTips: facts?.mailTips ?? null,
      verifiedDomains: facts?.verifiedDomains.ok ? facts.verifiedDomains.value : null,
      senderDomain: sender.valid ? sender.domain : null,
      readReceiptsFrom: readers,
    },
  );
  const assessment = assessMessage({ message, recipientFacts, policy: policy.policy, now: services.clock() });
  const gaps: DataGap[] = [];
  if (graphFailure !== null) gaps.push({ kind: 'graph', failure: graphFailure });
  // Who may be missing from the list: Bcc and fields Outlook may have cut, where Graph did not give
  // them (said whenever Graph was asked, but moot for a message positively not sent from here).
  if (graphFailure !== null || (facts !== null && message.inSentItems !== false)) {
    if (recipients.unknownFields.includes('bcc')) gaps.push({ kind: 'bcc' });
    if (recipients.unknownFields.some((f) => f !== 'bcc')) gaps.push({ kind: 'truncated', cap: item.recipientCap });
    if (recipients.unconfirmed.length > 0) gaps.push({ kind: 'recipientsDisagree' });
  }
  if (graphFailure === null) {
    // Evidence gaps within an answering Graph; each one shows on the rows it affects as well.
    const tipFailed = message.recipients.some((r) => facts?.mailTips.get(r.parsed.key)?.kind === 'failed');
    if (tipFailed) gaps.push({ kind: 'mailTips' });
    // Receipts unread (failed, or beyond the pages read) leave readers unknown.
    if (facts !== null && readers === null && !policy.policy.recallReadMessages) gaps.push({ kind: 'readReceipts' });
  }
  // Moot for a message that is not a sent one (its own blocker says so).
  if (graphFailure === null && earlier === 'unknown' && message.inSentItems !== false) gaps.push({ kind: 'earlierRecall' });
  return {
    key,
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
 * (its time is when the report arrived, after the recall). A request or report counts only when it
 * ties to this message alone (mailboxEvidence.ts `tieOf`: its own prefix, after sending, naming
 * only our recipients, a subject the user sent once). null: none, and the mark, the requests and
 * both report lists were read to their end; 'unknown': none found, but one of those failed or was
 * cut, or a request or report may be another message's of the same subject.
 */
function earlierRecallOf(facts: GraphRecallFacts, ours: SentMessageIdentity, sent: Date | null): EarlierRecall | null | 'unknown' {
  if (facts.recallMark.ok && facts.recallMark.value !== null) return { at: facts.recallMark.value.at, byAddIn: true, source: 'mark' };
  const requests = facts.recallRequests;
  const request = requests.ok ? earliestRecallRequest(requests.value.items, ours, sent) : null;
  if (request !== null && request !== 'ambiguous') return { at: request.dateTime, byAddIn: false, source: 'recall-request' };
  const reports = facts.recallReports;
  const report = reports.ok ? earlierRecallReport(reports.value, ours, sent) : null;
  if (report !== null && report !== 'ambiguous') return { at: report.dateTime, byAddIn: false, source: 'report' };
  const everythingRead = facts.recallMark.ok && requests.ok && requests.value.complete && reports.ok && reports.value.complete;
  return everythingRead && request === null && report === null ? null : 'unknown';
}

/** Why the verdict had to do without Graph; null when Graph answered or was not needed. */
function whyNoGraph({ host, graph }: Pick<CheckServices, 'host' | 'graph'>, item: SentItemFacts, graphFacts: Result<GraphRecallFacts> | null): Failure | null {
  if (host.info.accountKind === 'consumer') return null;
  if (graph === null) return { kind: 'unsupported', what: 'graph' };
  if (item.restId === null || graphFacts === null) return { kind: 'unsupported', what: 'rest-id' };
  if (!graphFacts.ok) return graphFacts.failure;
  const { message, inSentItems } = graphFacts.value;
  // Positively not in this mailbox's Sent Items: a message-level answer, not a gap.
  if (inSentItems.ok && !inSentItems.value) return null;
  if (!message.ok) return message.failure;
  return inSentItems.ok ? null : inSentItems.failure;
}

/**
 * Graph's answer when it gave one (parentFolderId against the Sent Items folder's id, see
 * sentItemsMembership); a 404 alone proves nothing. Else compare senders: someone else's message
 * is not in our Sent Items, ours may or may not be.
 */
function inSentItems(facts: GraphRecallFacts | null, item: SentItemFacts, user: ParsedAddress): boolean | null {
  if (facts?.inSentItems.ok) return facts.inSentItems.value;
  const from = parseAddress(item.from);
  if (!from.valid || !user.valid) return null;
  return from.key === user.key ? null : false;
}

/**
 * Who read the message, from the read receipts; null when that is unknown (READ_STATE_UNKNOWN):
 * the receipts could not be read (Graph failed, or no Graph) or not to their end (pages left at
 * the bound may hold anyone's), or a receipt for this message has a sender that can't be read
 * (missing, disguised), so we can't tell whose reading it reports.
 */
function readersOf(facts: GraphRecallFacts | null, subject: string, sentDateTime: Date | null): ReadonlySet<MailboxKey> | null {
  if (!facts?.readReceipts.ok || !facts.readReceipts.value.complete) return null;
  return readReceiptSenders(facts.readReceipts.value.items, subject, sentDateTime);
}
