import type { SentItemFacts } from '../../host/outlookHost';
import { CHECK_DEADLINE_MS, checkMessage, provisionalOutcome, type CheckOutcome, type CheckServices } from './checkMessage';
import type { ItemKey } from '../itemKey';
import { provisionalCheck } from './provisionalCheck';

/** What the check says, in order; each outcome carries the key it was checked for. */
export type CheckAnswer =
  /** Outlook's facts alone, painted at once while Graph is asked; nothing can be done from it. */
  | { readonly type: 'provisional'; readonly outcome: CheckOutcome }
  /** The check step's verdict: Graph's, or at the deadline the one that states what is missing. */
  | { readonly type: 'checked'; readonly outcome: CheckOutcome }
  /** Graph's answer after the deadline's verdict was shown: it refines that one. */
  | { readonly type: 'check-refined'; readonly outcome: CheckOutcome };

/**
 * Checks one item against a deadline. While Graph is asked, the verdict from Outlook's facts is
 * answered at once, marked provisional (provisionalCheck). If Graph has not answered by
 * CHECK_DEADLINE_MS, that verdict becomes the check step's, with the gap stated (fail closed:
 * Outlook's facts alone are uncertain at best), and Graph's answer refines it when it comes (the
 * client's budget ends every request of the check soon after). A throw is the caller's to word.
 */
export async function checkWithDeadline(services: CheckServices, item: SentItemFacts, key: ItemKey, answer: (answer: CheckAnswer) => void): Promise<void> {
  let deadline: ReturnType<typeof setTimeout> | undefined;
  try {
    let deadlinePassed = false;
    const provisional = await provisionalCheck(services, item, key);
    if (provisional !== null) {
      answer({ type: 'provisional', outcome: provisional });
      deadline = setTimeout(() => {
        deadlinePassed = true;
        answer({ type: 'checked', outcome: provisionalOutcome(services, item, key) });
      }, CHECK_DEADLINE_MS);
    }
    const outcome = await checkMessage(services, item, key);
    answer(deadlinePassed ? { type: 'check-refined', outcome } : { type: 'checked', outcome });
  } finally {
    clearTimeout(deadline);
  }
}
