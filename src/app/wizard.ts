import { MessageReason } from '../domain/reasonCodes';
import type { Failure } from '../domain/failure';
import type { Audience } from '../domain/followUp';
import type { RecallRecord } from '../domain/recallPlan';
import type { CheckOutcome } from '../usecases/check/checkMessage';
import { sameKey, type ItemKey } from '../usecases/itemKey';

export type RecallChoice = 'delete' | 'replace';

/**
 * The act step: confirm a recall through Graph, wait for Exchange to accept it, or follow the
 * native Recall command (always available; `refusal` says why the add-in could not do it itself).
 */
export type ActMode = { readonly mode: 'confirm' } | { readonly mode: 'recalling' } | { readonly mode: 'guide'; readonly refusal: Failure | null };

interface Checked {
  readonly outcome: CheckOutcome;
  readonly choice: RecallChoice;
  /**
   * The recall requested for this item, if any: from this pane (the add-in's own, or the user's
   * word that Outlook's command was used) or read back from the mailbox when the pane reopened.
   * It stays with the item through every step, so the plan never forgets it.
   */
  readonly recall: RecallRecord | null;
}

/**
 * The wizard: context → check → choose → act → track, with the follow-up (notes to recipients) and
 * the incident path reachable from each step. The follow-up's step value stays 'alternatives': it
 * is the demo's DOM contract (`data-step`, docs/scenarios.md) and its catalog key (`step.alternatives`).
 */
export type WizardState =
  /** `attempt`: the check under way; only its answer is taken (see belongsToCurrentCheck). */
  | { readonly step: 'context'; readonly status: 'loading'; readonly attempt: number }
  | { readonly step: 'context'; readonly status: 'no-item' }
  | { readonly step: 'context'; readonly status: 'failed'; readonly failure: Failure }
  /** `provisional`: judged from what Outlook shows while Graph is asked; nothing can be done from it yet. */
  | (Checked & { readonly step: 'check'; readonly provisional?: true })
  | (Checked & { readonly step: 'choose' })
  | (Checked & ActOrigin & { readonly step: 'act'; readonly act: ActMode })
  | (Checked & { readonly step: 'track'; readonly recall: RecallRecord })
  /** `audience`: opened for one recipient's note (the track step's row): their draft comes first. */
  | (Checked & { readonly step: 'alternatives'; readonly returnTo: ReturnStep; readonly audience?: Audience })
  | (Checked & { readonly step: 'incident'; readonly returnTo: IncidentReturn });

type ReturnStep = Exclude<WizardState, { step: 'context' } | { step: 'alternatives' } | { step: 'incident' }>;
type FollowUpState = Extract<WizardState, { step: 'alternatives' }>;
type IncidentReturn = ReturnStep | FollowUpState;
type IncidentState = Extract<WizardState, { step: 'incident' }>;

/**
 * Where the act step was opened: Back returns there. From the incident path (its first step is
 * the recall), the recall returns to the incident steps, which then show it done.
 */
type ActOrigin = { readonly cameFrom: 'check' | 'choose' } | { readonly cameFrom: 'incident'; readonly incident: IncidentState };

/*
 * Events are plain objects keyed by `type`. The asynchronous ones (the check's answers, the
 * recall's) carry the item's identity and are dropped when they answer for another item or check
 * (belongsToCurrentCheck); the others are the user's, about what is on screen.
 */
export type WizardEvent =
  /** A new check starts (item selected, retry, "Check again"); `attempt` grows with each one. */
  | { readonly type: 'item-loading'; readonly attempt: number }
  | { readonly type: 'no-item'; readonly attempt: number }
  | { readonly type: 'check-failed'; readonly attempt: number; readonly failure: Failure }
  /** The check's answer; `outcome.key` says which item and attempt it is for. */
  /** A verdict from Office.js alone, shown until `checked` replaces it (see provisionalCheck.ts). */
  | { readonly type: 'provisional'; readonly outcome: CheckOutcome }
  | { readonly type: 'checked'; readonly outcome: CheckOutcome }
  /** The user asks for a new check of the same item (useWizard starts it; the state stays). */
  | { readonly type: 'check-again' }
  /** Graph's answer arrived after the check's deadline: the same check, now with the evidence. */
  | { readonly type: 'check-refined'; readonly outcome: CheckOutcome }
  /**
   * The check step's proposal: recall those it reaches (delete unread copies), write to the others
   * after. Also the incident path's first step, which comes back to the incident steps.
   */
  | { readonly type: 'accept-plan' }
  /** "Recall options": choose between delete and replace before recalling. */
  | { readonly type: 'start-recall' }
  | { readonly type: 'select-choice'; readonly choice: RecallChoice }
  | { readonly type: 'confirm-choice' }
  | { readonly type: 'recall-started' }
  /** `key`: the item (and check) the recall was sent for. */
  | { readonly type: 'recall-accepted'; readonly key: ItemKey; readonly at: Date }
  | { readonly type: 'recall-refused'; readonly key: ItemKey; readonly failure: Failure }
  | { readonly type: 'use-native' }
  /** To the recall status; `at`: when the user says they used Outlook's own command (now). */
  | { readonly type: 'show-tracking'; readonly at?: Date }
  | { readonly type: 'show-follow-up'; readonly audience?: Audience }
  /** The incident path: sensitive content sent outside. */
  | { readonly type: 'show-incident' }
  | { readonly type: 'back' };

