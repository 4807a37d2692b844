import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MailboxKey } from '../domain/address';
import { recallTargets } from '../domain/followUp';
import { buildRecallPlan, type RecallPlan, type RecallRecord } from '../domain/recallPlan';
import type { RecallOutcome } from '../domain/recallTracking';
import { replacementBatches, replacementStatus } from '../domain/replacement';
import { useFollowUpSession } from './followUp/FollowUpSession';
import { planDecisions } from '../usecases/followUp/session';
import type { CheckOutcome } from '../usecases/check/checkMessage';
import { useServices } from './services';
import { useRecallTracking, type TrackingView } from './useRecallTracking';
import type { TrackedRecall } from '../usecases/tracking/readRecallOutcomes';
import { canRecallThroughGraph, type WizardState } from './wizard';

interface PlanView {
  readonly plan: RecallPlan;
  /** The report reading, once a recall was requested; null before. */
  readonly tracking: TrackingView | null;
  /** Reports can be read for this item (Graph answered the check). */
  readonly tracked: boolean;
  /** The recall as the follow-up planner and the incident summary take it; undefined before any recall. */
  readonly trackedRecall: TrackedRecall | undefined;
}

const PlanContext = createContext<PlanView | null>(null);

/**
 * The plan for the checked item, for every step. Report reading starts only once a recall was
 * requested (so checking a message costs no report requests) and goes on while the pane is open,
 * whichever step is on screen: the plan and `data-plan-open` stay current while the user writes.
 */
export function RecallPlanProvider({ state, children }: { state: WizardState; children: ReactNode }) {
  if (state.step === 'context') return <>{children}</>;
  return state.recall === null ? (
    <PlanBeforeRecall outcome={state.outcome}>{children}</PlanBeforeRecall>
  ) : (
    <PlanAfterRecall outcome={state.outcome} recall={state.recall}>
      {children}
    </PlanAfterRecall>
  );
}

/** Hands a plan to the steps below (the two providers above, or a test that builds one). */
export function PlanViewProvider({ view, children }: { view: PlanView; children: ReactNode }) {
  return <PlanContext.Provider value={view}>{children}</PlanContext.Provider>;
}

function PlanBeforeRecall({ outcome, children }: { outcome: CheckOutcome; children: ReactNode }) {
  const view = usePlanView(outcome, null, null, null, false);
  return <PlanViewProvider view={view}>{children}</PlanViewProvider>;
}

function PlanAfterRecall({ outcome, recall, children }: { outcome: CheckOutcome; recall: RecallRecord; children: ReactNode }) {
  const targets = useMemo(() => recallTargets(outcome.assessment).map((t) => t.parsed.key), [outcome.assessment]);
  // The message the reports must be about: an unknown REST id never matches Sent Items' (fail closed).
  const message = useMemo(
    () => ({ subject: outcome.subject, restId: outcome.item.restId ?? '', recipients: new Set(outcome.assessment.recipients.map((r) => r.parsed.key)) }),
    [outcome.subject, outcome.item.restId, outcome.assessment],
  );
  const tracking = useRecallTracking(outcome.key, targets, message, recall.at, outcome.sentDateTime);
  const tracked = tracking.available && canRecallThroughGraph(outcome);
  // Reports that can't be read say nothing: the plan asks the user instead of waiting forever.
  const outcomes = tracked && tracking.failure === null ? tracking.snapshot.outcomes : null;
  const view = usePlanView(outcome, recall, outcomes, tracking, tracked);
  return <PlanViewProvider view={view}>{children}</PlanViewProvider>;
}

function usePlanView(
  outcome: CheckOutcome,
  recall: RecallRecord | null,
  outcomes: ReadonlyMap<MailboxKey, RecallOutcome> | null,
  tracking: TrackingView | null,
  tracked: boolean,
): PlanView {
  const { host } = useServices();
  const { decisions: decided, overrides, replacement: replacementProgress } = useFollowUpSession().session;
  const decisions = useMemo(() => planDecisions({ decisions: decided, overrides }), [decided, overrides]);
  const user = host.info.userAddress;
  const sender = outcome.item.from || user;
  const replacementParts = useMemo(() => replacementBatches(outcome.assessment).length, [outcome.assessment]);
  const replacement = replacementStatus(replacementProgress, recall !== null, replacementParts);
  const plan = useMemo(
    () => buildRecallPlan({ assessment: outcome.assessment, sender, user, recall, outcomes, decisions, replacement }),
    [outcome.assessment, sender, user, recall, outcomes, decisions, replacement],
  );
  const trackedRecall = useMemo(
    () => (recall === null ? undefined : { outcomes: outcomes ?? new Map<MailboxKey, RecallOutcome>(), recalledAt: recall.at, byAddIn: recall.byAddIn }),
    [recall, outcomes],
  );
  return useMemo(() => ({ plan, tracking, tracked, trackedRecall }), [plan, tracking, tracked, trackedRecall]);
}

/** The plan of the item on screen (only inside a step, after the check). */
export function usePlan(): PlanView {
  const value = useContext(PlanContext);
  if (value === null) throw new Error('usePlan outside RecallPlanProvider');
  return value;
}

/** How many still need a recall success or a follow-up decision; null before a verdict. */
export function usePlanOpen(): number | null {
  return useContext(PlanContext)?.plan.open ?? null;
}
