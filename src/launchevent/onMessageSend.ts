import { parseRecipient, type ParsedRecipient } from '../domain/address';
import type { RecallPolicy } from '../domain/policy';
import { effectiveWindow, type SafetyWindowPolicy } from '../domain/safetyWindow';
import { resolveRecipientFacts, type ScopeEvidence } from '../domain/scopeEvidence';
import { alreadyHeld, decideAtSend, type SendTimeDecision } from '../domain/sendTimeDecision';
import { composeModeRecipientCap } from '../host/composeModeLimits';
import { alertLang, alertText, checkFailedText, holdButtonLabel } from './alertText';
import type { ComposeItem } from './composeItem';
import type { HeldTimes } from '../domain/heldTimes';
import { canHoldInDrafts, keepsHeldInDrafts, rememberHeld } from './heldInDrafts';

/**
 * The OnMessageSend handler (Smart Alerts, Mailbox 1.12). Per client, from Microsoft's docs
 * (docs/safety-window.md has the table and sources):
 * - Mailbox 1.15 where a held message waits in Drafts (web, new Outlook: heldInDrafts.ts): the
 *   alert's Take Action button, labelled "Hold, then Send", runs the `holdAndSend` function
 *   command (commandId, 1.15), which sets `delayDeliveryTime` (1.13); the user selects Send once
 *   more and the message waits on the server. "Send Anyway" (sendModeOverride PromptUser, 1.14) sends now; "Don't Send" goes
 *   back to editing.
 * - Classic Windows: a delayed message "doesn't appear in the Outbox … you won't be able to
 *   cancel its delivery" (delay-delivery.md), so a hold could not be undone there: alert only.
 *   So does a client that can't be identified (heldInDrafts.ts).
 * - Mailbox 1.14 without 1.15 (Outlook on Mac today): alert with Send Anyway / Don't Send.
 * - Below 1.14 there is no runtime "Send Anyway": the manifest's SoftBlock would leave the user
 *   no way to send to outsiders at all, so the handler lets the message go unchecked.
 * Anything that fails while judging holds the message back for the user's decision (fail closed).
 */
export const HOLD_COMMAND_ID = 'holdAndSend';

/** What the dialog button passes to the function command (contextData, Mailbox 1.14). */
interface HoldContext {
  readonly minutes: number;
}

export interface SendTimeConfig {
  readonly recallPolicy: RecallPolicy;
  readonly window: SafetyWindowPolicy;
}

export interface SendTimeDeps {
  readonly item: ComposeItem;
  readonly config: () => Promise<SendTimeConfig>;
  /** MailTips and verified domains for the addresses as the item carries them; null sources where Graph could not answer. */
  readonly evidence: (recipients: readonly ParsedRecipient[]) => Promise<ScopeEvidence>;
  readonly now: () => Date;
  /** Where the Send that lets a held message go leaves its delivery time for the pane (heldInDrafts.ts). */
  readonly heldTimes?: HeldTimes;
}

/** The options passed to event.completed (Office.SmartAlertsEventCompletedOptions). */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: 'promptUser';
}

type Strategy = 'offer-hold' | 'alert-only' | 'unchecked';

export function strategyFor(item: ComposeItem): Strategy {
  if (!item.supports('1.14')) return 'unchecked';
  // Only where the held message waits in Drafts (not classic Windows, not a client we can't name),
  // and where the alert can carry the button (commandId, 1.15).
  if (!canHoldInDrafts(item) || !item.supports('1.15')) return 'alert-only';
  return 'offer-hold';
}

export async function decideCompletion(deps: SendTimeDeps): Promise<CompletedOptions> {
  const { item } = deps;
  const strategy = strategyFor(item);
  if (strategy === 'unchecked') return { allowEvent: true };
  let decision: SendTimeDecision;
  try {
    const config = await deps.config();
    // No window for this user: no lookups at all, every Send goes straight out.
    if (effectiveWindow(config.window, item.userOptedIn()).minutes === 0) return { allowEvent: true };
    // The compose item's recipients enter here: parsed once, for the lookups and the rules.
    const recipients = (await item.recipients()).map(parseRecipient);
    const evidence = await deps.evidence(recipients);
    decision = decideAtSend({
      recipients,
      recipientFacts: resolveRecipientFacts(
        recipients.map((r) => r.parsed),
        evidence,
      ),
      recallPolicy: config.recallPolicy,
      accountKind: item.accountKind,
      window: config.window,
      userOptedIn: item.userOptedIn(),
      recipientCap: composeModeRecipientCap(item.client, item.supports('1.16')),
      graphAnswered: evidence.mailTips !== null,
    });
  } catch {
    // Recipients or configuration unreadable (or config.json too slow): nothing is known, so the
    // user decides, with Send Anyway (fail closed). An outage of our server therefore alerts on
    // every Send rather than letting mail to outsiders through unchecked.
    return failedCheck(item);
  }
  if (decision.kind === 'send') {
    // Nothing to alert about, but the message may be held all the same (the ribbon's "Hold before
    // sending" on mail to colleagues, or Outlook's own delay): the pane must still know it is held.
    if (deps.heldTimes !== undefined && keepsHeldInDrafts(item.client)) rememberHeld(deps.heldTimes, item.client, await item.deliveryTime(), deps.now());
    return { allowEvent: true };
  }
  const deliveryTime = await item.deliveryTime();
  if (alreadyHeld(deliveryTime, deps.now())) {
    rememberHeld(deps.heldTimes, item.client, deliveryTime, deps.now());
    return { allowEvent: true };
  }

  const lang = alertLang(item.displayLanguage);
  const holdOffered = strategy === 'offer-hold';
  const text = alertText(lang, {
    outOfReach: decision.outOfReach,
    reasons: decision.reasons,
    minutes: decision.minutes,
    holdOffered,
    fieldsAtCap: decision.fieldsAtCap,
  });
  const options: CompletedOptions = { allowEvent: false, errorMessage: text.plain, sendModeOverride: 'promptUser' };
  if (item.supports('1.15') && text.markdown !== null) options.errorMessageMarkdown = text.markdown;
  if (holdOffered) {
    options.cancelLabel = holdButtonLabel(lang);
    options.commandId = HOLD_COMMAND_ID;
    options.contextData = JSON.stringify({ minutes: decision.minutes } satisfies HoldContext);
  }
  return options;
}

function failedCheck(item: ComposeItem): CompletedOptions {
  return { allowEvent: false, errorMessage: checkFailedText(alertLang(item.displayLanguage)), sendModeOverride: 'promptUser' };
}

/**
 * Whatever failed outside the check itself: the user is asked where Outlook offers Send Anyway
 * (sendModeOverride, Mailbox 1.14). Where it doesn't, or that can't even be asked, the message goes
 * unchecked as below 1.14 (strategyFor): an alert without Send Anyway under SoftBlock would leave
 * no way to send it at all.
 */
function failedAnyhow(item: ComposeItem): CompletedOptions {
  let canSendAnyway = false;
  try {
    canSendAnyway = item.supports('1.14');
  } catch {
    // Office can't say what it supports: as below 1.14.
  }
  return canSendAnyway ? failedCheck(item) : { allowEvent: true };
}

/** Office.actions.associate target: always completes, whatever happens. */
export function onMessageSendHandler(deps: SendTimeDeps) {
  return async (event: { completed(options: CompletedOptions): void }): Promise<void> => {
    let options: CompletedOptions;
    try {
      options = await decideCompletion(deps);
    } catch {
      options = failedAnyhow(deps.item);
    }
    event.completed(options);
  };
}
