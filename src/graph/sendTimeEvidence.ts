import { READ_SCOPES } from '../auth/tokenProvider';
import type { MailTip, ScopeEvidence } from '../domain/scopeEvidence';
import { BATCH_LIMIT, type BatchRequest, type GraphClient } from './graphClient';
import type { MailboxKey, ParsedRecipient } from '../domain/address';
import { chunk, collectMailTips, mailTipsRequest, MAILTIPS_CHUNK, parseWith, uniqueValid } from './recallFacts';
import { graphPath } from './requestPaths';
import * as v from 'valibot';

const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });

/**
 * At Send: MailTips for the compose item's recipients and the tenant's verified domains, in one
 * `$batch` (the same requests the recall check makes: POST /me/getMailTips with recipientScope,
 * GET /organization?$select=verifiedDomains). No Graph client, or a failed batch, gives null
 * sources, and the rules then fall back to the sender's domain — which never proves "internal"
 * (recipientRules.ts), so the message is held: fail closed. `recipients` are the compose item's as
 * written (parsed by the handler): MailTips are asked with each valid address as sent
 * (recallFacts.ts), invalid or disguised ones never, and the answers are keyed by mailbox.
 */
export async function sendTimeEvidence(
  client: GraphClient | null,
  recipients: readonly ParsedRecipient[],
  senderDomain: string | null,
): Promise<ScopeEvidence> {
  const none: ScopeEvidence = { mailTips: null, verifiedDomains: null, senderDomain, readReceiptsFrom: new Set() };
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
  return { mailTips, verifiedDomains: domains.ok ? domains.value : null, senderDomain, readReceiptsFrom: new Set() };
}
