/**
 * The send-time decision, one row per reason code: who a recall could not reach after delivery,
 * and so whether the message is held for the safety window. Fail closed: whatever is not known
 * to be reachable holds the message.
 */
import fc from 'fast-check';
import { parseRecipient, type ParsedRecipient } from '../../../src/domain/address';
import type { AccountKind } from '../../../src/domain/facts';
import type { RecipientReason } from '../../../src/domain/reasonCodes';
import { parseConfig } from '../../../src/config/parseConfig';
import { SAFETY_WINDOW_OFF, type SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { alreadyHeld, decideAtSend, type SendTimeDecision } from '../../../src/domain/sendTimeDecision';
import { aPolicy, aRecipient, factsFor, NOW, type PolicyBuilder, type RecipientFactsBuilder } from '../../builders/domain';

const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';
// Strict (withoutGraph "alert"), so every reason code below holds on its own; what the default
// lets through without MailTips is the describe "what a recipient MailTips did not confirm counts as".
const TEN_FOR_OUTSIDERS: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'alert' };

const to = (...addresses: string[]): ParsedRecipient[] =>
  addresses.map((address) => parseRecipient({ name: address.split('@')[0] ?? '', address, field: 'to' }));

function decide(
  recipients: ParsedRecipient[],
  facts: RecipientFactsBuilder[],
  {
    window = TEN_FOR_OUTSIDERS,
    policy = aPolicy(),
    account = 'work' as AccountKind,
    optedIn = false,
    cap = null,
    graphAnswered = true,
  }: { window?: SafetyWindowPolicy; policy?: PolicyBuilder; account?: AccountKind; optedIn?: boolean; cap?: number | null; graphAnswered?: boolean } = {},
): SendTimeDecision {
  return decideAtSend({
    recipients,
    recipientFacts: factsFor(facts),
    recallPolicy: policy.build(),
    accountKind: account,
    window,
    userOptedIn: optedIn,
    recipientCap: cap,
    graphAnswered,
  });
}

const heldReasons = (d: SendTimeDecision) => (d.kind === 'hold' ? d.outOfReach.map((o) => [o.address, o.reason]) : []);

describe('recipient reason codes at send time (two colleagues and one other recipient)', () => {
  const colleagues = () => [aRecipient(boris).internal(), aRecipient(maria).internal()];

  it.each<[RecipientReason, string, (b: RecipientFactsBuilder) => RecipientFactsBuilder, PolicyBuilder]>([
    ['CONSUMER_MAILBOX', 'anna.petrova@gmail.com', (b) => b.external(), aPolicy()],
    ['EXTERNAL', 'buyer@fabrikam.com', (b) => b.external(), aPolicy()],
    ['EXTERNAL_ALLOWED_TENANT', 'lead@northwind.example', (b) => b.external(), aPolicy().partnerDomains('northwind.example')],
    ['SCOPE_UNKNOWN', 'someone@contoso-partner.example', (b) => b.unknownScope(), aPolicy()],
    ['SCOPE_UNKNOWN', 'guess@contoso.com', (b) => b.guessedInternalFromSenderDomain(), aPolicy()],
    ['GROUP_HAS_EXTERNAL_MEMBERS', 'project-team@contoso.com', (b) => b.internal().groupOf(12, 2), aPolicy()],
    ['MALFORMED_ADDRESS', 'boris@contoso..com', (b) => b, aPolicy()],
  ])('%s (%s): held for 10 minutes, and only that recipient is named', (code, address, facts, policy) => {
    const decision = decide(to(boris, address, maria), [...colleagues(), facts(aRecipient(address))], { policy });
    expect(decision.kind).toBe('hold');
    expect(decision.kind === 'hold' && decision.minutes).toBe(10);
    expect(decision.kind === 'hold' && decision.reasons).toEqual(['OUTSIDE_RECALL_REACH']);
    expect(heldReasons(decision)).toEqual([[address, code]]);
  });

  it('INTERNAL only: sent at once, no alert', () => {
    expect(decide(to(boris, maria), colleagues())).toEqual({ kind: 'send', reason: 'ALL_REACHABLE_BY_RECALL' });
  });

  // The domain is the organisation's, the mailbox unconfirmed (recipientRules.ts): fail closed.
  it('INTERNAL from verified domains only (Graph MailTips unavailable) is unconfirmed: held', () => {
    expect(heldReasons(decide(to(boris), [aRecipient(boris).internal('verifiedDomains')]))).toEqual([[boris, 'INTERNAL_DOMAIN_UNCONFIRMED']]);
  });

  it('a recipient with no facts at all (lookup failed) is treated as out of reach', () => {
    expect(heldReasons(decide(to(boris, maria), [aRecipient(boris).internal()]))).toEqual([[maria, 'SCOPE_UNKNOWN']]);
  });

  it('the same outsider in To and Bcc is named once', () => {
    const gmail = 'anna.petrova@gmail.com';
    const recipients: ParsedRecipient[] = [...to(gmail), parseRecipient({ name: 'Anna', address: 'Anna.Petrova@Gmail.com', field: 'bcc' })];
    expect(heldReasons(decide(recipients, [aRecipient(gmail).external()]))).toEqual([[gmail, 'CONSUMER_MAILBOX']]);
  });
});

