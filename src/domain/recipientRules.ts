import { isSameOrSubdomain, type ParsedAddress } from './address';
import { isConsumerDomain } from './consumerDomains';
import type { RecipientFacts } from './facts';
import type { RecallPolicy } from './policy';
import { RecipientReason } from './reasonCodes';
import type { Verdict } from './verdict';

interface Finding {
  readonly code: RecipientReason;
  readonly verdict: Verdict;
}

interface RecipientRuleInput {
  readonly address: ParsedAddress;
  readonly facts: RecipientFacts;
  readonly policy: RecallPolicy;
}

/**
 * Where the recipient's mailbox is decides whether the recall service can reach it. Exactly one
 * of these codes applies to every recipient; the first match wins.
 */
function mailboxLocation({ address, facts, policy }: RecipientRuleInput): Finding {
  if (!address.valid) return { code: RecipientReason.MALFORMED_ADDRESS, verdict: 'uncertain' };
  if (isConsumerDomain(address.domain)) return { code: RecipientReason.CONSUMER_MAILBOX, verdict: 'not-recallable' };
  // MailTips said two different things about this mailbox: neither answer, nor a weaker source, settles it.
  if (facts.scopeSource === 'mailTipsConflicting') return { code: RecipientReason.SCOPE_CONFLICTING, verdict: 'uncertain' };
  // A guess from the sender's own domain is not knowledge: multi-domain tenants and subsidiaries
  // on other tenants both exist, so it never yields "recallable".
  if (facts.scopeSource === 'senderDomain' || facts.scope === 'unknown') {
    return { code: RecipientReason.SCOPE_UNKNOWN, verdict: 'uncertain' };
  }
  // Only MailTips knows the mailbox itself (a group's outside members, a contact that forwards
  // elsewhere); a verified-domain match alone is our domain, not a confirmed mailbox.
  if (facts.scope === 'internal') {
    return facts.scopeSource === 'mailTips'
      ? { code: RecipientReason.INTERNAL, verdict: 'recallable' }
      : { code: RecipientReason.INTERNAL_DOMAIN_UNCONFIRMED, verdict: 'uncertain' };
  }
  // Cross-tenant recall depends on the recipient tenant's allow list, which the sender can't read.
  if (policy.crossTenantAllowedDomains.some((allowed) => isSameOrSubdomain(address.domain, allowed))) {
    return { code: RecipientReason.EXTERNAL_ALLOWED_TENANT, verdict: 'uncertain' };
  }
  return { code: RecipientReason.EXTERNAL, verdict: 'not-recallable' };
}

/**
 * Further findings that qualify the location verdict; each stands alone. No rule reads more of the
 * address than its validity and domain (assessMessage judges recipients sharing those and their
 * facts once).
 */
const QUALIFIERS: readonly ((input: RecipientRuleInput) => Finding | undefined)[] = [
  // Only an internal group matters here: for an outside address the location already says "no".
  ({ facts }) =>
    facts.scope === 'internal' && facts.group !== null && facts.group.externalMembers !== null && facts.group.externalMembers > 0
      ? { code: RecipientReason.GROUP_HAS_EXTERNAL_MEMBERS, verdict: 'uncertain' }
      : undefined,
  // A group whose outside members MailTips did not count may have some: never assume none.
  ({ facts }) =>
    facts.scope === 'internal' && facts.group !== null && facts.group.externalMembers === null
      ? { code: RecipientReason.GROUP_MEMBERS_UNKNOWN, verdict: 'uncertain' }
      : undefined,
  // Exchange Online recalls read messages unless RecallReadMessagesEnabled is off; either way the
  // reader may already have seen it, which the UI always says.
  ({ facts, policy }) =>
    facts.readReceiptReceived === true ? { code: RecipientReason.READ, verdict: policy.recallReadMessages ? 'recallable' : 'not-recallable' } : undefined,
  // Receipts unreadable while only unread mail is recalled: whether they read it is what decides,
  // and it is unknown. (With read messages recalled too, reading changes nothing: no finding.)
  ({ facts, policy }) =>
    facts.readReceiptReceived === null && !policy.recallReadMessages ? { code: RecipientReason.READ_STATE_UNKNOWN, verdict: 'uncertain' } : undefined,
];

export function recipientFindings(input: RecipientRuleInput): Finding[] {
  // A plain loop: this runs once per recipient, thousands of times per check.
  const findings = [mailboxLocation(input)];
  for (const rule of QUALIFIERS) {
    const finding = rule(input);
    if (finding !== undefined) findings.push(finding);
  }
  return findings;
}
