import type { Result } from './failure';

/**
 * The safety window: mail to people a recall can't reach is held on the server for a few minutes
 * (Office.js `item.delayDeliveryTime`, Mailbox 1.13), so "don't send" is still possible after
 * Send. Admin policy from config.json `safetyWindow`; the user may opt in where the admin allows.
 */
export type SafetyWindowAudience = 'outsiders' | 'everyone';

/**
 * At Send, a recipient MailTips did not confirm (no token, Graph down or too slow, no answer for
 * that address) but whose domain is the organisation's — one of the tenant's verified domains as
 * last read, or else the sender's own domain — is only *probably* internal (a contact or a group
 * with outside members can sit under an internal domain). `sender-domain`: probably internal does
 * not alert, so mail among colleagues goes out without a dialog when Graph can't be asked;
 * `alert`: the admin wants only what MailTips confirmed to pass, so it alerts. Either way an
 * address outside those domains is out of reach (fail closed).
 */
export const WITHOUT_GRAPH_MODES = ['sender-domain', 'alert'] as const;
export type WithoutGraphMode = (typeof WITHOUT_GRAPH_MODES)[number];
/** An alert on every colleague's message teaches users to click "Send Anyway": not by default. */
export const DEFAULT_WITHOUT_GRAPH: WithoutGraphMode = 'sender-domain';

export interface SafetyWindowPolicy {
  /** Minutes every message covered by `for` is held; 0 = no organisation-wide window. */
  readonly minutes: number;
  /** `outsiders`: only when a recipient is outside recall's reach; `everyone`: every message. */
  readonly for: SafetyWindowAudience;
  /** Minutes a user who opts in gets when `minutes` is 0; 0 = users may not opt in. */
  readonly optInMinutes: number;
  /** What a recipient MailTips did not confirm counts as at Send (WITHOUT_GRAPH_MODES). */
  readonly withoutGraph: WithoutGraphMode;
}

export const MAX_WINDOW_MINUTES = 60;

/** Organisations start with no window and no opt-in: holding mail is the admin's decision. */
export const SAFETY_WINDOW_OFF: SafetyWindowPolicy = { minutes: 0, for: 'outsiders', optInMinutes: 0, withoutGraph: DEFAULT_WITHOUT_GRAPH };

export interface EffectiveWindow {
  readonly minutes: number;
  readonly for: SafetyWindowAudience;
  /** Where the minutes come from (the alert says so). */
  readonly source: 'organisation' | 'userOptIn' | 'off';
}

/** The organisation's window wins; a user's opt-in only applies where the admin left room for it. */
export function effectiveWindow(policy: SafetyWindowPolicy, userOptedIn: boolean): EffectiveWindow {
  const clamp = (m: number) => Math.max(0, Math.min(MAX_WINDOW_MINUTES, Math.floor(m)));
  if (clamp(policy.minutes) > 0) return { minutes: clamp(policy.minutes), for: policy.for, source: 'organisation' };
  if (userOptedIn && clamp(policy.optInMinutes) > 0) return { minutes: clamp(policy.optInMinutes), for: policy.for, source: 'userOptIn' };
  return { minutes: 0, for: policy.for, source: 'off' };
}

/** A message held on the server until `deliverAt` (PidTagDeferredSendTime). */
export interface HeldMessage {
  readonly id: string;
  readonly subject: string;
  readonly recipients: readonly string[];
  readonly deliverAt: Date;
}

/** Whole minutes left, rounded up: "1 minute" until the very last second, 0 once it is due. */
export function minutesLeft(deliverAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((deliverAt.getTime() - now.getTime()) / 60_000));
}

/** Still held: its delivery time lies ahead. After it, it is an ordinary sent message. */
export function stillHeld(held: HeldMessage, now: Date): boolean {
  return held.deliverAt.getTime() > now.getTime();
}

/** The held messages Graph listed, and whether Drafts was read to its end (a bounded number of pages). */
export interface HeldList {
  readonly held: readonly HeldMessage[];
  /** false: more drafts with a delivery time were left unread; what was not read is unknown, not absent. */
  readonly complete: boolean;
}

/**
 * The port to messages the safety window holds on the server. Graph lists them
 * (src/graph/heldMessages.ts); opening a draft is Outlook's (Office.js). Nothing here changes a
 * held message: the one documented way out is the user's, in Drafts (delay-delivery.md: "you'll
 * be able to edit the message before it's sent"). What is and isn't documented: docs/safety-window.md.
 */
export interface HeldMessages {
  list(): Promise<Result<HeldList>>;
  /** Opens the held draft in Outlook, where the user can edit it or delete it before it leaves. */
  openDraft(id: string): Promise<Result<void>>;
}

/** Roaming-settings key of the user's opt-in: one boolean per mailbox, never message data. */
export const OPT_IN_SETTING = 'safetyWindowOptIn';

/** The user's own choice where the admin allows it (config.json optInMinutes > 0, minutes 0). */
export interface SafetyWindowOptIn {
  /** The minutes a user who opts in gets. */
  readonly minutes: number;
  get(): boolean;
  set(optedIn: boolean): Promise<Result<void>>;
}
