import { useCallback, useRef, type Dispatch } from 'react';
import { requestRecall } from '../graph/recall';
import { useServices } from './services';
import type { WizardEvent, WizardState } from './wizard';

/**
 * Sends the recall once. The reducer only enters "recalling" from a confirmation on screen, and
 * this guard stops a double click that lands before React re-renders. The answer carries the key
 * of the item it was sent for: if the pinned pane moved on meanwhile, the reducer drops it.
 */
export function useRecallAction(state: Extract<WizardState, { step: 'act' }>, dispatch: Dispatch<WizardEvent>) {
  const { graph, clock } = useServices();
  const inFlight = useRef(false);
  return useCallback(async () => {
    const { key, item } = state.outcome;
    const restId = item.restId;
    if (inFlight.current || graph === null || restId === null || state.act.mode !== 'confirm') return;
    inFlight.current = true;
    dispatch({ type: 'recall-started' });
    const result = await requestRecall(graph, restId);
    dispatch(result.ok ? { type: 'recall-accepted', key, at: clock() } : { type: 'recall-refused', key, failure: result.failure });
  }, [graph, clock, state, dispatch]);
}
