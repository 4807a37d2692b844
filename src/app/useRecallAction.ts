import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { requestRecall } from '../graph/recall';
import { setRecallMark } from '../graph/recallMark';
import { sameKey, type ItemKey } from './itemKey';
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
  // The item this confirmation is shown for; null once it is gone (another item, or unmounted).
  const shownFor = useRef<ItemKey | null>(state.outcome.key);
  useEffect(() => {
    shownFor.current = state.outcome.key;
    return () => {
      shownFor.current = null;
    };
  }, [state.outcome.key]);
  return useCallback(async () => {
    const { key, item } = state.outcome;
    const restId = item.restId;
    if (inFlight.current || graph === null || restId === null || state.act.mode !== 'confirm') return;
    inFlight.current = true;
    dispatch({ type: 'recall-started' });
    const result = await requestRecall(graph, restId);
    // Read before dispatching: the accepted state's own render unmounts this confirmation.
    const stillThisItem = shownFor.current !== null && sameKey(shownFor.current, key);
    const at = clock();
    dispatch(result.ok ? { type: 'recall-accepted', key, at } : { type: 'recall-refused', key, failure: result.failure });
    // Marks the message so a reopened pane knows of this recall (a Graph recall leaves no recall
    // request in Sent Items). Best effort, after the accepted state and never awaited: losing the
    // mark loses only that, the reports still tell the outcome. Not sent once the pane moved on.
    if (result.ok && stillThisItem) void setRecallMark(graph, restId, at);
  }, [graph, clock, state, dispatch]);
}
