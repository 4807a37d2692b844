import { parseAddress, type MailboxKey } from './address';
import type { Assessment, RecipientAssessment } from './assessment';
import { MessageReason } from './reasonCodes';
import { audienceOf, isRecallTarget, mayHaveOutsideMembers, readBeforeRecall, type Audience } from './followUp';
import type { RecallOutcome } from './recallTracking';
import type { ReplacementStatus } from './replacement';

/*
 * One plan for the whole job. The job is done when everyone who should not keep the message is
 * either recalled or has a follow-up decision (a note opened for them, or the user decided none is
 * needed). Every recipient has one place in it, from before the recall to the end; the check step
 * proposes it, the track step shows it, and reopening the pane rebuilds it from the mailbox (the
 * recall request found there, the reports) — nothing here lives only in memory except the user's
 * own follow-up decisions (kept per item for the page, never written to storage: they name addresses).
 */

/** What a recall did for one recipient (the track step's `data-outcome`). */
export type PlanOutcome = 'recalled' | 'failed' | 'pending' | 'unknown' | 'not-targeted';

/** What the user decided about a follow-up note for one recipient. */
export type FollowUpDecision = 'opened' | 'skipped';

/**
 * The follow-up part of a recipient's place:
 * - `none`: nobody needs to write (recalled, the sender's own copy, or the recall comes first);
 * - `waiting`: the recall is still running for them: wait for its report before writing;
 * - `proposed`: the plan proposes a note (ticked in the follow-up step);
 * - `undecided`: a decision is needed but the plan can't propose one (no report could be read,
 *   or the address can't be written to): the user reads the report or skips;
 * - `opened` / `skipped`: the user's decision.
 */
export type FollowUpState = 'none' | 'waiting' | 'proposed' | 'undecided' | FollowUpDecision;

/** A recall requested for this message: by the add-in or with Outlook's command, now or earlier. */
export interface RecallRecord {
  /** When it was requested; null when only its trace in the mailbox is known. */
  readonly at: Date | null;
  readonly byAddIn: boolean;
}

export interface PlanEntry {
  readonly recipient: RecipientAssessment;
  /** The mailbox: what decisions and outcomes are keyed by (and the row's React key). */
  readonly key: MailboxKey;
  /** The normalised address, as the DOM contract shows it (`data-track-recipient`). */
  readonly address: string;
  readonly audience: Audience;
  /** A recall is (or would be) aimed at them. */
  readonly targeted: boolean;
  /** After a recall was requested: what it did for them; null before. */
  readonly outcome: PlanOutcome | null;
  /**
   * Recalled, but they had read it first (a read receipt): their copy is gone, what it said is not,
   * so the plan still proposes a note (its own words: tell them, rather than ask them to delete).
   */
  readonly recalledButRead: boolean;
  readonly followUp: FollowUpState;
  /** Still has neither a recall success nor a follow-up decision. */
  readonly open: boolean;
  /** The user is asked to decide about a note now (the DOM's `data-next-step="follow-up"`). */
  readonly nextStep: 'follow-up' | null;
  /**
   * May still have the message: not an own copy (the sender's, the signed-in user's), and no
   * recall report says it was removed (a group's outside members keep it whatever the report says).
   * A note opened or skipped does not change it: a note does not delete anything.
   */
  readonly mayStillHave: boolean;
}

export interface RecallPlan {
  /** Everyone, in the message's order. */
  readonly entries: readonly PlanEntry[];
  readonly recall: RecallRecord | null;
  /** Before the recall: those it will be aimed at. */
  readonly toRecall: readonly PlanEntry[];
  /** Those the plan proposes to write to now. */
  readonly toWrite: readonly PlanEntry[];
  /**
   * How many have neither a recall success nor a follow-up decision, plus one while a replacement
   * ("Delete and replace") is neither opened nor skipped (`data-plan-open`).
   */
  readonly open: number;
  readonly counts: Readonly<Record<PlanOutcome, number>>;
  /** How many may still have the message (`PlanEntry.mayStillHave`): the incident summary's count. */
  readonly mayStillHave: number;
  /**
   * Someone else sent it to this mailbox (NOT_IN_SENT_ITEMS, another sender): nothing here is the
   * user's to recall or to write about, so nobody has an open place.
   */
  readonly received: boolean;
  /** The replacement, when "Delete and replace" was chosen with the recall; null otherwise. */
  readonly replacement: ReplacementStatus | null;
}

export interface RecallPlanInput {
  readonly assessment: Assessment;
  /** The sender's address: their own copy needs no note. */
  readonly sender: string;
  readonly recall: RecallRecord | null;
  /** Outcomes read from the recall reports, per mailbox; null when none could be read. */
  readonly outcomes: ReadonlyMap<MailboxKey, RecallOutcome> | null;
  /** The user's follow-up decisions, per mailbox. */
  readonly decisions: ReadonlyMap<MailboxKey, FollowUpDecision>;
  /** The signed-in mailbox: like the sender's, its own copy needs no note (a received message lists it). */
  readonly user?: string;
  /** Where the replacement stands (replacementStatus), if one was chosen. */
  readonly replacement?: ReplacementStatus | null;
}

