import type { Recipient, RecipientField } from '../domain/facts';
import { accountKindOf, clientKindOf, isDarkColour } from './clientKind';
import type { DraftMessage, HostInfo, OutlookHost, SentItemFacts } from './outlookHost';
import { validDate } from '../domain/validDate';

/** Outlook on the web and new Outlook return at most this many recipients per field in read mode. */
const READ_MODE_RECIPIENT_CAP = 20;

/** The real adapter: everything the app learns from or asks of Outlook goes through here. */
export function createOfficeHost(office: typeof Office = Office): OutlookHost {
  const mailbox = office.context.mailbox;
  const info: HostInfo = {
    client: clientKindOf(mailbox.diagnostics?.hostName, office.context.diagnostics?.platform?.toString()),
    accountKind: accountKindOf(mailbox.userProfile.accountType),
    displayLanguage: office.context.displayLanguage || 'en-US',
    userAddress: mailbox.userProfile.emailAddress ?? '',
    userName: mailbox.userProfile.displayName ?? '',
    darkTheme: isDarkColour(office.context.officeTheme?.bodyBackgroundColor),
    supportsNestedAuth: office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
  };

  return {
    info,
    async currentItem(): Promise<SentItemFacts | null> {
      const item = mailbox.item as Office.MessageRead | null | undefined;
      if (item === null || item === undefined) return null;
      const to = recipientsOf(item.to, 'to');
      const cc = recipientsOf(item.cc, 'cc');
      return {
        restId: toRestId(office, item.itemId),
        itemClass: item.itemClass ?? 'IPM.Note',
        subject: item.subject ?? '',
        sentDateTime: validDate(item.dateTimeCreated),
        from: item.from?.emailAddress ?? '',
        recipients: [...to, ...cc],
        recipientsMayBeTruncated:
          (info.client === 'web' || info.client === 'newOutlook') &&
          (to.length >= READ_MODE_RECIPIENT_CAP || cc.length >= READ_MODE_RECIPIENT_CAP),
      };
    },
    onItemChanged(listener) {
      if (typeof mailbox.addHandlerAsync !== 'function') return () => undefined;
      mailbox.addHandlerAsync(office.EventType.ItemChanged, listener);
      return () => mailbox.removeHandlerAsync(office.EventType.ItemChanged);
    },
    async openNewMessage(draft: DraftMessage) {
      mailbox.displayNewMessageForm({
        toRecipients: draft.to.map((r) => r.address),
        ccRecipients: (draft.cc ?? []).map((r) => r.address),
        bccRecipients: (draft.bcc ?? []).map((r) => r.address),
        subject: draft.subject,
        htmlBody: draft.htmlBody,
      });
    },
  };
}

function recipientsOf(details: Office.EmailAddressDetails[] | undefined, field: RecipientField): Recipient[] {
  return (details ?? []).map((d) => ({ name: d.displayName ?? '', address: d.emailAddress ?? '', field }));
}

/** convertToRestId is missing on mobile and throws on some ids; then Graph can't be asked about the item. */
function toRestId(office: typeof Office, itemId: string | undefined): string | null {
  const mailbox = office.context.mailbox;
  if (!itemId || typeof mailbox.convertToRestId !== 'function') return null;
  try {
    return mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return null;
  }
}
