import type { ComposeItem } from './composeItem';

/**
 * Where Recall Assistant may hold a message: only where the held message stays editable until it
 * leaves. `delayDeliveryTime.setAsync` (Mailbox 1.13) is processed on the server; "in Outlook on
 * the web, on Mac, and in new Outlook on Windows, the message appears in the Drafts folder until
 * the scheduled delivery time … you'll be able to edit the message", while in classic Outlook on
 * Windows "you won't be able to edit the message or cancel its delivery" (delay-delivery.md). A
 * client we can't identify is not assumed to be one of the first three. Both ways to hold ask
 * here: the Smart Alert's Take Action button (onMessageSend.ts) and the ribbon button (holdAndSend.ts).
 */
export function holdStaysEditable(item: Pick<ComposeItem, 'client' | 'supports'>): boolean {
  return (item.client === 'web' || item.client === 'newOutlook' || item.client === 'mac') && item.supports('1.13');
}
