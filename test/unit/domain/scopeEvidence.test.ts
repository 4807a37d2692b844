import { parseAddress } from '../../../src/domain/address';
import type { RecipientScope, ScopeSource } from '../../../src/domain/facts';
import { resolveRecipientFacts, scopeFromMailTip, type MailTip, type ScopeEvidence } from '../../../src/domain/scopeEvidence';

const boris = 'boris.ivanov@contoso.com';
const laura = 'laura.jensen@fabrikam.com';

const answered = (recipientScope: string, totalMemberCount: number | null = null, externalMemberCount: number | null = null): MailTip => ({
  kind: 'answered',
  recipientScope,
  totalMemberCount,
  externalMemberCount,
});
const failed: MailTip = { kind: 'failed' };

function evidence(overrides: Partial<ScopeEvidence> = {}): ScopeEvidence {
  return { mailTips: null, verifiedDomains: null, senderDomain: null, readReceiptsFrom: new Set(), ...overrides };
}

function resolve(address: string, e: ScopeEvidence) {
  const facts = resolveRecipientFacts([parseAddress(address)], e).get(parseAddress(address).normalised);
  if (facts === undefined) throw new Error('no facts');
  return facts;
}

describe('resolveRecipientFacts: MailTips over verified domains over the sender domain', () => {
  it.each<[string, string, ScopeEvidence, RecipientScope, ScopeSource]>([
    ['MailTips internal wins over an unverified domain', boris, evidence({ mailTips: new Map([[boris, answered('internal')]]), verifiedDomains: ['other.com'], senderDomain: 'other.com' }), 'internal', 'mailTips'],
    ['MailTips external wins over a verified domain (mailbox moved out)', boris, evidence({ mailTips: new Map([[boris, answered('external')]]), verifiedDomains: ['contoso.com'] }), 'external', 'mailTips'],
    ['MailTips externalPartner is external', laura, evidence({ mailTips: new Map([[laura, answered('externalPartner')]]) }), 'external', 'mailTips'],
    ["MailTips 'none' falls through to verified domains", boris, evidence({ mailTips: new Map([[boris, answered('none')]]), verifiedDomains: ['contoso.com'] }), 'internal', 'verifiedDomains'],
    ['MailTips failed for the address falls through to verified domains', boris, evidence({ mailTips: new Map([[boris, failed]]), verifiedDomains: ['contoso.com'] }), 'internal', 'verifiedDomains'],
    ['MailTips not asked: verified domains decide (internal)', boris, evidence({ verifiedDomains: ['contoso.com'] }), 'internal', 'verifiedDomains'],
    ['MailTips not asked: verified domains decide (external)', laura, evidence({ verifiedDomains: ['contoso.com'] }), 'external', 'verifiedDomains'],
    ['verified domains compare case-insensitively', boris, evidence({ verifiedDomains: ['Contoso.COM'] }), 'internal', 'verifiedDomains'],
    ['verified domains over the sender domain', boris, evidence({ verifiedDomains: ['fabrikam.com'], senderDomain: 'contoso.com' }), 'external', 'verifiedDomains'],
    ['an empty verified-domain list falls through to the sender domain', boris, evidence({ verifiedDomains: [], senderDomain: 'contoso.com' }), 'internal', 'senderDomain'],
    ['sender domain only: same domain is a guess of internal', boris, evidence({ senderDomain: 'contoso.com' }), 'internal', 'senderDomain'],
    ['sender domain only: another domain is unknown, not external', laura, evidence({ senderDomain: 'contoso.com' }), 'unknown', 'senderDomain'],
    ['no source at all', boris, evidence(), 'unknown', 'none'],
    ['a malformed address with no MailTip is unknown whatever the domains say', 'not-an-address', evidence({ verifiedDomains: ['contoso.com'], senderDomain: 'contoso.com' }), 'unknown', 'none'],
  ])('%s', (_why, address, e, scope, scopeSource) => {
    expect(resolve(address, e)).toMatchObject({ scope, scopeSource });
  });

  it('a MailTips failure for one address drops only that address to the next source', () => {
    const e = evidence({ mailTips: new Map([[boris, failed], [laura, answered('internal')]]), verifiedDomains: ['contoso.com'] });
    const facts = resolveRecipientFacts([parseAddress(boris), parseAddress(laura)], e);
    expect(facts.get(boris)).toMatchObject({ scope: 'internal', scopeSource: 'verifiedDomains' });
    // Laura's domain is not verified, but MailTips (e.g. a hybrid or multi-tenant org) said internal.
    expect(facts.get(laura)).toMatchObject({ scope: 'internal', scopeSource: 'mailTips' });
  });

  it('takes group sizes from MailTips, and none from a failed or missing tip', () => {
    const e = evidence({ mailTips: new Map([['atlas@contoso.com', answered('internal', 12, 3)], [boris, failed]]) });
    expect(resolve('atlas@contoso.com', e).group).toEqual({ totalMembers: 12, externalMembers: 3 });
    expect(resolve(boris, e).group).toBeNull();
    expect(resolve(laura, e).group).toBeNull();
  });

  it('marks a recipient read only when a receipt came from that normalised address', () => {
    const e = evidence({ readReceiptsFrom: new Set([boris]) });
    expect(resolve('Boris.Ivanov@CONTOSO.com', e).readReceiptReceived).toBe(true);
    expect(resolve(laura, e).readReceiptReceived).toBe(false);
  });
});

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
  ])('%j → %s', (flags, scope) => {
    expect(scopeFromMailTip(flags)).toBe(scope);
  });
});