describe('message-level reasons at send time hold every recipient', () => {
  it.each<[string, { policy?: PolicyBuilder; account?: AccountKind }, string]>([
    ['RECALL_DISABLED_BY_POLICY', { policy: aPolicy().recallDisabled() }, 'recall is off in the organisation'],
    ['RECALL_POLICY_UNKNOWN', { policy: aPolicy().recallPolicyUnknown() }, 'config.json could not say whether recall is on (issue #21 item 13)'],
    ['NOT_EXCHANGE_MAILBOX', { account: 'consumer' }, 'a personal account cannot recall'],
    ['NOT_EXCHANGE_MAILBOX', { account: 'unknown' }, 'an unknown account kind is not assumed to recall'],
  ])('%s: even colleagues are out of reach (%s)', (code, options) => {
    const decision = decide(to(boris, maria), [aRecipient(boris).internal(), aRecipient(maria).internal()], options);
    expect(decision.kind === 'hold' && decision.reasons).toEqual([code]);
    expect(heldReasons(decision).map(([a]) => a)).toEqual([boris, maria]);
  });
});

describe('the policy decides whether there is a window at all', () => {
  const gmailOnly = () => decideWith(to('anna@gmail.com'), [aRecipient('anna@gmail.com').external()]);
  const decideWith =
    (r: ParsedRecipient[], f: RecipientFactsBuilder[]) =>
    (window: SafetyWindowPolicy, optedIn = false) =>
      decide(r, f, { window, optedIn });

  it('WINDOW_OFF: organisations start with no window, so even Gmail is sent at once', () => {
    expect(gmailOnly()(SAFETY_WINDOW_OFF)).toEqual({ kind: 'send', reason: 'WINDOW_OFF' });
  });
  it('WINDOW_OFF: a user who opted in gets nothing where the admin allows no opt-in', () => {
    expect(gmailOnly()(SAFETY_WINDOW_OFF, true)).toEqual({ kind: 'send', reason: 'WINDOW_OFF' });
  });
  it('user opt-in where allowed: held for the opt-in minutes', () => {
    const decision = gmailOnly()({ ...TEN_FOR_OUTSIDERS, minutes: 0, optInMinutes: 5 }, true);
    expect(decision.kind === 'hold' && [decision.minutes, decision.window.source]).toEqual([5, 'userOptIn']);
  });
  it('the organisation’s minutes win over the opt-in minutes', () => {
    const decision = gmailOnly()({ ...TEN_FOR_OUTSIDERS, minutes: 15, optInMinutes: 5 }, true);
    expect(decision.kind === 'hold' && [decision.minutes, decision.window.source]).toEqual([15, 'organisation']);
  });
  it('WINDOW_FOR_EVERYONE: colleagues only are held too', () => {
    const decision = decide(to(boris), [aRecipient(boris).internal()], { window: { ...TEN_FOR_OUTSIDERS, minutes: 3, for: 'everyone' } });
    expect(decision.kind === 'hold' && [decision.reasons, decision.outOfReach]).toEqual([['WINDOW_FOR_EVERYONE'], []]);
  });
  it('NO_RECIPIENTS: nothing to judge, nothing to hold', () => {
    expect(decide([], [])).toEqual({ kind: 'send', reason: 'NO_RECIPIENTS' });
  });
});

describe('config.json safetyWindow', () => {
  it('absent: off', () => {
    const { safetyWindow, problems } = parseConfig({ recallEnabled: true }).policy;
    expect({ policy: safetyWindow, problems }).toEqual({ policy: SAFETY_WINDOW_OFF, problems: [] });
  });
  it('valid: taken as written', () => {
    expect(parseConfig({ safetyWindow: { minutes: 10, for: 'everyone' } }).policy.safetyWindow).toEqual({
      minutes: 10,
      for: 'everyone',
      optInMinutes: 0,
      withoutGraph: 'sender-domain',
    });
  });
  it.each([
    [{ minutes: 61 }, 'safetyWindow.minutes'],
    [{ minutes: 5, for: 'partners' }, 'safetyWindow.for'],
    [{ minutes: 5, hours: 1 }, 'safetyWindow.hours'],
    [{ minutes: 5, enabled: true }, 'safetyWindow.enabled'],
    [{ minutes: 5, withoutGraph: 'off' }, 'safetyWindow.withoutGraph'],
  ])('invalid %j: unknown (never quietly off; the Send check then asks), and the problem names %s', (block, field) => {
    const loaded = parseConfig({ safetyWindow: block }).policy;
    expect(loaded.safetyWindow).toBeNull();
    expect(JSON.stringify(loaded.problems)).toContain(field);
  });
});

