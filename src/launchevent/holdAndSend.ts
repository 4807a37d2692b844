import { MAX_WINDOW_MINUTES } from '../domain/safetyWindow';
import { alertLang, heldText, holdFailedText } from './alertText';
import type { ComposeItem } from './composeItem';

/**
 * The function command behind the Smart Alert's "Send in N min" button (commandId, Mailbox 1.15):
 * sets the server-side delivery time (delayDeliveryTime.setAsync, 1.13, read/write item — "the
 * delay is processed on the server … sent even if the Outlook client isn't running",
 * delay-delivery.md) and tells the user to select Send again; that Send finds the delivery time
 * ahead and goes through (alreadyHeld). It does not send by itself: `sendAsync` needs the
 * read/write *mailbox* permission (office.messagecompose.yml), far more than this needs.
 */
interface HoldDeps {
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
    try {
      const minutes = parseHoldMinutes(await item.initializationContext());
      if (minutes === null) throw new Error('no window');
      const until = new Date(deps.now().getTime() + minutes * 60_000);
      await item.setDeliveryTime(until);
      await item.notify('informational', heldText(lang, minutes, until)).catch(() => undefined);
    } catch {
      await item.notify('error', holdFailedText(lang)).catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}
