import { parseAddress } from '../../src/domain/address';
import {
  audienceOf,
  FORM_RECIPIENT_LIMIT,
  includedByRule,
  planBatches,
  planFollowUp,
  type Audience,
  type FollowUpPlanInput,
  type FollowUpWhy,
} from '../../src/domain/followUp';
import type { RecallOutcome } from '../../src/domain/recallTracking';
import { aMessage, aPolicy, aRecipient, assess, type MessageBuilder, type RecipientFactsBuilder } from '../builders/domain';

/*
 * The planner decides, per recipient, whether the follow-up goes to them and why (a stable code),
 * and which wording (internal / external) they get. Rows are named by the code they produce.
 */

const n = (address: string) => parseAddress(address).key;
const outcomes = (entries: Record<string, RecallOutcome>) => new Map(Object.entries(entries).map(([a, o]) => [n(a), o]));

interface Row {
  readonly message: MessageBuilder;
  readonly facts?: readonly RecipientFactsBuilder[];
  readonly policy?: ReturnType<typeof aPolicy>;
  readonly input?: FollowUpPlanInput;
  readonly address: string;
  readonly included: boolean;
  readonly why: FollowUpWhy;
  readonly audience: Audience;
}

const BORIS = 'boris.ivanov@contoso.com';
const LAURA = 'laura.jensen@fabrikam.com';
const DMITRY = 'dmitry.k@gmail.com';
const PARTNER = 'kim@partner.example';