describe('a message already held on the server is not alerted again', () => {
  it.each([
    [null, false],
    [new Date(NOW.getTime() + 10 * 60_000), true],
    [new Date(NOW.getTime() + 7 * 60_000), true],
    [new Date(NOW.getTime() + 60_000), true],
    [new Date(NOW.getTime() + 30_000), false],
    [new Date(NOW.getTime() - 60_000), false],
  ])('delivery time %p → held: %p', (time, expected) => {
    expect(alreadyHeld(time, NOW)).toBe(expected);
  });
});

describe('fail closed (property)', () => {
  const domains = ['contoso.com', 'fabrikam.com', 'gmail.com', 'mail.ru', 'northwind.example'];
  const recipientArb = fc.record({
    local: fc.constantFrom('boris', 'maria', 'anna', 'x+tag'),
    domain: fc.constantFrom(...domains),
    field: fc.constantFrom('to' as const, 'cc' as const, 'bcc' as const),
    facts: fc.constantFrom('internal', 'external', 'unknown', 'missing', 'senderDomain', 'groupWithOutsiders'),
  });

  it('a recipient whose facts are missing, unknown or guessed always holds the message and is named', () => {
    fc.assert(
      fc.property(fc.array(recipientArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 7 }), (rows, pick) => {
        const weak = rows[pick % rows.length]!;
        const weakRow = { ...weak, facts: 'missing' };
        const all = rows.map((r, i) => (i === pick % rows.length ? weakRow : r));
        const recipients: ParsedRecipient[] = all.map((r) => parseRecipient({ name: r.local, address: `${r.local}@${r.domain}`, field: r.field }));
        const facts = all.flatMap((r) => {
          const b = aRecipient(`${r.local}@${r.domain}`);
          if (r.facts === 'internal') return [b.internal()];
          if (r.facts === 'external') return [b.external()];
          if (r.facts === 'unknown') return [b.unknownScope()];
          if (r.facts === 'senderDomain') return [b.guessedInternalFromSenderDomain()];
          if (r.facts === 'groupWithOutsiders') return [b.internal().groupOf(5, 1)];
          return [];
        });
        // The weak row's address may also appear with facts elsewhere; only judge the case where it doesn't.
        const weakAddress = `${weakRow.local}@${weakRow.domain}`;
        fc.pre(all.filter((r) => `${r.local}@${r.domain}` === weakAddress).every((r) => r.facts === 'missing'));
        const decision = decide(recipients, facts);
        expect(decision.kind).toBe('hold');
        expect(decision.kind === 'hold' && decision.outOfReach.some((o) => o.address === weakAddress)).toBe(true);
      }),
    );
  });

  it('a message is let through only when every recipient is known to be internal', () => {
    fc.assert(
      fc.property(fc.array(recipientArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const recipients: ParsedRecipient[] = rows.map((r) => parseRecipient({ name: r.local, address: `${r.local}@${r.domain}`, field: r.field }));
        const builders = rows.flatMap((r) => {
          const b = aRecipient(`${r.local}@${r.domain}`);
          return r.facts === 'internal' ? [b.internal()] : r.facts === 'external' ? [b.external()] : r.facts === 'unknown' ? [b.unknownScope()] : [];
        });
        const facts = factsFor(builders);
        const decision = decide(recipients, builders);
        if (decision.kind === 'send') {
          for (const r of recipients) {
            expect(facts.get(r.parsed.key)?.scope).toBe('internal');
            expect(['gmail.com', 'mail.ru']).not.toContain(r.address.split('@')[1]);
          }
        }
      }),
    );
  });
});

