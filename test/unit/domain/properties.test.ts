/**
 * Invariants that must hold for any message, any evidence and any policy (fast-check). The
 * tables elsewhere show the rules; these make sure no combination breaks the promises the UI
 * builds on: counts add up, "recallable" is never said on doubt, a blocker blocks everyone.
 */
import fc from 'fast-check';
import { parseAddress, parseRecipient, type MailboxKey, type ParsedRecipient } from '../../../src/domain/address';
import { assessMessage, recipientBlocker, type RecipientAssessment } from '../../../src/domain/assessment';
import { isConsumerDomain } from '../../../src/domain/consumerDomains';
import type { MessageFacts, RecipientFacts } from '../../../src/domain/facts';
import { followUpBatches, planFollowUp } from '../../../src/domain/followUp';
import type { RecallPolicy } from '../../../src/domain/policy';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import { worstVerdict } from '../../../src/domain/verdict';
import { DAY, NOW } from '../../builders/domain';

// A small pool so the same person often shows up in several fields and in several spellings.
const domainArb = fc.constantFrom('contoso.com', 'fabrikam.com', 'gmail.com', 'mail.ru', 'northwind.example', 'пример.рф', 'eu.fabrikam.com');
const localArb = fc.constantFrom('boris', 'maria', 'atlas', 'пётр', 'x+tag');
const spelledAddressArb = fc.tuple(localArb, domainArb, fc.boolean(), fc.constantFrom('', 'mailto:', '<')).map(([local, domain, upper, wrap]) => {
  const address = `${local}@${domain}`;
  const cased = upper ? address.toUpperCase() : address;
  return wrap === '<' ? `<${cased}>` : `${wrap}${cased}`;
});
const addressArb = fc.oneof(
  { weight: 8, arbitrary: spelledAddressArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'not-an-address', '@', 'a@b') },
);

const recipientArb: fc.Arbitrary<ParsedRecipient> = fc
  .record({ name: fc.string({ maxLength: 5 }), address: addressArb, field: fc.constantFrom('to', 'cc', 'bcc') })
  .map(parseRecipient);

const factsArb: fc.Arbitrary<RecipientFacts> = fc.record({
  scope: fc.constantFrom('internal', 'external', 'unknown'),
  scopeSource: fc.constantFrom('mailTips', 'verifiedDomains', 'senderDomain', 'none'),
  group: fc.option(fc.record({ totalMembers: fc.integer({ min: 1, max: 50 }), externalMembers: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) }), {
    nil: null,
  }),
  readReceiptReceived: fc.option(fc.boolean(), { nil: null }),
});

const messageArb: fc.Arbitrary<MessageFacts> = fc.record({
  accountKind: fc.constantFrom('work', 'work', 'work', 'consumer', 'unknown'),
  inSentItems: fc.constantFrom(true, true, true, false, null),
  itemClass: fc.constantFrom('IPM.Note', 'IPM.Note', 'IPM.Schedule.Meeting.Request'),
  subject: fc.string({ maxLength: 10 }),
  sentDateTime: fc.option(
    fc.integer({ min: -2 * DAY, max: 400 * DAY }).map((age) => new Date(NOW.getTime() - age)),
    { nil: null },
  ),
  senderAddress: fc.constant('alex@contoso.com'),
  recipients: fc.array(recipientArb, { maxLength: 12 }),
  recipientListComplete: fc.constantFrom(true, true, true, false),
  recallRequested: fc.constantFrom(false, false, true, null),
});

const policyArb: fc.Arbitrary<RecallPolicy> = fc.record({
  recallEnabled: fc.constantFrom(true, true, true, false),
  recallReadMessages: fc.boolean(),
  maxRecallableAgeDays: fc.constantFrom(0, 1, 7, 365),
  alertRecipients: fc.boolean(),
  crossTenantAllowedDomains: fc.subarray(['fabrikam.com', 'northwind.example']),
  securityContact: fc.constant(null),
  usesPurviewEncryption: fc.boolean(),
});

/** Facts for some of the message's mailboxes; the others are unknown. */
const caseArb = messageArb.chain((message) => {
  const addresses = [...new Set(message.recipients.map((r) => parseAddress(r.address).key))];
  return fc.record({
    message: fc.constant(message),
    policy: policyArb,
    facts: fc.tuple(...addresses.map(() => fc.option(factsArb, { nil: undefined }))).map((list) => {
      const map = new Map<MailboxKey, RecipientFacts>();
      list.forEach((facts, i) => {
        const address = addresses[i];
        if (facts !== undefined && address !== undefined) map.set(address, facts);
      });
      return map;
    }),
  });
});

