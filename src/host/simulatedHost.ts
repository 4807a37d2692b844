import { NewMessageFormUnavailable, type DraftMessage, type HostInfo, type OutlookHost, type SentItemFacts } from './outlookHost';

interface SimulatedHostOptions {
  readonly info: HostInfo;
  readonly item: SentItemFacts | null;
  /** Called for every new-message form the app opens (the demo shows it; tests inspect it). */
  readonly onNewMessage?: (draft: DraftMessage) => void;
}

/** The same port as the Office adapter, driven by a scenario instead of Outlook. */
export class SimulatedHost implements OutlookHost {
  readonly info: HostInfo;
  readonly openedDrafts: DraftMessage[] = [];
  private item: SentItemFacts | null;
  private readonly listeners = new Set<() => void>();
  private readonly onNewMessage: ((draft: DraftMessage) => void) | undefined;

  constructor(options: SimulatedHostOptions) {
    this.info = options.info;
    this.item = options.item;
    this.onNewMessage = options.onNewMessage;
  }

  async currentItem(): Promise<SentItemFacts | null> {
    return this.item;
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async openNewMessage(draft: DraftMessage): Promise<void> {
    if (!this.info.supportsNewMessageForm) throw new NewMessageFormUnavailable();
    this.openedDrafts.push(draft);
    this.onNewMessage?.(draft);
  }

  /** Simulates the user selecting another item while the pane is pinned. */
  selectItem(item: SentItemFacts | null): void {
    this.item = item;
    for (const listener of this.listeners) listener();
  }
}
