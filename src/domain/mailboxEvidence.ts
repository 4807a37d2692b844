import { parseAddress, type MailboxKey } from './address';

/** A message found in the mailbox that may say something about ours (receipt, recall, report). */
export interface RelatedMessage {
  readonly subject: string;
  readonly from: string;
  readonly dateTime: Date | null;
}

/** Longest prefix Outlook or Exchange puts before the original subject ("Message Recall Report for message: "). */
const MAX_PREFIX_LENGTH = 80;

/**
 * The related message's subject is ours, behind whatever prefix the *recipient's* mailbox
 * language gave it ("Read: ", "Прочитано: ", "Message Recall Report: ", "Отчёт об отзыве…: ").
 * Report and receipt subjects are localized, so the prefix's words are never compared: what kind
 * of message it is comes from its message class or headers, and the subject only ties it to ours
 * (Graph gives receipts and reports no reference to the original message's id).
 */
export function subjectRefersTo(relatedSubject: string, subject: string): boolean {
  const theirs = relatedSubject.trim().toLocaleLowerCase();
  const ours = subject.trim().toLocaleLowerCase();
  // An empty subject ties nothing to ours: every empty-subject report would look like ours.
  if (ours === '') return false;
  if (theirs === ours) return true;
  if (!theirs.endsWith(ours)) return false;
  const prefix = theirs.slice(0, theirs.length - ours.length);
  return prefix.length <= MAX_PREFIX_LENGTH && /[:：]\s*$/u.test(prefix);
}

/**
 * The related message is about ours: our subject behind a prefix, and not older than `since` (a
 * missing time on either side does not rule it out).
 */
export function isAbout(related: RelatedMessage, subject: string, since: Date | null): boolean {
  if (related.dateTime !== null && since !== null && related.dateTime.getTime() < since.getTime()) return false;
  return subjectRefersTo(related.subject, subject);
}

/**
 * Who sent a read receipt for this message, by mailbox. `receipts` are already messages of class
 * REPORT.IPM.Note.IPNRN received since sending; receipts carry no message id in Graph, so the
 * subject ties them to ours. null when a receipt for this message has a sender that can't be read
 * (missing, malformed, disguised): we can't tell whose reading it reports (READ_STATE_UNKNOWN).
 * Each sender is parsed once, here, where it enters from Graph.
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

/**
 * The earliest recall request (class IPM.Outlook.Recall, "Recall: <subject>" in the sender's
 * language) for this message sent after it, or null. Classic Outlook leaves one in Sent Items.
 */
export function earliestRecallRequest(requests: readonly RelatedMessage[], subject: string, sent: Date | null): RelatedMessage | null {
  const about = requests.filter((r) => isAbout(r, subject, sent));
  about.sort((a, b) => (a.dateTime?.getTime() ?? Infinity) - (b.dateTime?.getTime() ?? Infinity));
  return about[0] ?? null;
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
