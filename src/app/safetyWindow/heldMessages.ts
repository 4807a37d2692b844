import type { Result } from '../../domain/failure';
import type { HeldMessage } from '../../domain/safetyWindow';

/**
 * Messages the safety window holds on the server, and the two ways out of the hold. Graph lists
 * and changes them (src/graph/heldMessages.ts); opening a draft is Outlook's (Office.js). What is
 * and isn't documented about each is in docs/safety-window.md.
 */
export interface HeldMessages {
  list(): Promise<Result<HeldMessage[]>>;
  /** Moves the delivery time to now: "sent immediately" once it is past (PidTagDeferredSendTime). */
  sendNow(id: string): Promise<Result<void>>;
  /** Opens the held draft in Outlook, where it can still be changed or deleted before it leaves. */
  openDraft(id: string): Promise<Result<void>>;
}
