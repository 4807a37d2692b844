/**
 * The spine of the product: every rule, every explanation in the UI and every test row is keyed
 * on one of these codes. They are stable identifiers (the demo DOM contract exposes them), so a
 * code is only ever added, never renamed.
 */
export const MessageReason = {
  NOT_EXCHANGE_MAILBOX: 'NOT_EXCHANGE_MAILBOX',
  NOT_IN_SENT_ITEMS: 'NOT_IN_SENT_ITEMS',
  MEETING_ITEM: 'MEETING_ITEM',
  RECALL_DISABLED_BY_POLICY: 'RECALL_DISABLED_BY_POLICY',
  ALREADY_RECALLED: 'ALREADY_RECALLED',
  TOO_OLD: 'TOO_OLD',
  // Cautions (docs/fail-closed.md): evidence the verdict needs is missing, so nobody
  // is promised a recall (every recipient at most uncertain); the pane says which evidence.
  /** Not ordinary mail (IPM.Note or a variant) nor a meeting item: unknown whether recall applies. */
  ITEM_CLASS_UNKNOWN: 'ITEM_CLASS_UNKNOWN',
  /** Graph could not confirm the message is in this mailbox's Sent Items. */
  SENT_ITEMS_UNKNOWN: 'SENT_ITEMS_UNKNOWN',
  /**
   * Not everyone the message went to is known (Bcc, or a field Outlook may have cut, that Graph
   * did not give; or Graph's lists disagree with Outlook's): "everyone" can't be promised.
   */
  RECIPIENTS_INCOMPLETE: 'RECIPIENTS_INCOMPLETE',
  /** The recall requests in Sent Items could not be read: an earlier recall can't be ruled out. */
  RECALL_HISTORY_UNKNOWN: 'RECALL_HISTORY_UNKNOWN',
  /** config.json could not tell whether the organisation allows recall (recallEnabled). */
  RECALL_POLICY_UNKNOWN: 'RECALL_POLICY_UNKNOWN',
  /** config.json could not tell the organisation's maximum recallable age. */
  AGE_LIMIT_UNKNOWN: 'AGE_LIMIT_UNKNOWN',
  /** The sending time is unknown, so the age limit can't be checked. */
  SENT_TIME_UNKNOWN: 'SENT_TIME_UNKNOWN',
} as const;
export type MessageReason = (typeof MessageReason)[keyof typeof MessageReason];

export const RecipientReason = {
  INTERNAL: 'INTERNAL',
  EXTERNAL_ALLOWED_TENANT: 'EXTERNAL_ALLOWED_TENANT',
  EXTERNAL: 'EXTERNAL',
  CONSUMER_MAILBOX: 'CONSUMER_MAILBOX',
  READ: 'READ',
  GROUP_HAS_EXTERNAL_MEMBERS: 'GROUP_HAS_EXTERNAL_MEMBERS',
  SCOPE_UNKNOWN: 'SCOPE_UNKNOWN',
  /** An empty or unparsable address can't be judged at all (docs/fail-closed.md). */
  MALFORMED_ADDRESS: 'MALFORMED_ADDRESS',
  /**
   * In one of the tenant's verified domains, but MailTips did not confirm the mailbox: it may be a
   * group with outside members or a contact forwarding elsewhere, which only MailTips can tell.
   */
  INTERNAL_DOMAIN_UNCONFIRMED: 'INTERNAL_DOMAIN_UNCONFIRMED',
  /** Read receipts could not be read while the org recalls only unread mail. */
  READ_STATE_UNKNOWN: 'READ_STATE_UNKNOWN',
  /** MailTips says it is a group but not how many of its members are outside. */
  GROUP_MEMBERS_UNKNOWN: 'GROUP_MEMBERS_UNKNOWN',
  /**
   * MailTips answered more than once for this mailbox (the same address, or a respelling of it) and
   * the answers differ: where the mailbox is, is unknown (docs/fail-closed.md).
   */
  SCOPE_CONFLICTING: 'SCOPE_CONFLICTING',
} as const;
export type RecipientReason = (typeof RecipientReason)[keyof typeof RecipientReason];

export type ReasonCode = MessageReason | RecipientReason;

export const ALL_MESSAGE_REASONS: readonly MessageReason[] = Object.values(MessageReason);
export const ALL_RECIPIENT_REASONS: readonly RecipientReason[] = Object.values(RecipientReason);
