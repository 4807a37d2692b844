import { useCallback, useEffect, useReducer, useRef } from 'react';
import { newCorrelationId } from '../domain/failure';
import { checkMessage } from './checkMessage';
import { provisionalCheck } from './provisionalCheck';
import { useServices } from './services';
import { initialWizardState, wizardReducer } from './wizard';

/**
 * The wizard's state plus its one effect: checking the current item. A check that finishes after
 * the user moved to another item is dropped, so one item's verdict never shows for another.
 */
export function useWizard() {
  const services = useServices();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const generation = useRef(0);

  const runCheck = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    dispatch({ type: 'item-loading' });
    try {
      const item = await services.host.currentItem();
      if (!current()) return;
      if (item === null) {
        dispatch({ type: 'no-item' });
        return;
      }
      const provisional = await provisionalCheck(services, item);
      if (provisional !== null && current()) dispatch({ type: 'provisional', outcome: provisional });
      const outcome = await checkMessage(services, item);
      if (current()) dispatch({ type: 'checked', outcome });
    } catch {
      if (current()) dispatch({ type: 'check-failed', failure: { kind: 'unexpected', correlationId: newCorrelationId() } });
    }
  }, [services]);

  useEffect(() => {
    const checks = generation;
    void runCheck();
    const unsubscribe = services.host.onItemChanged(() => void runCheck());
    return () => {
      checks.current++;
      unsubscribe();
    };
  }, [runCheck, services.host]);

  return { state, dispatch, retry: runCheck };
}