const ROWS: readonly [string, Row][] = [
  [
    'NOT_RECALLABLE: outside the organisation',
    { message: aMessage().to(LAURA), facts: [aRecipient(LAURA).external()], address: LAURA, included: true, why: 'NOT_RECALLABLE', audience: 'external' },
  ],
  ['NOT_RECALLABLE: a personal mailbox', { message: aMessage().to(DMITRY), address: DMITRY, included: true, why: 'NOT_RECALLABLE', audience: 'external' }],
  [
    'NOT_RECALLABLE: a colleague, when a message-level blocker stops every recall (wording stays internal)',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      policy: aPolicy().recallDisabled(),
      address: BORIS,
      included: true,
      why: 'NOT_RECALLABLE',
      audience: 'internal',
    },
  ],
  [
    'NOT_RECALLABLE: read, and the org does not recall read mail',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal().hasRead()],
      policy: aPolicy().recallingReadMessages(false),
      address: BORIS,
      included: true,
      why: 'NOT_RECALLABLE',
      audience: 'internal',
    },
  ],
  [
    'UNCERTAIN: scope unknown (external wording, to be safe)',
    { message: aMessage().to(BORIS), facts: [aRecipient(BORIS).unknownScope()], address: BORIS, included: true, why: 'UNCERTAIN', audience: 'external' },
  ],
  [
    'UNCERTAIN: a partner tenant on the allow-list',
    {
      message: aMessage().to(PARTNER),
      facts: [aRecipient(PARTNER).external()],
      policy: aPolicy().partnerDomains('partner.example'),
      address: PARTNER,
      included: true,
      why: 'UNCERTAIN',
      audience: 'external',
    },
  ],
  [
    'UNCERTAIN: an internal group with outside members (outsiders read it: external wording)',
    {
      message: aMessage().to('atlas@contoso.com'),
      facts: [aRecipient('atlas@contoso.com').internal().groupOf(10, 3)],
      address: 'atlas@contoso.com',
      included: true,
      why: 'UNCERTAIN',
      audience: 'external',
    },
  ],
  [
    'RECALLABLE: a colleague the recall reaches, nothing tracked yet',
    { message: aMessage().to(BORIS), facts: [aRecipient(BORIS).internal()], address: BORIS, included: false, why: 'RECALLABLE', audience: 'internal' },
  ],
  [
    'RECALLED: the report says it is gone',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'succeeded' }) },
      address: BORIS,
      included: false,
      why: 'RECALLED',
      audience: 'internal',
    },
  ],
  [
    // Issue 22, item 5: the recall removed the copy, not what they read (the case the guide warns about).
    'RECALLED_BUT_READ: the report says it is gone, but their read receipt came first',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal().hasRead()],
      input: { outcomes: outcomes({ [BORIS]: 'succeeded' }) },
      address: BORIS,
      included: true,
      why: 'RECALLED_BUT_READ',
      audience: 'internal',
    },
  ],
  [
    'RECALL_FAILED: the report says it failed',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'failed' }) },
      address: BORIS,
      included: true,
      why: 'RECALL_FAILED',
      audience: 'internal',
    },
  ],
  [
    'RECALL_UNKNOWN: no report about them',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'unknown' }) },
      address: BORIS,
      included: true,
      why: 'RECALL_UNKNOWN',
      audience: 'internal',
    },
  ],
  [
    'RECALL_PENDING: still running, so not ticked (a note now would draw attention to it)',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'pending' }) },
      address: BORIS,
      included: false,
      why: 'RECALL_PENDING',
      audience: 'internal',
    },
  ],
  [
    'RECALL_NOT_TRACKED: recalled with Outlook’s command, no report read: not ticked',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).unknownScope()],
      input: { recallRequested: true },
      address: BORIS,
      included: false,
      why: 'RECALL_NOT_TRACKED',
      audience: 'external',
    },
  ],
  [
    'RECALL_NOT_TRACKED: colleague at the sender’s domain without Graph gets the internal wording',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).unknownScope()],
      input: { recallRequested: true, sender: 'alex.morgan@contoso.com' },
      address: BORIS,
      included: false,
      why: 'RECALL_NOT_TRACKED',
      audience: 'internal',
    },
  ],
  [
    'UNCERTAIN: a group whose colleagues were recalled still has outside members',
    {
      message: aMessage().to('atlas@contoso.com'),
      facts: [aRecipient('atlas@contoso.com').internal().groupOf(10, 3)],
      input: { outcomes: outcomes({ 'atlas@contoso.com': 'succeeded' }) },
      address: 'atlas@contoso.com',
      included: true,
      why: 'UNCERTAIN',
      audience: 'external',
    },
  ],
  [
    'RECALL_NOT_TRACKED: a recall was requested earlier and no report was read: the recalled colleague is not ticked',
    {
      message: aMessage().to(BORIS).alreadyRecalled(),
      facts: [aRecipient(BORIS).internal()],
      address: BORIS,
      included: false,
      why: 'RECALL_NOT_TRACKED',
      audience: 'internal',
    },
  ],
  [
    'NOT_RECALLABLE: a recall requested earlier never aimed at someone outside',
    {
      message: aMessage().to(LAURA).alreadyRecalled(),
      facts: [aRecipient(LAURA).external()],
      address: LAURA,
      included: true,
      why: 'NOT_RECALLABLE',
      audience: 'external',
    },
  ],
  [
    'ADDED_BY_USER: recalled, but the user wants to write anyway',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'succeeded' }), add: new Set([n(BORIS)]) },
      address: BORIS,
      included: true,
      why: 'ADDED_BY_USER',
      audience: 'internal',
    },
  ],
  [
    'ADDED_BY_USER: recallable, added by the user',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { add: new Set([n(BORIS)]) },
      address: BORIS,
      included: true,
      why: 'ADDED_BY_USER',
      audience: 'internal',
    },
  ],
  [
    'REMOVED_BY_USER: outside, taken out by the user',
    {
      message: aMessage().to(LAURA),
      facts: [aRecipient(LAURA).external()],
      input: { remove: new Set([n(LAURA)]) },
      address: LAURA,
      included: false,
      why: 'REMOVED_BY_USER',
      audience: 'external',
    },
  ],
  [
    'MALFORMED: an unreadable address is never written to',
    { message: aMessage().to('not-an-address'), address: 'not-an-address', included: false, why: 'MALFORMED', audience: 'external' },
  ],
  [
    'MALFORMED: even when the user tries to add it',
    {
      message: aMessage().to('not-an-address'),
      input: { add: new Set([n('not-an-address')]) },
      address: 'not-an-address',
      included: false,
      why: 'MALFORMED',
      audience: 'external',
    },
  ],
  [
    'an override that agrees with the rule changes nothing (add someone already included)',
    { message: aMessage().to(DMITRY), input: { add: new Set([n(DMITRY)]) }, address: DMITRY, included: true, why: 'NOT_RECALLABLE', audience: 'external' },
  ],
  [
    'an override that agrees with the rule changes nothing (remove someone already left out)',
    {
      message: aMessage().to(BORIS),
      facts: [aRecipient(BORIS).internal()],
      input: { remove: new Set([n(BORIS)]) },
      address: BORIS,
      included: false,
      why: 'RECALLABLE',
      audience: 'internal',
    },
  ],
  [
    'SENDER: the sender among blocked recipients gets no apology, whatever the case',
    {
      message: aMessage().to('Alex.Morgan@Contoso.com', DMITRY).sentDaysAgo(400),
      facts: [aRecipient('alex.morgan@contoso.com').internal()],
      policy: aPolicy().maxAgeDays(1),
      input: { sender: 'Alex.Morgan@contoso.com' },
      address: 'alex.morgan@contoso.com',
      included: false,
      why: 'SENDER',
      audience: 'internal',
    },
  ],
  [
    'SENDER: even when the user tries to add them',
    {
      message: aMessage().to('alex.morgan@contoso.com'),
      facts: [aRecipient('alex.morgan@contoso.com').internal()],
      input: { sender: 'alex.morgan@contoso.com', add: new Set([n('alex.morgan@contoso.com')]) },
      address: 'alex.morgan@contoso.com',
      included: false,
      why: 'SENDER',
      audience: 'internal',
    },
  ],
  [
    'SENDER: the signed-in user is never written to, even on a message someone else sent (issue #22 item 6)',
    {
      message: aMessage().from(BORIS).notInSentItems().to('Alex.Morgan@contoso.com'),
      facts: [aRecipient('alex.morgan@contoso.com').internal()],
      input: { sender: BORIS, user: 'alex.morgan@contoso.com', add: new Set([n('alex.morgan@contoso.com')]) },
      address: 'alex.morgan@contoso.com',
      included: false,
      why: 'SENDER',
      audience: 'internal',
    },
  ],
  [
    'outcomes are matched by normalised address',
    {
      message: aMessage().to('Boris.Ivanov@CONTOSO.com'),
      facts: [aRecipient(BORIS).internal()],
      input: { outcomes: outcomes({ [BORIS]: 'failed' }) },
      address: BORIS,
      included: true,
      why: 'RECALL_FAILED',
      audience: 'internal',
    },
  ],
];

