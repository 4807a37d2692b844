/**
 * Fail closed, as a property (issue #12): for every evidence source × every way it can go wrong,
 * the verdict is never more hopeful than with that source present and honest.
 *
 * "More hopeful" is defined by what the pane promises. Only `recallable` promises a recall;
 * `uncertain` and `not-recallable` both send the user to a follow-up (the follow-up planner takes
 * every row that is not recallable), so they are not ranked against each other: a gap may turn a
 * "no" into "we don't know" when it removes the evidence for the "no" (MailTips said external).
 * So, per recipient: recallable with the gap ⇒ recallable without it; overall: `recallable` with
 * the gap ⇒ `recallable` without it, and the number of recipients promised never grows. And the
 * pane says what is missing: a row that was recallable and is now uncertain names a gap code.
 *
 * Worlds are random (fast-check): who the recipients really are, the policy, the message; the
 * honest evidence is derived from the world; "background" gaps are applied to both sides, so each
 * fault is also checked on top of every other (degrading never adds hope, from any starting point).
 * The HTTP-level counterpart (the same sources through MSW and checkMessage) is the evidence-gap
 * dimension of test/unit/faultMatrix.test.ts.
 */
import fc from 'fast-check';
import { parseAddress, parseRecipient, type MailboxKey, type ParsedRecipient } from '../../../src/domain/address';
import { assessMessage, type Assessment } from '../../../src/domain/assessment';
import type { MessageFacts, RecipientField } from '../../../src/domain/facts';
import { UNREADABLE_POLICY_FALLBACKS, type PolicyField, type RecallPolicy } from '../../../src/domain/policy';
import { MessageReason, RecipientReason, type ReasonCode } from '../../../src/domain/reasonCodes';
import { resolveRecipientFacts, type MailTip, type ScopeEvidence } from '../../../src/domain/scopeEvidence';
import { DAY, NOW } from '../../builders/domain';
import { answeredTip } from '../../builders/mailTips';

/** Who a recipient really is; the honest MailTips answer follows from it. */
type Kind = 'person' | 'idnPerson' | 'group' | 'groupWithOutsiders' | 'hybrid' | 'external' | 'partner' | 'consumer';
const DOMAIN: Record<Kind, string> = {
  person: 'contoso.com',
  idnPerson: 'пример.рф',
  group: 'contoso.com',
  groupWithOutsiders: 'contoso.com',
  // Internal by MailTips although the domain is not verified (a subsidiary in the same tenant).
  hybrid: 'subsidiary.example',
  external: 'fabrikam.com',
  partner: 'northwind.example',
  consumer: 'gmail.com',
};
const VERIFIED = ['contoso.com', 'xn--e1afmkfd.xn--p1ai'];

interface Person {
  readonly kind: Kind;
  readonly field: RecipientField;
  readonly read: boolean;
}

interface World {
  readonly people: readonly Person[];
  readonly policy: RecallPolicy;
  readonly itemClass: string;
  readonly ageMs: number;
  readonly recallRequested: boolean;
}

const address = (p: Person, i: number) => `${p.kind.toLowerCase()}${i}@${DOMAIN[p.kind]}`;

