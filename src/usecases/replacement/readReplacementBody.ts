import type { Result } from '../../domain/failure';
import { htmlReplacement, markerOnly, textReplacement, type MessageBody, type ReplacementBody, type ReplacementWords } from '../../domain/replacement';
import type { OutlookHost } from '../../host/outlookHost';
import { itemIdOf, type ItemKey } from '../itemKey';

/** The item on screen is no longer the one the replacement is for: its body belongs to another message. */
const ANOTHER_ITEM = 'another-item';

/**
 * The body of the item `key` names, or ANOTHER_ITEM. `currentItem` and `readBody` both take the
 * item on screen when called, so called in one turn they describe the same item.
 */
async function bodyOf(host: OutlookHost, key: ItemKey, format: MessageBody['type']): Promise<Result<MessageBody> | typeof ANOTHER_ITEM> {
  const [item, body] = await Promise.all([host.currentItem(), host.readBody(format)]);
  return item !== null && itemIdOf(item) === key.itemId ? body : ANOTHER_ITEM;
}

/**
 * The replacement's body, read from the original only now, when the user opens the replacement,
 * and kept by the caller in memory for the page: HTML first (Outlook on the web and new Outlook
 * may format Text poorly: office.body.yml), its plain text when the HTML is over the form's 32 KB,
 * the start of that when even it is. Unreadable: the marker alone (BodyCopied `none`). Null when
 * the pane has moved to another item meanwhile.
 */
export async function readReplacementBody(host: OutlookHost, key: ItemKey, words: ReplacementWords): Promise<ReplacementBody | null> {
  const html = await bodyOf(host, key, 'html');
  if (html === ANOTHER_ITEM) return null;
  if (!html.ok) return markerOnly(words);
  const whole = htmlReplacement(html.value.content, words);
  if (whole !== null) return { htmlBody: whole, copied: 'whole' };
  const text = await bodyOf(host, key, 'text');
  if (text === ANOTHER_ITEM) return null;
  if (!text.ok) return markerOnly(words);
  const fitted = textReplacement(text.value.content, words);
  return fitted.copied === 'whole' ? { ...fitted, copied: 'as-text' } : fitted;
}

/**
 * The original's plain text for the clipboard (where Outlook can't open a prefilled form), null
 * when it can't be read; ANOTHER_ITEM as null too, the pane having moved on.
 */
export async function readReplacementText(host: OutlookHost, key: ItemKey): Promise<string | null> {
  const text = await bodyOf(host, key, 'text');
  return text !== ANOTHER_ITEM && text.ok ? text.value.content : null;
}
