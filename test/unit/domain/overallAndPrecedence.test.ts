import { overallVerdict } from '../../../src/domain/assessment';
import { MESSAGE_RULES, messageBlockers } from '../../../src/domain/messageRules';
import { ALL_MESSAGE_REASONS, type MessageReason } from '../../../src/domain/reasonCodes';
import type { OverallVerdict } from '../../../src/domain/verdict';
import { aMessage, aPolicy, aRecipient, assess, NOW } from '../../builders/domain';

describe('overall verdict (DESIGN: Overall)', () => {
  it.each<[string, boolean, number, number, number, OverallVerdict]>([
    // reason, blocked, recallable, uncertain, not-recallable → overall
    ['all recallable', false, 3, 0, 0, 'recallable'],
    ['some uncertain, none not-recallable', false, 2, 1, 0, 'uncertain'],
    ['only uncertain', false, 0, 2, 0, 'uncertain'],
    ['recallable and not-recallable', false, 2, 0, 1, 'partial'],
    ['uncertain and not-recallable', false, 0, 1, 1, 'partial'],
    ['all three', false, 1, 1, 1, 'partial'],
    ['nobody recallable or uncertain', false, 0, 0, 3, 'not-recallable'],
    ['zero recipients', false, 0, 0, 0, 'not-recallable'],
    ['blocker, even with everyone recallable', true, 3, 0, 0, 'not-recallable'],
    ['blocker with zero recipients', true, 0, 0, 0, 'not-recallable'],
  ])('%s → %s', (_reason, blocked, recallable, uncertain, notRecallable, expected) => {
    expect(overallVerdict(blocked, { recallable, uncertain, 'not-recallable': notRecallable })).toBe(expected);
  });

  it('a message with no recipients at all is not-recallable, with no rows and zero counts', () => {
    const assessment = assess(aMessage());
    expect(assessment).toMatchObject({ overall: 'not-recallable', recipients: [], counts: { recallable: 0, uncertain: 0, 'not-recallable': 0 } });
  });

  it('counts add up per verdict for a mixed message', () => {
    const assessment = assess(aMessage().to('boris@contoso.com', 'dmitry@gmail.com').cc('atlas@contoso.com', 'x'), [
      aRecipient('boris@contoso.com').internal(),
      aRecipient('atlas@contoso.com').internal().groupOf(5, 1),
    ]);
    expect(assessment.counts).toEqual({ recallable: 1, uncertain: 2, 'not-recallable': 1 });
    expect(assessment.overall).toBe('partial');
  });
});

describe('message rules: precedence is the order of MESSAGE_RULES', () => {
  const everythingWrong = aMessage().fromConsumerAccount().notInSentItems().meetingRequest().alreadyRecalled().sentDaysAgo(30).to('boris@contoso.com').build();

  it('lists every blocker, most fundamental first', () => {
    expect(messageBlockers({ message: everythingWrong, policy: aPolicy().recallDisabled().maxAgeDays(1).build(), now: NOW })).toEqual<MessageReason[]>([
      'NOT_EXCHANGE_MAILBOX',
      'NOT_IN_SENT_ITEMS',
      'MEETING_ITEM',
      'RECALL_DISABLED_BY_POLICY',
      'ALREADY_RECALLED',
      'TOO_OLD',
    ]);
  });

  it('has exactly one rule per message reason code', () => {
    expect(MESSAGE_RULES).toHaveLength(ALL_MESSAGE_REASONS.length);
  });

  it('the first reason shown for a message sent from a personal account is NOT_EXCHANGE_MAILBOX, whatever else is wrong', () => {
    const assessment = assess(everythingWrong, [], aPolicy().recallDisabled().maxAgeDays(1));
    expect(assessment.messageReasons[0]).toBe('NOT_EXCHANGE_MAILBOX');
  });
});
