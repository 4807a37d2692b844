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
  /** Not in DESIGN.md's starting set: an empty or unparsable address can't be judged at all. */
  MALFORMED_ADDRESS: 'MALFORMED_ADDRESS',
} as const;
export type RecipientReason = (typeof RecipientReason)[keyof typeof RecipientReason];

export type ReasonCode = MessageReason | RecipientReason;

export const ALL_MESSAGE_REASONS: readonly MessageReason[] = Object.values(MessageReason);
export const ALL_RECIPIENT_REASONS: readonly RecipientReason[] = Object.values(RecipientReason);