describe('planFollowUp: who gets a follow-up, and why', () => {
  it.each(ROWS)('%s', (_name, row) => {
    const plan = planFollowUp(assess(row.message, row.facts ?? [], row.policy ?? aPolicy()), row.input);
    const planned = plan.all.find((p) => p.recipient.parsed.key === n(row.address));
    expect(planned).toBeDefined();
    expect({ included: planned?.included, why: planned?.why, audience: planned?.audience }).toEqual({
      included: row.included,
      why: row.why,
      audience: row.audience,
    });
    // included / excluded partition `all`.
    expect(plan.included.includes(planned as never)).toBe(row.included);
    expect(plan.excluded.includes(planned as never)).toBe(!row.included);
  });

  it('keeps the rule’s own decision next to the user’s change', () => {
    const plan = planFollowUp(assess(aMessage().to(LAURA), [aRecipient(LAURA).external()]), { remove: new Set([n(LAURA)]) });
    expect(plan.all[0]).toMatchObject({ ruleWhy: 'NOT_RECALLABLE', why: 'REMOVED_BY_USER', included: false });
    expect(includedByRule(plan.all[0] as never)).toBe(true);
    // "May still have it" counts the rule, not the user's ticks.
    expect(plan.mayStillHave).toBe(1);
    expect(plan.included).toEqual([]);
  });

  it('carries the tracked outcome for those the recall aimed at, null for the others', () => {
    const plan = planFollowUp(assess(aMessage().to(BORIS, DMITRY), [aRecipient(BORIS).internal()]), { outcomes: outcomes({ [BORIS]: 'failed' }) });
    expect(plan.all.map((p) => [p.recipient.parsed.normalised, p.outcome])).toEqual([
      [BORIS, 'failed'],
      [DMITRY, null],
    ]);
  });

  it('a whole partial message: colleagues the recall reached stay out, everyone else is in, in message order', () => {
    const assessment = assess(aMessage().to(BORIS, 'maria@contoso.com', DMITRY).cc(LAURA), [
      aRecipient(BORIS).internal(),
      aRecipient('maria@contoso.com').internal(),
      aRecipient(LAURA).external(),
    ]);
    const plan = planFollowUp(assessment, { outcomes: outcomes({ [BORIS]: 'succeeded', 'maria@contoso.com': 'failed' }) });
    expect(plan.included.map((p) => [p.recipient.parsed.normalised, p.why])).toEqual([
      ['maria@contoso.com', 'RECALL_FAILED'],
      [DMITRY, 'NOT_RECALLABLE'],
      [LAURA, 'NOT_RECALLABLE'],
    ]);
    expect(plan.excluded.map((p) => [p.recipient.parsed.normalised, p.why])).toEqual([[BORIS, 'RECALLED']]);
    expect(plan.mayStillHave).toBe(3);
  });
});

