import type { MessageFacts } from './facts';
import type { RecallPolicy } from './policy';
import { MessageReason } from './reasonCodes';

export interface MessageRuleInput {
  readonly message: MessageFacts;
  readonly policy: RecallPolicy;
  readonly now: Date;
}

/** A message-level rule: returns its code when it blocks every recipient. Order is precedence. */
export type MessageRule = (input: MessageRuleInput) => MessageReason | undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

export const MESSAGE_RULES: readonly MessageRule[] = [
  ({ message }) => (message.accountKind === 'consumer' ? MessageReason.NOT_EXCHANGE_MAILBOX : undefined),
  ({ message }) => (message.inSentItems === false ? MessageReason.NOT_IN_SENT_ITEMS : undefined),
  ({ message }) => (/^IPM\.Schedule\.Meeting\b/i.test(message.itemClass) ? MessageReason.MEETING_ITEM : undefined),
  ({ policy }) => (policy.recallEnabled ? undefined : MessageReason.RECALL_DISABLED_BY_POLICY),
  ({ message }) => (message.recallRequested === true ? MessageReason.ALREADY_RECALLED : undefined),
  ({ message, policy, now }) =>
    message.sentDateTime !== null && now.getTime() - message.sentDateTime.getTime() > policy.maxRecallableAgeDays * DAY_MS
      ? MessageReason.TOO_OLD
      : undefined,
];

export function messageBlockers(input: MessageRuleInput): MessageReason[] {
  return MESSAGE_RULES.map((rule) => rule(input)).filter((code): code is MessageReason => code !== undefined);
}
