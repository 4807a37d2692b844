import type { AccountKind, Recipient, RecipientField } from '../domain/facts';
import type { ClientKind } from '../host/outlookHost';
import { accountKindOf } from '../host/clientKind';
import { sendTimeClient } from './heldInDrafts';
import { OPT_IN_SETTING } from '../domain/safetyWindow';

/**
 * What the send-time handler needs from Outlook, nothing more: the compose item's recipients and
 * delivery time, the sending account, the client and what it supports. The Office.js adapter
 * below is the only place that touches `Office`; tests pass a stand-in for `office`.
 */
export interface ComposeItem {
  readonly client: ClientKind;
  readonly accountKind: AccountKind;
  readonly senderAddress: string;
  readonly displayLanguage: string;
  supports(mailboxVersion: '1.13' | '1.14' | '1.15' | '1.16'): boolean;
  recipients(): Promise<Recipient[]>;
  /** The delivery time already set (Mailbox 1.13), null when none is set or it can't be read. */
  deliveryTime(): Promise<Date | null>;
  /** Sets the server-side delivery time (Mailbox 1.13, read/write item). */
  setDeliveryTime(at: Date): Promise<void>;
  /** The user's opt-in flag, from roaming settings (the JS-only runtime has no localStorage). */
  userOptedIn(): boolean;
  /** contextData the Smart Alert button passed (getInitializationContextAsync, Mailbox 1.8). */
  initializationContext(): Promise<string | null>;
  /** A notification on the compose item (notificationMessages, Mailbox 1.3; at most 150 characters). */
  notify(kind: 'informational' | 'error', text: string): Promise<void>;
}

const NOTIFICATION_KEY = 'safetyWindow';

type OfficeLike = Pick<typeof Office, 'context' | 'AsyncResultStatus'>;

export function officeComposeItem(office: OfficeLike): ComposeItem {
  const mailbox = office.context.mailbox;
  const item = mailbox.item as Office.MessageCompose;
  const diagnostics = mailbox.diagnostics;
  const call = <T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
    new Promise<T>((resolve, reject) =>
      start((result) => (result.status === office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error?.name ?? 'failed')))),
    );
  const field = (name: RecipientField, recipients: Office.Recipients) =>
    call<Office.EmailAddressDetails[]>((cb) => recipients.getAsync(cb)).then((list) =>
      list.map((r) => ({ name: r.displayName ?? '', address: r.emailAddress ?? '', field: name })),
    );
  return {
    client: sendTimeClient(diagnostics.hostName, office.context.diagnostics?.platform?.toString()),
    accountKind: accountKindOf(mailbox.userProfile.accountType),
    senderAddress: mailbox.userProfile.emailAddress ?? '',
    displayLanguage: office.context.displayLanguage ?? 'en-US',
    supports: (version) => office.context.requirements.isSetSupported('Mailbox', version),
    recipients: async () => (await Promise.all([field('to', item.to), field('cc', item.cc), field('bcc', item.bcc)])).flat(),
    deliveryTime: async () => {
      try {
        const value = await call<Date | 0>((cb) => item.delayDeliveryTime.getAsync(cb));
        return value === 0 ? null : new Date(value);
      } catch {
        return null;
      }
    },
    setDeliveryTime: (at) => call<void>((cb) => item.delayDeliveryTime.setAsync(at, cb)),
    userOptedIn: () => office.context.roamingSettings?.get(OPT_IN_SETTING) === true,
    initializationContext: async () => {
      try {
        return (await call<string>((cb) => item.getInitializationContextAsync(cb))) ?? null;
      } catch {
        return null;
      }
    },
    notify: (kind, text) => {
      // An informational message needs an icon (a manifest resid) and `persistent`; an error doesn't.
      const message: Office.NotificationMessageDetails =
        kind === 'informational'
          ? {
              type: 'informationalMessage' as Office.MailboxEnums.ItemNotificationMessageType,
              message: text.slice(0, 150),
              icon: 'Icon.16x16',
              persistent: false,
            }
          : { type: 'errorMessage' as Office.MailboxEnums.ItemNotificationMessageType, message: text.slice(0, 150) };
      return call<void>((cb) => item.notificationMessages.replaceAsync(NOTIFICATION_KEY, message, cb));
    },
  };
}
