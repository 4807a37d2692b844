import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { sameKey, type ItemKey } from '../usecases/itemKey';
import { recallMessage } from '../usecases/recall/recallMessage';
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
    // The mark is not sent once the pane moved on to another item or closed this confirmation.
    await recallMessage(graph, restId, key, { clock, stillWanted: () => shownFor.current !== null && sameKey(shownFor.current, key), answer: dispatch });
  }, [graph, clock, state, dispatch]);
}
