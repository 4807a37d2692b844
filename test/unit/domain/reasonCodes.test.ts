/**
 * One row per reason code: the situation that triggers it, what each recipient gets, and the
 * overall verdict the sender sees. A new rule adds a row here (docs/architecture.md, "Where each kind of
 * change goes").
 */
import type { Verdict, OverallVerdict } from '../../../src/domain/verdict';
import { recipientBlocker } from '../../../src/domain/assessment';
import { ALL_MESSAGE_REASONS, ALL_RECIPIENT_REASONS, type MessageReason, type RecipientReason } from '../../../src/domain/reasonCodes';
import { aMessage, aPolicy, aRecipient, assess, DAY, rowFor, type MessageBuilder, type PolicyBuilder, type RecipientFactsBuilder } from '../../builders/domain';

const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';

describe('message-level reason codes block every recipient', () => {
  // Boris and Maria are internal and would be recallable without the blocker.
  const internalPair = () => [aRecipient(boris).internal(), aRecipient(maria).internal()];

  it.each<[MessageReason, MessageBuilder, PolicyBuilder]>([
    ['NOT_EXCHANGE_MAILBOX', aMessage().fromConsumerAccount().to(boris, maria), aPolicy()],
    ['NOT_IN_SENT_ITEMS', aMessage().notInSentItems().to(boris, maria), aPolicy()],
    ['MEETING_ITEM', aMessage().meetingRequest().to(boris, maria), aPolicy()],
    ['RECALL_DISABLED_BY_POLICY', aMessage().to(boris, maria), aPolicy().recallDisabled()],
    ['TOO_OLD', aMessage().sentDaysAgo(2).to(boris, maria), aPolicy().maxAgeDays(1)],
  ])('%s: everyone not-recallable, overall not-recallable, the code is the only message reason', (code, message, policy) => {
    const assessment = assess(message, internalPair(), policy);
    expect(assessment.messageReasons).toEqual([code]);
    expect(assessment.overall).toBe('not-recallable');
    expect(assessment.recipients.map((r) => r.verdict)).toEqual(['not-recallable', 'not-recallable']);
    // The recipient's own situation is still told (they are internal), only the verdict is blocked.
    expect(rowFor(assessment, boris).reasons).toEqual(['INTERNAL']);
    expect(recipientBlocker(assessment)).toBe(code);
  });

  it('ALREADY_RECALLED blocks a new recall (overall not-recallable), but each recipient keeps their own verdict', () => {
    // Issue 22, item 2: reopened after a recall, colleagues showed as "can't be recalled" and Gmail
    // as "recall already requested". The recall was aimed at each by their own facts; tracking and
    // the follow-up read those.
    const assessment = assess(aMessage().alreadyRecalled().to(boris, 'dmitry.k@gmail.com'), [aRecipient(boris).internal()]);
    expect(assessment.messageReasons).toEqual(['ALREADY_RECALLED']);
    expect(assessment.overall).toBe('not-recallable');
    expect(assessment.recipients.map((r) => [r.address, r.verdict, r.reasons])).toEqual([
      [boris, 'recallable', ['INTERNAL']],
      ['dmitry.k@gmail.com', 'not-recallable', ['CONSUMER_MAILBOX']],
    ]);
    // No row names it instead of its own reason.
    expect(recipientBlocker(assessment)).toBeUndefined();
  });

  it('ALREADY_RECALLED with another blocker: that one still decides every recipient', () => {
    const assessment = assess(aMessage().alreadyRecalled().sentDaysAgo(2).to(boris), [aRecipient(boris).internal()], aPolicy().maxAgeDays(1));
    expect(assessment.messageReasons).toEqual(['ALREADY_RECALLED', 'TOO_OLD']);
    expect(assessment.recipients.map((r) => r.verdict)).toEqual(['not-recallable']);
    expect(recipientBlocker(assessment)).toBe('TOO_OLD');
  });

  it.each([['IPM.Schedule.Meeting.Request'], ['IPM.Schedule.Meeting.Canceled'], ['IPM.Schedule.Meeting.Resp.Pos'], ['ipm.schedule.meeting.request']])(
    'MEETING_ITEM: %s is a meeting item',
    (itemClass) => {
      expect(assess(aMessage().ofClass(itemClass).to(boris), [aRecipient(boris).internal()]).messageReasons).toEqual(['MEETING_ITEM']);
    },
  );

  it.each([['IPM.Note'], ['IPM.Note.SMIME'], ['IPM.Schedule.MeetingNotes']])('MEETING_ITEM: %s is not a meeting item', (itemClass) => {
    expect(assess(aMessage().ofClass(itemClass).to(boris), [aRecipient(boris).internal()]).messageReasons).toEqual([]);
  });

  it('not knowing the account kind is not a blocker (Graph answering proves an Exchange mailbox)', () => {
    const assessment = assess(aMessage().fromUnknownAccount().to(boris), [aRecipient(boris).internal()]);
    expect(assessment).toMatchObject({ messageReasons: [], messageCautions: [], overall: 'recallable' });
  });
});