const FROM_TRACKING: Readonly<Record<RecallOutcome, PlanOutcome>> = { succeeded: 'recalled', failed: 'failed', pending: 'pending', unknown: 'unknown' };

function outcomeOf(targeted: boolean, key: MailboxKey, input: RecallPlanInput): PlanOutcome | null {
  if (input.recall === null) return null;
  if (!targeted) return 'not-targeted';
  const tracked = input.outcomes?.get(key);
  return tracked === undefined ? 'unknown' : FROM_TRACKING[tracked];
}

/** What the plan says about a note before the user decides. */
function followUpRule(r: RecipientAssessment, targeted: boolean, outcome: PlanOutcome | null, tracked: boolean): Exclude<FollowUpState, FollowUpDecision> {
  if (!r.parsed.valid) return 'undecided';
  // A group's outside members keep it whatever the recall does for its colleagues.
  if (!targeted || mayHaveOutsideMembers(r)) return 'proposed';
  switch (outcome) {
    case null:
      return 'none';
    case 'recalled':
      return readBeforeRecall(r) ? 'proposed' : 'none';
    case 'pending':
      return 'waiting';
    case 'failed':
      return 'proposed';
    case 'unknown':
      // A report was read and does not name them: write. No report could be read: the user looks.
      return tracked ? 'proposed' : 'undecided';
    case 'not-targeted':
      return 'proposed';
  }
}

export function buildRecallPlan(input: RecallPlanInput): RecallPlan {
  const sender = parseAddress(input.sender);
  const user = parseAddress(input.user ?? input.sender);
  const senderDomain = sender.valid ? sender.domain : null;
  const own = new Set([sender, user].flatMap((a) => (a.valid ? [a.key] : [])));
  const received = input.assessment.messageReasons.includes(MessageReason.NOT_IN_SENT_ITEMS) && sender.valid && user.valid && sender.key !== user.key;
  const tracked = input.outcomes !== null;
  const entries = input.assessment.recipients.map((recipient): PlanEntry => {
    const { key, normalised: address } = recipient.parsed;
    const targeted = isRecallTarget(recipient);
    const outcome = outcomeOf(targeted, key, input);
    const audience = audienceOf(recipient, senderDomain);
    // A group's outside members still have it (a note to them, whoever read it); a reader whose
    // copy is gone still knows what it said; anyone else recalled has nothing of it left.
    const recalled = outcome === 'recalled' && !mayHaveOutsideMembers(recipient);
    const recalledButRead = recalled && readBeforeRecall(recipient);
    const gone = recalled && !recalledButRead;
    if (own.has(key) || received) {
      return {
        recipient,
        key,
        address,
        audience,
        targeted,
        outcome,
        recalledButRead: false,
        followUp: 'none',
        open: false,
        nextStep: null,
        mayStillHave: !own.has(key) && !recalled,
      };
    }
    const decision = input.decisions.get(key);
    const followUp = decision ?? followUpRule(recipient, targeted, outcome, tracked);
    const decided = followUp === 'opened' || followUp === 'skipped';
    return {
      recipient,
      key,
      address,
      audience,
      targeted,
      outcome,
      recalledButRead,
      followUp,
      open: !gone && !decided,
      nextStep: followUp === 'proposed' || followUp === 'undecided' ? 'follow-up' : null,
      // Their copy is gone once recalled, whatever they read: the incident's count is of copies.
      mayStillHave: !recalled,
    };
  });
  const counts: Record<PlanOutcome, number> = { recalled: 0, failed: 0, pending: 0, unknown: 0, 'not-targeted': 0 };
  const toRecall: PlanEntry[] = [];
  const toWrite: PlanEntry[] = [];
  let open = 0;
  let mayStillHave = 0;
  // One pass: a long list has thousands of entries.
  for (const e of entries) {
    if (e.outcome !== null) counts[e.outcome] += 1;
    if (e.targeted) toRecall.push(e);
    if (e.followUp === 'proposed') toWrite.push(e);
    if (e.open) open += 1;
    if (e.mayStillHave) mayStillHave += 1;
  }
  const replacement = input.replacement ?? null;
  // The replacement is part of the job: open until it is opened or skipped.
  if (replacement === 'due') open += 1;
  return { entries, recall: input.recall, toRecall, toWrite, open, counts, mayStillHave, received, replacement };
}

/** The names a sentence lists, with how many more are left unnamed. */
export function someNames(entries: readonly PlanEntry[], shown = 2): { readonly names: readonly string[]; readonly more: number } {
  const names = entries.slice(0, shown).map((e) => e.recipient.name || e.recipient.address);
  return { names, more: entries.length - names.length };
}
