import { effectiveWindow, MAX_WINDOW_MINUTES } from '../domain/safetyWindow';
import { alertLang, clockTime, heldText, holdFailedText, type AlertLang } from './alertText';
import type { ComposeItem } from './composeItem';
import { canHoldInDrafts } from './heldInDrafts';
import type { SendTimeConfig } from './onMessageSend';
import { ribbonHoldText } from './ribbonHoldText';

/**
 * The function command `holdAndSend`, reached two ways:
 * - the Smart Alert's "Hold, then Send" button (commandId, Mailbox 1.15), with the window's minutes
 *   in contextData;
 * - the compose ribbon's "Hold before sending" button, without contextData. A Smart Alert's
 *   function command is an add-in command on the ribbon too: "When you configure a button in the
 *   Smart Alerts dialog to run a function, a button for the function is also added to the ribbon
 *   … Use the contextData option to distinguish when a user runs the function from the Smart
 *   Alerts dialog" (office.smartalertseventcompletedoptions.yml, commandId). So it can't leave the
 *   ribbon, and a click there holds the open message with config.json's window, where a held
 *   message waits in Drafts (heldInDrafts.ts canHoldInDrafts, the alert's rule too).
 * Either way it sets the server-side delivery time (delayDeliveryTime.setAsync, 1.13, read/write
 * item — "the delay is processed on the server … sent even if the Outlook client isn't running",
 * delay-delivery.md) and the user selects Send; that Send finds the delivery time ahead and goes
 * through (alreadyHeld). It does not send by itself: `sendAsync` needs the read/write *mailbox*
 * permission (office.messagecompose.yml), far more than this needs.
 */
interface HoldDeps {
  readonly item: ComposeItem;
  readonly now: () => Date;
  /** config.json, read only for a click on the ribbon (the alert passes its minutes). */
  readonly config: () => Promise<SendTimeConfig>;
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
    let fromAlert = false;
    try {
      const context = await item.initializationContext();
      fromAlert = context !== null && context !== '';
      if (fromAlert) await holdFromAlert(deps, lang, context);
      else await holdFromRibbon(deps, lang);
    } catch {
      await item.notify('error', fromAlert ? holdFailedText(lang) : ribbonHoldText(lang).failed).catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

async function holdFromAlert({ item, now }: HoldDeps, lang: AlertLang, context: string | null): Promise<void> {
  const minutes = parseHoldMinutes(context);
  if (minutes === null) throw new Error('no window');
  const until = new Date(now().getTime() + minutes * 60_000);
  await item.setDeliveryTime(until);
  await item.notify('informational', heldText(lang, minutes, until)).catch(() => undefined);
}

async function holdFromRibbon({ item, now, config }: HoldDeps, lang: AlertLang): Promise<void> {
  const text = ribbonHoldText(lang);
  const tell = (message: string) => item.notify('informational', message).catch(() => undefined);
  if (!canHoldInDrafts(item)) return tell(text.notHere);
  const { minutes } = effectiveWindow((await config()).window, item.userOptedIn());
  if (minutes === 0) return tell(text.noWindow);
  const at = now();
  // A time already ahead (the user's own schedule, or an earlier click) is kept: never moved earlier.
  const current = await item.deliveryTime();
  if (current !== null && current.getTime() > at.getTime()) return tell(text.alreadySet(clockTime(current)));
  const until = new Date(at.getTime() + minutes * 60_000);
  await item.setDeliveryTime(until);
  return tell(text.set(minutes, clockTime(until)));
}
