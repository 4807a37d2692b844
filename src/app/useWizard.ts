import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import { checkWithDeadline } from '../usecases/check/checkWithDeadline';
import { itemIdOf } from '../usecases/itemKey';
import { useServices } from './services';
import { initialWizardState, wizardReducer, type WizardEvent } from './wizard';
import { unexpectedFailure } from './unexpectedFailure';

/**
 * The wizard's state plus its one effect: checking the current item. Each check has its own
 * attempt number, carried by its answer (CheckOutcome.key) and by every answer that follows from
 * it (recall, tracking, follow-ups); the reducer takes only the current attempt's, so one item's
 * verdict or recall result never shows for another.
 *
 * The check itself, with its provisional verdict and its deadline, is the use case
 * checkWithDeadline; this hook only hands its answers to the reducer.
 */
export function useWizard() {
  const services = useServices();
  const [state, dispatchToReducer] = useReducer(wizardReducer, initialWizardState);
  const attempts = useRef(0);

  const runCheck = useCallback(async () => {
    const attempt = ++attempts.current;
    dispatchToReducer({ type: 'item-loading', attempt });
    try {
      const item = await services.host.currentItem();
      if (item === null) {
        dispatchToReducer({ type: 'no-item', attempt });
        return;
      }
      await checkWithDeadline(services, item, { itemId: itemIdOf(item), attempt }, dispatchToReducer);
    } catch {
      dispatchToReducer({ type: 'check-failed', attempt, failure: unexpectedFailure(services) });
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

  /** "Check again" starts a new check; every other event goes to the reducer. */
  const dispatch: Dispatch<WizardEvent> = useCallback(
    (event: WizardEvent) => {
      if (event.type === 'check-again') void runCheck();
      else dispatchToReducer(event);
    },
    [runCheck],
  );

  return { state, dispatch, retry: runCheck };
}
