import type { ClientKind } from './outlookHost';

/**
 * How many recipients per field `item.to/cc/bcc.getAsync` returns in compose mode, per client —
 * office.recipients.yml (getAsync) in OfficeDev/office-js-docs-reference:
 *   classic Windows: 500 (Mailbox ≤ 1.15) or 1,000 (Mailbox ≥ 1.16);
 *   web and new Outlook for Windows: 1,000;
 *   Android, iOS: 100;
 *   Mac: 500 in the classic UI, no limit in the new UI.
 * null: no limit. The Send check runs only in the new Mac UI (OnMessageSend is not supported in
 * the classic one: onmessagesend-onappointmentsend-events.md), so Mac has none; an unknown client
 * takes the smallest cap there is (fail closed: a list that might be cut is said to be cut).
 * The read-mode caps are another table (readModeLimits.ts).
 */
const SMALLEST_COMPOSE_MODE_CAP = 100;

export function composeModeRecipientCap(client: ClientKind, mailboxAtLeast116: boolean): number | null {
  switch (client) {
    case 'classicWindows':
      return mailboxAtLeast116 ? 1000 : 500;
    case 'web':
    case 'newOutlook':
      return 1000;
    case 'mac':
      return null;
    case 'mobile':
    case 'unknown':
      return SMALLEST_COMPOSE_MODE_CAP;
  }
}
