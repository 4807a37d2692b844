import { parseAddress } from '../domain/address';
import { assessMessage, type Assessment } from '../domain/assessment';
import type { MessageFacts } from '../domain/facts';
import { readReceiptSenders, recallAlreadyRequested } from '../domain/mailboxEvidence';
import type { Failure } from '../domain/failure';
import { resolveRecipientFacts } from '../domain/scopeEvidence';
import { fetchRecallFacts, type GraphRecallFacts } from '../graph/recallFacts';
import type { SentItemFacts } from '../host/outlookHost';
import type { Services } from './services';

/** What the check step knows it does not know; each one is said on screen. */
export type DataGap =
  | { readonly kind: 'graph'; readonly failure: Failure }
  | { readonly kind: 'bcc' }
  | { readonly kind: 'truncated' }
  /** Read receipts could not be read while the org recalls only unread mail. */
  | { readonly kind: 'readReceipts' };

export interface CheckOutcome {
  readonly item: SentItemFacts;
  readonly subject: string;
  readonly sentDateTime: Date | null;
  readonly assessment: Assessment;
  readonly gaps: readonly DataGap[];
  readonly roundTrips: number;
  /**
   * A recall of this message found in the mailbox (the add-in's own mark, or a recall report): when
   * it was requested (null: unknown) and whether the add-in made it. Absent when the check could not
   * tell; the wizard then falls back to the ALREADY_RECALLED blocker.
   */
  readonly earlierRecall?: { readonly at: Date | null; readonly byAddIn: boolean };
}

/**
 * Gathers the facts (Outlook first, then one Graph round trip where possible) and runs the rules.
 * A Graph failure never stops the check: it degrades to what Outlook shows, marked uncertain.
 */
export async function checkMessage(services: Pick<Services, 'host' | 'graph' | 'policy' | 'clock'>, item: SentItemFacts): Promise<CheckOutcome> {
  const { host, graph, policy } = services;
  const graphFacts =
    host.info.accountKind !== 'consumer' && graph !== null && item.restId !== null
      ? await fetchRecallFacts(graph, item.restId, item.recipients.map((r) => r.address))
      : null;
  const facts = graphFacts?.ok ? graphFacts.value : null;
  const graphMessage = facts?.message.ok ? facts.message.value : null;

  const graphFailure = whyNoGraph(services, item, graphFacts);

  const subject = graphMessage?.subject ?? item.subject;
  const sentDateTime = graphMessage?.sentDateTime ?? item.sentDateTime;
  const message: MessageFacts = {
    accountKind: host.info.accountKind,
    inSentItems: inSentItems(facts, item, host.info.userAddress),
    itemClass: item.itemClass,
    subject,
    sentDateTime,
    senderAddress: graphMessage?.from || item.from,
    recipients: graphMessage?.recipients ?? item.recipients,
    recallRequested: facts?.recallRequests.ok ? recallAlreadyRequested(facts.recallRequests.value, subject, sentDateTime) : null,
  };
  const sender = parseAddress(host.info.userAddress);
  const recipientFacts = resolveRecipientFacts(
    message.recipients.map((r) => parseAddress(r.address)),
    {
      mailTips: facts?.mailTips ?? null,
      verifiedDomains: facts?.verifiedDomains.ok ? facts.verifiedDomains.value : null,
      senderDomain: sender.valid ? sender.domain : null,
      readReceiptsFrom: facts?.readReceipts.ok ? readReceiptSenders(facts.readReceipts.value, subject, sentDateTime) : new Set(),
    },
  );
  const assessment = assessMessage({ message, recipientFacts, policy: policy.policy, now: services.clock() });
  const gaps: DataGap[] = [];
  if (graphFailure !== null) {
    gaps.push({ kind: 'graph', failure: graphFailure }, { kind: 'bcc' });
    if (item.recipientsMayBeTruncated) gaps.push({ kind: 'truncated' });
  } else if (facts?.readReceipts.ok === false && !policy.policy.recallReadMessages) {
    gaps.push({ kind: 'readReceipts' });
  }
  return {
    item,
    subject: message.subject,
    sentDateTime: message.sentDateTime,
    assessment,
    gaps,
    roundTrips: facts?.roundTrips ?? 0,
  };
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
