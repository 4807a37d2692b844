import { OPT_IN_SETTING } from '../../src/domain/safetyWindow';
import { officeStandIn, type StandInPerson } from '../support/officeStandIn';

/**
 * A compose item as the event runtime sees it, from the one Office.js stand-in
 * (test/support/office-stand-in.js): the options the send-time tests vary, mapped onto its
 * configuration. Defaults: Outlook on the web, Mailbox 1.15, Alex Morgan's work account.
 */
export interface ComposeStandInOptions {
  to?: StandInPerson[];
  cc?: StandInPerson[];
  bcc?: StandInPerson[];
  hostName?: string;
  platform?: string;
  /** The highest Mailbox requirement set, e.g. '1.15'. */
  mailbox?: string;
  displayLanguage?: string;
  accountType?: string;
  sender?: string;
  deliveryTime?: Date | 0;
  /** The user's safety-window opt-in in roaming settings. */
  optedIn?: boolean;
  /** Other roaming settings by name (e.g. the verified domains the pane kept). */
  roaming?: Readonly<Record<string, unknown>>;
  contextData?: string | null;
  failSetDelivery?: boolean;
  failRecipients?: boolean;
}

export function composeStandIn({
  hostName,
  platform,
  mailbox = '1.15',
  displayLanguage,
  accountType = 'office365',
  sender = 'alex.morgan@contoso.com',
  optedIn = false,
  roaming = {},
  ...item
}: ComposeStandInOptions = {}) {
  const { office, composeCalls } = officeStandIn({
    hostName,
    platform,
    displayLanguage,
    requirementSets: { Mailbox: mailbox },
    user: { accountType, emailAddress: sender, displayName: 'Alex Morgan' },
    compose: { ...item, settings: { ...roaming, [OPT_IN_SETTING]: optedIn } },
  });
  return { office, calls: composeCalls };
}

/** The event object Outlook passes to a handler: records what event.completed received. */
export function aSendEvent() {
  const completed: unknown[] = [];
  return { event: { completed: (options?: unknown) => void completed.push(options) }, completed };
}
