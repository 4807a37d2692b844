import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import { CHECK_DEADLINE_MS, checkMessage, provisionalOutcome } from './checkMessage';
import { itemIdOf } from './itemKey';
import { provisionalCheck } from './provisionalCheck';
import { useServices } from './services';
import { initialWizardState, wizardReducer, type WizardEvent } from './wizard';
import { unexpectedFailure } from './unexpectedFailure';

/**
 * The wizard's state plus its one effect: checking the current item. Each check has its own
 * attempt number, carried by its answer (CheckOutcome.key) and by every answer that follows from
 * it (recall, tracking, follow-ups); the reducer takes only the current attempt's, so one item's
 * verdict or recall result never shows for another.
 *
 * While Graph is asked, the verdict from Outlook's facts is painted at once, marked provisional
 * (provisionalCheck: nothing can be done from it). The check has a deadline: if Graph has not
 * answered by CHECK_DEADLINE_MS, that verdict becomes the check step's, with the gap stated (fail
 * closed: Outlook's facts alone are uncertain at best), and Graph's answer refines it when it
 * comes (the client's budget ends every request of the check soon after).
 */
export function useWizard() {
  const services = useServices();
  const [state, dispatchToReducer] = useReducer(wizardReducer, initialWizardState);
  const attempts = useRef(0);

  const runCheck = useCallback(async () => {
    const attempt = ++attempts.current;
    dispatchToReducer({ type: 'item-loading', attempt });
    let deadline: ReturnType<typeof setTimeout> | undefined;
    try {
      const item = await services.host.currentItem();
      if (item === null) {
        dispatchToReducer({ type: 'no-item', attempt });
        return;
      }
      const key = { itemId: itemIdOf(item), attempt };
      let deadlinePassed = false;
      const provisional = await provisionalCheck(services, item, key);
      if (provisional !== null) {
        dispatchToReducer({ type: 'provisional', outcome: provisional });
        deadline = setTimeout(() => {
          deadlinePassed = true;
          dispatchToReducer({ type: 'checked', outcome: provisionalOutcome(services, item, key) });
        }, CHECK_DEADLINE_MS);
      }
      const outcome = await checkMessage(services, item, key);
      clearTimeout(deadline);
      dispatchToReducer(deadlinePassed ? { type: 'check-refined', outcome } : { type: 'checked', outcome });
    } catch {
      clearTimeout(deadline);
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
