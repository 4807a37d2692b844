/**
 * One row per reason code: the situation that triggers it, what each recipient gets, and the
 * overall verdict the sender sees. A new rule adds a row here (see reference/style.md).
 */
import type { Verdict, OverallVerdict } from '../../../src/domain/verdict';
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
    ['ALREADY_RECALLED', aMessage().alreadyRecalled().to(boris, maria), aPolicy()],
    ['TOO_OLD', aMessage().sentDaysAgo(2).to(boris, maria), aPolicy().maxAgeDays(1)],
  ])('%s: everyone not-recallable, overall not-recallable, the code is the only message reason', (code, message, policy) => {
    const assessment = assess(message, internalPair(), policy);
    expect(assessment.messageReasons).toEqual([code]);
    expect(assessment.overall).toBe('not-recallable');
    expect(assessment.recipients.map((r) => r.verdict)).toEqual(['not-recallable', 'not-recallable']);
    // The recipient's own situation is still told (they are internal), only the verdict is blocked.
    expect(rowFor(assessment, boris).reasons).toEqual(['INTERNAL']);
  });

  it.each([
    ['IPM.Schedule.Meeting.Request'],
    ['IPM.Schedule.Meeting.Canceled'],
    ['IPM.Schedule.Meeting.Resp.Pos'],
    ['ipm.schedule.meeting.request'],
  ])('MEETING_ITEM: %s is a meeting item', (itemClass) => {
    expect(assess(aMessage().ofClass(itemClass).to(boris), [aRecipient(boris).internal()]).messageReasons).toEqual(['MEETING_ITEM']);
  });

  it.each([['IPM.Note'], ['IPM.Note.SMIME'], ['IPM.Schedule.MeetingNotes']])('MEETING_ITEM: %s is not a meeting item', (itemClass) => {
    expect(assess(aMessage().ofClass(itemClass).to(boris), [aRecipient(boris).internal()]).messageReasons).toEqual([]);
  });

  it.each([
    ['unknown account kind (Office did not say)', aMessage().fromUnknownAccount()],
    ['Sent Items not known (Graph could not say)', aMessage().sentItemsUnknown()],
    ['sending time unknown', aMessage().sentAtUnknownTime()],
  ])('not knowing is not a blocker: %s', (_why, message) => {
    const assessment = assess(message.to(boris), [aRecipient(boris).internal()]);
    expect(assessment.messageReasons).toEqual([]);
    expect(assessment.overall).toBe('recallable');
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
    { code: 'INTERNAL', situation: 'MailTips says internal', address: boris, facts: aRecipient(boris).internal(), verdict: 'recallable', reasons: ['INTERNAL'], overall: 'recallable' },
    { code: 'INTERNAL', situation: 'a verified domain of the tenant', address: boris, facts: aRecipient(boris).internal('verifiedDomains'), verdict: 'recallable', reasons: ['INTERNAL'], overall: 'recallable' },
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
    { code: 'EXTERNAL', situation: 'MailTips says external', address: 'laura.jensen@fabrikam.com', facts: aRecipient('laura.jensen@fabrikam.com').external(), verdict: 'not-recallable', reasons: ['EXTERNAL'], overall: 'not-recallable' },
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
    { code: 'CONSUMER_MAILBOX', situation: 'gmail.com', address: 'dmitry.k@gmail.com', facts: aRecipient('dmitry.k@gmail.com').external(), verdict: 'not-recallable', reasons: ['CONSUMER_MAILBOX'], overall: 'not-recallable' },
    { code: 'CONSUMER_MAILBOX', situation: 'mail.ru, scope unknown', address: 'petr@mail.ru', facts: aRecipient('petr@mail.ru').unknownScope(), verdict: 'not-recallable', reasons: ['CONSUMER_MAILBOX'], overall: 'not-recallable' },
    { code: 'CONSUMER_MAILBOX', situation: 'yandex.ru in capitals', address: 'Dmitry@YANDEX.RU', facts: aRecipient('dmitry@yandex.ru').unknownScope(), verdict: 'not-recallable', reasons: ['CONSUMER_MAILBOX'], overall: 'not-recallable' },
    { code: 'CONSUMER_MAILBOX', situation: 'outlook.com even if a source called it internal', address: 'kim@outlook.com', facts: aRecipient('kim@outlook.com').internal(), verdict: 'not-recallable', reasons: ['CONSUMER_MAILBOX'], overall: 'not-recallable' },
    { code: 'READ', situation: 'read receipt, org recalls read messages (default)', address: boris, facts: aRecipient(boris).internal().hasRead(), verdict: 'recallable', reasons: ['INTERNAL', 'READ'], overall: 'recallable' },
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
    { code: 'INTERNAL', situation: 'internal group with no outside members', address: 'atlas@contoso.com', facts: aRecipient('atlas@contoso.com').internal().groupOf(12, 0), verdict: 'recallable', reasons: ['INTERNAL'], overall: 'recallable' },
    { code: 'SCOPE_UNKNOWN', situation: 'no source could answer', address: boris, facts: aRecipient(boris).unknownScope(), verdict: 'uncertain', reasons: ['SCOPE_UNKNOWN'], overall: 'uncertain' },
    { code: 'SCOPE_UNKNOWN', situation: "only the sender's own domain matched (a guess)", address: boris, facts: aRecipient(boris).guessedInternalFromSenderDomain(), verdict: 'uncertain', reasons: ['SCOPE_UNKNOWN'], overall: 'uncertain' },
    { code: 'SCOPE_UNKNOWN', situation: 'no facts at all for the address', address: 'someone@contoso.com', facts: aRecipient('other@contoso.com').internal(), verdict: 'uncertain', reasons: ['SCOPE_UNKNOWN'], overall: 'uncertain' },
    { code: 'MALFORMED_ADDRESS', situation: 'no @ at all', address: 'not-an-address', facts: aRecipient('not-an-address').internal(), verdict: 'uncertain', reasons: ['MALFORMED_ADDRESS'], overall: 'uncertain' },
    { code: 'MALFORMED_ADDRESS', situation: 'an empty address', address: '', facts: aRecipient('').unknownScope(), verdict: 'uncertain', reasons: ['MALFORMED_ADDRESS'], overall: 'uncertain' },
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
    const covered = new Set<string>([...rows.map((r) => r.code), 'NOT_EXCHANGE_MAILBOX', 'NOT_IN_SENT_ITEMS', 'MEETING_ITEM', 'RECALL_DISABLED_BY_POLICY', 'ALREADY_RECALLED', 'TOO_OLD']);
    expect([...ALL_MESSAGE_REASONS, ...ALL_RECIPIENT_REASONS].filter((code) => !covered.has(code))).toEqual([]);
  });

  it('a group tells how many members are outside; a person has no such count', () => {
    const assessment = assess(aMessage().to('atlas@contoso.com', boris), [aRecipient('atlas@contoso.com').internal().groupOf(12, 3), aRecipient(boris).internal()]);
    expect(rowFor(assessment, 'atlas@contoso.com').externalMembers).toBe(3);
    expect(rowFor(assessment, boris).externalMembers).toBeNull();
  });
});
