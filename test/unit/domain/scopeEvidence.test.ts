import { parseAddress, parseRecipient } from '../../../src/domain/address';
import type { RecipientScope, ScopeSource } from '../../../src/domain/facts';
import { assessMessage } from '../../../src/domain/assessment';
import type { MessageFacts } from '../../../src/domain/facts';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import { resolveRecipientFacts, scopeFromMailTip, secondMailTip, type MailTip, type ScopeEvidence } from '../../../src/domain/scopeEvidence';
import type { Verdict } from '../../../src/domain/verdict';
import { keyOf, NOW } from '../../builders/domain';
import { answeredTip } from '../../builders/mailTips';

const MESSAGE: MessageFacts = {
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

const boris = 'boris.ivanov@contoso.com';
const laura = 'laura.jensen@fabrikam.com';

const failed: MailTip = { kind: 'failed' };
/** MailTips answers by address as written; keyed as the app keys them, through the parser. */
const tipsOf = (entries: readonly (readonly [string, MailTip])[]) => new Map(entries.map(([address, tip]) => [keyOf(address), tip]));

function evidence(overrides: Partial<ScopeEvidence> = {}): ScopeEvidence {
  return { mailTips: null, verifiedDomains: null, senderDomain: null, readReceiptsFrom: new Set(), ...overrides };
}

function resolve(address: string, e: ScopeEvidence) {
  const facts = resolveRecipientFacts([parseAddress(address)], e).get(parseAddress(address).key);
  if (facts === undefined) throw new Error('no facts');
  return facts;
}

describe('resolveRecipientFacts: MailTips over verified domains over the sender domain', () => {
  it.each<[string, string, ScopeEvidence, RecipientScope, ScopeSource]>([
    [
      'MailTips internal wins over an unverified domain',
      boris,
      evidence({ mailTips: tipsOf([[boris, answeredTip('internal')]]), verifiedDomains: ['other.com'], senderDomain: 'other.com' }),
      'internal',
      'mailTips',
    ],
    [
      'MailTips external wins over a verified domain (mailbox moved out)',
      boris,
      evidence({ mailTips: tipsOf([[boris, answeredTip('external')]]), verifiedDomains: ['contoso.com'] }),
      'external',
      'mailTips',
    ],
    ['MailTips externalPartner is external', laura, evidence({ mailTips: tipsOf([[laura, answeredTip('externalPartner')]]) }), 'external', 'mailTips'],
    [
      "MailTips 'none' falls through to verified domains",
      boris,
      evidence({ mailTips: tipsOf([[boris, answeredTip('none')]]), verifiedDomains: ['contoso.com'] }),
      'internal',
      'verifiedDomains',
    ],
    [
      'MailTips failed for the address falls through to verified domains',
      boris,
      evidence({ mailTips: tipsOf([[boris, failed]]), verifiedDomains: ['contoso.com'] }),
      'internal',
      'verifiedDomains',
    ],
    ['MailTips not asked: verified domains decide (internal)', boris, evidence({ verifiedDomains: ['contoso.com'] }), 'internal', 'verifiedDomains'],
    ['MailTips not asked: verified domains decide (external)', laura, evidence({ verifiedDomains: ['contoso.com'] }), 'external', 'verifiedDomains'],
    ['verified domains compare case-insensitively', boris, evidence({ verifiedDomains: ['Contoso.COM'] }), 'internal', 'verifiedDomains'],
    [
      'verified domains over the sender domain',
      boris,
      evidence({ verifiedDomains: ['fabrikam.com'], senderDomain: 'contoso.com' }),
      'external',
      'verifiedDomains',
    ],
    [
      'an empty verified-domain list falls through to the sender domain',
      boris,
      evidence({ verifiedDomains: [], senderDomain: 'contoso.com' }),
      'internal',
      'senderDomain',
    ],
    ['sender domain only: same domain is a guess of internal', boris, evidence({ senderDomain: 'contoso.com' }), 'internal', 'senderDomain'],
    ['sender domain only: another domain is unknown, not external', laura, evidence({ senderDomain: 'contoso.com' }), 'unknown', 'senderDomain'],
    ['no source at all', boris, evidence(), 'unknown', 'none'],
    [
      'a malformed address with no MailTip is unknown whatever the domains say',
      'not-an-address',
      evidence({ verifiedDomains: ['contoso.com'], senderDomain: 'contoso.com' }),
      'unknown',
      'none',
    ],
    // IDN: a clean international domain is compared by its punycode, on both sides.
    [
      'an IDN recipient matches its tenant’s IDN verified domain (Unicode in Graph)',
      'пётр@пример.рф',
      evidence({ verifiedDomains: ['пример.рф'] }),
      'internal',
      'verifiedDomains',
    ],
    [
      'an IDN recipient matches its tenant’s IDN verified domain (punycode in Graph)',
      'пётр@пример.рф',
      evidence({ verifiedDomains: ['xn--e1afmkfd.xn--p1ai'] }),
      'internal',
      'verifiedDomains',
    ],
    [
      'a look-alike (Cyrillic о) of a verified domain is external',
      'boris@cоntoso.com',
      evidence({ verifiedDomains: ['contoso.com'] }),
      'external',
      'verifiedDomains',
    ],
    [
      'a disguised verified-domain entry (zero-width space) matches nothing',
      boris,
      evidence({ verifiedDomains: ['con\u200btoso.com'] }),
      'external',
      'verifiedDomains',
    ],
  ])('%s', (_why, address, e, scope, scopeSource) => {
    expect(resolve(address, e)).toMatchObject({ scope, scopeSource });
  });

  it('a MailTips failure for one address drops only that address to the next source', () => {
    const e = evidence({
      mailTips: tipsOf([
        [boris, failed],
        [laura, answeredTip('internal')],
      ]),
      verifiedDomains: ['contoso.com'],
    });
    const facts = resolveRecipientFacts([parseAddress(boris), parseAddress(laura)], e);
    expect(facts.get(keyOf(boris))).toMatchObject({ scope: 'internal', scopeSource: 'verifiedDomains' });
    // Laura's domain is not verified, but MailTips (e.g. a hybrid or multi-tenant org) said internal.
    expect(facts.get(keyOf(laura))).toMatchObject({ scope: 'internal', scopeSource: 'mailTips' });
  });

  it('takes group sizes from MailTips, and none from a failed or missing tip', () => {
    const e = evidence({
      mailTips: tipsOf([
        ['atlas@contoso.com', answeredTip('internal', 12, 3)],
        [boris, failed],
      ]),
    });
    expect(resolve('atlas@contoso.com', e).group).toEqual({ totalMembers: 12, externalMembers: 3 });
    expect(resolve(boris, e).group).toBeNull();
    expect(resolve(laura, e).group).toBeNull();
  });

  it('marks a recipient read only when a receipt came from that normalised address', () => {
    const e = evidence({ readReceiptsFrom: new Set([keyOf(boris)]) });
    expect(resolve('Boris.Ivanov@CONTOSO.com', e).readReceiptReceived).toBe(true);
    expect(resolve(laura, e).readReceiptReceived).toBe(false);
  });

  it('receipts that could not be read leave everyone’s read state unknown, not "unread"', () => {
    expect(resolve(boris, evidence({ readReceiptsFrom: null })).readReceiptReceived).toBeNull();
  });
});

describe('what a MailTips answer for a group can say, by the reason it leads to', () => {
  const atlas = 'atlas@contoso.com';
  const verdictFor = (tip: MailTip, policy = EXCHANGE_ONLINE_DEFAULTS) => {
    const facts = resolveRecipientFacts([parseAddress(atlas)], evidence({ mailTips: tipsOf([[atlas, tip]]), verifiedDomains: ['contoso.com'] }));
    const row = assessMessage({
      message: { ...MESSAGE, recipients: [parseRecipient({ name: '', address: atlas, field: 'to' })] },
      recipientFacts: facts,
      policy,
      now: NOW,
    }).recipients[0];
    return { verdict: row?.verdict, reasons: row?.reasons };
  };
  it.each<[string, MailTip, Verdict, readonly string[]]>([
    ['a person (one member, none outside)', answeredTip('internal', 1, 0), 'recallable', ['INTERNAL']],
    ['a person (no counts at all)', answeredTip('internal'), 'recallable', ['INTERNAL']],
    ['a group with nobody outside', answeredTip('internal', 12, 0), 'recallable', ['INTERNAL']],
    ['a group with 3 of 12 outside', answeredTip('internal', 12, 3), 'uncertain', ['INTERNAL', 'GROUP_HAS_EXTERNAL_MEMBERS']],
    ['a group whose outside count is missing (null)', answeredTip('internal', 12, null), 'uncertain', ['INTERNAL', 'GROUP_MEMBERS_UNKNOWN']],
    // Found by the fuzzer: a count that is no count of people (negative) was read as "nobody outside".
    ['a group whose outside count is negative', answeredTip('internal', 2, -1), 'uncertain', ['INTERNAL', 'GROUP_MEMBERS_UNKNOWN']],
    ['outside members but no total (counts half given)', answeredTip('internal', null, 2), 'uncertain', ['INTERNAL', 'GROUP_HAS_EXTERNAL_MEMBERS']],
    ['an empty group (0 members)', answeredTip('internal', 0, 0), 'recallable', ['INTERNAL']],
    ['a group MailTips calls external', answeredTip('external', 40, 40), 'not-recallable', ['EXTERNAL']],
    [
      'a group with scope none: only the verified domain says ours, and the counts still count',
      answeredTip('none', 12, 3),
      'uncertain',
      ['INTERNAL_DOMAIN_UNCONFIRMED', 'GROUP_HAS_EXTERNAL_MEMBERS'],
    ],
    ['a group with conflicting scope flags', answeredTip('internal, externalPartner', 12, 0), 'not-recallable', ['EXTERNAL']],
    [
      'a group whose MailTip failed: only the verified domain is known (a dynamic DL can answer this way)',
      failed,
      'uncertain',
      ['INTERNAL_DOMAIN_UNCONFIRMED'],
    ],
  ])('%s → %s %j', (_why, tip, verdict, reasons) => {
    expect(verdictFor(tip)).toEqual({ verdict, reasons });
  });

  // #21 item 4: the counts are Int32 (mailtips.md; Edm.Int32 in msgraph-metadata
  // clean_v10_metadata/cleanMetadata.xml). A count that is not a whole number of people from 0 to
  // Int32's largest is no count: the tip is never read as a person, its membership is unknown.
  it.each<[string, number | null, number | null]>([
    ['a negative total and no outside count', -5, null],
    ['a negative total and none outside', -5, 0],
    ['a fractional total and no outside count', 0.5, null],
    ['a fractional total and none outside', 1.5, 0],
    ['a total beyond Int32 and none outside', 3e9, 0],
    ['an infinite total (1e309 in JSON) and none outside', Infinity, 0],
    ['a whole total and a fractional outside count', 12, 0.5],
    ['a one-member total and a negative outside count', 1, -1],
    ['no total and an outside count beyond Int32', null, 2 ** 31],
  ])('%s (%p, %p) → uncertain, GROUP_MEMBERS_UNKNOWN', (_why, total, external) => {
    expect(verdictFor(answeredTip('internal', total, external))).toEqual({ verdict: 'uncertain', reasons: ['INTERNAL', 'GROUP_MEMBERS_UNKNOWN'] });
  });

  it.each<[string, number | null, number | null]>([
    ['the largest Int32 with none outside is still a count', 2_147_483_647, 0],
    ['one member, none outside: a person', 1, 0],
  ])('%s (%p, %p) → recallable', (_why, total, external) => {
    expect(verdictFor(answeredTip('internal', total, external)).verdict).toBe('recallable');
  });
});

/**
 * #21 item 2: MailTips answering twice for one mailbox (the same address, or respelt: case, a
 * trailing dot). Only the same answer again is the same; anything else conflicts, whichever
 * comes last.
 */
describe('secondMailTip: a second answer for a mailbox that already has one', () => {
  const conflicting: MailTip = { kind: 'conflicting' };
  it.each<[string, MailTip, MailTip, MailTip]>([
    ['the same answer twice', answeredTip('internal', 1, 0), answeredTip('internal', 1, 0), answeredTip('internal', 1, 0)],
    ['the same scope, spelt differently', answeredTip('internal', 1, 0), answeredTip(' Internal', 1, 0), answeredTip('internal', 1, 0)],
    ['external, then internal', answeredTip('external'), answeredTip('internal'), conflicting],
    ['internal, then external', answeredTip('internal'), answeredTip('external'), conflicting],
    ['internal, then none', answeredTip('internal'), answeredTip('none'), conflicting],
    ['a group counted twice, differently', answeredTip('internal', 12, 2), answeredTip('internal', 12, 0), conflicting],
    ['an answer, then an error', answeredTip('internal'), failed, conflicting],
    ['an error, then an answer', failed, answeredTip('internal'), conflicting],
    ['two errors', failed, failed, failed],
    ['a conflict, then the first answer again', conflicting, answeredTip('internal'), conflicting],
  ])('%s', (_why, first, second, expected) => {
    expect(secondMailTip(first, second)).toEqual(expected);
  });

  it.each([
    [boris, 'internal'],
    [laura, 'external'],
  ])('a conflicting tip for %s is SCOPE_CONFLICTING: no weaker source settles it (verified domains say %s)', (address) => {
    const facts = resolve(address, evidence({ mailTips: tipsOf([[address, { kind: 'conflicting' }]]), verifiedDomains: ['contoso.com'] }));
    expect(facts).toMatchObject({ scope: 'unknown', scopeSource: 'mailTipsConflicting', group: null });
    const row = assessMessage({
      message: { ...MESSAGE, recipients: [parseRecipient({ name: '', address, field: 'to' })] },
      recipientFacts: resolveRecipientFacts([parseAddress(address)], evidence({ mailTips: tipsOf([[address, { kind: 'conflicting' }]]) })),
      policy: EXCHANGE_ONLINE_DEFAULTS,
      now: NOW,
    }).recipients[0];
    expect({ verdict: row?.verdict, reasons: row?.reasons }).toEqual({ verdict: 'uncertain', reasons: ['SCOPE_CONFLICTING'] });
  });
});

// recipientScopeType is a flags enum (IsFlags="true" in msgraph-metadata clean_v10_metadata/cleanMetadata.xml:
// none=0, internal=1, external=2, externalPartner=4, externalNonPartner=8), so combinations arrive comma-separated.
describe('scopeFromMailTip reads Graph recipientScope flags', () => {
  it.each<[string, RecipientScope]>([
    ['internal', 'internal'],
    ['Internal', 'internal'],
    ['external', 'external'],
    ['externalPartner', 'external'],
    ['externalNonPartner', 'external'],
    ['none', 'unknown'],
    ['', 'unknown'],
    // Conflicting flags: the pessimistic reading wins, a recall is never promised on doubt.
    ['internal, externalPartner', 'external'],
    ['internal,externalNonPartner', 'external'],
    ['external, externalPartner', 'external'],
    // The resource page spells one member "externalNonParther": still an external flag.
    ['externalNonParther', 'external'],
    ['none, internal', 'internal'],
    [' internal ', 'internal'],
    // Not a flag Graph has: unknown, never internal.
    ['internalish', 'unknown'],
    ['internal\u200b', 'unknown'],
    ['1', 'unknown'],
  ])('%j → %s', (flags, scope) => {
    expect(scopeFromMailTip(flags)).toBe(scope);
  });
});
