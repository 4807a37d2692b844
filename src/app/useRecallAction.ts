import { useCallback, useRef, type Dispatch } from 'react';
import { requestRecall } from '../graph/recall';
import { setRecallMark } from '../graph/recallMark';
import { useServices } from './services';
import type { WizardEvent, WizardState } from './wizard';

/**
 * Sends the recall once. The reducer only enters "recalling" from a confirmation on screen, and
 * this guard stops a double click that lands before React re-renders.
 */
export function useRecallAction(state: Extract<WizardState, { step: 'act' }>, dispatch: Dispatch<WizardEvent>) {
  const { graph, clock } = useServices();
  const inFlight = useRef(false);
  return useCallback(async () => {
    const restId = state.outcome.item.restId;
    if (inFlight.current || graph === null || restId === null || state.act.mode !== 'confirm') return;
    inFlight.current = true;
    dispatch({ type: 'recall-started' });
    const result = await requestRecall(graph, restId);
    const at = clock();
    dispatch(result.ok ? { type: 'recall-accepted', at } : { type: 'recall-refused', failure: result.failure });
    // Marks the message so a reopened pane knows of this recall (a Graph recall leaves no recall
    // request in Sent Items). Losing the mark loses only that; the reports still tell the outcome.
    if (result.ok) await setRecallMark(graph, restId, at);
  }, [graph, clock, state, dispatch]);
}
