import type { Recipient } from '../../domain/facts';
import { accountKindOf } from '../../host/clientKind';
import { sendTimeClient } from '../../launchevent/heldInDrafts';
import type { ComposeItem } from '../../launchevent/composeItem';
import type { Scenario } from '../scenario';

export interface ComposeNotice {
  readonly kind: 'informational' | 'error';
  readonly text: string;
}

/**
 * The scenario's message while it is being written, as the event runtime sees it: the same
 * ComposeItem port the Office.js adapter implements, plus what Outlook keeps on the item (the
 * delivery time, the Smart Alert button's contextData). The display language is the page's
 * (`?lang=` overrides the scenario's locale, as Outlook's own setting would).
 */
export class SimulatedComposeWindow {
  private deliveryTime: Date | null = null;
  private contextData: string | null = null;
  readonly item: ComposeItem;

  constructor(scenario: Scenario, displayLanguage: string, onNotice: (notice: ComposeNotice | null) => void) {
    const { host, message, user } = scenario;
    const [major = 1, minor = 0] = (host.requirementSets['Mailbox'] ?? '1.1').split('.').map(Number);
    const people = (list: typeof message.to, field: Recipient['field']): Recipient[] => list.map((p) => ({ name: p.name, address: p.address, field }));
    this.item = {
      client: sendTimeClient(host.hostName, host.platform),
      accountKind: accountKindOf(host.accountType),
      senderAddress: user.address,
      displayLanguage,
      supports: (version) => {
        const [m = 0, n = 0] = version.split('.').map(Number);
        return m < major || (m === major && n <= minor);
      },
      recipients: async () => [...people(message.to, 'to'), ...people(message.cc, 'cc'), ...people(message.bcc, 'bcc')],
      deliveryTime: async () => this.deliveryTime,
      setDeliveryTime: async (at) => {
        this.deliveryTime = at;
      },
      userOptedIn: () => false,
      initializationContext: async () => this.contextData,
      notify: async (kind, text) => onNotice({ kind, text }),
    };
  }

  /** What the Smart Alert's Take Action button hands to the function command. */
  pressTakeAction(contextData: string | null): void {
    this.contextData = contextData;
  }

  /** The compose ribbon's button runs the same function command, with no contextData. */
  pressRibbonButton(): void {
    this.contextData = null;
  }

  scheduledDelivery(): Date | null {
    return this.deliveryTime;
  }

  /** Back in Drafts without a delivery time (the demo's assumption: docs/safety-window.md). */
  clearSchedule(): void {
    this.deliveryTime = null;
  }
}
