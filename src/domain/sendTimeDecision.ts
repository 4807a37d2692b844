import { uniqueRecipients } from './assessment';
import type { ParsedRecipient } from './address';
import { UNKNOWN_RECIPIENT, type AccountKind, type RecipientFactsByAddress } from './facts';
import type { RecallPolicy } from './policy';
import { MessageReason, type RecipientReason } from './reasonCodes';
import { recipientFindings } from './recipientRules';
import { effectiveWindow, type EffectiveWindow, type SafetyWindowPolicy } from './safetyWindow';
import { worstVerdict } from './verdict';

/**
 * At Send, before anything has left: which recipients could a recall still reach once the
 * message is delivered? The very same rules as after sending (recipientRules), applied to the
 * compose item's To/Cc/Bcc. Anyone who is not certainly reachable (not-recallable or uncertain:
 * unknown scope, malformed address, a partner tenant, a group with outside members) counts as
 * out of reach — fail closed — and so makes the message one to hold.
 */
export interface SendTimeInput {
  readonly recipients: readonly ParsedRecipient[];
  readonly recipientFacts: RecipientFactsByAddress;
  readonly recallPolicy: RecallPolicy;
  /** The sending account: only an Exchange work mailbox can recall at all. */
  readonly accountKind: AccountKind;
  readonly window: SafetyWindowPolicy;
  readonly userOptedIn: boolean;
}

export interface OutOfReach {
  readonly name: string;
  readonly address: string;
  /** The rule that puts this recipient out of recall's reach (the alert's "why"). */
  readonly reason: RecipientReason;
}

/** Why a message is let through at once, or held. */
export type SendTimeReason = 'WINDOW_OFF' | 'ALL_REACHABLE_BY_RECALL' | 'NO_RECIPIENTS' | 'OUTSIDE_RECALL_REACH' | 'WINDOW_FOR_EVERYONE' | MessageReason;

export type SendTimeDecision =
  | { readonly kind: 'send'; readonly reason: SendTimeReason }
  | {
      readonly kind: 'hold';
      readonly minutes: number;
      readonly window: EffectiveWindow;
      /** Why the whole message is held: outsiders, a message-level blocker, or the everyone policy. */
      readonly reasons: readonly SendTimeReason[];
      /** Every recipient a recall would not reach, in the order they were addressed. */
      readonly outOfReach: readonly OutOfReach[];
    };

export function decideAtSend(input: SendTimeInput): SendTimeDecision {
  const window = effectiveWindow(input.window, input.userOptedIn);
  if (window.minutes === 0) return { kind: 'send', reason: 'WINDOW_OFF' };
  const unique = uniqueRecipients(input.recipients);
  if (unique.length === 0) return { kind: 'send', reason: 'NO_RECIPIENTS' };

  // Without recall nobody is reachable: the message-level blockers that exist before sending. A
  // recall setting config.json could not tell (null) reaches nobody for certain either, but it is
  // said as unknown, not as "turned off" (alertText.ts).
  const blockers: MessageReason[] = [];
  if (input.accountKind !== 'work') blockers.push(MessageReason.NOT_EXCHANGE_MAILBOX);
  if (input.recallPolicy.recallEnabled === false) blockers.push(MessageReason.RECALL_DISABLED_BY_POLICY);
  if (input.recallPolicy.recallEnabled === null) blockers.push(MessageReason.RECALL_POLICY_UNKNOWN);

  const outOfReach: OutOfReach[] = [];
  for (const { recipient, parsed } of unique) {
    const facts = input.recipientFacts.get(parsed.key) ?? UNKNOWN_RECIPIENT;
    const findings = recipientFindings({ address: parsed, facts, policy: input.recallPolicy });
    const verdict = worstVerdict(findings.map((f) => f.verdict));
    if (verdict === 'recallable' && blockers.length === 0) continue;
    const decisive = findings.find((f) => f.verdict === verdict) ?? findings[0];
    outOfReach.push({ name: recipient.name, address: recipient.address, reason: decisive?.code ?? 'SCOPE_UNKNOWN' });
  }

  const reasons: SendTimeReason[] = [...blockers];
  if (blockers.length === 0 && outOfReach.length > 0) reasons.push('OUTSIDE_RECALL_REACH');
  if (reasons.length === 0 && window.for === 'everyone') reasons.push('WINDOW_FOR_EVERYONE');
  if (reasons.length === 0) return { kind: 'send', reason: 'ALL_REACHABLE_BY_RECALL' };
  return { kind: 'hold', minutes: window.minutes, window, reasons, outOfReach };
}

/**
 * A message with a delivery time at least a minute ahead is already held on the server: the user
 * chose "Send in N minutes" (or scheduled it themselves), so this Send must not alert again. Any
 * such time counts, not only one N minutes ahead: minutes pass between choosing the hold and
 * selecting Send again, and a time the user picked is theirs to pick ("Send anyway" is too).
 */
export const MIN_HOLD_MS = 60_000;

export function alreadyHeld(deliveryTime: Date | null, now: Date): boolean {
  return deliveryTime !== null && deliveryTime.getTime() >= now.getTime() + MIN_HOLD_MS;
}
