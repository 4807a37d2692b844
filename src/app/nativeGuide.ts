import type { ClientKind } from '../host/outlookHost';
import type { MessageKey } from '../i18n/en';

/**
 * Where the native Recall command is, per client: the catalog keys of the numbered steps. The
 * labels themselves (and their Russian forms, to verify in a Russian Outlook) live in en.ts/ru.ts.
 */
export const NATIVE_GUIDE_STEPS: Record<ClientKind, readonly MessageKey[]> = {
  web: ['guide.web.1', 'guide.web.2', 'guide.web.3'],
  newOutlook: ['guide.newOutlook.1', 'guide.newOutlook.2', 'guide.newOutlook.3'],
  classicWindows: ['guide.classicWindows.1', 'guide.classicWindows.2', 'guide.classicWindows.3', 'guide.classicWindows.4'],
  mac: ['guide.mac.1', 'guide.mac.2'],
  mobile: ['guide.mobile.1', 'guide.mobile.2'],
  unknown: ['guide.unknown.1', 'guide.unknown.2'],
};

/**
 * Where Outlook's own Recall dialog does the replacing: classic Outlook for Windows offers "Delete
 * unread copies and replace with a new message" and then opens a copy of the message to correct
 * and send (support.microsoft.com, "Recall or replace an email message that you sent"; with cloud
 * recall "the original message is still deleted by recall and Outlook then just sends the new
 * message": learn.microsoft.com, exchange/mail-flow-best-practices/work-with-cloud-based-message-recall).
 * There the add-in offers no replacement of its own, so the user can't send two. Elsewhere the
 * guide's Recall command only deletes, and the add-in opens the replacement afterwards.
 */
export function outlookOpensReplacement(client: ClientKind): boolean {
  return client === 'classicWindows';
}
