import type { FollowUpTemplate } from '../domain/followUp';
import { MessageReason } from '../domain/reasonCodes';
import type { Failure } from '../domain/failure';
import type { RecallOutcome } from '../domain/recallTracking';
import type { CheckOutcome } from './checkMessage';
import { sameKey, type ItemKey } from './itemKey';

export type RecallChoice = 'delete' | 'replace';
export type AlternativeKind = FollowUpTemplate;

/**
 * The act step: confirm a recall through Graph, wait for Exchange to accept it, or follow the
 * native Recall command (always available; `refusal` says why the add-in could not do it itself).
 */
export type ActMode = { readonly mode: 'confirm' } | { readonly mode: 'recalling' } | { readonly mode: 'guide'; readonly refusal: Failure | null };

/**
 * What the track step knew when the user left it: per-recipient outcomes (normalised address →
 * outcome) and when the recall was requested. The follow-up planner and the incident summary use it.
 */
export interface TrackedRecall {
  readonly outcomes: ReadonlyMap<string, RecallOutcome>;
  readonly recalledAt: Date | null;
  readonly byAddIn: boolean;
}

interface Checked {
  readonly outcome: CheckOutcome;
  readonly choice: RecallChoice;
}

/** The wizard: context → check → choose → act → track, with alternatives reachable from each step. */
export type WizardState =
  /** `attempt`: the check under way; only its answer is taken (see belongsToCurrentCheck). */
  | { readonly step: 'context'; readonly status: 'loading'; readonly attempt: number }
  | { readonly step: 'context'; readonly status: 'no-item' }
  | { readonly step: 'context'; readonly status: 'failed'; readonly failure: Failure }
  /** `provisional`: judged from what Outlook shows while Graph is asked; nothing can be done from it yet. */
  | (Checked & { readonly step: 'check'; readonly provisional?: true })
  | (Checked & { readonly step: 'choose' })
  | (Checked & { readonly step: 'act'; readonly act: ActMode })
  | (Checked & { readonly step: 'track'; readonly recalledAt: Date | null; readonly byAddIn: boolean })
  | (Checked & { readonly step: 'alternatives'; readonly returnTo: ReturnStep; readonly tracked?: TrackedRecall })
  | (Checked & { readonly step: 'incident'; readonly returnTo: IncidentReturn; readonly tracked?: TrackedRecall });

export type StepName = WizardState['step'];
type ReturnStep = Exclude<WizardState, { step: 'context' } | { step: 'alternatives' } | { step: 'incident' }>;
type AlternativesState = Extract<WizardState, { step: 'alternatives' }>;
type IncidentReturn = ReturnStep | AlternativesState;

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
  | { readonly type: 'start-recall' }
  | { readonly type: 'select-choice'; readonly choice: RecallChoice }
  | { readonly type: 'confirm-choice' }
  | { readonly type: 'recall-started' }
  /** `key`: the item (and check) the recall was sent for. */
  | { readonly type: 'recall-accepted'; readonly key: ItemKey; readonly at: Date }
  | { readonly type: 'recall-refused'; readonly key: ItemKey; readonly failure: Failure }
  | { readonly type: 'use-native' }
  | { readonly type: 'show-tracking' }
  /** From the track step, with the outcomes it has read so far (normalised address → outcome). */
  | { readonly type: 'show-alternatives'; readonly outcomes?: ReadonlyMap<string, RecallOutcome> }
  /** The incident path: sensitive content sent outside. */
  | { readonly type: 'show-incident' }
  | { readonly type: 'back' };

export const initialWizardState: WizardState = { step: 'context', status: 'loading', attempt: 0 };

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
      return { step: 'check', outcome: event.outcome, choice: 'delete', provisional: true };
    case 'checked':
      return { step: 'check', outcome: event.outcome, choice: 'delete' };
    case 'check-again':
      return state;
  }
  if (state.step === 'context' || (state.step === 'check' && state.provisional)) return state;
  const { outcome, choice } = state;
  switch (event.type) {
    case 'check-refined':
      // Only before anything was acted on: the user decides on what they were shown.
      return state.step === 'check' || state.step === 'choose' ? { ...state, outcome: event.outcome } : state;
    case 'start-recall':
      return state.step === 'check' && canRecall(outcome) ? { step: 'choose', outcome, choice } : state;
    case 'select-choice':
      return state.step === 'choose' ? { ...state, choice: event.choice } : state;
    case 'confirm-choice':
      return state.step === 'choose'
        ? { step: 'act', outcome, choice, act: canRecallThroughGraph(outcome) ? { mode: 'confirm' } : { mode: 'guide', refusal: null } }
        : state;
    case 'recall-started':
      // The only way into "recalling" is from a confirmation on screen: a second click finds
      // the state already changed and does nothing, so one recall is ever sent.
      return state.step === 'act' && state.act.mode === 'confirm' ? { ...state, act: { mode: 'recalling' } } : state;
    case 'recall-accepted':
      return state.step === 'act' && state.act.mode === 'recalling' ? { step: 'track', outcome, choice, recalledAt: event.at, byAddIn: true } : state;
    case 'recall-refused':
      return state.step === 'act' && state.act.mode === 'recalling' ? { ...state, act: { mode: 'guide', refusal: event.failure } } : state;
    case 'use-native':
      return state.step === 'act' && state.act.mode === 'confirm' ? { ...state, act: { mode: 'guide', refusal: null } } : state;
    case 'show-tracking':
      return (state.step === 'act' && state.act.mode === 'guide') || (state.step === 'check' && alreadyRecalled(outcome))
        ? { step: 'track', outcome, choice, recalledAt: null, byAddIn: false }
        : state;
    case 'show-alternatives': {
      if (state.step === 'alternatives' || (state.step === 'act' && state.act.mode === 'recalling')) return state;
      // From the incident path: back to the alternatives it came from, or to new ones that return
      // where the incident path was opened (the history never loops through it).
      if (state.step === 'incident') {
        if (state.returnTo.step === 'alternatives') return state.returnTo;
        return withTracked({ step: 'alternatives', outcome, choice, returnTo: state.returnTo }, state.tracked);
      }
      return withTracked({ step: 'alternatives', outcome, choice, returnTo: state }, trackedFrom(state, event.outcomes));
    }
    case 'show-incident':
      if (state.step === 'incident' || (state.step === 'act' && state.act.mode === 'recalling')) return state;
      return withTracked({ step: 'incident', outcome, choice, returnTo: state }, state.step === 'alternatives' ? state.tracked : undefined);
    case 'back':
      return back(state);
  }
}

/** Outcomes the track step hands over travel with the user, with the recall's time. */
function trackedFrom(state: Exclude<WizardState, { step: 'context' }>, outcomes: ReadonlyMap<string, RecallOutcome> | undefined): TrackedRecall | undefined {
  if (state.step !== 'track' || outcomes === undefined) return undefined;
  return { outcomes, recalledAt: state.recalledAt, byAddIn: state.byAddIn };
}

function withTracked<S extends AlternativesState | Extract<WizardState, { step: 'incident' }>>(state: S, tracked: TrackedRecall | undefined): S {
  return tracked === undefined ? state : { ...state, tracked };
}

function back(state: Exclude<WizardState, { step: 'context' }>): WizardState {
  const { outcome, choice } = state;
  switch (state.step) {
    case 'check':
      return state;
    case 'choose':
      return { step: 'check', outcome, choice };
    case 'act':
      return state.act.mode === 'recalling' ? state : { step: 'choose', outcome, choice };
    case 'track':
      return state;
    case 'alternatives':
    case 'incident':
      return state.returnTo;
  }
}
