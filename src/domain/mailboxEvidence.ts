import { parseAddress } from './address';

/** A message found in the mailbox that may say something about ours (receipt, recall, report). */
export interface RelatedMessage {
  readonly subject: string;
  readonly from: string;
  readonly dateTime: Date | null;
}

/**
 * Prefixes Outlook puts before the original subject. Exchange localises them by the mailbox
 * language; the list holds the ones we know (unverified beyond en/ru, harmless when wrong: an
 * unmatched receipt only means a recipient is not marked READ, never a wrong "recallable").
 */
const READ_PREFIXES = ['read', 'прочитано', 'прочитан', 'gelesen', 'lu', 'leído', 'letto', 'lido', 'gelezen'];
const RECALL_PREFIXES = ['recall', 'отзыв', 'отозвать', 'rückruf', 'rappel', 'recuperar', 'richiamo'];

/** Original subject with Outlook's own prefix removed, or null when the prefix isn't there. */
export function stripPrefix(subject: string, prefixes: readonly string[]): string | null {
  const match = /^\s*([^:：]{1,40})\s*[:：]\s*(.*)$/su.exec(subject);
  if (!match?.[1] || match[2] === undefined) return null;
  return prefixes.includes(match[1].trim().toLowerCase()) ? match[2].trim() : null;
}

/**
 * The related message is about ours: Outlook's prefix before our subject (case-insensitive), and
 * not older than `since` (a missing time on either side does not rule it out).
 */
export function isAbout(related: RelatedMessage, prefixes: readonly string[], subject: string, since: Date | null): boolean {
  if (related.dateTime !== null && since !== null && related.dateTime.getTime() < since.getTime()) return false;
  const original = stripPrefix(related.subject, prefixes);
  return original !== null && original.localeCompare(subject.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

/** Who sent a read receipt for this message (by subject and time; receipts carry no message id in Graph). */
export function readReceiptSenders(receipts: readonly RelatedMessage[], subject: string, sent: Date | null): Set<string> {
  const readers = new Set<string>();
  for (const receipt of receipts) {
    if (!isAbout(receipt, READ_PREFIXES, subject, sent)) continue;
    const from = parseAddress(receipt.from);
    if (from.valid) readers.add(from.normalised);
  }
  return readers;
}

/** A recall request ("Recall: <subject>") sent after the message means a recall was already asked for. */
export function recallAlreadyRequested(requests: readonly RelatedMessage[], subject: string, sent: Date | null): boolean {
  return requests.some((r) => isAbout(r, RECALL_PREFIXES, subject, sent));
}
