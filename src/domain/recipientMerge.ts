import type { MailboxKey, ParsedRecipient } from './address';
import type { RecipientField } from './facts';

/**
 * Who a sent message went to, from its two witnesses. Office.js shows To and Cc in read mode, up
 * to a per-client cap per field (office.messageread.yml `to`, `cc`) and never Bcc; Graph's message
 * (message.md: `toRecipients`, `ccRecipients`, `bccRecipients`, each a recipient collection) has
 * every field, when it gives it. The rule: Graph may *add* recipients Outlook could not show and
 * confirm the ones it shows; it never removes one. A field Graph left out is unknown, not empty.
 */

/** Graph's lists of one message, per field; null where its answer left the field out. */
export type RecipientLists = Readonly<Record<RecipientField, readonly ParsedRecipient[] | null>>;

/** What Outlook (Office.js) shows of the message: To and Cc, each cut at `cap`. */
export interface ShownRecipients {
  readonly recipients: readonly ParsedRecipient[];
  /** Recipients per field this client returns in read mode; a field that full may have been cut. */
  readonly cap: number;
}

export interface MergedRecipients {
  /** Everyone Outlook shows, in their fields, and everyone Graph adds: per field, Graph's order first. */
  readonly recipients: readonly ParsedRecipient[];
  /** Fields of which someone may be missing from `recipients`: Bcc without Graph's, a cut field without Graph's. */
  readonly unknownFields: readonly RecipientField[];
  /**
   * Recipients Outlook shows that Graph's list for that field (given, so complete) does not have.
   * They stay in `recipients` (Outlook saw them); that the two disagree is itself evidence that
   * Graph's lists are not a complete account of the message.
   */
  readonly unconfirmed: readonly ParsedRecipient[];
}

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** `graph` null: no usable message from Graph at all (failed, not asked, another message's). */
export function mergeRecipients(shown: ShownRecipients, graph: RecipientLists | null): MergedRecipients {
  const recipients: ParsedRecipient[] = [];
  const unknownFields: RecipientField[] = [];
  const unconfirmed: ParsedRecipient[] = [];
  for (const field of FIELDS) {
    // Office.js read mode never gives Bcc (office.messageread.yml has no `bcc`): nothing shown there.
    const outlook = field === 'bcc' ? [] : shown.recipients.filter((r) => r.field === field);
    const fromGraph = graph?.[field] ?? null;
    if (fromGraph === null) {
      recipients.push(...outlook);
      if (field === 'bcc' || outlook.length >= shown.cap) unknownFields.push(field);
      continue;
    }
    const confirmed = new Set<MailboxKey>(fromGraph.map((r) => r.parsed.key));
    const missing = outlook.filter((r) => !confirmed.has(r.parsed.key));
    recipients.push(...fromGraph, ...missing);
    unconfirmed.push(...missing);
  }
  return { recipients, unknownFields, unconfirmed };
}

/** Everyone the message went to is in the list: no field unknown, and the witnesses agree. */
export function recipientListComplete(merged: MergedRecipients): boolean {
  return merged.unknownFields.length === 0 && merged.unconfirmed.length === 0;
}
