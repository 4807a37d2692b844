import { parseAddress, type MailboxKey, type ParsedAddress } from './address';
import type { Assessment, RecipientAssessment } from './assessment';
import type { Recipient } from './facts';
import type { RecipientReason } from './reasonCodes';
import type { RecallOutcome } from './recallTracking';

/** The follow-up messages the add-in can prefill (ru/en templates in the i18n catalogs). */
export type FollowUpTemplate = 'pleaseDelete' | 'correction' | 'apology';
export const FOLLOW_UP_TEMPLATES: readonly FollowUpTemplate[] = ['pleaseDelete', 'correction', 'apology'];

/** displayNewMessageForm takes at most 100 recipients per field. */
export const FORM_RECIPIENT_LIMIT = 100;

/** Someone a follow-up is written to: the address written, and the mailbox the decision is kept for. */
export interface FollowUpRecipient extends Recipient {
  readonly key: MailboxKey;
}

export interface FollowUpBatch {
  readonly to: readonly FollowUpRecipient[];
  /** Only where the fields are kept as sent (the replacement): those who were in Cc. */
  readonly cc?: readonly FollowUpRecipient[];
  /** Recipients who were in Bcc stay hidden from the others. */
  readonly bcc: readonly FollowUpRecipient[];
}

/**
 * Which field each recipient goes in:
 * - `shown-in-to` (a follow-up note): To and Cc both in To, Bcc-only people in Bcc;
 * - `all-in-bcc`: nobody is shown to the others (outsiders at several organisations);
 * - `as-sent` (the replacement, as Outlook's own replace keeps the original's fields): To in To,
 *   Cc in Cc, Bcc in Bcc; someone in several fields goes in the most visible one, once.
 */
export type BatchFields = 'shown-in-to' | 'all-in-bcc' | 'as-sent';

/**
 * Outsiders at several organisations must not learn each other's addresses from the follow-up
 * (a reply-all would also spread the mistake further): then everyone goes in Bcc.
 */
export function outsidersAtSeveralOrganisations(recipients: readonly RecipientAssessment[]): boolean {
  return new Set(recipients.map((r) => (r.parsed.valid ? r.parsed.domain : r.parsed.key))).size > 1;
}

/**
 * Splits the follow-up into messages that each fit Outlook's form (at most `limit` per field),
 * keeping people who were in Bcc in Bcc so the follow-up never reveals who was secretly copied.
 * `fields` says where everyone goes (BatchFields).
 */
export function followUpBatches(
  recipients: readonly RecipientAssessment[],
  limit = FORM_RECIPIENT_LIMIT,
  fields: BatchFields = 'shown-in-to',
): FollowUpBatch[] {
  const byField: Record<Recipient['field'], FollowUpRecipient[]> = { to: [], cc: [], bcc: [] };
  for (const r of recipients) {
    const field = fieldFor(r, fields);
    byField[field].push({ name: r.name, address: r.parsed.normalised, field, key: r.parsed.key });
  }
  const { to, cc, bcc } = byField;
  const batches: FollowUpBatch[] = [];
  for (let i = 0; i < Math.max(to.length, cc.length, bcc.length); i += limit) {
    const batch = { to: to.slice(i, i + limit), bcc: bcc.slice(i, i + limit) };
    batches.push(fields === 'as-sent' ? { ...batch, cc: cc.slice(i, i + limit) } : batch);
  }
  return batches;
}

function fieldFor(r: RecipientAssessment, fields: BatchFields): Recipient['field'] {
  if (fields === 'all-in-bcc') return 'bcc';
  if (r.fields.includes('to')) return 'to';
  if (r.fields.includes('cc')) return fields === 'as-sent' ? 'cc' : 'to';
  return 'bcc';
}

/**
 * Whom a recall is aimed at: everyone a recall could reach by their own facts. After a recall was
 * already requested (a message-level blocker) these are the people whose outcome is tracked.
 */
export function recallTargets(assessment: Assessment): RecipientAssessment[] {
  return assessment.recipients.filter(isRecallTarget);
}

/** One recipient of `recallTargets`. */
export function isRecallTarget(r: RecipientAssessment): boolean {
  return r.recipientVerdict !== 'not-recallable' && r.parsed.valid;
}

/*
 * The follow-up planner: who gets a note after (or instead of) a recall, and why. The rule decides
 * a default for every recipient; the user may add someone the rule left out or take someone out.
 * Every decision carries a stable code so the UI, the incident summary and the tests share names.
 */

/** Why a recipient gets the follow-up. */
export const IncludedWhy = {
  /** A recall can't reach them (outside, personal mailbox, or a message-level blocker). */
  NOT_RECALLABLE: 'NOT_RECALLABLE',
  /** A recall may or may not reach them (partner tenant, group with outside members, unknown scope). */
  UNCERTAIN: 'UNCERTAIN',
  /** The recall report says it failed for them. */
  RECALL_FAILED: 'RECALL_FAILED',
  /** The recall was aimed at them but no report tells the outcome. */
  RECALL_UNKNOWN: 'RECALL_UNKNOWN',
  /**
   * The recall removed it, but their read receipt says they had opened it first: they have seen
   * what it said (the case the user's guide warns about), so they are told what to do with it.
   */
  RECALLED_BUT_READ: 'RECALLED_BUT_READ',
  /** The rule left them out; the user put them back in. */
  ADDED_BY_USER: 'ADDED_BY_USER',
} as const;
export type IncludedWhy = (typeof IncludedWhy)[keyof typeof IncludedWhy];