describe('audienceOf: which wording', () => {
  it.each<[string, Parameters<typeof audienceOf>[0]['reasons'], Audience, string | null]>([
    ['INTERNAL', ['INTERNAL'], 'internal', null],
    ['INTERNAL + READ', ['INTERNAL', 'READ'], 'internal', null],
    ['EXTERNAL', ['EXTERNAL'], 'external', null],
    ['CONSUMER_MAILBOX', ['CONSUMER_MAILBOX'], 'external', null],
    ['EXTERNAL_ALLOWED_TENANT', ['EXTERNAL_ALLOWED_TENANT'], 'external', null],
    ['INTERNAL + GROUP_HAS_EXTERNAL_MEMBERS', ['INTERNAL', 'GROUP_HAS_EXTERNAL_MEMBERS'], 'external', null],
    ['SCOPE_UNKNOWN (unknown: external to be safe)', ['SCOPE_UNKNOWN'], 'external', null],
    ['SCOPE_UNKNOWN at the sender’s own domain (no Graph): internal wording', ['SCOPE_UNKNOWN'], 'internal', 'contoso.com'],
    ['SCOPE_UNKNOWN at another domain stays external', ['SCOPE_UNKNOWN'], 'external', 'fabrikam.com'],
    ['MALFORMED_ADDRESS', ['MALFORMED_ADDRESS'], 'external', null],
    ['no reasons at all', [], 'external', null],
  ])('%s', (_name, reasons, audience, senderDomain) => {
    expect(audienceOf({ reasons, parsed: parseAddress('someone@contoso.com') }, senderDomain)).toBe(audience);
  });
});

describe('planBatches: per audience, ≤ 100 per field, Bcc stays Bcc', () => {
  const people = (count: number, domain: string, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@${domain}`);

  it('splits each audience on its own and keeps Bcc recipients hidden', () => {
    const internal = people(3, 'contoso.com', 'c');
    const external = people(150, 'gmail.com', 'g');
    const hidden = people(120, 'yahoo.com', 'y');
    const assessment = assess(
      aMessage()
        .to(...internal, ...external)
        .bcc(...hidden),
      internal.map((a) => aRecipient(a).internal()),
      aPolicy().recallDisabled(),
    );
    const plan = planFollowUp(assessment);
    const ext = planBatches(plan, 'external');
    // Outsiders at two organisations (gmail.com, yahoo.com): nobody sees the others, all in Bcc.
    expect(ext.map((b) => [b.to.length, b.bcc.length])).toEqual([
      [0, FORM_RECIPIENT_LIMIT],
      [0, FORM_RECIPIENT_LIMIT],
      [0, 70],
    ]);
    expect(ext.flatMap((b) => b.bcc).every((r) => r.field === 'bcc')).toBe(true);
    expect(planBatches(plan, 'internal').map((b) => b.to.map((r) => r.address))).toEqual([internal]);
  });

  it('outsiders at one organisation see each other (To); at several, everyone is in Bcc', () => {
    const one = planFollowUp(assess(aMessage().to(LAURA, 'kai@fabrikam.com'), [aRecipient(LAURA).external(), aRecipient('kai@fabrikam.com').external()]));
    expect(planBatches(one, 'external').map((b) => [b.to.map((r) => r.address), b.bcc.length])).toEqual([[[LAURA, 'kai@fabrikam.com'], 0]]);
    const several = planFollowUp(assess(aMessage().to(LAURA, DMITRY), [aRecipient(LAURA).external()]));
    expect(planBatches(several, 'external').map((b) => [b.to.length, b.bcc.map((r) => r.address)])).toEqual([[0, [LAURA, DMITRY]]]);
  });

  it('only included recipients: the user’s removals are not written to', () => {
    const plan = planFollowUp(assess(aMessage().to(DMITRY, 'olga@mail.ru')), { remove: new Set([n(DMITRY)]) });
    expect(planBatches(plan, 'external').flatMap((b) => b.to.map((r) => r.address))).toEqual(['olga@mail.ru']);
    expect(planBatches(plan, 'internal')).toEqual([]);
  });
});
