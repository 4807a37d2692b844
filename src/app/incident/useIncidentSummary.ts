import { useMemo } from 'react';
import type { IncidentSummary } from '../../domain/incidentSummary';
import { incidentSummaryOf, type IncidentSummaryParams } from '../../usecases/incident/incidentSummary';

/** The summary as of now; rebuilt (with a new time) whenever something was done. */
export function useIncidentSummary({ outcome, tracked, plan, mayStillHave, sessionActions, userAddress, clock }: IncidentSummaryParams): IncidentSummary {
  return useMemo(
    () => incidentSummaryOf({ outcome, tracked, plan, mayStillHave, sessionActions, userAddress, clock }),
    [outcome, tracked, plan, mayStillHave, sessionActions, userAddress, clock],
  );
}
