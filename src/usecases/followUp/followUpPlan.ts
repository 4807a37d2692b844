import { planFollowUp, type FollowUpPlan } from '../../domain/followUp';
import type { Assessment } from '../../domain/assessment';
import type { TrackedRecall } from '../tracking/readRecallOutcomes';
import { overridesOf, type FollowUpSession } from './session';

/**
 * The follow-up checklist for the checked item (`sender`: who sent it, as the item says): the rule, the recall (if one was requested) with
 * the outcomes read from its reports, and the user's changes.
 */
export function followUpPlanOf(
  assessment: Assessment,
  sender: string,
  tracked: TrackedRecall | undefined,
  overrides: FollowUpSession['overrides'],
): FollowUpPlan {
  return planFollowUp(assessment, {
    ...overridesOf(overrides),
    sender,
    ...(tracked ? { outcomes: tracked.outcomes, recallRequested: true } : {}),
  });
}