export const initialWizardState: WizardState = { step: 'context', status: 'loading', attempt: 0 };

/**
 * A recall found in the mailbox when the item was checked: the add-in's own mark or a report
 * (`earlierRecall`, when the check read one), else the ALREADY_RECALLED blocker from a recall
 * request in Sent Items, whose time and author are unknown.
 */
export function earlierRecallOf(outcome: CheckOutcome): RecallRecord | null {
  if (outcome.earlierRecall !== undefined) return outcome.earlierRecall;
  return alreadyRecalled(outcome) ? { at: null, byAddIn: false } : null;
}

/** A recall is worth offering when nothing blocks the message and someone can still be reached. */
export function canRecall(outcome: CheckOutcome): boolean {
  return outcome.assessment.overall !== 'not-recallable';
}

/** The add-in itself can ask Exchange to recall only when Graph answered for this item. */
export function canRecallThroughGraph(outcome: CheckOutcome): boolean {
  return outcome.item.restId !== null && !outcome.gaps.some((g) => g.kind === 'graph');
}

export function alreadyRecalled(outcome: CheckOutcome): boolean {
  return outcome.assessment.messageReasons.includes(MessageReason.ALREADY_RECALLED);
}

/**
 * Every answer belongs to its message: a check's result only lands while that check is the one
 * under way, and a recall's or a late Graph answer only on the item and check it was asked for.
 * With the pinned pane moved to message B, message A's "recall accepted" is dropped here.
 */
