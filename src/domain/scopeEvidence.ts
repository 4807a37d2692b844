import { remembered } from './remembered';
import { toAsciiDomain, type MailboxKey, type ParsedAddress } from './address';
import type { RecipientFacts, RecipientScope, ScopeSource } from './facts';

/**
 * One MailTips answer for an address; `failed` when Graph gave an error for it or its chunk;
 * `conflicting` when it answered more than once for the mailbox (the same address, or a respelling
 * of it) and the answers differ.
 */
export type MailTip =
  | {
      readonly kind: 'answered';
      /** Graph's recipientScope: none, internal, external, externalPartner, externalNonPartner (flags, comma-separated). */
      readonly recipientScope: string;
      readonly totalMemberCount: number | null;
      readonly externalMemberCount: number | null;
    }
  | { readonly kind: 'failed' }
  | { readonly kind: 'conflicting' };

/**
 * A second answer for a mailbox that already has one. Only the same answer again is the same
 * answer: an "internal" after an "external", other member counts, or an answer beside an error
 * make the two conflicting, never "the last one wins". Compared by what the rules read (the
 * scope MailTips gives, the counts), so respelt flags ("Internal", " internal") are not a conflict.
 */
export function secondMailTip(first: MailTip, second: MailTip): MailTip {
  if (first.kind === 'conflicting' || second.kind === 'conflicting') return { kind: 'conflicting' };
  if (first.kind === 'failed' && second.kind === 'failed') return first;
  if (first.kind === 'answered' && second.kind === 'answered') {
    const same =
      scopeFromMailTip(first.recipientScope) === scopeFromMailTip(second.recipientScope) &&
      first.totalMemberCount === second.totalMemberCount &&
      first.externalMemberCount === second.externalMemberCount;
    if (same) return first;
  }
  return { kind: 'conflicting' };
}

/** Everything the sources said; null for a source that could not be asked. */
export interface ScopeEvidence {
  readonly mailTips: ReadonlyMap<MailboxKey, MailTip> | null;
  readonly verifiedDomains: readonly string[] | null;
  readonly senderDomain: string | null;
  /** Who sent a read receipt; null when the receipts could not be read. */
  readonly readReceiptsFrom: ReadonlySet<MailboxKey> | null;
}

/**
 * Precedence when sources disagree: MailTips (the service's own routing answer, and the only one
 * that knows groups) over the tenant's verified domains over the sender's own domain (a guess).
 * A MailTips error for one address only drops that address to the next source.
 */
export function resolveRecipientFacts(addresses: readonly ParsedAddress[], evidence: ScopeEvidence): Map<MailboxKey, RecipientFacts> {
  const facts = new Map<MailboxKey, RecipientFacts>();
  // Both sides as the punycode of a clean domain: an IDN recipient matches its tenant's IDN
  // domain, and a disguised verified-domain entry (no ASCII form) matches nothing. Converted once,
  // not once per recipient.
  const verified =
    evidence.verifiedDomains === null || evidence.verifiedDomains.length === 0
      ? null
      : new Set(evidence.verifiedDomains.map(toAsciiDomain).filter((d) => d !== null));
  for (const address of addresses) {
    const tip = evidence.mailTips?.get(address.key);
    const decided = decideScope(address, tip, verified, evidence.senderDomain);
    const group = groupOf(tip);
    const read = evidence.readReceiptsFrom === null ? null : evidence.readReceiptsFrom.has(address.key);
    facts.set(
      address.key,
      group === null
        ? decided.person[read === null ? 'unknown' : read ? 'read' : 'unread']
        : { scope: decided.scope, scopeSource: decided.scopeSource, group, readReceiptReceived: read },
    );
  }
  return facts;
}

