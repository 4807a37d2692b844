import { MAX_WINDOW_MINUTES } from '../domain/safetyWindow';
import { alertLang, holdFailedText } from './alertText';
import type { ComposeItem } from './composeItem';

/**
 * The function command behind the Smart Alert's "Send in N min" button (commandId, Mailbox 1.15):
 * sets the server-side delivery time (delayDeliveryTime.setAsync, 1.13 — "the delay is processed
 * on the server … sent even if the Outlook client isn't running", delay-delivery.md), then sends
 * (sendAsync, 1.15). The send raises OnMessageSend again; the handler then finds the delivery
 * time far enough ahead and lets it go (alreadyHeldLongEnough).
 * If the delay can't be set the message is NOT sent: a hold that silently became "send now"
 * would be exactly the mistake this exists to prevent.
 */
export interface HoldDeps {
  readonly item: ComposeItem;
  readonly now: () => Date;
}

export function parseHoldMinutes(contextData: string | null): number | null {
  if (contextData === null) return null;
  try {
    const minutes: unknown = (JSON.parse(contextData) as { minutes?: unknown }).minutes;
    return typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_WINDOW_MINUTES ? minutes : null;
  } catch {
    return null;
  }
}

export function holdAndSend(deps: HoldDeps) {
  return async (event: { completed(): void }): Promise<void> => {
    const { item } = deps;
    const lang = alertLang(item.displayLanguage);
    const minutes = parseHoldMinutes(await item.initializationContext());
    try {
      if (minutes === null) throw new Error('no window');
      await item.setDeliveryTime(new Date(deps.now().getTime() + minutes * 60_000));
    } catch {
      await item.notifyError(holdFailedText(lang)).catch(() => undefined);
      event.completed();
      return;
    }
    // sendAsync docs: in a function command, call event.completed in its callback only.
    try {
      await item.send();
    } finally {
      event.completed();
    }
  };
}
