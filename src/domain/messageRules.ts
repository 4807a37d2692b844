import type { MessageFacts } from './facts';
import type { RecallPolicy } from './policy';
import { MessageReason } from './reasonCodes';

interface MessageRuleInput {
  readonly message: MessageFacts;
  readonly policy: RecallPolicy;
  readonly now: Date;
}

/**
 * What a message-level rule found: a blocker makes every recipient not-recallable; a caution
 * (missing evidence) makes every recipient at most uncertain.
 */
interface MessageFinding {
  readonly code: MessageReason;
  readonly verdict: 'not-recallable' | 'uncertain';
}

/**
 * Blockers of a new recall that say nothing about any one recipient. A recall already requested
 * makes a second one pointless, but it was aimed at each recipient by their own facts, and its
 * outcome (recalled, pending, failed) and the follow-up read those: a colleague stays INTERNAL and
 * recallable, a Gmail address CONSUMER_MAILBOX and not-recallable. Every other blocker (an account
 * without recall, a message not sent from here, a meeting item, the policy, the age) stops a
 * recall from reaching anyone, so it decides every recipient's verdict.
 */
const BLOCKS_NEW_RECALL_ONLY: ReadonlySet<MessageReason> = new Set([MessageReason.ALREADY_RECALLED]);

/** This message-level blocker decides every recipient's verdict (see BLOCKS_NEW_RECALL_ONLY). */
export function blocksRecipients(code: MessageReason): boolean {
  return !BLOCKS_NEW_RECALL_ONLY.has(code);
}

type MessageRule = (input: MessageRuleInput) => MessageFinding | undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

const blocker = (code: MessageReason): MessageFinding => ({ code, verdict: 'not-recallable' });
const caution = (code: MessageReason): MessageFinding => ({ code, verdict: 'uncertain' });

/**
 * Meeting requests, responses and cancellations (IPM.Schedule.Meeting.*): cancel or update the
 * meeting instead. Ordinary mail is IPM.Note and its variants (IPM.Note.SMIME, …): the recall
 * acts on the stored message whatever its content, and Purview-encrypted mail has been
 * recallable since Oct 2024 (secondary source; per variant unverified). Any other class (tasks,
 * posts, reports, sharing invitations, …) is not known to be recallable: uncertain, never promised.
 */
const MEETING_CLASS = /^IPM\.Schedule\.Meeting(\.|$)/i;
const MAIL_CLASS = /^IPM\.Note(\.|$)/i;

/** Order is precedence (the first code is the one a row names). */
export const MESSAGE_RULES: readonly MessageRule[] = [
  ({ message }) => (message.accountKind === 'consumer' ? blocker(MessageReason.NOT_EXCHANGE_MAILBOX) : undefined),
  ({ message }) => (message.inSentItems === false ? blocker(MessageReason.NOT_IN_SENT_ITEMS) : undefined),
  ({ message }) => (MEETING_CLASS.test(message.itemClass) ? blocker(MessageReason.MEETING_ITEM) : undefined),
  ({ policy }) => (policy.recallEnabled === false ? blocker(MessageReason.RECALL_DISABLED_BY_POLICY) : undefined),
  ({ message }) => (message.recallRequested === true ? blocker(MessageReason.ALREADY_RECALLED) : undefined),
  ({ message, policy, now }) =>
    message.sentDateTime !== null &&
    policy.maxRecallableAgeDays !== null &&
    now.getTime() - message.sentDateTime.getTime() > policy.maxRecallableAgeDays * DAY_MS
      ? blocker(MessageReason.TOO_OLD)
      : undefined,
  ({ message }) => (MEETING_CLASS.test(message.itemClass) || MAIL_CLASS.test(message.itemClass) ? undefined : caution(MessageReason.ITEM_CLASS_UNKNOWN)),
  ({ message }) => (message.inSentItems === null ? caution(MessageReason.SENT_ITEMS_UNKNOWN) : undefined),
  // A recipient nobody can see may be outside: a recall that reaches everyone listed may still miss them.
  ({ message }) => (message.recipientListComplete ? undefined : caution(MessageReason.RECIPIENTS_INCOMPLETE)),
  ({ message }) => (message.recallRequested === null ? caution(MessageReason.RECALL_HISTORY_UNKNOWN) : undefined),
  ({ policy }) => (policy.recallEnabled === null ? caution(MessageReason.RECALL_POLICY_UNKNOWN) : undefined),
  ({ policy }) => (policy.maxRecallableAgeDays === null ? caution(MessageReason.AGE_LIMIT_UNKNOWN) : undefined),
  ({ message, policy }) => (message.sentDateTime === null && policy.maxRecallableAgeDays !== null ? caution(MessageReason.SENT_TIME_UNKNOWN) : undefined),
];

export function messageFindings(input: MessageRuleInput): MessageFinding[] {
  return MESSAGE_RULES.map((rule) => rule(input)).filter((finding): finding is MessageFinding => finding !== undefined);
}

/** The codes that block every recipient, most fundamental first. */
export function messageBlockers(input: MessageRuleInput): MessageReason[] {
  return messageFindings(input)
    .filter((f) => f.verdict === 'not-recallable')
    .map((f) => f.code);
}