/** Why a recipient does not get it. */
export const ExcludedWhy = {
  /** The recall report says the message was removed from their mailbox. */
  RECALLED: 'RECALLED',
  /** A recall can reach them and no outcome is known yet: writing would only draw attention. */
  RECALLABLE: 'RECALLABLE',
  /** The recall was aimed at them and is still running: a note now would draw attention to it. */
  RECALL_PENDING: 'RECALL_PENDING',
  /**
   * A recall was requested (with Outlook's own command, or earlier) and nothing here can read its
   * report: the user reads it and ticks those it failed for.
   */
  RECALL_NOT_TRACKED: 'RECALL_NOT_TRACKED',
  /** The rule included them; the user took them out. */
  REMOVED_BY_USER: 'REMOVED_BY_USER',
  /** Nobody can write to an address that can't be read. */
  MALFORMED: 'MALFORMED',
  /**
   * The sender's own copy, or the signed-in user's address (a received message lists it): nobody
   * writes to themselves, whatever else the plan says.
   */
  SENDER: 'SENDER',
} as const;
export type ExcludedWhy = (typeof ExcludedWhy)[keyof typeof ExcludedWhy];

export type FollowUpWhy = IncludedWhy | ExcludedWhy;

/** Whom the wording addresses: colleagues get a plainer note, outsiders a more formal one. */
export type Audience = 'internal' | 'external';
export const AUDIENCES: readonly Audience[] = ['external', 'internal'];

interface PlannedBase {
  readonly recipient: RecipientAssessment;
  readonly audience: Audience;
  /** What the rule decided before the user's changes (a user's own code never appears here). */
  readonly ruleWhy: Exclude<FollowUpWhy, 'ADDED_BY_USER' | 'REMOVED_BY_USER'>;
  /** The tracked recall outcome for this recipient, when the recall was aimed at them and tracked. */
  readonly outcome: RecallOutcome | null;
}
export type PlannedRecipient =
  (PlannedBase & { readonly included: true; readonly why: IncludedWhy }) | (PlannedBase & { readonly included: false; readonly why: ExcludedWhy });

export interface FollowUpOverrides {
  /** Mailboxes the user added although the rule left them out. */
  readonly add?: ReadonlySet<MailboxKey>;
  /** Mailboxes the user took out although the rule included them. */
  readonly remove?: ReadonlySet<MailboxKey>;
}

export interface FollowUpPlanInput extends FollowUpOverrides {
  /** Per mailbox, from recall tracking (recallTracking.ts); absent when nothing was tracked. */
  readonly outcomes?: ReadonlyMap<MailboxKey, RecallOutcome>;
  /** A recall was requested for this message (now or earlier), whether or not it is tracked. */
  readonly recallRequested?: boolean;
  /** The sender's address: they may be among the recipients, but never get a follow-up. */
  readonly sender?: string;
  /** The signed-in mailbox: never in a follow-up's audience either (fail safe when it is not the sender). */
  readonly user?: string;
}

export interface FollowUpPlan {
  /** Every recipient in the message's order, each with its decision. */
  readonly all: readonly PlannedRecipient[];
  readonly included: readonly Extract<PlannedRecipient, { included: true }>[];
  readonly excluded: readonly Extract<PlannedRecipient, { included: false }>[];
  /** How many the rule says may still have the message (before the user's changes). */
  readonly mayStillHave: number;
}

const EXTERNAL_REASONS: readonly RecipientReason[] = [
  'EXTERNAL',
  'CONSUMER_MAILBOX',
  'EXTERNAL_ALLOWED_TENANT',
  'GROUP_HAS_EXTERNAL_MEMBERS',
  'GROUP_MEMBERS_UNKNOWN',
];

/**
 * Internal when the rules found the mailbox inside the organisation and nothing says outsiders
 * read it, or — without Microsoft 365's answer — when the address is at the sender's own domain
 * (the wording only: a colleague addressed formally as an outsider reads as a mass mailing).
 * Anything else unknown gets the outside wording, which is never wrong, only more formal.
 */
export function audienceOf(
  recipient: Pick<RecipientAssessment, 'reasons'> & { readonly parsed?: ParsedAddress },
  senderDomain: string | null = null,
): Audience {
  if (recipient.reasons.some((r) => EXTERNAL_REASONS.includes(r))) return 'external';
  if (recipient.reasons.includes('INTERNAL')) return 'internal';
  const atSenderDomain = senderDomain !== null && recipient.parsed?.valid === true && recipient.parsed.domain === senderDomain;
  return atSenderDomain && recipient.reasons.includes('SCOPE_UNKNOWN') ? 'internal' : 'external';
}

