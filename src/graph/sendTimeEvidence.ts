import { READ_SCOPES } from '../auth/tokenProvider';
import type { MailTip, ScopeEvidence } from '../domain/scopeEvidence';
import { BATCH_LIMIT, type BatchRequest, type GraphClient } from './graphClient';
import type { MailboxKey, ParsedRecipient } from '../domain/address';
import { chunk, collectMailTips, mailTipsRequest, MAILTIPS_CHUNK, parseWith, uniqueValid } from './recallFacts';
import { graphPath } from './requestPaths';
import type { VerifiedDomainsCache } from './verifiedDomainsCache';
import * as v from 'valibot';

const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });

/**
 * At Send: MailTips for the compose item's recipients and the tenant's verified domains, in one
 * `$batch` (the same requests the recall check makes: POST /me/getMailTips with recipientScope,
 * GET /organization?$select=verifiedDomains). No Graph client, or a failed batch, gives no
 * MailTips; the verified domains are then the ones `kept` from an earlier check (roaming settings,
 * host/roamingVerifiedDomains.ts), or else none, and the rules fall back to the sender's domain.
 * Neither confirms a mailbox (recipientRules.ts); whether such a "probably internal" recipient
 * alerts when Graph gave no MailTips at all is the admin's choice (SafetyWindowPolicy.withoutGraph,
 * sendTimeDecision.ts), and an address outside those domains is out of reach either way: fail
 * closed. `recipients` are the compose item's as
 * written (parsed by the handler): MailTips are asked with each valid address as sent
 * (recallFacts.ts), invalid or disguised ones never, and the answers are keyed by mailbox.
 */
export async function sendTimeEvidence(
  client: GraphClient | null,
  recipients: readonly ParsedRecipient[],
  senderDomain: string | null,
  kept?: Pick<VerifiedDomainsCache, 'get'>,
): Promise<ScopeEvidence> {
  const keptDomains = () => kept?.get() ?? null;
  const none: ScopeEvidence = { mailTips: null, verifiedDomains: keptDomains(), senderDomain, readReceiptsFrom: new Set() };
  if (client === null) return none;
  // Beyond one batch (19 × 100 addresses) the rest stay unknown and so are held: no second round at Send.
  const asSent = new Map<MailboxKey, string>();
  const tipChunks = chunk(uniqueValid(recipients, asSent), MAILTIPS_CHUNK).slice(0, BATCH_LIMIT - 1);
  const requests: BatchRequest[] = [
    { id: 'organization', method: 'GET', url: graphPath('organization', { query: '$select=verifiedDomains' }) },
    ...tipChunks.map((group, i) => mailTipsRequest(`tips-${i}`, group, asSent)),
  ];
  const round = await client.batch(requests, READ_SCOPES);
  if (!round.ok) return none;
  const domains = parseWith(round.value.get('organization'), organizationSchema, 'organization', (org) =>
    org.value.flatMap((o) => o.verifiedDomains.map((d) => d.name.toLowerCase())),
  );
  const mailTips = new Map<MailboxKey, MailTip>();
  tipChunks.forEach((group, i) => collectMailTips(mailTips, group, round.value.get(`tips-${i}`)));
  return { mailTips, verifiedDomains: domains.ok ? domains.value : keptDomains(), senderDomain, readReceiptsFrom: new Set() };
}