// Issue 23 item 6: without a token every message alerted, colleagues' too, and users learnt to click
// "Send Anyway". Without MailTips, a colleague is "probably internal" when the organisation's domains
// say so; it alerts only where the admin asked for that (config.json safetyWindow.withoutGraph).
describe('without Graph: what a colleague MailTips could not confirm counts as (safetyWindow.withoutGraph)', () => {
  const byDefault: SafetyWindowPolicy = { ...TEN_FOR_OUTSIDERS, withoutGraph: 'sender-domain' };
  const noGraph = { window: byDefault, graphAnswered: false };
  const gmail = 'anna.petrova@gmail.com';

  it('absent from config.json: "sender-domain", so probably internal does not alert', () => {
    expect(parseConfig({ safetyWindow: { minutes: 10 } }).policy.safetyWindow?.withoutGraph).toBe('sender-domain');
    expect(parseConfig({ safetyWindow: { minutes: 10, withoutGraph: 'alert' } }).policy.safetyWindow?.withoutGraph).toBe('alert');
  });

  it.each<[string, (b: RecipientFactsBuilder) => RecipientFactsBuilder]>([
    ['a verified domain kept from an earlier check', (b) => b.internal('verifiedDomains')],
    ['the sender’s own domain (no verified domains known)', (b) => b.guessedInternalFromSenderDomain()],
  ])('default: colleagues known only by %s are sent at once', (_source, facts) => {
    expect(decide(to(boris, maria), [facts(aRecipient(boris)), facts(aRecipient(maria))], noGraph)).toEqual({
      kind: 'send',
      reason: 'ALL_REACHABLE_BY_RECALL',
    });
  });

  it('default: a Gmail recipient among them still holds the message, and only it is named', () => {
    const decision = decide(to(boris, gmail), [aRecipient(boris).guessedInternalFromSenderDomain(), aRecipient(gmail).unknownScope()], noGraph);
    expect(heldReasons(decision)).toEqual([[gmail, 'CONSUMER_MAILBOX']]);
  });

  it.each<[RecipientReason, string, (b: RecipientFactsBuilder) => RecipientFactsBuilder]>([
    ['EXTERNAL', 'buyer@fabrikam.com', (b) => b.external('verifiedDomains')],
    ['SCOPE_UNKNOWN', 'someone@fabrikam.com', (b) => b.unknownScope()],
    ['MALFORMED_ADDRESS', 'boris@@contoso.com', (b) => b],
  ])('default: fail closed still — %s (%s) holds', (code, address, facts) => {
    expect(heldReasons(decide(to(address), [facts(aRecipient(address))], noGraph))).toEqual([[address, code]]);
  });

  it('default: recall off in the organisation still holds colleagues (no recall reaches them)', () => {
    const decision = decide(to(boris), [aRecipient(boris).internal('verifiedDomains')], { ...noGraph, policy: aPolicy().recallDisabled() });
    expect(decision.kind === 'hold' && decision.reasons).toEqual(['RECALL_DISABLED_BY_POLICY']);
  });

  // Graph answered, but not usably for Boris (an error for his chunk, answers that disagree): as in
  // the pane, that is no reason to relax (issue 21 item 2).
  it('default, but Graph answered: a colleague MailTips left unconfirmed is still named', () => {
    const decision = decide(to(boris), [aRecipient(boris).internal('verifiedDomains')], { window: byDefault, graphAnswered: true });
    expect(heldReasons(decision)).toEqual([[boris, 'INTERNAL_DOMAIN_UNCONFIRMED']]);
  });

  it('"alert": the admin asked for strictness, so colleagues known only by their domain are named', () => {
    const decision = decide(to(boris, maria), [aRecipient(boris).internal('verifiedDomains'), aRecipient(maria).guessedInternalFromSenderDomain()], {
      graphAnswered: false,
    });
    expect(heldReasons(decision)).toEqual([
      [boris, 'INTERNAL_DOMAIN_UNCONFIRMED'],
      [maria, 'SCOPE_UNKNOWN'],
    ]);
  });
});

// Issue 23 item 7: getAsync "only returns recipients resolved by the Outlook client", up to a
// per-client number per field (office.recipients.yml); what it did not give was never checked.
describe('recipients Office.js did not give the handler', () => {
  const colleagues = (n: number) => Array.from({ length: n }, (_, i) => `colleague${i}@contoso.com`);

  it('a field with as many recipients as the client’s cap: held, even if all are colleagues, and the field is named', () => {
    const list = colleagues(3);
    const decision = decide(
      to(...list),
      list.map((a) => aRecipient(a).internal()),
      { cap: 3 },
    );
    expect(decision.kind === 'hold' && [decision.reasons, decision.outOfReach, decision.fieldsAtCap]).toEqual([
      ['RECIPIENTS_NOT_ALL_READ'],
      [],
      [{ field: 'to', cap: 3 }],
    ]);
  });

  it('one short of the cap, or a client without one: nothing is missing, sent at once', () => {
    const list = colleagues(3);
    const facts = list.map((a) => aRecipient(a).internal());
    expect(decide(to(...list), facts, { cap: 4 }).kind).toBe('send');
    expect(decide(to(...list), facts, { cap: null }).kind).toBe('send');
  });

  it('an entry with a name but no address was not resolved: NOT_RESOLVED, not "malformed"', () => {
    const decision = decide([...to(boris), parseRecipient({ name: 'Dmitry', address: '', field: 'cc' })], [aRecipient(boris).internal()]);
    expect(decision.kind === 'hold' && decision.outOfReach).toEqual([{ name: 'Dmitry', address: '', reason: 'NOT_RESOLVED' }]);
  });
});
