/**
 * Builders for the pure rules: a message, what is known about each recipient, the org policy.
 * They read like the sentence a test is about:
 *   assess(aMessage().to('boris@contoso.com').sentMinutesAgo(5), [aRecipient('boris@contoso.com').internal()])
 */
import { parseAddress, parseRecipient, type MailboxKey, type ParsedRecipient } from '../../src/domain/address';
import { assessMessage, type Assessment } from '../../src/domain/assessment';
import type { AccountKind, MessageFacts, RecipientFacts, RecipientField, RecipientScope, ScopeSource } from '../../src/domain/facts';
import { EXCHANGE_ONLINE_DEFAULTS, type RecallPolicy } from '../../src/domain/policy';

/** The fixed clock every domain test runs at. */
export const NOW = new Date('2026-11-25T10:00:00Z');
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const SENDER = 'alex.morgan@contoso.com';

type Person = string | { readonly name: string; readonly address: string };

const toRecipient = (person: Person, field: RecipientField): ParsedRecipient =>
  parseRecipient(typeof person === 'string' ? { name: '', address: person, field } : { ...person, field });

/** The mailbox key of an address as written: tests get keys only from the parser, like the app. */
export const keyOf = (address: string): MailboxKey => parseAddress(address).key;

/** To recipients as an adapter hands them on: parsed where they entered. */
export const parsedRecipients = (addresses: readonly string[]): ParsedRecipient[] =>
  addresses.map((address) => parseRecipient({ name: '', address, field: 'to' }));

export class MessageBuilder {
  private accountKind: AccountKind = 'work';
  private inSentItems: boolean | null = true;
  private itemClass = 'IPM.Note';
  private subject = 'Q4 budget draft';
  private sentDateTime: Date | null = new Date(NOW.getTime() - 5 * MINUTE);
  private senderAddress = SENDER;
  private recipients: ParsedRecipient[] = [];
  private recallRequested: boolean | null = false;
  private recipientListComplete = true;

  to(...people: Person[]): this {
    this.recipients.push(...people.map((p) => toRecipient(p, 'to')));
    return this;
  }
  cc(...people: Person[]): this {
    this.recipients.push(...people.map((p) => toRecipient(p, 'cc')));
    return this;
  }
  bcc(...people: Person[]): this {
    this.recipients.push(...people.map((p) => toRecipient(p, 'bcc')));
    return this;
  }
  sentMinutesAgo(minutes: number): this {
    return this.sentMsAgo(minutes * MINUTE);
  }
  sentDaysAgo(days: number): this {
    return this.sentMsAgo(days * DAY);
  }
  sentMsAgo(ms: number): this {
    this.sentDateTime = new Date(NOW.getTime() - ms);
    return this;
  }
  sentAtUnknownTime(): this {
    this.sentDateTime = null;
    return this;
  }
  withSubject(subject: string): this {
    this.subject = subject;
    return this;
  }
  from(address: string): this {
    this.senderAddress = address;
    return this;
  }
  fromConsumerAccount(): this {
    this.accountKind = 'consumer';
    return this;
  }
  fromUnknownAccount(): this {
    this.accountKind = 'unknown';
    return this;
  }
  notInSentItems(): this {
    this.inSentItems = false;
    return this;
  }
  sentItemsUnknown(): this {
    this.inSentItems = null;
    return this;
  }
  ofClass(itemClass: string): this {
    this.itemClass = itemClass;
    return this;
  }
  meetingRequest(): this {
    return this.ofClass('IPM.Schedule.Meeting.Request');
  }
  alreadyRecalled(): this {
    this.recallRequested = true;
    return this;
  }
  /** The recall requests in Sent Items could not be listed. */
  recallHistoryUnknown(): this {
    this.recallRequested = null;
    return this;
  }
  /** Not everyone it went to is known (Bcc or a cut field not given by Graph). */
  recipientsIncomplete(): this {
    this.recipientListComplete = false;
    return this;
  }
  build(): MessageFacts {
    return {
      accountKind: this.accountKind,
      inSentItems: this.inSentItems,
      itemClass: this.itemClass,
      subject: this.subject,
      sentDateTime: this.sentDateTime,
      senderAddress: this.senderAddress,
      recipients: [...this.recipients],
      recipientListComplete: this.recipientListComplete,
      recallRequested: this.recallRequested,
    };
  }
}

