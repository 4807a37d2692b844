import { buildIncidentSummary, type IncidentAction, type IncidentSummary } from '../../domain/incidentSummary';
import type { FollowUpPlan } from '../../domain/followUp';
import type { CheckOutcome } from '../check/checkMessage';
import type { TrackedRecall } from '../tracking/readRecallOutcomes';

/**
 * What was done about the message so far: the recall (if any), then what the user opened here. A
 * recall found in the mailbox is "requested earlier", unless our own mark on the message says the
 * add-in made it and when (reopened after recalling through the pane).
 */
export function incidentActions(outcome: CheckOutcome, tracked: TrackedRecall | undefined, sessionActions: readonly IncidentAction[]): IncidentAction[] {
  const earlier = outcome.assessment.messageReasons.includes('ALREADY_RECALLED');
  const recall: IncidentAction[] =
    tracked && (tracked.byAddIn || !earlier)
      ? [{ kind: 'recall-requested', at: tracked.recalledAt, by: tracked.byAddIn ? 'add-in' : 'outlook' }]
      : earlier
        ? [{ kind: 'recall-requested-earlier' }]
        : [];
  return [...recall, ...sessionActions];
}

export interface IncidentSummaryParams {
  readonly outcome: CheckOutcome;
  readonly tracked: TrackedRecall | undefined;
  readonly plan: FollowUpPlan;
  /** From the recall plan: how many may still have the message (RecallPlan.mayStillHave). */
  readonly mayStillHave: number;
  readonly sessionActions: readonly IncidentAction[];
  /** The signed-in user, when the item itself does not say who sent it. */
  readonly userAddress: string;
  readonly clock: () => Date;
}

/** The summary as of now (a new time whenever it is rebuilt). */
export function incidentSummaryOf({ outcome, tracked, plan, mayStillHave, sessionActions, userAddress, clock }: IncidentSummaryParams): IncidentSummary {
  return buildIncidentSummary({
    generatedAt: clock(),
    subject: outcome.subject,
    sentAt: outcome.sentDateTime,
    sender: outcome.item.from || userAddress,
    assessment: outcome.assessment,
    plan,
    mayStillHave,
    actions: incidentActions(outcome, tracked, sessionActions),
  });
}