const worldArb: fc.Arbitrary<World> = fc.record({
  people: fc.array(
    fc.record({
      kind: fc.constantFrom<Kind>('person', 'person', 'idnPerson', 'group', 'groupWithOutsiders', 'hybrid', 'external', 'partner', 'consumer'),
      field: fc.constantFrom<RecipientField>('to', 'to', 'cc', 'bcc'),
      read: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  policy: fc.record({
    recallEnabled: fc.constantFrom(true, true, true, false),
    recallReadMessages: fc.boolean(),
    maxRecallableAgeDays: fc.constantFrom(1, 7, 365),
    alertRecipients: fc.boolean(),
    crossTenantAllowedDomains: fc.constantFrom([], ['northwind.example']),
    securityContact: fc.constant(null),
    usesPurviewEncryption: fc.boolean(),
  }),
  itemClass: fc.constantFrom('IPM.Note', 'IPM.Note', 'IPM.Note.SMIME', 'IPM.Schedule.Meeting.Request'),
  ageMs: fc.constantFrom(5 * 60_000, 2 * DAY, 30 * DAY),
  recallRequested: fc.constantFrom(false, false, false, true),
});

/** Everything the rules are given: the message, the scope evidence, the policy. */
interface Inputs {
  readonly message: MessageFacts;
  readonly evidence: ScopeEvidence;
  readonly policy: RecallPolicy;
}

function honestInputs(world: World): Inputs {
  // The name tags each person, so a row is found again whatever a fault does to its address.
  const recipients: ParsedRecipient[] = world.people.map((p, i) => parseRecipient({ name: `#${i}`, address: address(p, i), field: p.field }));
  const tips = new Map<MailboxKey, MailTip>();
  const readers = new Set<MailboxKey>();
  world.people.forEach((p, i) => {
    const key = parseAddress(address(p, i)).key;
    const internal = ['person', 'idnPerson', 'group', 'groupWithOutsiders', 'hybrid'].includes(p.kind);
    const members = p.kind === 'group' || p.kind === 'groupWithOutsiders' ? 12 : 1;
    tips.set(key, answeredTip(internal ? 'internal' : 'external', members, p.kind === 'groupWithOutsiders' ? 3 : 0));
    if (p.read) readers.add(key);
  });
  return {
    message: {
      accountKind: 'work',
      inSentItems: true,
      itemClass: world.itemClass,
      subject: 'Q4',
      sentDateTime: new Date(NOW.getTime() - world.ageMs),
      senderAddress: 'alex@contoso.com',
      recipients,
      recipientListComplete: true,
      recallRequested: world.recallRequested,
    },
    evidence: { mailTips: tips, verifiedDomains: VERIFIED, senderDomain: 'contoso.com', readReceiptsFrom: readers },
    policy: world.policy,
  };
}

// ---------------------------------------------------------------------------------------------
// Faults: source × how it fails. Each takes honest inputs (and a pick, to choose one recipient)
// and returns what the rules get when that source is missing, failed, malformed or disguised.
// HTTP error and malformed body reach the rules as "missing" (Result not ok); the HTTP layer is
// the fault matrix's job. Here: what each source's absence or disguise means for the verdict.

type Fault = (inputs: Inputs, pick: number) => Inputs;

const mapTips = (inputs: Inputs, f: (tip: MailTip, key: MailboxKey, index: number) => MailTip | undefined): Inputs => {
  const tips = new Map<MailboxKey, MailTip>();
  [...(inputs.evidence.mailTips ?? new Map<MailboxKey, MailTip>()).entries()].forEach(([key, tip], i) => {
    const changed = f(tip, key, i);
    if (changed !== undefined) tips.set(key, changed);
  });
  return { ...inputs, evidence: { ...inputs.evidence, mailTips: inputs.evidence.mailTips === null ? null : tips } };
};
const picked = (inputs: Inputs, pick: number) => pick % Math.max(1, inputs.message.recipients.length);
const withPolicyField =
  (field: PolicyField): Fault =>
  (inputs) => ({ ...inputs, policy: { ...inputs.policy, [field]: UNREADABLE_POLICY_FALLBACKS[field] } });
const disguiseAddress =
  (disguise: (address: string) => string): Fault =>
  (inputs, pick) => ({
    ...inputs,
    message: {
      ...inputs.message,
      recipients: inputs.message.recipients.map((r, i) => (i === picked(inputs, pick) ? parseRecipient({ ...r, address: disguise(r.address) }) : r)),
    },
  });
const withoutBcc = (inputs: Inputs) => inputs.message.recipients.filter((r) => r.field !== 'bcc');
const domainPart = (f: (domain: string) => string) => (a: string) => `${a.split('@')[0] ?? ''}@${f(a.split('@')[1] ?? '')}`;

const FAULTS: Readonly<Record<string, Readonly<Record<string, Fault>>>> = {
  'message lookup': {
    // Office.js facts only: Sent Items unconfirmed, Bcc invisible.
    missing: (inputs) => ({
      ...inputs,
      message: { ...inputs.message, inSentItems: null, recipients: withoutBcc(inputs), recipientListComplete: false },
    }),
    'unreadable sending time': (inputs) => ({ ...inputs, message: { ...inputs.message, sentDateTime: null } }),
    // Conflicting and partial answers (#21): the message found, its Bcc line left out…
    'Bcc not given': (inputs) => ({ ...inputs, message: { ...inputs.message, recipients: withoutBcc(inputs), recipientListComplete: false } }),
    // …or its lists leaving out someone Outlook shows (who is kept: recipientMerge.ts).
    'lists disagree with Outlook': (inputs) => ({ ...inputs, message: { ...inputs.message, recipientListComplete: false } }),
  },
  'MailTips chunk': {
    'not asked (no Graph)': (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, mailTips: null } }),
    failed: (inputs) => mapTips(inputs, () => ({ kind: 'failed' })),
  },
  'MailTips per address': {
    error: (inputs, pick) => mapTips(inputs, (tip, _k, i) => (i === picked(inputs, pick) ? { kind: 'failed' } : tip)),
    'missing from the answer': (inputs, pick) => mapTips(inputs, (tip, _k, i) => (i === picked(inputs, pick) ? undefined : tip)),
    'scope none': (inputs, pick) =>
      mapTips(inputs, (tip, _k, i) => (i === picked(inputs, pick) && tip.kind === 'answered' ? { ...tip, recipientScope: 'none' } : tip)),
    'outside-member count missing': (inputs) => mapTips(inputs, (tip) => (tip.kind === 'answered' ? { ...tip, externalMemberCount: null } : tip)),
    'unknown scope flag': (inputs, pick) =>
      mapTips(inputs, (tip, _k, i) => (i === picked(inputs, pick) && tip.kind === 'answered' ? { ...tip, recipientScope: 'internalish' } : tip)),
    // Two answers for the mailbox that differ (secondMailTip), and counts that are no count of people (#21).
    'conflicting answers': (inputs, pick) => mapTips(inputs, (tip, _k, i) => (i === picked(inputs, pick) ? { kind: 'conflicting' } : tip)),
    'malformed member count': (inputs, pick) =>
      mapTips(inputs, (tip, _k, i) =>
        i === picked(inputs, pick) && tip.kind === 'answered' ? { ...tip, totalMemberCount: [-5, 1.5, 3e9][pick % 3] ?? -5, externalMemberCount: null } : tip,
      ),
  },
  'verified domains': {
    missing: (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, verifiedDomains: null } }),
    empty: (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, verifiedDomains: [] } }),
    'disguised (zero-width space)': (inputs) => ({
      ...inputs,
      evidence: { ...inputs.evidence, verifiedDomains: ['con\u200btoso.com', 'xn--e1afmkfd.xn--p1ai'] },
    }),
    'disguised (full-width)': (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, verifiedDomains: ['ｃｏｎｔｏｓｏ.com'] } }),
  },
  'sender domain': {
    missing: (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, senderDomain: null } }),
  },
  'read receipts': {
    missing: (inputs) => ({ ...inputs, evidence: { ...inputs.evidence, readReceiptsFrom: null } }),
  },
  'recall requests': {
    missing: (inputs) => ({ ...inputs, message: { ...inputs.message, recallRequested: null } }),
  },
  'config fields': {
    'recallEnabled unreadable': withPolicyField('recallEnabled'),
    'recallReadMessages unreadable': withPolicyField('recallReadMessages'),
    'maxRecallableAgeDays unreadable': withPolicyField('maxRecallableAgeDays'),
    'crossTenantAllowedDomains unreadable': withPolicyField('crossTenantAllowedDomains'),
    'file missing': (inputs) => ({ ...inputs, policy: UNREADABLE_POLICY_FALLBACKS }),
  },
  'address form': {
    'zero-width space in the domain': disguiseAddress(domainPart((d) => `${d.slice(0, 2)}\u200b${d.slice(2)}`)),
    'soft hyphen in the domain': disguiseAddress(domainPart((d) => `${d.slice(0, 2)}\u00ad${d.slice(2)}`)),
    'bidi override in the address': disguiseAddress((a) => `\u202e${a}`),
    'full-width letters': disguiseAddress((a) => [...a].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0) : c)).join('')),
    '%-escaped dot': disguiseAddress(domainPart((d) => d.replace('.', '%2e'))),
    'ideographic full stop': disguiseAddress(domainPart((d) => d.replace('.', '。'))),
  },
};

