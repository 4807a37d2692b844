import { parseRecipient, type ParsedRecipient } from '../domain/address';
import type { RecipientField } from '../domain/facts';
import { fail, ok, type Result } from '../domain/failure';
import type { MessageBody } from '../domain/replacement';
import { accountKindOf, clientKindOf, isDarkColour } from './clientKind';
import { NewMessageFormUnavailable, type ClientKind, type DraftMessage, type HostInfo, type OutlookHost, type SentItemFacts } from './outlookHost';
import { readModeRecipientCap } from './readModeLimits';
import { validDate } from '../domain/validDate';

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
    supportsNewMessageForm: office.context.requirements.isSetSupported('Mailbox', '1.6'),
  };
  const recipientCap = readModeRecipientCap(info.client, office.context.requirements.isSetSupported('Mailbox', '1.16'));

  return {
    info,
    async currentItem(): Promise<SentItemFacts | null> {
      const item = mailbox.item as Office.MessageRead | null | undefined;
      if (item === null || item === undefined) return null;
      const to = recipientsOf(item.to, 'to');
      const cc = recipientsOf(item.cc, 'cc');
      return {
        restId: toRestId(office, info.client, item.itemId),
        itemClass: item.itemClass ?? 'IPM.Note',
        subject: item.subject ?? '',
        sentDateTime: validDate(item.dateTimeCreated),
        from: item.from?.emailAddress ?? '',
        recipients: [...to, ...cc],
        recipientCap,
      };
    },
    onItemChanged(listener) {
      if (typeof mailbox.addHandlerAsync !== 'function') return () => undefined;
      mailbox.addHandlerAsync(office.EventType.ItemChanged, listener);
      return () => mailbox.removeHandlerAsync(office.EventType.ItemChanged);
    },
    async openNewMessage(draft: DraftMessage) {
      // Mailbox 1.6 (office.mailbox.yml, displayNewMessageForm): check before calling, never call blind.
      if (!info.supportsNewMessageForm || typeof mailbox.displayNewMessageForm !== 'function') throw new NewMessageFormUnavailable();
      mailbox.displayNewMessageForm({
        toRecipients: draft.to.map((r) => r.address),
        ccRecipients: (draft.cc ?? []).map((r) => r.address),
        bccRecipients: (draft.bcc ?? []).map((r) => r.address),
        subject: draft.subject,
        htmlBody: draft.htmlBody,
      });
    },
    readBody(format) {
      // The item is taken now, in the caller's turn: the body answered belongs to it even if the
      // user selects another item while Outlook reads it.
      return readBodyOf(office, mailbox.item as Office.MessageRead | null | undefined, format);
    },
  };
}

/**
 * `item.body.getAsync(coercionType, callback)` (Mailbox 1.3, read mode too; office.body.yml).
 * Outlook on the web and new Outlook may format Text poorly, so HTML is asked first (see
 * usecases/replacement). Any failure — no such API, an error, a failed AsyncResult — is one
 * `unsupported` failure: the replacement then opens without the original's text and says so.
 */
function readBodyOf(office: typeof Office, item: Office.MessageRead | null | undefined, format: MessageBody['type']): Promise<Result<MessageBody>> {
  const unreadable = fail<MessageBody>({ kind: 'unsupported', what: 'body.getAsync' });
  if (item === null || item === undefined || !office.context.requirements.isSetSupported('Mailbox', '1.3') || typeof item.body?.getAsync !== 'function') {
    return Promise.resolve(unreadable);
  }
  const coercion = format === 'html' ? office.CoercionType.Html : office.CoercionType.Text;
  return new Promise((resolve) => {
    try {
      item.body.getAsync(coercion, (result) => {
        const succeeded = result.status === office.AsyncResultStatus.Succeeded && typeof result.value === 'string';
        resolve(succeeded ? ok({ type: format, content: result.value }) : unreadable);
      });
    } catch {
      resolve(unreadable);
    }
  });
}

function recipientsOf(details: Office.EmailAddressDetails[] | undefined, field: RecipientField): ParsedRecipient[] {
  return (details ?? []).map((d) => parseRecipient({ name: d.displayName ?? '', address: d.emailAddress ?? '', field }));
}

/**
 * The item's Graph id. On Outlook mobile `itemId` is already REST-formatted and convertToRestId
 * does not exist ("In Outlook on mobile devices, the value returned by itemId is a REST-formatted
 * ID and can be used as-is": docs/outlook/use-rest-api.md in OfficeDev/office-js-docs-pr;
 * office.mailbox.yml, convertToRestId: "isn't supported in Outlook on Android or on iOS").
 * Elsewhere itemId is an EWS id to convert; where conversion is missing or throws, Graph can't be
 * asked about the item.
 */
function toRestId(office: typeof Office, client: ClientKind, itemId: string | undefined): string | null {
  const mailbox = office.context.mailbox;
  if (!itemId) return null;
  if (client === 'mobile') return itemId;
  if (typeof mailbox.convertToRestId !== 'function') return null;
  try {
    return mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return null;
  }
}
