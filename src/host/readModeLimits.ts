import type { ClientKind } from './outlookHost';

/**
 * How many recipients per field (`item.to`, `item.cc`) Office.js returns in read mode, per
 * client — office.messageread.yml (`to`, `cc`) in OfficeDev/office-js-docs-reference:
 *   classic Windows: 500 (Mailbox ≤ 1.15) or 1,000 (Mailbox ≥ 1.16);
 *   Android, classic Mac UI, iOS: 100;
 *   web and new Outlook for Windows: 20 while the field is collapsed (1,000 expanded);
 *   new Mac UI: no limit.
 * The pane cannot see whether a field is expanded, nor the classic from the new Mac UI, so it
 * takes the smaller figure (fail closed: a list that might be cut is said to be cut). The one
 * place the caps live: the Office adapter and the simulated host both ask here.
 */

/**
 * Web and new Outlook for Windows with the field collapsed (office.messageread.yml: "20 recipients
 * (collapsed view)"): the smallest cap of any client, so also the one taken for an unknown client.
 */
const SMALLEST_READ_MODE_CAP = 20;

export function readModeRecipientCap(client: ClientKind, mailboxAtLeast116: boolean): number {
  switch (client) {
    case 'classicWindows':
      return mailboxAtLeast116 ? 1000 : 500;
    case 'mac':
    case 'mobile':
      return 100;
    case 'web':
    case 'newOutlook':
    case 'unknown':
      return SMALLEST_READ_MODE_CAP;
  }
}