function belongsToCurrentCheck(state: WizardState, event: WizardEvent): boolean {
  const loadingAttempt = state.step === 'context' && state.status === 'loading' ? state.attempt : null;
  // A provisional verdict on screen: its check is still the one under way.
  const pendingAttempt = state.step === 'check' && state.provisional ? state.outcome.key.attempt : loadingAttempt;
  switch (event.type) {
    case 'no-item':
    case 'check-failed':
      return pendingAttempt === event.attempt;
    case 'provisional':
      return loadingAttempt === event.outcome.key.attempt;
    case 'checked':
      return pendingAttempt === event.outcome.key.attempt;
    case 'check-refined':
      return state.step !== 'context' && sameKey(state.outcome.key, event.outcome.key);
    case 'recall-accepted':
    case 'recall-refused':
      return state.step !== 'context' && sameKey(state.outcome.key, event.key);
    default:
      return true;
  }
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  if (!belongsToCurrentCheck(state, event)) return state;
  switch (event.type) {
    case 'item-loading':
      return { step: 'context', status: 'loading', attempt: event.attempt };
    case 'no-item':
      return { step: 'context', status: 'no-item' };
    case 'check-failed':
      return { step: 'context', status: 'failed', failure: event.failure };
    case 'provisional':
      return { step: 'check', outcome: event.outcome, choice: 'delete', recall: null, provisional: true };
    case 'checked':
      return landing(event.outcome, earlierRecallOf(event.outcome));
    case 'check-again':
      return state;
  }
  if (state.step === 'context' || (state.step === 'check' && state.provisional)) return state;
  const { outcome, choice, recall } = state;
  const recallable = recall === null && canRecall(outcome);
  switch (event.type) {
    case 'check-refined': {
      // Only before anything was acted on: the user decides on what they were shown. A recall
      // already in the plan (made in this pane) stays; else the mailbox's trace, now readable, counts,
      // and the check step gives way to its status, as a check that answered in time would have.
      if (state.step !== 'check' && state.step !== 'choose') return state;
      if (recall !== null) return { ...state, outcome: event.outcome };
      const found = earlierRecallOf(event.outcome);
      if (found !== null && state.step === 'check') return landing(event.outcome, found);
      return { ...state, outcome: event.outcome, recall: found };
    }
    case 'accept-plan':
      if (state.step === 'incident' && recallable) return actStep(outcome, 'delete', { cameFrom: 'incident', incident: state });
      return state.step === 'check' && recallable ? actStep(outcome, 'delete', { cameFrom: 'check' }) : state;
    case 'start-recall':
      return state.step === 'check' && recallable ? { step: 'choose', outcome, choice, recall } : state;
    case 'select-choice':
      return state.step === 'choose' ? { ...state, choice: event.choice } : state;
    case 'confirm-choice':
      return state.step === 'choose' ? actStep(outcome, choice, { cameFrom: 'choose' }) : state;
    case 'recall-started':
      // The only way into "recalling" is from a confirmation on screen: a second click finds
      // the state already changed and does nothing, so one recall is ever sent.
      return state.step === 'act' && state.act.mode === 'confirm' ? { ...state, act: { mode: 'recalling' } } : state;
    case 'recall-accepted':
      if (state.step !== 'act' || state.act.mode !== 'recalling') return state;
      return state.cameFrom === 'incident'
        ? incidentAfterRecall(state.incident, { at: event.at, byAddIn: true })
        : { step: 'track', outcome, choice, recall: { at: event.at, byAddIn: true } };
    case 'recall-refused':
      return state.step === 'act' && state.act.mode === 'recalling' ? { ...state, act: { mode: 'guide', refusal: event.failure } } : state;
    case 'use-native':
      return state.step === 'act' && state.act.mode === 'confirm' ? { ...state, act: { mode: 'guide', refusal: null } } : state;
    case 'show-tracking':
      if (state.step === 'act' && state.act.mode === 'guide') {
        const requested = { at: event.at ?? null, byAddIn: false };
        return state.cameFrom === 'incident' ? incidentAfterRecall(state.incident, requested) : { step: 'track', outcome, choice, recall: requested };
      }
      return state.step === 'check' && recall !== null ? { step: 'track', outcome, choice, recall } : state;
    case 'show-follow-up': {
      if (state.step === 'alternatives' || (state.step === 'act' && state.act.mode === 'recalling')) return state;
      // From the incident path: back to the follow-up it came from, or to a new one that returns
      // where the incident path was opened (the history never loops through it).
      if (state.step === 'incident') {
        if (state.returnTo.step === 'alternatives') return state.returnTo;
        return { step: 'alternatives', outcome, choice, recall, returnTo: state.returnTo };
      }
      return { step: 'alternatives', outcome, choice, recall, returnTo: state, ...(event.audience === undefined ? {} : { audience: event.audience }) };
    }
    case 'show-incident':
      if (state.step === 'incident' || (state.step === 'act' && state.act.mode === 'recalling')) return state;
      return { step: 'incident', outcome, choice, recall, returnTo: state };
    case 'back':
      return back(state);
  }
}

/**
 * Where a checked item opens: on its recall's status when the mailbox says it was recalled before
 * (by the add-in, with Outlook's command, or by someone unknown), so reopening the pane after a
 * recall shows the plan rebuilt from the mailbox, not a verdict on a recall that can't be made
 * again; else on the check.
 */
function landing(outcome: CheckOutcome, recall: RecallRecord | null): WizardState {
  return recall === null ? { step: 'check', outcome, choice: 'delete', recall } : { step: 'track', outcome, choice: 'delete', recall };
}

/** The act step: the add-in's own recall when Graph answered for this item, else Outlook's command. */
function actStep(outcome: CheckOutcome, choice: RecallChoice, origin: ActOrigin): WizardState {
  return {
    step: 'act',
    outcome,
    choice,
    recall: null,
    ...origin,
    act: canRecallThroughGraph(outcome) ? { mode: 'confirm' } : { mode: 'guide', refusal: null },
  };
}

/**
 * Back on the incident steps with the recall in the plan. Back from there now leads to the recall's
 * status, not to the step it was opened from, which would offer the recall again.
 */
function incidentAfterRecall(incident: IncidentState, recall: RecallRecord): WizardState {
  const { outcome, choice } = incident;
  return { step: 'incident', outcome, choice, recall, returnTo: { step: 'track', outcome, choice, recall } };
}

function back(state: Exclude<WizardState, { step: 'context' }>): WizardState {
  const { outcome, choice, recall } = state;
  switch (state.step) {
    case 'check':
      return state;
    case 'choose':
      return { step: 'check', outcome, choice, recall };
    case 'act':
      // Back goes where the user came from: the proposal skips the choice.
      if (state.act.mode === 'recalling') return state;
      if (state.cameFrom === 'incident') return state.incident;
      return state.cameFrom === 'choose' ? { step: 'choose', outcome, choice, recall } : { step: 'check', outcome, choice, recall };
    case 'track':
      // The recall stays in the plan: the check step now shows it was requested.
      return { step: 'check', outcome, choice, recall };
    case 'alternatives':
    case 'incident':
      return state.returnTo;
  }
}
