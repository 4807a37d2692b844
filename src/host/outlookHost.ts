import type { ParsedRecipient } from '../domain/address';
import type { AccountKind, Recipient } from '../domain/facts';
import type { Result } from '../domain/failure';
import type { MessageBody } from '../domain/replacement';

/** Which Outlook the pane runs in: decides where the native Recall command is. */
export type ClientKind = 'web' | 'newOutlook' | 'classicWindows' | 'mac' | 'mobile' | 'unknown';

export interface HostInfo {
  readonly client: ClientKind;
  readonly accountKind: AccountKind;
  /** BCP 47 tag of Outlook's UI language, e.g. "ru-RU". */
  readonly displayLanguage: string;
  readonly userAddress: string;
  readonly userName: string;
  readonly darkTheme: boolean;
  /** Nested app authentication (and so Graph) can be attempted. */
  readonly supportsNestedAuth: boolean;
  /**
   * `displayNewMessageForm` exists here (Mailbox 1.6: office.mailbox.yml); without it drafts are
   * offered to copy instead of opened.
   */
  readonly supportsNewMessageForm: boolean;
}

/** openNewMessage on a host without Mailbox 1.6: nothing was opened (the UI offers to copy instead). */
export class NewMessageFormUnavailable extends Error {
  constructor() {
    super('displayNewMessageForm needs Mailbox 1.6');
    this.name = 'NewMessageFormUnavailable';
  }
}

/** The item open in the reading pane, as much as Office.js tells in read mode. */
export interface SentItemFacts {
  /** Graph (REST v2) id of the item (mobile gives it as is); null where the host cannot convert it. */
  readonly restId: string | null;
  readonly itemClass: string;
  readonly subject: string;
  readonly sentDateTime: Date | null;
  readonly from: string;
  /** to and cc only: read mode never gives bcc. Parsed once, here at the edge (parseRecipient). */
  readonly recipients: readonly ParsedRecipient[];
  /**
   * Recipients per field this client returns in read mode (every host knows its own, see
   * readModeLimits.ts): a field that full may have been cut (src/domain/recipientMerge.ts).
   */
  readonly recipientCap: number;
}

export interface DraftMessage {
  readonly to: readonly Recipient[];
  readonly cc?: readonly Recipient[];
  readonly bcc?: readonly Recipient[];
  readonly subject: string;
  readonly htmlBody: string;
}

/** What the app needs from Outlook, nothing more. */
export interface OutlookHost {
  readonly info: HostInfo;
  currentItem(): Promise<SentItemFacts | null>;
  /** Pinned pane: the user selected another item. Returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Opens Outlook's new-message form; rejects with NewMessageFormUnavailable where it is missing. */
  openNewMessage(draft: DraftMessage): Promise<void>;
  /**
   * The body of the item on screen (the one `currentItem` describes when both are called in the
   * same turn), as Office.js `item.body.getAsync` gives it in the asked format (Mailbox 1.3,
   * office.body.yml). Read only when the user opens the replacement; never stored or logged.
   */
  readBody(format: MessageBody['type']): Promise<Result<MessageBody>>;
}
