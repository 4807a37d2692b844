import { planFollowUp, type FollowUpPlan } from '../../domain/followUp';
import type { Assessment } from '../../domain/assessment';
import type { TrackedRecall } from '../tracking/readRecallOutcomes';
import { overridesOf, type FollowUpSession } from './session';

/**
 * The follow-up checklist for the checked item (`sender`: who sent it, as the item says; `user`:
 * the signed-in mailbox, never written to): the rule, the recall (if one was requested) with the
 * outcomes read from its reports, and the user's changes.
 */
export function followUpPlanOf(
  assessment: Assessment,
  { sender, user }: { readonly sender: string; readonly user: string },
  tracked: TrackedRecall | undefined,
  choices: Pick<FollowUpSession, 'decisions' | 'overrides'>,
): FollowUpPlan {
  return planFollowUp(assessment, {
    ...overridesOf(choices),
    sender,
    user,
    ...(tracked ? { outcomes: tracked.outcomes, recallRequested: true } : {}),
  });
}