export const aMessage = () => new MessageBuilder();

/** What the sources (MailTips, verified domains, receipts) ended up saying about one recipient. */
export class RecipientFactsBuilder {
  private scope: RecipientScope = 'unknown';
  private scopeSource: ScopeSource = 'none';
  private group: RecipientFacts['group'] = null;
  private read: boolean | null = false;

  constructor(readonly address: string) {}

  internal(source: ScopeSource = 'mailTips'): this {
    this.scope = 'internal';
    this.scopeSource = source;
    return this;
  }
  external(source: ScopeSource = 'mailTips'): this {
    this.scope = 'external';
    this.scopeSource = source;
    return this;
  }
  /** Only the sender's own domain matched: a guess, not knowledge. */
  guessedInternalFromSenderDomain(): this {
    return this.internal('senderDomain');
  }
  unknownScope(): this {
    this.scope = 'unknown';
    this.scopeSource = 'none';
    return this;
  }
  /** MailTips answered more than once for the mailbox, differently. */
  conflictingMailTips(): this {
    this.scope = 'unknown';
    this.scopeSource = 'mailTipsConflicting';
    return this;
  }
  groupOf(totalMembers: number, externalMembers: number): this {
    this.group = { totalMembers, externalMembers };
    return this;
  }
  hasRead(): this {
    this.read = true;
    return this;
  }
  /** The read receipts could not be read at all. */
  readStateUnknown(): this {
    this.read = null;
    return this;
  }
  /** MailTips counted the members but not how many are outside. */
  groupWithUncountedExternals(totalMembers: number): this {
    this.group = { totalMembers, externalMembers: null };
    return this;
  }
  build(): RecipientFacts {
    return { scope: this.scope, scopeSource: this.scopeSource, group: this.group, readReceiptReceived: this.read };
  }
}

export const aRecipient = (address: string) => new RecipientFactsBuilder(address);

export function factsFor(recipients: readonly RecipientFactsBuilder[]): Map<MailboxKey, RecipientFacts> {
  return new Map(recipients.map((r) => [keyOf(r.address), r.build()]));
}

export class PolicyBuilder {
  private policy: { -readonly [K in keyof RecallPolicy]: RecallPolicy[K] } = { ...EXCHANGE_ONLINE_DEFAULTS };

  recallDisabled(): this {
    this.policy.recallEnabled = false;
    return this;
  }
  /** config.json could not say whether recall is on. */
  recallPolicyUnknown(): this {
    this.policy.recallEnabled = null;
    return this;
  }
  ageLimitUnknown(): this {
    this.policy.maxRecallableAgeDays = null;
    return this;
  }
  recallingReadMessages(allowed: boolean): this {
    this.policy.recallReadMessages = allowed;
    return this;
  }
  maxAgeDays(days: number): this {
    this.policy.maxRecallableAgeDays = days;
    return this;
  }
  partnerDomains(...domains: string[]): this {
    this.policy.crossTenantAllowedDomains = domains;
    return this;
  }
  build(): RecallPolicy {
    return { ...this.policy };
  }
}

export const aPolicy = () => new PolicyBuilder();

export function assess(
  message: MessageBuilder | MessageFacts,
  recipients: readonly RecipientFactsBuilder[] = [],
  policy: PolicyBuilder | RecallPolicy = aPolicy(),
  now: Date = NOW,
): Assessment {
  return assessMessage({
    message: message instanceof MessageBuilder ? message.build() : message,
    recipientFacts: factsFor(recipients),
    policy: policy instanceof PolicyBuilder ? policy.build() : policy,
    now,
  });
}

/** The row for an address (by its normalised form), failing loudly when it is missing. */
export function rowFor(assessment: Assessment, address: string) {
  const normalised = parseAddress(address).normalised;
  const row = assessment.recipients.find((r) => r.parsed.normalised === normalised);
  if (row === undefined) throw new Error(`no row for ${address}; rows: ${assessment.recipients.map((r) => r.address).join(', ')}`);
  return row;
}