function decideScope(
  address: ParsedAddress,
  tip: MailTip | undefined,
  verifiedDomains: ReadonlySet<string> | null,
  senderDomain: string | null,
): ScopeDecision {
  // MailTips contradicting itself is not settled by a weaker source: a verified domain can't overrule
  // an "internal" that may be right (hybrid, multi-tenant), nor confirm one that may be wrong.
  if (tip?.kind === 'conflicting') return SCOPE.conflicting;
  const fromTip = tip?.kind === 'answered' ? scopeFromMailTip(tip.recipientScope) : 'unknown';
  if (fromTip !== 'unknown') return SCOPE.mailTips[fromTip];
  if (!address.valid) return SCOPE.none;
  if (verifiedDomains !== null) return SCOPE.verifiedDomains[verifiedDomains.has(address.domain) ? 'internal' : 'external'];
  if (senderDomain !== null) return SCOPE.senderDomain[address.domain === senderDomain ? 'internal' : 'unknown'];
  return SCOPE.none;
}

interface ScopeDecision {
  readonly scope: RecipientScope;
  readonly scopeSource: ScopeSource;
  /** The facts of a person (not a group) so decided, by read state: one object for all of them. */
  readonly person: Readonly<Record<'read' | 'unread' | 'unknown', RecipientFacts>>;
}

function decision(scope: RecipientScope, scopeSource: ScopeSource): ScopeDecision {
  const person = (readReceiptReceived: boolean | null): RecipientFacts => ({ scope, scopeSource, group: null, readReceiptReceived });
  return { scope, scopeSource, person: { read: person(true), unread: person(false), unknown: person(null) } };
}

/**
 * Every decision decideScope makes, made once: the thousands of people on a long list share a
 * few facts objects (and assessMessage judges each shared one once).
 */
const SCOPE = {
  mailTips: { internal: decision('internal', 'mailTips'), external: decision('external', 'mailTips') },
  conflicting: decision('unknown', 'mailTipsConflicting'),
  verifiedDomains: { internal: decision('internal', 'verifiedDomains'), external: decision('external', 'verifiedDomains') },
  senderDomain: { internal: decision('internal', 'senderDomain'), unknown: decision('unknown', 'senderDomain') },
  none: decision('unknown', 'none'),
} as const;

export function scopeFromMailTip(recipientScope: string): RecipientScope {
  return scopeRemembered(recipientScope);
}

// A handful of distinct values (internal, external, externalPartner, …) across thousands of answers.
const scopeRemembered = remembered(100, (recipientScope): RecipientScope => {
  const flags = recipientScope.split(',').map((f) => f.trim().toLowerCase());
  if (flags.some((f) => f.startsWith('external'))) return 'external';
  if (flags.includes('internal')) return 'internal';
  return 'unknown';
});

/**
 * MailTips counts members for distribution lists and groups (mailtips.md: totalMemberCount,
 * externalMemberCount, both Int32 — Edm.Int32 in the v1.0 metadata); a mailbox counts as one (1, or
 * no count). So more than one member, or any outside member, means a group. A group whose outside
 * count is missing is not assumed to have none: `externalMembers` stays null (unknown).
 * A count that is not a count of people — not a whole number from 0 to Int32's largest (negative,
 * fractional, beyond Int32) — says nothing, and a tip with one is never read as a person: its
 * membership is unknown (GROUP_MEMBERS_UNKNOWN for an internal one).
 * Not detectable from MailTips: a group that gives neither count, or a one-member group without
 * an outside count; both are taken for a person (unverified without a tenant: docs/fail-closed.md).
 */
function groupOf(tip: MailTip | undefined): RecipientFacts['group'] {
  if (tip?.kind !== 'answered') return null;
  const total = memberCount(tip.totalMemberCount);
  const external = memberCount(tip.externalMemberCount);
  if (total === 'malformed' || external === 'malformed') {
    return { totalMembers: Math.max(typeof total === 'number' ? total : 0, typeof external === 'number' ? external : 0), externalMembers: null };
  }
  if ((total ?? 0) <= 1 && (external === null || external === 0)) return null;
  return { totalMembers: Math.max(total ?? 0, external ?? 0), externalMembers: external };
}

const INT32_MAX = 2_147_483_647;

/** A count as MailTips gives it: null when absent, 'malformed' when it is no count of people. */
function memberCount(count: number | null): number | null | 'malformed' {
  if (count === null) return null;
  return Number.isInteger(count) && count >= 0 && count <= INT32_MAX ? count : 'malformed';
}