const assessCase = ({ message, policy, facts }: { message: MessageFacts; policy: RecallPolicy; facts: Map<MailboxKey, RecipientFacts> }) =>
  assessMessage({ message, recipientFacts: facts, policy, now: NOW });

describe('assessment invariants (property-based)', () => {
  it('counts add up to the number of unique recipients, and each row is one unique address', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assessCase(c);
        const unique = new Set(c.message.recipients.map((r) => parseAddress(r.address).key));
        expect(a.recipients).toHaveLength(unique.size);
        expect(new Set(a.recipients.map((r) => r.parsed.key)).size).toBe(unique.size);
        expect(a.counts.recallable + a.counts.uncertain + a.counts['not-recallable']).toBe(unique.size);
        for (const verdict of ['recallable', 'uncertain', 'not-recallable'] as const) {
          expect(a.recipients.filter((r) => r.verdict === verdict)).toHaveLength(a.counts[verdict]);
        }
      }),
    );
  });

  it("an overall 'recallable' means every single row is recallable (and there is at least one)", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assessCase(c);
        if (a.overall === 'recallable') {
          expect(a.recipients.length).toBeGreaterThan(0);
          expect(a.recipients.every((r) => r.verdict === 'recallable')).toBe(true);
        }
      }),
    );
  });

  it('any message-level blocker makes the whole message not-recallable, and every recipient too unless it is only ALREADY_RECALLED', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assessCase(c);
        if (a.messageReasons.length > 0) expect(a.overall).toBe('not-recallable');
        if (recipientBlocker(a) !== undefined) expect(a.recipients.every((r) => r.verdict === 'not-recallable')).toBe(true);
        // A recall already requested blocks a new one, not anyone's own verdict.
        if (a.messageReasons.length > 0 && recipientBlocker(a) === undefined) {
          expect(a.messageReasons).toEqual(['ALREADY_RECALLED']);
          for (const r of a.recipients) expect(r.verdict).toBe(worstVerdict([r.recipientVerdict, a.messageCautions.length > 0 ? 'uncertain' : 'recallable']));
        }
      }),
    );
  });

  it('a recipient whose scope is unknown, external, not confirmed by MailTips, or a consumer mailbox is never recallable', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = assessCase(c);
        for (const row of a.recipients) {
          const facts = c.facts.get(row.parsed.key);
          const doubtful =
            facts === undefined ||
            facts.scope !== 'internal' ||
            facts.scopeSource !== 'mailTips' ||
            !row.parsed.valid ||
            (row.parsed.valid && isConsumerDomain(row.parsed.domain));
          if (doubtful) expect(row.verdict).not.toBe('recallable');
        }
      }),
    );
  });

  it('every row says why, starting with where the mailbox is', () => {
    const location = [
      'INTERNAL',
      'INTERNAL_DOMAIN_UNCONFIRMED',
      'EXTERNAL_ALLOWED_TENANT',
      'EXTERNAL',
      'CONSUMER_MAILBOX',
      'SCOPE_UNKNOWN',
      'MALFORMED_ADDRESS',
    ];
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const row of assessCase(c).recipients) {
          expect(location).toContain(row.reasons[0]);
          expect(row.reasons.filter((code) => location.includes(code))).toHaveLength(1);
        }
      }),
    );
  });

  it('the overall verdict follows from the counts exactly as docs/architecture.md says', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { overall, counts, messageReasons } = assessCase(c);
        const reachable = counts.recallable + counts.uncertain;
        const expected =
          messageReasons.length > 0 || reachable === 0
            ? 'not-recallable'
            : counts['not-recallable'] === 0
              ? counts.uncertain === 0
                ? 'recallable'
                : 'uncertain'
              : 'partial';
        expect(overall).toBe(expected);
      }),
    );
  });

  it('turning recall of read messages off never makes anyone more recallable', () => {
    const rank = { recallable: 0, uncertain: 1, 'not-recallable': 2 } as const;
    fc.assert(
      fc.property(caseArb, (c) => {
        const on = assessCase({ ...c, policy: { ...c.policy, recallReadMessages: true } });
        const off = assessCase({ ...c, policy: { ...c.policy, recallReadMessages: false } });
        on.recipients.forEach((row, i) => expect(rank[off.recipients[i]?.verdict ?? 'recallable']).toBeGreaterThanOrEqual(rank[row.verdict]));
      }),
    );
  });

  // Recipients sharing their facts and their address's validity and domain are judged once per
  // message (assessMessage). Two recipients whose situations differ in one thing only (domain,
  // scope, its source, group, read state) must each still get the judgement they get alone.
  it('a recipient is judged the same whoever else the message is sent to', () => {
    const pair = fc
      .record({
        first: factsArb,
        change: fc.constantFrom('domain', 'scope', 'scopeSource', 'group', 'readReceiptReceived'),
        other: factsArb,
        domains: fc.uniqueArray(domainArb, { minLength: 2, maxLength: 2 }),
        policy: policyArb,
      })
      .map(({ first, change, other, domains: [here = '', there = ''], policy }) => {
        const second = change === 'domain' ? first : { ...first, [change]: other[change] };
        const recipients = [
          parseRecipient({ name: '', address: `boris@${here}`, field: 'to' }),
          parseRecipient({ name: '', address: `maria@${change === 'domain' ? there : here}`, field: 'to' }),
        ];
        return { recipients, facts: new Map(recipients.map((r, i) => [r.parsed.key, i === 0 ? first : second])), policy };
      });
    const judgement = (r: RecipientAssessment | undefined) =>
      r && { verdict: r.verdict, own: r.recipientVerdict, reasons: r.reasons, decisive: r.decisiveReason };
    const message = (recipients: ParsedRecipient[]): MessageFacts => ({
      accountKind: 'work',
      inSentItems: true,
      itemClass: 'IPM.Note',
      subject: '',
      sentDateTime: NOW,
      senderAddress: 'alex@contoso.com',
      recipients,
      recipientListComplete: true,
      recallRequested: false,
    });
    fc.assert(
      fc.property(pair, ({ recipients, facts, policy }) => {
        const together = assessCase({ message: message(recipients), policy, facts }).recipients;
        recipients.forEach((r, i) => {
          const alone = assessCase({ message: message([r]), policy, facts }).recipients[0];
          expect(judgement(together[i])).toEqual(judgement(alone));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with the defaults and no facts at all, nobody is ever recallable (no Graph, no promise)', () => {
    fc.assert(
      fc.property(messageArb, (message) => {
        const a = assessMessage({ message, recipientFacts: new Map(), policy: EXCHANGE_ONLINE_DEFAULTS, now: NOW });
        expect(a.counts.recallable).toBe(0);
      }),
    );
  });
});

describe('parseAddress (property-based)', () => {
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.emailAddress(), spelledAddressArb);

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(anyText, (raw) => void parseAddress(raw)));
  });

  it('normalising a valid address is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = parseAddress(raw);
        if (!once.valid) return;
        const twice = parseAddress(once.normalised);
        expect(twice).toEqual(once);
      }),
    );
  });

  it('spelling (case, mailto:, <…>) never changes which mailbox an address means', () => {
    fc.assert(
      fc.property(localArb, domainArb, (local, domain) => {
        const plain = parseAddress(`${local}@${domain}`);
        for (const spelling of [`${local}@${domain}`.toUpperCase(), `mailto:${local}@${domain}`, `<${local}@${domain}>`, ` ${local}@${domain} `]) {
          expect(parseAddress(spelling).normalised).toBe(plain.normalised);
        }
      }),
    );
  });
});

