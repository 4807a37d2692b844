import { useMemo } from 'react';
import { planFollowUp, type FollowUpPlan } from '../../domain/followUp';
import type { TrackedRecall } from '../wizard';
import type { CheckOutcome } from '../checkMessage';
import { useFollowUpSession } from './FollowUpSession';
import { overridesOf } from '../alternatives/session';

/**
 * The follow-up checklist for the current item: the rule, the recall (if one was requested) with
 * the outcomes read from its reports, and the user's changes.
 */
export function useFollowUpPlan(outcome: CheckOutcome, tracked: TrackedRecall | undefined): FollowUpPlan {
  const { overrides } = useFollowUpSession().session;
  // Keyed on the overrides only: typing in a draft must not re-plan 500 recipients.
  return useMemo(
    () =>
      planFollowUp(outcome.assessment, {
        ...overridesOf(overrides),
        sender: outcome.item.from,
        ...(tracked ? { outcomes: tracked.outcomes, recallRequested: true } : {}),
      }),
    [outcome.assessment, outcome.item.from, overrides, tracked],
  );
}