describe('message-level cautions: missing evidence keeps everyone at most uncertain, and says what is missing', () => {
  const laura = 'laura.jensen@fabrikam.com';
  it.each<[MessageReason, string, MessageBuilder, PolicyBuilder]>([
    ['SENT_ITEMS_UNKNOWN', 'Graph could not confirm Sent Items', aMessage().sentItemsUnknown(), aPolicy()],
    ['SENT_TIME_UNKNOWN', 'the sending time is unknown, the age limit known', aMessage().sentAtUnknownTime(), aPolicy().maxAgeDays(1)],
    ['RECALL_HISTORY_UNKNOWN', 'the recall requests could not be listed', aMessage().recallHistoryUnknown(), aPolicy()],
    ['RECALL_POLICY_UNKNOWN', 'config.json could not say whether recall is on', aMessage(), aPolicy().recallPolicyUnknown()],
    ['AGE_LIMIT_UNKNOWN', 'config.json could not say the age limit', aMessage().sentDaysAgo(2), aPolicy().ageLimitUnknown()],
    ['ITEM_CLASS_UNKNOWN', 'a task request', aMessage().ofClass('IPM.TaskRequest'), aPolicy()],
    ['RECIPIENTS_INCOMPLETE', 'Graph did not give the Bcc line', aMessage().recipientsIncomplete(), aPolicy()],
  ])('%s (%s): the internal row is uncertain, the external stays not-recallable, overall partial', (code, _why, message, policy) => {
    const assessment = assess(message.to(boris).cc(laura), [aRecipient(boris).internal(), aRecipient(laura).external()], policy);
    expect(assessment.messageReasons).toEqual([]);
    expect(assessment.messageCautions).toEqual([code]);
    expect(rowFor(assessment, boris)).toMatchObject({ verdict: 'uncertain', recipientVerdict: 'recallable', reasons: ['INTERNAL'] });
    expect(rowFor(assessment, laura).verdict).toBe('not-recallable');
    expect(assessment.overall).toBe('partial');
  });

  it('a blocker still wins over a caution: recall off and the sending time unknown is not-recallable', () => {
    const assessment = assess(aMessage().sentAtUnknownTime().to(boris), [aRecipient(boris).internal()], aPolicy().recallDisabled());
    expect(assessment).toMatchObject({ messageReasons: ['RECALL_DISABLED_BY_POLICY'], messageCautions: ['SENT_TIME_UNKNOWN'], overall: 'not-recallable' });
  });

  it('an unknown age limit also covers an unknown sending time (one caution, not two)', () => {
    expect(assess(aMessage().sentAtUnknownTime().to(boris), [aRecipient(boris).internal()], aPolicy().ageLimitUnknown()).messageCautions).toEqual([
      'AGE_LIMIT_UNKNOWN',
    ]);
  });
});

