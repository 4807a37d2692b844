import { parseAddress, type MailboxKey } from './address';

/** A message found in the mailbox that may say something about ours (receipt, recall, report). */
export interface RelatedMessage {
  readonly subject: string;
  readonly from: string;
  readonly dateTime: Date | null;
}

/** Longest prefix Outlook or Exchange puts before the original subject ("Message Recall Report for message: "). */
const MAX_PREFIX_LENGTH = 80;
/** A colon, ASCII or full-width, the way Outlook ends a subject prefix in every language. */
const COLON = /[:：]/u;

/**
 * The related message's subject is ours, behind the one prefix the *recipient's* mailbox language
 * gave it ("Read: ", "Прочитано: ", "Message Recall Report: ", "Отчёт об отзыве…: "). Report and
 * receipt subjects are localized, so the prefix's words are never compared: what kind of message
 * it is comes from its message class or headers, and the subject only ties it to ours (Graph
 * gives receipts and reports no reference to the original message's id). The prefix is *one*
 * segment: a single colon, at its end. "Message Recall Report: RE: <subject>" has two, so it is
 * about another message (a reply to ours), never ours.
 */
export function subjectRefersTo(relatedSubject: string, subject: string): boolean {
  const theirs = relatedSubject.trim().toLocaleLowerCase();
  const ours = subject.trim().toLocaleLowerCase();
  // An empty subject ties nothing to ours: every empty-subject report would look like ours.
  if (ours === '') return false;
  if (theirs === ours) return true;
  if (!theirs.endsWith(ours)) return false;
  const prefix = theirs.slice(0, theirs.length - ours.length).trimEnd();
  return prefix.length <= MAX_PREFIX_LENGTH && COLON.test(prefix.slice(-1)) && !COLON.test(prefix.slice(0, -1));
}

/**
 * The related message is about ours: our subject behind a prefix, and not older than `since` (a
 * missing time on either side does not rule it out).
 */
export function isAbout(related: RelatedMessage, subject: string, since: Date | null): boolean {
  if (related.dateTime !== null && since !== null && related.dateTime.getTime() < since.getTime()) return false;
  return subjectRefersTo(related.subject, subject);
}

/** What identifies the sent message to the recall requests and reports that refer to it. */
export interface SentMessageIdentity {
  readonly subject: string;
  /** Everyone it was sent to, by mailbox: a request or report about it names only these. */
  readonly recipients: ReadonlySet<MailboxKey>;
  /**
   * No other message in Sent Items has this subject (Graph asked, `subject eq`): true; another one
   * is there: false; not asked or not answered: null. Neither recall requests nor reports carry a
   * reference to the original message that a reply would not share (see docs/fail-closed.md), so
   * only a subject the user sent once ties one of them to this message alone.
   */
  readonly subjectUnique: boolean | null;
}

/**
 * How a recall request or report relates to our message:
 * - `other`: about another message: another subject (or ours behind more than one prefix), older
 *   than `since`, or naming someone the message did not go to;
 * - `ambiguous`: it could be ours, but the user sent more than one message with this subject (or
 *   we could not tell): what it says is unknown for us, never "recalled";
 * - `ours`: it ties to this message alone.
 */
export type Tie = 'ours' | 'ambiguous' | 'other';

export function tieOf(related: RelatedMessage, named: readonly MailboxKey[], ours: SentMessageIdentity, since: Date | null): Tie {
  if (!isAbout(related, ours.subject, since)) return 'other';
  if (named.some((mailbox) => !ours.recipients.has(mailbox))) return 'other';
  return ours.subjectUnique === true ? 'ours' : 'ambiguous';
}

/**
 * Who sent a read receipt for this message, by mailbox. `receipts` are already messages of the
 * read-receipt class family (REPORT.….IPNRN, never the non-read IPNNRN: recallFacts.ts) received
 * since sending; receipts carry no message id in Graph, so the subject ties them to ours, behind
 * one prefix ("Read: RE: <subject>" is a reply's receipt). A receipt is not asked to be unique
 * the way a report is: a receipt for another message with our subject can only make a recipient
 * look read, which moves a verdict towards a warning or not-recallable, never towards a promise.
 * null when a receipt for this message has a sender that can't be read (missing, malformed,
 * disguised): we can't tell whose reading it reports (READ_STATE_UNKNOWN). Each sender is parsed
 * once, here, where it enters from Graph.
 */
export function readReceiptSenders(receipts: readonly RelatedMessage[], subject: string, sent: Date | null): ReadonlySet<MailboxKey> | null {
  const readers = new Set<MailboxKey>();
  for (const receipt of receipts) {
    if (!isAbout(receipt, subject, sent)) continue;
    const from = parseAddress(receipt.from);
    if (!from.valid) return null;
    readers.add(from.key);
  }
  return readers;
}

/** A recall request's message class (work-with-cloud-based-message-recall): never a report, wherever it lies. */
export const RECALL_REQUEST_CLASS = 'IPM.Outlook.Recall';

/** A recall request found in Sent Items, with the addresses it was sent to (as Graph gives them). */
export interface RecallRequest extends RelatedMessage {
  readonly recipients: readonly string[];
}

/**
 * The earliest recall request (class IPM.Outlook.Recall, "Recall: <subject>" in the sender's
 * language: learn.microsoft.com exchange/…/work-with-cloud-based-message-recall) for this message
 * sent after it: classic Outlook leaves one in Sent Items. A request goes to the original's
 * recipients, so one addressed to someone else is another message's. `ambiguous` when the only
 * candidates could be another message of the same subject (see `tieOf`), null when there is none.
 * Its addresses enter here from Graph and are parsed once.
 */
export function earliestRecallRequest(requests: readonly RecallRequest[], ours: SentMessageIdentity, sent: Date | null): RelatedMessage | 'ambiguous' | null {
  const ties = requests.map((r) => ({
    request: r,
    tie: tieOf(
      r,
      r.recipients.map((a) => parseAddress(a).key),
      ours,
      sent,
    ),
  }));
  const about = ties.filter((t) => t.tie === 'ours').map((t) => t.request);
  about.sort((a, b) => (a.dateTime?.getTime() ?? Infinity) - (b.dateTime?.getTime() ?? Infinity));
  return about[0] ?? (ties.some((t) => t.tie === 'ambiguous') ? 'ambiguous' : null);
}

/**
 * The sender of a report is inside the tenant: classic reports come from the recipient's mailbox,
 * cloud reports from Exchange in the sender's own organisation; both use the tenant's verified
 * domains. An outside address is someone else writing a look-alike report.
 */
export function fromTenant(from: string, tenantDomains: readonly string[]): boolean {
  const address = parseAddress(from);
  return address.valid && tenantDomains.some((d) => d.toLowerCase() === address.domain);
}
