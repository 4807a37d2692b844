import { textToHtml } from '../domain/draftText';
import { fail, ok, type Result } from '../domain/failure';
import type { MessageBody } from '../domain/replacement';
import { NewMessageFormUnavailable, type DraftMessage, type HostInfo, type OutlookHost, type SentItemFacts } from './outlookHost';

interface SimulatedHostOptions {
  readonly info: HostInfo;
  readonly item: SentItemFacts | null;
  /** The item's body as Outlook stores it (absent: empty), or the failure reading it gives. */
  readonly body?: Result<MessageBody>;
  /** Called for every new-message form the app opens (the demo shows it; tests inspect it). */
  readonly onNewMessage?: (draft: DraftMessage) => void;
}

/** The same port as the Office adapter, driven by a scenario instead of Outlook. */
export class SimulatedHost implements OutlookHost {
  readonly info: HostInfo;
  readonly openedDrafts: DraftMessage[] = [];
  /** Every body read, in the format asked: what the add-in read of the message, and when. */
  readonly bodyReads: MessageBody['type'][] = [];
  private item: SentItemFacts | null;
  private body: Result<MessageBody>;
  private readonly listeners = new Set<() => void>();
  private readonly onNewMessage: ((draft: DraftMessage) => void) | undefined;

  constructor(options: SimulatedHostOptions) {
    this.info = options.info;
    this.item = options.item;
    this.body = options.body ?? ok(EMPTY_BODY);
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

  /** As body.getAsync converts: text asked of an HTML body loses its tags, HTML of a text body is escaped. */
  async readBody(format: MessageBody['type']): Promise<Result<MessageBody>> {
    const body = this.body;
    this.bodyReads.push(format);
    if (this.item === null) return fail({ kind: 'unsupported', what: 'body.getAsync' });
    if (!body.ok || body.value.type === format) return body;
    return ok({ type: format, content: format === 'html' ? textToHtml(body.value.content) : htmlAsText(body.value.content) });
  }

  /** Simulates the user selecting another item while the pane is pinned. */
  selectItem(item: SentItemFacts | null, body: Result<MessageBody> = ok(EMPTY_BODY)): void {
    this.item = item;
    this.body = body;
    for (const listener of this.listeners) listener();
  }
}

const EMPTY_BODY: MessageBody = { type: 'html', content: '' };

/** Roughly what Outlook's Text coercion gives of HTML: paragraphs and line breaks kept, tags and entities gone. */
function htmlAsText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