/**
 * Outside members of a group keep the message even when the recall removes it from the group's
 * colleagues; a group whose members MailTips did not count may have some (fail closed).
 */
export function mayHaveOutsideMembers(r: Pick<RecipientAssessment, 'reasons'>): boolean {
  return r.reasons.includes('GROUP_HAS_EXTERNAL_MEMBERS') || r.reasons.includes('GROUP_MEMBERS_UNKNOWN');
}

/** A read receipt came back from them: a recall removes their copy, not what they read. */
export function readBeforeRecall(r: Pick<RecipientAssessment, 'reasons'>): boolean {
  return r.reasons.includes('READ');
}

function ruleFor(r: RecipientAssessment, outcome: RecallOutcome | null, recallRequested: boolean, own: ReadonlySet<MailboxKey>): PlannedBase['ruleWhy'] {
  if (!r.parsed.valid) return 'MALFORMED';
  if (own.has(r.parsed.key)) return 'SENDER';
  if (outcome !== null) {
    switch (outcome) {
      case 'succeeded':
        if (mayHaveOutsideMembers(r)) return 'UNCERTAIN';
        return readBeforeRecall(r) ? 'RECALLED_BUT_READ' : 'RECALLED';
      case 'failed':
        return 'RECALL_FAILED';
      case 'pending':
        return 'RECALL_PENDING';
      case 'unknown':
        return 'RECALL_UNKNOWN';
    }
  }
  // A recall was requested (earlier, or with Outlook's own command) and no report was read: those
  // it was aimed at are not ticked — a note to a colleague whose copy is gone draws attention to
  // it; the user reads the report and ticks those it failed for.
  if (recallRequested && r.recipientVerdict !== 'not-recallable') return mayHaveOutsideMembers(r) ? 'UNCERTAIN' : 'RECALL_NOT_TRACKED';
  if (r.verdict === 'not-recallable') return 'NOT_RECALLABLE';
  if (r.verdict === 'uncertain') return 'UNCERTAIN';
  return 'RECALLABLE';
}

const RULE_INCLUDES: Readonly<Record<PlannedBase['ruleWhy'], boolean>> = {
  NOT_RECALLABLE: true,
  UNCERTAIN: true,
  RECALL_FAILED: true,
  RECALL_UNKNOWN: true,
  RECALLED_BUT_READ: true,
  RECALL_PENDING: false,
  RECALL_NOT_TRACKED: false,
  RECALLED: false,
  RECALLABLE: false,
  MALFORMED: false,
  SENDER: false,
};

/** Whether the rule, before the user's changes, sends this recipient the follow-up. */
export function includedByRule(planned: Pick<PlannedRecipient, 'ruleWhy'>): boolean {
  return RULE_INCLUDES[planned.ruleWhy];
}

/**
 * Who gets the follow-up, and why, from the verdict, the tracked recall outcomes (if any) and the
 * user's changes. A malformed address can't be added: there is nothing to write to.
 */
export function planFollowUp(assessment: Assessment, input: FollowUpPlanInput = {}): FollowUpPlan {
  const recallRequested = input.recallRequested === true || assessment.messageReasons.includes('ALREADY_RECALLED');
  const senderParsed = input.sender === undefined ? null : parseAddress(input.sender);
  const senderDomain = senderParsed?.valid ? senderParsed.domain : null;
  const own = new Set([input.sender, input.user].flatMap((a) => (a === undefined ? [] : [parseAddress(a).key])));
  const all = assessment.recipients.map((recipient): PlannedRecipient => {
    const { key } = recipient.parsed;
    const outcome = input.outcomes?.get(key) ?? null;
    const ruleWhy = ruleFor(recipient, outcome, recallRequested, own);
    const base = { recipient, audience: audienceOf(recipient, senderDomain), ruleWhy, outcome };
    if (RULE_INCLUDES[ruleWhy]) {
      return input.remove?.has(key) ? { ...base, included: false, why: 'REMOVED_BY_USER' } : { ...base, included: true, why: ruleWhy as IncludedWhy };
    }
    if (ruleWhy !== 'MALFORMED' && ruleWhy !== 'SENDER' && input.add?.has(key)) return { ...base, included: true, why: 'ADDED_BY_USER' };
    return { ...base, included: false, why: ruleWhy as ExcludedWhy };
  });
  return {
    all,
    included: all.filter((p): p is Extract<PlannedRecipient, { included: true }> => p.included),
    excluded: all.filter((p): p is Extract<PlannedRecipient, { included: false }> => !p.included),
    mayStillHave: all.filter((p) => RULE_INCLUDES[p.ruleWhy]).length,
  };
}

/**
 * The included recipients of one audience, split into messages that fit Outlook's form; outsiders
 * at several organisations all in Bcc.
 */
export function planBatches(plan: FollowUpPlan, audience: Audience, limit = FORM_RECIPIENT_LIMIT): FollowUpBatch[] {
  const recipients = plan.included.filter((p) => p.audience === audience).map((p) => p.recipient);
  return followUpBatches(recipients, limit, audience === 'external' && outsidersAtSeveralOrganisations(recipients) ? 'all-in-bcc' : 'shown-in-to');
}
