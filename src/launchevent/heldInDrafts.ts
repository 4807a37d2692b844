import type { HeldTimes } from '../domain/heldTimes';
import { alreadyHeld } from '../domain/sendTimeDecision';
import type { ClientKind } from '../host/outlookHost';
import type { ComposeItem } from './composeItem';

/*
 * Where a message held with delayDeliveryTime can still be stopped. office-js-docs-pr
 * docs/outlook/delay-delivery.md: "In Outlook on the web, on Mac, and in new Outlook on Windows,
 * the message appears in the Drafts folder until the scheduled delivery time. While it's in the
 * Drafts folder, you'll be able to edit the message before it's sent." In classic Outlook on
 * Windows "you won't be able to edit the message or cancel its delivery". Anywhere else nothing
 * is documented. The hold is offered only where the held message waits in Drafts; a client that
 * can't be identified gets the alert without it (onMessageSend.ts strategyFor) and a ribbon click
 * there holds nothing (holdAndSend.ts).
 */

const HELD_IN_DRAFTS: ReadonlySet<ClientKind> = new Set(['web', 'newOutlook', 'mac']);

export function keepsHeldInDrafts(client: ClientKind): boolean {
  return HELD_IN_DRAFTS.has(client);
}

/**
 * Whether Recall Assistant may hold this message at all: the client keeps a held message in Drafts
 * and can set a delivery time (`delayDeliveryTime`, Mailbox 1.13). The one rule for both ways to
 * hold: the Smart Alert's Take Action button (onMessageSend.ts, which also needs 1.15 for the
 * button) and the compose ribbon's button (holdAndSend.ts).
 */
export function canHoldInDrafts(item: Pick<ComposeItem, 'client' | 'supports'>): boolean {
  return keepsHeldInDrafts(item.client) && item.supports('1.13');
}

/**
 * The client at Send, from Office.js' own words only. `mailbox.diagnostics.hostName` is
 * "Outlook" for classic Windows and Mac, "newOutlookWindows" and "OutlookWebApp" for the others
 * (office.diagnostics.yml); `Office.context.diagnostics.platform` is "OfficeOnline" for the web and
 * new Outlook (office.context.yml, platform). A pair that contradicts itself, or is missing, names
 * no client: unknown. Mobile doesn't run OnMessageSend at all (mobile-event-based.md), so it
 * has no place here either. (The pane's clientKindOf is kinder, for guidance texts; here a wrong guess
 * would promise a hold that can't be undone.)
 */
export function sendTimeClient(hostName: string | undefined, platform: string | undefined): ClientKind {
  if (hostName === 'OutlookWebApp' && platform === 'OfficeOnline') return 'web';
  if (hostName === 'newOutlookWindows' && platform === 'OfficeOnline') return 'newOutlook';
  if (hostName === 'Outlook' && platform === 'Mac') return 'mac';
  if (hostName === 'Outlook' && platform === 'PC') return 'classicWindows';
  return 'unknown';
}

/**
 * The Send that lets a held message go (its delivery time ahead, alreadyHeld) leaves that time for
 * the task pane, where Drafts can keep it; nothing else about the message. Where the client keeps
 * no held message in Drafts, nothing is left: the pane would have no way to offer.
 */
export function rememberHeld(store: HeldTimes | undefined, client: ClientKind, deliveryTime: Date | null, now: Date): void {
  if (store === undefined || deliveryTime === null || !alreadyHeld(deliveryTime, now) || !keepsHeldInDrafts(client)) return;
  store.remember(deliveryTime, now);
}
