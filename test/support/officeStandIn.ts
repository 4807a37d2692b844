import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The configuration test/support/office-stand-in.js reads (see the comment at its top): the one
 * Office.js stand-in, served as office.js by the e2e and evaluated here for jest.
 */
export interface StandInPerson {
  readonly name: string;
  readonly address: string;
}

export interface StandInItem {
  readonly itemClass?: string;
  readonly subject: string;
  readonly from: StandInPerson;
  readonly to: readonly StandInPerson[];
  readonly cc?: readonly StandInPerson[];
  /** Default 4 minutes. */
  readonly sentMinutesAgo?: number;
  /** Instead of sentMinutesAgo: handed to `new Date()` as is (an unreadable one gives an Invalid Date). */
  readonly dateTimeCreated?: string;
  readonly itemId?: string;
  /** What item.body.getAsync answers in this format (the other one converted); default an empty HTML body. */
  readonly body?: { readonly type: 'html' | 'text'; readonly content: string };
  /** body.getAsync answers with a failed AsyncResult. */
  readonly failBody?: boolean;
}

/** A message being written, as the event runtime sees it at Send. */
export interface StandInComposeItem {
  readonly to?: readonly StandInPerson[];
  readonly cc?: readonly StandInPerson[];
  readonly bcc?: readonly StandInPerson[];
  /** delayDeliveryTime already set; 0 (default) for none. */
  readonly deliveryTime?: Date | 0;
  /** What getInitializationContextAsync answers (the Smart Alert button's contextData). */
  readonly contextData?: string | null;
  readonly failRecipients?: boolean;
  readonly failSetDelivery?: boolean;
  /** Roaming settings by name. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface StandInConfig {
  /** 'Outlook', or null for Office.onReady outside Office. */
  readonly host?: 'Outlook' | null;
  /** Each default when absent or undefined (the script falls back with `||`). */
  readonly platform?: string | undefined;
  readonly hostName?: string | undefined;
  readonly displayLanguage?: string | undefined;
  readonly bodyBackgroundColor?: string;
  readonly requirementSets?: Record<string, string>;
  readonly user?: { readonly accountType: string; readonly emailAddress: string; readonly displayName: string };
  readonly item?: StandInItem | null;
  /** Instead of `item`: a compose item (the event runtime). */
  readonly compose?: StandInComposeItem;
}

interface NewMessageFormCall {
  readonly toRecipients: string[];
  readonly ccRecipients: string[];
  readonly bccRecipients: string[];
  readonly subject: string;
  readonly htmlBody: string;
}

export interface OfficeCalls {
  readonly displayNewMessageForm: NewMessageFormCall[];
  readonly addHandlerAsync: string[];
  readonly removeHandlerAsync: string[];
  readonly convertToRestId: { itemId: string; restVersion: string }[];
  readonly displayDialogAsync: string[];
  /** The coercion type of every item.body.getAsync call ('html' | 'text'). */
  readonly bodyGetAsync: string[];
  readonly onReady: number;
}

export interface ComposeCalls {
  readonly setDelivery: Date[];
  readonly notifications: { key: string; type: string; message: string }[];
}

/** The script itself, as the e2e serves it in place of office.js. */
export const OFFICE_STAND_IN_SCRIPT = readFileSync(join(__dirname, 'office-stand-in.js'), 'utf8');

/**
 * For jest: the stand-in evaluated against an object of its own instead of `globalThis`, so it
 * returns the Office it built and its call logs without leaving globals behind.
 */
export function officeStandIn(config: StandInConfig): { office: typeof Office; calls: OfficeCalls; composeCalls: ComposeCalls } {
  const sandbox: Record<string, unknown> = { __OFFICE_STAND_IN__: config };
  new Function('globalThis', OFFICE_STAND_IN_SCRIPT)(sandbox);
  return {
    office: sandbox['Office'] as typeof Office,
    calls: sandbox['__officeCalls'] as OfficeCalls,
    composeCalls: sandbox['__composeCalls'] as ComposeCalls,
  };
}
