import type { Failure } from '../domain/failure';
import type { CheckOutcome } from './checkMessage';

export type RecallChoice = 'delete' | 'replace';
export type AlternativeKind = 'pleaseDelete' | 'correction' | 'apology';

/** The wizard: context → check → choose → act, with alternatives reachable from each step. */
export type WizardState =
  | { readonly step: 'context'; readonly status: 'loading' }
  | { readonly step: 'context'; readonly status: 'no-item' }
  | { readonly step: 'context'; readonly status: 'failed'; readonly failure: Failure }
  | { readonly step: 'check'; readonly outcome: CheckOutcome; readonly choice: RecallChoice }
  | { readonly step: 'choose'; readonly outcome: CheckOutcome; readonly choice: RecallChoice }
  | { readonly step: 'act'; readonly outcome: CheckOutcome; readonly choice: RecallChoice }
  | { readonly step: 'alternatives'; readonly outcome: CheckOutcome; readonly choice: RecallChoice; readonly returnTo: 'check' | 'choose' | 'act' };

export type StepName = WizardState['step'];

export type WizardEvent =
  | { readonly type: 'item-loading' }
  | { readonly type: 'no-item' }
  | { readonly type: 'check-failed'; readonly failure: Failure }
  | { readonly type: 'checked'; readonly outcome: CheckOutcome }
  | { readonly type: 'start-recall' }
  | { readonly type: 'select-choice'; readonly choice: RecallChoice }
  | { readonly type: 'confirm-choice' }
  | { readonly type: 'show-alternatives' }
  | { readonly type: 'back' };

export const initialWizardState: WizardState = { step: 'context', status: 'loading' };

/** A recall is worth offering when nothing blocks the message and someone can still be reached. */
export function canRecall(outcome: CheckOutcome): boolean {
  return outcome.assessment.overall !== 'not-recallable';
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'item-loading':
      return initialWizardState;
    case 'no-item':
      return { step: 'context', status: 'no-item' };
    case 'check-failed':
      return { step: 'context', status: 'failed', failure: event.failure };
    case 'checked':
      return { step: 'check', outcome: event.outcome, choice: 'delete' };
  }
  if (state.step === 'context') return state;
  switch (event.type) {
    case 'start-recall':
      return state.step === 'check' && canRecall(state.outcome) ? { ...state, step: 'choose' } : state;
    case 'select-choice':
      return state.step === 'choose' ? { ...state, choice: event.choice } : state;
    case 'confirm-choice':
      return state.step === 'choose' ? { ...state, step: 'act' } : state;
    case 'show-alternatives':
      return state.step === 'alternatives' ? state : { step: 'alternatives', outcome: state.outcome, choice: state.choice, returnTo: state.step };
    case 'back':
      return back(state);
  }
}

function back(state: Exclude<WizardState, { step: 'context' }>): WizardState {
  switch (state.step) {
    case 'check':
      return state;
    case 'choose':
      return { ...state, step: 'check' };
    case 'act':
      return { ...state, step: 'choose' };
    case 'alternatives':
      return { step: state.returnTo, outcome: state.outcome, choice: state.choice };
  }
}