describe('followUpBatches (property-based)', () => {
  it('partitions the follow-up: everyone once, Bcc-only people only in Bcc, no field over the limit', () => {
    fc.assert(
      fc.property(fc.array(recipientArb, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (recipients, limit) => {
        const a = assessMessage({ message: { ...baseMessage, recipients }, recipientFacts: new Map(), policy: EXCHANGE_ONLINE_DEFAULTS, now: NOW });
        const followUp = planFollowUp(a).included.map((p) => p.recipient);
        const batches = followUpBatches(followUp, limit);
        const sent = batches.flatMap((b) => [...b.to, ...b.bcc].map((r) => r.address));
        expect([...sent].sort()).toEqual(followUp.map((r) => r.parsed.normalised).sort());
        for (const batch of batches) {
          expect(batch.to.length).toBeLessThanOrEqual(limit);
          expect(batch.bcc.length).toBeLessThanOrEqual(limit);
          expect(batch.to.length + batch.bcc.length).toBeGreaterThan(0);
        }
        const bccOnly = new Set(followUp.filter((r) => r.fields.every((f) => f === 'bcc')).map((r) => r.parsed.normalised));
        for (const batch of batches) for (const r of batch.to) expect(bccOnly.has(r.address)).toBe(false);
      }),
    );
  });
});

const baseMessage: MessageFacts = {
  accountKind: 'work',
  inSentItems: true,
  itemClass: 'IPM.Note',
  subject: 's',
  sentDateTime: NOW,
  senderAddress: 'alex@contoso.com',
  recipients: [],
  recipientListComplete: true,
  recallRequested: false,
};
