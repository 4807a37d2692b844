import { uniqueRecipients } from './assessment';
import type { ParsedRecipient } from './address';
import { UNKNOWN_RECIPIENT, type AccountKind, type RecipientFacts, type RecipientFactsByAddress, type RecipientField } from './facts';
import type { RecallPolicy } from './policy';
import { MessageReason, RecipientReason } from './reasonCodes';
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
  /**
   * How many recipients per field Office.js hands over in compose mode on this client, null for
   * no limit (host/composeModeLimits.ts). A field that many long may have more that no add-in
   * can read: they are treated as out of reach.
   */
  readonly recipientCap: number | null;
  /**
   * false: Graph gave no MailTips for this Send at all (no token — silent sign-in fails without
   * prior consent —, Graph unreachable, too slow, or its $batch failed). Only then may a colleague
   * be "probably internal" (window.withoutGraph); an answer Graph did give but that can't be used
   * (an error for one chunk, duplicated or conflicting answers) stays uncertain, as in the pane.
   */
  readonly graphAnswered: boolean;
}

/**
 * Send-time only: an entry Outlook hands over without an address to check. `getAsync` "only
 * returns recipients resolved by the Outlook client", who resolves an entry when the sender
 * presses Tab or picks a suggestion (office.recipients.yml); one that still comes without an
 * address was not resolved, and the alert says so rather than "malformed".
 */
export type SendTimeRecipientReason = RecipientReason | 'NOT_RESOLVED';

export interface OutOfReach {
  readonly name: string;
  readonly address: string;
  /** The rule that puts this recipient out of recall's reach (the alert's "why"). */
  readonly reason: SendTimeRecipientReason;
}

/** A field Office.js gave exactly as many recipients as it can (the cap): any beyond were not read. */
export interface FieldAtCap {
  readonly field: RecipientField;
  readonly cap: number;
}

/** Why a message is let through at once, or held. */
export type SendTimeReason =
  'WINDOW_OFF' | 'ALL_REACHABLE_BY_RECALL' | 'NO_RECIPIENTS' | 'OUTSIDE_RECALL_REACH' | 'RECIPIENTS_NOT_ALL_READ' | 'WINDOW_FOR_EVERYONE' | MessageReason;

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
      /** Fields Office.js gave only up to its cap: whoever came after was never checked. */
      readonly fieldsAtCap: readonly FieldAtCap[];
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

  // Without Graph, only an admin who asked for strictness alerts on colleagues by their domain.
  const probablyInternalSends = !input.graphAnswered && input.window.withoutGraph === 'sender-domain';
  const outOfReach: OutOfReach[] = [];
  for (const { recipient, parsed } of unique) {
    const facts = input.recipientFacts.get(parsed.key) ?? UNKNOWN_RECIPIENT;
    const findings = recipientFindings({ address: parsed, facts, policy: input.recallPolicy });
    const verdict = worstVerdict(findings.map((f) => f.verdict));
    if (blockers.length === 0 && (verdict === 'recallable' || (probablyInternalSends && probablyInternal(facts, findings)))) continue;
    const decisive = findings.find((f) => f.verdict === verdict) ?? findings[0];
    const reason = !parsed.valid && !recipient.address.includes('@') ? 'NOT_RESOLVED' : (decisive?.code ?? 'SCOPE_UNKNOWN');
    outOfReach.push({ name: recipient.name, address: recipient.address, reason });
  }
  const fieldsAtCap = atCap(input.recipients, input.recipientCap);

  const reasons: SendTimeReason[] = [...blockers];
  if (blockers.length === 0 && outOfReach.length > 0) reasons.push('OUTSIDE_RECALL_REACH');
  if (fieldsAtCap.length > 0) reasons.push('RECIPIENTS_NOT_ALL_READ');
  if (reasons.length === 0 && window.for === 'everyone') reasons.push('WINDOW_FOR_EVERYONE');
  if (reasons.length === 0) return { kind: 'send', reason: 'ALL_REACHABLE_BY_RECALL' };
  return { kind: 'hold', minutes: window.minutes, window, reasons, outOfReach, fieldsAtCap };
}

/**
 * "Probably internal": the address is in the organisation's domains — a verified domain kept from
 * an earlier check, or the sender's own — and nothing but that missing confirmation stands against
 * it. Without MailTips, a contact or a group with outside members under that domain is possible
 * (recipientRules.ts keeps it uncertain for the pane); at Send the admin decides whether that
 * alerts (SafetyWindowPolicy.withoutGraph).
 */
function probablyInternal(facts: RecipientFacts, findings: ReturnType<typeof recipientFindings>): boolean {
  if (facts.scope !== 'internal' || (facts.scopeSource !== 'verifiedDomains' && facts.scopeSource !== 'senderDomain')) return false;
  return findings.every(
    (f) => f.verdict === 'recallable' || f.code === RecipientReason.INTERNAL_DOMAIN_UNCONFIRMED || f.code === RecipientReason.SCOPE_UNKNOWN,
  );
}

/** The fields with as many entries as Office.js gives at most (counted as given, before duplicates merge). */
function atCap(recipients: readonly ParsedRecipient[], cap: number | null): FieldAtCap[] {
  if (cap === null) return [];
  const counts = new Map<RecipientField, number>();
  for (const r of recipients) counts.set(r.field, (counts.get(r.field) ?? 0) + 1);
  return (['to', 'cc', 'bcc'] as const).filter((field) => (counts.get(field) ?? 0) >= cap).map((field) => ({ field, cap }));
}

/**
 * A message with a delivery time at least a minute ahead is already held on the server: the user
 * chose "Hold, then Send", or the ribbon's "Hold before sending", or scheduled it themselves, so
 * this Send must not alert again. Any such time counts, not only one N minutes ahead: minutes
 * pass between choosing the hold and selecting Send again, and a time the user picked is theirs
 * to pick ("Send anyway" is too).
 */
export const MIN_HOLD_MS = 60_000;

export function alreadyHeld(deliveryTime: Date | null, now: Date): boolean {
  return deliveryTime !== null && deliveryTime.getTime() >= now.getTime() + MIN_HOLD_MS;
}
