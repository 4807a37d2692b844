import { useCallback, useEffect, useReducer, useRef } from 'react';
import { newCorrelationId } from '../domain/failure';
import { checkMessage } from './checkMessage';
import { itemIdOf } from './itemKey';
import { useServices } from './services';
import { initialWizardState, wizardReducer } from './wizard';

/**
 * The wizard's state plus its one effect: checking the current item. Each check has its own
 * attempt number, carried by its answer (CheckOutcome.key) and by every answer that follows from
 * it (recall, tracking, follow-ups); the reducer takes only the current attempt's, so one item's
 * verdict or recall result never shows for another.
 */
export function useWizard() {
  const services = useServices();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const attempts = useRef(0);

  const runCheck = useCallback(async () => {
    const attempt = ++attempts.current;
    dispatch({ type: 'item-loading', attempt });
    try {
      const item = await services.host.currentItem();
      if (item === null) {
        dispatch({ type: 'no-item', attempt });
        return;
      }
      const outcome = await checkMessage(services, item, { itemId: itemIdOf(item), attempt });
      dispatch({ type: 'checked', outcome });
    } catch {
      dispatch({ type: 'check-failed', attempt, failure: { kind: 'unexpected', correlationId: newCorrelationId() } });
    }
  }, [services]);

  useEffect(() => {
    const checks = attempts;
    void runCheck();
    const unsubscribe = services.host.onItemChanged(() => void runCheck());
    return () => {
      // Unmounted: whatever is still running belongs to no check on screen.
      checks.current++;
      unsubscribe();
    };
  }, [runCheck, services.host]);

  return { state, dispatch, retry: runCheck };
}