const FAULT_LIST = Object.entries(FAULTS).flatMap(([source, modes]) => Object.entries(modes).map(([mode, fault]) => ({ source, mode, fault })));

function assess({ message, evidence, policy }: Inputs): Assessment {
  const facts = resolveRecipientFacts(
    message.recipients.map((r) => r.parsed),
    evidence,
  );
  return assessMessage({ message, recipientFacts: facts, policy, now: NOW });
}

/** Codes that say some evidence is missing or doubtful. */
const GAP_CODES = new Set<ReasonCode>([
  RecipientReason.SCOPE_UNKNOWN,
  RecipientReason.INTERNAL_DOMAIN_UNCONFIRMED,
  RecipientReason.MALFORMED_ADDRESS,
  RecipientReason.READ_STATE_UNKNOWN,
  RecipientReason.GROUP_MEMBERS_UNKNOWN,
  RecipientReason.SCOPE_CONFLICTING,
  MessageReason.ITEM_CLASS_UNKNOWN,
  MessageReason.SENT_ITEMS_UNKNOWN,
  MessageReason.RECIPIENTS_INCOMPLETE,
  MessageReason.RECALL_HISTORY_UNKNOWN,
  MessageReason.RECALL_POLICY_UNKNOWN,
  MessageReason.AGE_LIMIT_UNKNOWN,
  MessageReason.SENT_TIME_UNKNOWN,
]);

