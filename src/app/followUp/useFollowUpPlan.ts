import { useMemo } from 'react';
import type { FollowUpPlan } from '../../domain/followUp';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { followUpPlanOf } from '../../usecases/followUp/followUpPlan';
import type { TrackedRecall } from '../../usecases/tracking/readRecallOutcomes';
import { useServices } from '../services';
import { useFollowUpSession } from './FollowUpSession';

/** The follow-up checklist for the current item (followUpPlanOf), re-planned when its inputs change. */
export function useFollowUpPlan(outcome: CheckOutcome, tracked: TrackedRecall | undefined): FollowUpPlan {
  const { overrides, decisions } = useFollowUpSession().session;
  const user = useServices().host.info.userAddress;
  const sender = outcome.item.from;
  // Keyed on the user's choices only: typing in a draft must not re-plan 500 recipients.
  return useMemo(
    () => followUpPlanOf(outcome.assessment, { sender, user }, tracked, { overrides, decisions }),
    [outcome.assessment, sender, user, overrides, decisions, tracked],
  );
}