describe('item classes: which items a recall can apply to', () => {
  // Ordinary mail and its variants (S/MIME, signed, voicemail, IRM) are messages; meeting items
  // have their own path; anything else is not known to be recallable.
  it.each<[string, 'mail' | 'MEETING_ITEM' | 'ITEM_CLASS_UNKNOWN']>([
    ['IPM.Note', 'mail'],
    ['ipm.note', 'mail'],
    ['IPM.Note.SMIME', 'mail'],
    ['IPM.Note.SMIME.MultipartSigned', 'mail'],
    ['IPM.Note.Microsoft.Voicemail.UM.CA', 'mail'],
    ['IPM.Note.rpmsg.Microsoft.Voicemail.UM', 'mail'],
    ['IPM.Schedule.Meeting.Request', 'MEETING_ITEM'],
    ['IPM.Schedule.Meeting.Canceled', 'MEETING_ITEM'],
    ['IPM.Schedule.Meeting.Resp.Tent', 'MEETING_ITEM'],
    ['IPM.NoteX', 'ITEM_CLASS_UNKNOWN'],
    ['IPM.Schedule.MeetingNotes', 'ITEM_CLASS_UNKNOWN'],
    ['IPM.TaskRequest', 'ITEM_CLASS_UNKNOWN'],
    ['IPM.Post', 'ITEM_CLASS_UNKNOWN'],
    ['IPM.Sharing', 'ITEM_CLASS_UNKNOWN'],
    ['REPORT.IPM.Note.IPNRN', 'ITEM_CLASS_UNKNOWN'],
    ['IPM.Outlook.Recall', 'ITEM_CLASS_UNKNOWN'],
    ['', 'ITEM_CLASS_UNKNOWN'],
  ])('%j → %s', (itemClass, kind) => {
    const assessment = assess(aMessage().ofClass(itemClass).to(boris), [aRecipient(boris).internal()]);
    expect(assessment.messageReasons).toEqual(kind === 'MEETING_ITEM' ? ['MEETING_ITEM'] : []);
    expect(assessment.messageCautions).toEqual(kind === 'ITEM_CLASS_UNKNOWN' ? ['ITEM_CLASS_UNKNOWN'] : []);
    expect(assessment.overall).toBe({ mail: 'recallable', MEETING_ITEM: 'not-recallable', ITEM_CLASS_UNKNOWN: 'uncertain' }[kind]);
  });
});

describe('TOO_OLD at the exact boundary of maxRecallableAgeDays', () => {
  it.each<[string, number, number, OverallVerdict, MessageReason[]]>([
    ['1 day policy, sent exactly 1 day ago', 1, DAY, 'recallable', []],
    ['1 day policy, sent 1 day and 1 ms ago', 1, DAY + 1, 'not-recallable', ['TOO_OLD']],
    ['1 day policy, sent 1 ms short of a day ago', 1, DAY - 1, 'recallable', []],
    ['365 day default, sent exactly 365 days ago', 365, 365 * DAY, 'recallable', []],
    ['365 day default, sent 365 days and 1 ms ago', 365, 365 * DAY + 1, 'not-recallable', ['TOO_OLD']],
    ['0 day policy, sent this very millisecond', 0, 0, 'recallable', []],
    ['0 day policy, sent 1 ms ago', 0, 1, 'not-recallable', ['TOO_OLD']],
    ['clock skew: sent "in the future"', 1, -5 * 60_000, 'recallable', []],
  ])('%s', (_case, days, ageMs, overall, reasons) => {
    const assessment = assess(aMessage().sentMsAgo(ageMs).to(boris), [aRecipient(boris).internal()], aPolicy().maxAgeDays(days));
    expect(assessment.messageReasons).toEqual(reasons);
    expect(assessment.overall).toBe(overall);
  });
});