/** The fail-closed property between a state and the same state with one more gap. */
function expectNoMoreHope(before: Inputs, after: Inputs) {
  const was = assess(before);
  const is = assess(after);
  const wasRows = new Map(was.recipients.map((row) => [row.name, row]));
  for (const row of is.recipients) {
    const then = wasRows.get(row.name);
    // A row is promised a recall only where it was promised before the gap…
    if (row.verdict === 'recallable') expect({ who: row.name, before: then?.verdict }).toEqual({ who: row.name, before: 'recallable' });
    // …and where the promise was withdrawn for doubt, the row or the message says what is missing.
    if (then?.verdict === 'recallable' && row.verdict === 'uncertain') {
      const named = [...row.reasons, ...is.messageCautions].some((code) => GAP_CODES.has(code));
      expect({ who: row.name, reasons: row.reasons, cautions: is.messageCautions, named }).toMatchObject({ named: true });
    }
  }
  if (is.overall === 'recallable') expect(was.overall).toBe('recallable');
  expect(is.counts.recallable).toBeLessThanOrEqual(was.counts.recallable);
}

describe('evidence gaps never make a verdict more hopeful (source × failure, property-based)', () => {
  const backgroundArb = fc.subarray(FAULT_LIST, { maxLength: 3 });

  it.each(FAULT_LIST.map(({ source, mode, fault }) => [source, mode, fault] as const))('%s × %s', (source, _mode, fault) => {
    fc.assert(
      fc.property(worldArb, backgroundArb, fc.nat(), (world, background, pick) => {
        const honest = honestInputs(world);
        // Against the honest evidence…
        expectNoMoreHope(honest, fault(honest, pick));
        if (source === 'address form') {
          // A disguised address is judged as sent: no source knows that string, so whatever they
          // say about the mailbox it imitates (here: everything), it is never promised a recall.
          const row = assess(fault(honest, pick)).recipients.find((r) => r.name === `#${picked(honest, pick)}`);
          expect(row).toMatchObject({ reasons: ['MALFORMED_ADDRESS'] });
          expect(row?.verdict).not.toBe('recallable');
        }
        // …and on top of other gaps already there (degrading never adds hope from any state).
        const degraded = background.reduce((inputs, b) => b.fault(inputs, pick), honest);
        expectNoMoreHope(degraded, fault(degraded, pick));
      }),
      { numRuns: 150 },
    );
  });

  it('the matrix covers every evidence source the brief names', () => {
    expect(Object.keys(FAULTS)).toEqual([
      'message lookup',
      'MailTips chunk',
      'MailTips per address',
      'verified domains',
      'sender domain',
      'read receipts',
      'recall requests',
      'config fields',
      'address form',
    ]);
  });
});

describe('the honest world itself is judged as it is (so the property above is not vacuous)', () => {
  it('an internal person with honest evidence is promised a recall, and each fault family can withdraw it', () => {
    const world: World = {
      people: [{ kind: 'person', field: 'to', read: false }],
      policy: { ...UNREADABLE_POLICY_FALLBACKS, recallEnabled: true, maxRecallableAgeDays: 365, recallReadMessages: false },
      itemClass: 'IPM.Note',
      ageMs: 60_000,
      recallRequested: false,
    };
    const honest = honestInputs(world);
    expect(assess(honest).recipients.map((r) => r.verdict)).toEqual(['recallable']);
    const withdrawn = Object.fromEntries(
      FAULT_LIST.map(({ source, mode, fault }) => [`${source} × ${mode}`, assess(fault(honest, 0)).recipients[0]?.verdict ?? 'gone']),
    );
    // Sources whose failure must cost the promise for this recipient, by construction of the rules.
    for (const cell of [
      'message lookup × missing',
      'MailTips chunk × failed',
      'MailTips per address × error',
      'read receipts × missing',
      'recall requests × missing',
      'config fields × recallEnabled unreadable',
      'config fields × file missing',
      'address form × zero-width space in the domain',
      'address form × full-width letters',
    ]) {
      expect({ cell, verdict: withdrawn[cell] }).toEqual({ cell, verdict: 'uncertain' });
    }
  });

  it('a group without outside members is promised a recall; without its outside-member count it is not', () => {
    const world: World = {
      people: [{ kind: 'group', field: 'to', read: false }],
      policy: { ...UNREADABLE_POLICY_FALLBACKS, recallEnabled: true, maxRecallableAgeDays: 365, recallReadMessages: true },
      itemClass: 'IPM.Note',
      ageMs: 60_000,
      recallRequested: false,
    };
    const honest = honestInputs(world);
    expect(assess(honest).recipients[0]?.verdict).toBe('recallable');
    expect(assess(FAULTS['MailTips per address']!['outside-member count missing']!(honest, 0)).recipients[0]).toMatchObject({
      verdict: 'uncertain',
      reasons: ['INTERNAL', 'GROUP_MEMBERS_UNKNOWN'],
    });
  });
});
