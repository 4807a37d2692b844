/** What the rules know about a message and its recipients, whichever source it came from. */
import type { MailboxKey, ParsedRecipient } from './address';

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface Recipient {
  readonly name: string;
  /** As the message carries it; may be empty or malformed. */
  readonly address: string;
  readonly field: RecipientField;
}

/** Exchange / Microsoft 365 work accounts can recall; consumer accounts and other services cannot. */
export type AccountKind = 'work' | 'consumer' | 'unknown';

export interface MessageFacts {
  readonly accountKind: AccountKind;
  /** false: not a message sent from this mailbox; null: not known. */
  readonly inSentItems: boolean | null;
  readonly itemClass: string;
  readonly subject: string;
  readonly sentDateTime: Date | null;
  readonly senderAddress: string;
  /** Parsed once, by the adapter that read them (officeHost, scenarioHost, recallFacts). */
  readonly recipients: readonly ParsedRecipient[];
  /**
   * `recipients` is everyone the message went to: Bcc and any field Outlook may have cut are known
   * (from Graph), and Graph's lists agree with what Outlook shows (recipientMerge.ts).
   */
  readonly recipientListComplete: boolean;
  /** A recall was already requested for this message (recall request or report found). */
  readonly recallRequested: boolean | null;
}

/** How the internal/external question was answered, strongest source first; `mailTipsConflicting`: MailTips contradicted itself. */
export type ScopeSource = 'mailTips' | 'verifiedDomains' | 'senderDomain' | 'none' | 'mailTipsConflicting';
export type RecipientScope = 'internal' | 'external' | 'unknown';

export interface RecipientFacts {
  readonly scope: RecipientScope;
  readonly scopeSource: ScopeSource;
  /**
   * For distribution lists and groups, from MailTips; null for people or when unknown.
   * `externalMembers` null: MailTips named a group but not how many members are outside.
   */
  readonly group: { readonly totalMembers: number; readonly externalMembers: number | null } | null;
  /** A read receipt from this recipient is in the mailbox; null: the receipts could not be read. */
  readonly readReceiptReceived: boolean | null;
}

/** Facts per mailbox; a missing entry means nothing is known about that recipient. */
export type RecipientFactsByAddress = ReadonlyMap<MailboxKey, RecipientFacts>;

export const UNKNOWN_RECIPIENT: RecipientFacts = {
  scope: 'unknown',
  scopeSource: 'none',
  group: null,
  readReceiptReceived: false,
};
