/** CheckOutcome fixtures for the wizard and components: an assessment plus what the check knew. */
import type { CheckOutcome, DataGap } from '../../src/usecases/check/checkMessage';
import { itemIdOf, type ItemKey } from '../../src/usecases/itemKey';
import type { SentItemFacts } from '../../src/host/outlookHost';
import { aMessage, aPolicy, aRecipient, assess, NOW, type MessageBuilder, type PolicyBuilder, type RecipientFactsBuilder } from './domain';

export interface OutcomeOptions {
  readonly gaps?: readonly DataGap[];
  readonly restId?: string | null;
  /** Which check this is the answer of; default: the item's first check. */
  readonly attempt?: number;
}

/** The key of the n-th check of an outcome's item (the wizard starts counting at 1). */
export const keyOf = (outcome: CheckOutcome, attempt = outcome.key.attempt): ItemKey => ({ itemId: outcome.key.itemId, attempt });

export function anOutcome(
  message: MessageBuilder,
  facts: readonly RecipientFactsBuilder[] = [],
  policy: PolicyBuilder = aPolicy(),
  options: OutcomeOptions = {},
): CheckOutcome {
  const built = message.build();
  const item: SentItemFacts = {
    restId: options.restId === undefined ? 'rest-id' : options.restId,
    itemClass: built.itemClass,
    subject: built.subject,
    sentDateTime: built.sentDateTime,
    from: built.senderAddress,
    recipients: built.recipients.filter((r) => r.field !== 'bcc'),
    recipientCap: 20,
  };
  return {
    key: { itemId: itemIdOf(item), attempt: options.attempt ?? 1 },
    item,
    subject: built.subject,
    sentDateTime: built.sentDateTime,
    assessment: assess(built, facts, policy, NOW),
    gaps: options.gaps ?? [],
    roundTrips: 1,
  };
}

/** Boris (internal) and Dmitry (Gmail): a recall reaches one of two. */
export const partialOutcome = (options: OutcomeOptions = {}) =>
  anOutcome(aMessage().to('boris@contoso.com', 'dmitry@gmail.com'), [aRecipient('boris@contoso.com').internal()], aPolicy(), options);

/** Only a Gmail recipient: nothing to recall. */
export const notRecallableOutcome = () => anOutcome(aMessage().to('dmitry@gmail.com'));

/** A recall was already requested for this message. */
export const alreadyRecalledOutcome = () => anOutcome(aMessage().alreadyRecalled().to('boris@contoso.com'), [aRecipient('boris@contoso.com').internal()]);

/** Graph was unreachable: the add-in can only guide to Outlook's own command. */
export const degradedOutcome = () =>
  anOutcome(aMessage().to('boris@contoso.com', 'dmitry@gmail.com'), [aRecipient('boris@contoso.com').guessedInternalFromSenderDomain()], aPolicy(), {
    gaps: [{ kind: 'graph', failure: { kind: 'offline' } }, { kind: 'bcc' }],
  });