describe('recipient-level reason codes', () => {
  interface Row {
    readonly code: RecipientReason;
    readonly situation: string;
    readonly address: string;
    readonly facts: RecipientFactsBuilder;
    readonly policy?: PolicyBuilder;
    readonly verdict: Verdict;
    readonly reasons: readonly RecipientReason[];
    /** Overall verdict when this recipient is the only one. */
    readonly overall: OverallVerdict;
  }
  const rows: Row[] = [
    {
      code: 'INTERNAL',
      situation: 'MailTips says internal',
      address: boris,
      facts: aRecipient(boris).internal(),
      verdict: 'recallable',
      reasons: ['INTERNAL'],
      overall: 'recallable',
    },
    {
      code: 'INTERNAL_DOMAIN_UNCONFIRMED',
      situation: 'a verified domain of the tenant, MailTips silent (could be a group with outside members)',
      address: boris,
      facts: aRecipient(boris).internal('verifiedDomains'),
      verdict: 'uncertain',
      reasons: ['INTERNAL_DOMAIN_UNCONFIRMED'],
      overall: 'uncertain',
    },
    {
      code: 'EXTERNAL_ALLOWED_TENANT',
      situation: 'external, domain on the cross-tenant allow-list',
      address: 'laura.jensen@fabrikam.com',
      facts: aRecipient('laura.jensen@fabrikam.com').external(),
      policy: aPolicy().partnerDomains('fabrikam.com'),
      verdict: 'uncertain',
      reasons: ['EXTERNAL_ALLOWED_TENANT'],
      overall: 'uncertain',
    },
    {
      code: 'EXTERNAL_ALLOWED_TENANT',
      situation: 'a subdomain of an allowed partner domain',
      address: 'laura@eu.fabrikam.com',
      facts: aRecipient('laura@eu.fabrikam.com').external(),
      policy: aPolicy().partnerDomains('fabrikam.com'),
      verdict: 'uncertain',
      reasons: ['EXTERNAL_ALLOWED_TENANT'],
      overall: 'uncertain',
    },
    {
      code: 'EXTERNAL',
      situation: 'MailTips says external',
      address: 'laura.jensen@fabrikam.com',
      facts: aRecipient('laura.jensen@fabrikam.com').external(),
      verdict: 'not-recallable',
      reasons: ['EXTERNAL'],
      overall: 'not-recallable',
    },
    {
      code: 'EXTERNAL',
      situation: 'a look-alike of a partner domain is not the partner',
      address: 'laura@notfabrikam.com',
      facts: aRecipient('laura@notfabrikam.com').external(),
      policy: aPolicy().partnerDomains('fabrikam.com'),
      verdict: 'not-recallable',
      reasons: ['EXTERNAL'],
      overall: 'not-recallable',
    },
    {
      code: 'CONSUMER_MAILBOX',
      situation: 'gmail.com',
      address: 'dmitry.k@gmail.com',
      facts: aRecipient('dmitry.k@gmail.com').external(),
      verdict: 'not-recallable',
      reasons: ['CONSUMER_MAILBOX'],
      overall: 'not-recallable',
    },
    {
      code: 'CONSUMER_MAILBOX',
      situation: 'mail.ru, scope unknown',
      address: 'petr@mail.ru',
      facts: aRecipient('petr@mail.ru').unknownScope(),
      verdict: 'not-recallable',
      reasons: ['CONSUMER_MAILBOX'],
      overall: 'not-recallable',
    },
    {
      code: 'CONSUMER_MAILBOX',
      situation: 'yandex.ru in capitals',
      address: 'Dmitry@YANDEX.RU',
      facts: aRecipient('dmitry@yandex.ru').unknownScope(),
      verdict: 'not-recallable',
      reasons: ['CONSUMER_MAILBOX'],
      overall: 'not-recallable',
    },
    {
      code: 'CONSUMER_MAILBOX',
      situation: 'outlook.com even if a source called it internal',
      address: 'kim@outlook.com',
      facts: aRecipient('kim@outlook.com').internal(),
      verdict: 'not-recallable',
      reasons: ['CONSUMER_MAILBOX'],
      overall: 'not-recallable',
    },
    {
      code: 'READ',
      situation: 'read receipt, org recalls read messages (default)',
      address: boris,
      facts: aRecipient(boris).internal().hasRead(),
      verdict: 'recallable',
      reasons: ['INTERNAL', 'READ'],
      overall: 'recallable',
    },
    {
      code: 'READ',
      situation: 'read receipt, org recalls only unread messages',
      address: boris,
      facts: aRecipient(boris).internal().hasRead(),
      policy: aPolicy().recallingReadMessages(false),
      verdict: 'not-recallable',
      reasons: ['INTERNAL', 'READ'],
      overall: 'not-recallable',
    },
    {
      code: 'READ',
      situation: 'read by an external recipient: still not recallable',
      address: 'laura.jensen@fabrikam.com',
      facts: aRecipient('laura.jensen@fabrikam.com').external().hasRead(),
      verdict: 'not-recallable',
      reasons: ['EXTERNAL', 'READ'],
      overall: 'not-recallable',
    },
    {
      code: 'GROUP_HAS_EXTERNAL_MEMBERS',
      situation: 'internal group with 3 of 12 members outside',
      address: 'atlas@contoso.com',
      facts: aRecipient('atlas@contoso.com').internal().groupOf(12, 3),
      verdict: 'uncertain',
      reasons: ['INTERNAL', 'GROUP_HAS_EXTERNAL_MEMBERS'],
      overall: 'uncertain',
    },
    {
      code: 'INTERNAL',
      situation: 'internal group with no outside members',
      address: 'atlas@contoso.com',
      facts: aRecipient('atlas@contoso.com').internal().groupOf(12, 0),
      verdict: 'recallable',
      reasons: ['INTERNAL'],
      overall: 'recallable',
    },
    {
      code: 'SCOPE_UNKNOWN',
      situation: 'no source could answer',
      address: boris,
      facts: aRecipient(boris).unknownScope(),
      verdict: 'uncertain',
      reasons: ['SCOPE_UNKNOWN'],
      overall: 'uncertain',
    },
    {
      code: 'SCOPE_UNKNOWN',
      situation: "only the sender's own domain matched (a guess)",
      address: boris,
      facts: aRecipient(boris).guessedInternalFromSenderDomain(),
      verdict: 'uncertain',
      reasons: ['SCOPE_UNKNOWN'],
      overall: 'uncertain',
    },
    {
      code: 'SCOPE_UNKNOWN',
      situation: 'no facts at all for the address',
      address: 'someone@contoso.com',
      facts: aRecipient('other@contoso.com').internal(),
      verdict: 'uncertain',
      reasons: ['SCOPE_UNKNOWN'],
      overall: 'uncertain',
    },
    {
      code: 'MALFORMED_ADDRESS',
      situation: 'no @ at all',
      address: 'not-an-address',
      facts: aRecipient('not-an-address').internal(),
      verdict: 'uncertain',
      reasons: ['MALFORMED_ADDRESS'],
      overall: 'uncertain',
    },
    {
      code: 'READ_STATE_UNKNOWN',
      situation: 'receipts unreadable, org recalls only unread messages',
      address: boris,
      facts: aRecipient(boris).internal().readStateUnknown(),
      policy: aPolicy().recallingReadMessages(false),
      verdict: 'uncertain',
      reasons: ['INTERNAL', 'READ_STATE_UNKNOWN'],
      overall: 'uncertain',
    },
    {
      code: 'INTERNAL',
      situation: 'receipts unreadable, org recalls read messages too: reading changes nothing',
      address: boris,
      facts: aRecipient(boris).internal().readStateUnknown(),
      verdict: 'recallable',
      reasons: ['INTERNAL'],
      overall: 'recallable',
    },
    {
      code: 'READ_STATE_UNKNOWN',
      situation: 'receipts unreadable, an external recipient stays not-recallable',
      address: 'laura.jensen@fabrikam.com',
      facts: aRecipient('laura.jensen@fabrikam.com').external().readStateUnknown(),
      policy: aPolicy().recallingReadMessages(false),
      verdict: 'not-recallable',
      reasons: ['EXTERNAL', 'READ_STATE_UNKNOWN'],
      overall: 'not-recallable',
    },
    {
      code: 'GROUP_MEMBERS_UNKNOWN',
      situation: 'internal group, MailTips gave no outside-member count',
      address: 'atlas@contoso.com',
      facts: aRecipient('atlas@contoso.com').internal().groupWithUncountedExternals(12),
      verdict: 'uncertain',
      reasons: ['INTERNAL', 'GROUP_MEMBERS_UNKNOWN'],
      overall: 'uncertain',
    },
    {
      code: 'MALFORMED_ADDRESS',
      situation: 'an empty address',
      address: '',
      facts: aRecipient('').unknownScope(),
      verdict: 'uncertain',
      reasons: ['MALFORMED_ADDRESS'],
      overall: 'uncertain',
    },
    {
      code: 'SCOPE_CONFLICTING',
      situation: 'MailTips answered internal and external for the address',
      address: boris,
      facts: aRecipient(boris).conflictingMailTips(),
      verdict: 'uncertain',
      reasons: ['SCOPE_CONFLICTING'],
      overall: 'uncertain',
    },
    {
      code: 'SCOPE_CONFLICTING',
      situation: 'conflicting MailTips for an address outside the verified domains: unknown, not external',
      address: 'laura.jensen@fabrikam.com',
      facts: aRecipient('laura.jensen@fabrikam.com').conflictingMailTips(),
      verdict: 'uncertain',
      reasons: ['SCOPE_CONFLICTING'],
      overall: 'uncertain',
    },
    {
      code: 'CONSUMER_MAILBOX',
      situation: 'conflicting MailTips about a gmail.com address: still a personal mailbox',
      address: 'dmitry.k@gmail.com',
      facts: aRecipient('dmitry.k@gmail.com').conflictingMailTips(),
      verdict: 'not-recallable',
      reasons: ['CONSUMER_MAILBOX'],
      overall: 'not-recallable',
    },
  ];

  it.each(rows.map((r) => [r.code, r.situation, r] as const))('%s — %s', (_code, _situation, row) => {
    const assessment = assess(aMessage().to(row.address), [row.facts], row.policy ?? aPolicy());
    const [recipient] = assessment.recipients;
    expect(assessment.recipients).toHaveLength(1);
    expect(recipient?.verdict).toBe(row.verdict);
    expect(recipient?.reasons).toEqual(row.reasons);
    expect(assessment.messageReasons).toEqual([]);
    expect(assessment.overall).toBe(row.overall);
  });

  it('every reason code has at least one row in these tables', () => {
    const covered = new Set<string>([
      ...rows.map((r) => r.code),
      ...['NOT_EXCHANGE_MAILBOX', 'NOT_IN_SENT_ITEMS', 'MEETING_ITEM', 'RECALL_DISABLED_BY_POLICY', 'ALREADY_RECALLED', 'TOO_OLD'],
      ...['SENT_ITEMS_UNKNOWN', 'SENT_TIME_UNKNOWN', 'RECALL_HISTORY_UNKNOWN', 'RECALL_POLICY_UNKNOWN', 'AGE_LIMIT_UNKNOWN', 'ITEM_CLASS_UNKNOWN'],
      'RECIPIENTS_INCOMPLETE',
    ]);
    expect([...ALL_MESSAGE_REASONS, ...ALL_RECIPIENT_REASONS].filter((code) => !covered.has(code))).toEqual([]);
  });

  it('a group tells how many members are outside; a person has no such count', () => {
    const assessment = assess(aMessage().to('atlas@contoso.com', boris), [
      aRecipient('atlas@contoso.com').internal().groupOf(12, 3),
      aRecipient(boris).internal(),
    ]);
    expect(rowFor(assessment, 'atlas@contoso.com').externalMembers).toBe(3);
    expect(rowFor(assessment, boris).externalMembers).toBeNull();
  });
});
