import type { MailboxKey, ParsedAddress, ParsedRecipient } from './address';
import { UNKNOWN_RECIPIENT, type MessageFacts, type RecipientFacts, type RecipientFactsByAddress, type RecipientField } from './facts';
import { blocksRecipients, messageFindings } from './messageRules';
import type { RecallPolicy } from './policy';
import type { MessageReason, RecipientReason } from './reasonCodes';
import { recipientFindings } from './recipientRules';
import { worstVerdict, type OverallVerdict, type Verdict } from './verdict';

export interface RecipientAssessment {
  readonly name: string;
  /** The address as the message carries it (first occurrence). */
  readonly address: string;
  readonly parsed: ParsedAddress;
  /** Every field the address appeared in: the same person in To and Bcc is one row. */
  readonly fields: readonly RecipientField[];
  readonly verdict: Verdict;
  /** The verdict from this recipient's own reasons, before any message-level blocker. */
  readonly recipientVerdict: Verdict;
  readonly reasons: readonly RecipientReason[];
  /** The reason that decided this recipient's own verdict (the row's one-line summary). */
  readonly decisiveReason: RecipientReason;
  /** For a group: how many members are outside the organisation (MailTips); null otherwise. */
  readonly externalMembers: number | null;
}

export interface Assessment {
  readonly overall: OverallVerdict;
  /**
   * Message-level blockers: no new recall can work, and (all but ALREADY_RECALLED, see
   * `recipientBlocker`) every recipient is not-recallable.
   */
  readonly messageReasons: readonly MessageReason[];
  /** Message-level cautions (missing evidence): every recipient is at most uncertain. */
  readonly messageCautions: readonly MessageReason[];
  readonly recipients: readonly RecipientAssessment[];
  readonly counts: Readonly<Record<Verdict, number>>;
}

interface AssessmentInput {
  readonly message: MessageFacts;
  readonly recipientFacts: RecipientFactsByAddress;
  readonly policy: RecallPolicy;
  readonly now: Date;
}

export function assessMessage({ message, recipientFacts, policy, now }: AssessmentInput): Assessment {
  const findings = messageFindings({ message, policy, now });
  const messageReasons = findings.filter((f) => f.verdict === 'not-recallable').map((f) => f.code);
  const messageCautions = findings.filter((f) => f.verdict === 'uncertain').map((f) => f.code);
  const blocked = messageReasons.length > 0;
  // A recall already requested blocks a new one, not each recipient's own verdict (messageRules.ts).
  const recipientsBlocked = messageReasons.some(blocksRecipients);
  const cap: Verdict = messageCautions.length > 0 ? 'uncertain' : 'recallable';
  // The rules read the facts and the address's validity and domain only, so recipients sharing
  // those share a judgement; resolveRecipientFacts gives recipients in the same situation one facts
  // object, so a long list (thousands of recipients, a handful of situations) is judged a few times.
  const judged = new Map<RecipientFacts, Map<string, OwnJudgement>>();
  const recipients = uniqueRecipients(message.recipients).map(({ recipient, parsed, fields }) => {
    const facts = recipientFacts.get(parsed.key) ?? UNKNOWN_RECIPIENT;
    let byDomain = judged.get(facts);
    if (byDomain === undefined) {
      byDomain = new Map();
      judged.set(facts, byDomain);
    }
    // No valid address has an empty domain.
    const domain = parsed.valid ? parsed.domain : '';
    let own = byDomain.get(domain);
    if (own === undefined) {
      own = ownJudgement(recipientFindings({ address: parsed, facts, policy }), recipientsBlocked, cap);
      byDomain.set(domain, own);
    }
    return {
      name: recipient.name,
      address: recipient.address,
      parsed,
      fields,
      verdict: own.verdict,
      recipientVerdict: own.recipientVerdict,
      reasons: own.reasons,
      decisiveReason: own.decisiveReason,
      externalMembers: facts.group?.externalMembers ?? null,
    } satisfies RecipientAssessment;
  });
  const counts = countVerdicts(recipients);
  return { overall: overallVerdict(blocked, counts), messageReasons, messageCautions, recipients, counts };
}

/**
 * The message-level blocker that decides every recipient's verdict, if any: the one a row names
 * instead of its own reason. ALREADY_RECALLED is not one: after a recall, each row keeps its own.
 */
export function recipientBlocker(assessment: Pick<Assessment, 'messageReasons'>): MessageReason | undefined {
  return assessment.messageReasons.find(blocksRecipients);
}

type OwnJudgement = Pick<RecipientAssessment, 'verdict' | 'recipientVerdict' | 'reasons' | 'decisiveReason'>;

function ownJudgement(findings: ReturnType<typeof recipientFindings>, blocked: boolean, cap: Verdict): OwnJudgement {
  const recipientVerdict = worstVerdict(findings.map((f) => f.verdict));
  // Among findings of the deciding verdict, "already read" leads: the row's one line must say it.
  let decisive: (typeof findings)[number] | undefined;
  for (const f of findings) {
    if (f.verdict !== recipientVerdict) continue;
    if (f.code === 'READ') {
      decisive = f;
      break;
    }
    decisive ??= f;
  }
  decisive ??= findings[0];
  return {
    verdict: blocked ? 'not-recallable' : worstVerdict([recipientVerdict, cap]),
    recipientVerdict,
    reasons: findings.map((f) => f.code),
    decisiveReason: decisive?.code ?? 'SCOPE_UNKNOWN',
  };
}

export function overallVerdict(blocked: boolean, counts: Readonly<Record<Verdict, number>>): OverallVerdict {
  const reachable = counts.recallable + counts.uncertain;
  if (blocked || reachable === 0) return 'not-recallable';
  if (counts['not-recallable'] === 0) return counts.uncertain === 0 ? 'recallable' : 'uncertain';
  return 'partial';
}

function countVerdicts(recipients: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { recallable: 0, uncertain: 0, 'not-recallable': 0 };
  for (const r of recipients) counts[r.verdict] += 1;
  return counts;
}

/** The same mailbox in To, Cc and Bcc (any spelling of it) is one recipient with several fields. */
export function uniqueRecipients(recipients: readonly ParsedRecipient[]) {
  const byMailbox = new Map<MailboxKey, { recipient: ParsedRecipient; parsed: ParsedAddress; fields: RecipientField[] }>();
  for (const recipient of recipients) {
    const { parsed } = recipient;
    const existing = byMailbox.get(parsed.key);
    if (existing === undefined) byMailbox.set(parsed.key, { recipient, parsed, fields: [recipient.field] });
    else if (!existing.fields.includes(recipient.field)) existing.fields.push(recipient.field);
  }
  return [...byMailbox.values()];
}
