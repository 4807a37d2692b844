import { useMemo } from 'react';
import type { FollowUpPlan } from '../../domain/followUp';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { followUpPlanOf } from '../../usecases/followUp/followUpPlan';
import type { TrackedRecall } from '../../usecases/tracking/readRecallOutcomes';
import { useFollowUpSession } from './FollowUpSession';

/** The follow-up checklist for the current item (followUpPlanOf), re-planned when its inputs change. */
export function useFollowUpPlan(outcome: CheckOutcome, tracked: TrackedRecall | undefined): FollowUpPlan {
  const { overrides } = useFollowUpSession().session;
  // Keyed on the overrides only: typing in a draft must not re-plan 500 recipients.
  return useMemo(() => followUpPlanOf(outcome.assessment, outcome.item.from, tracked, overrides), [outcome.assessment, outcome.item.from, overrides, tracked]);
}
