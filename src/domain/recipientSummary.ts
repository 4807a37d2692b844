import type { RecipientAssessment } from './assessment';
import type { ReasonCode } from './reasonCodes';
import type { Verdict } from './verdict';

/** One organisation (mail domain) on the message and how its recipients fare. */
interface OrganisationLine {
  /** The ASCII mail domain; null for addresses that have none (malformed). */
  readonly domain: string | null;
  readonly total: number;
  readonly counts: Readonly<Record<Verdict, number>>;
}

interface ReasonLine {
  readonly code: ReasonCode;
  readonly count: number;
}

interface RecipientSummary {
  readonly organisations: readonly OrganisationLine[];
  readonly reasons: readonly ReasonLine[];
}

const SEVERITY: Record<Verdict, number> = {
  'not-recallable': 0,
  uncertain: 1,
  recallable: 2,
};

/**
 * A long list read as a sender needs it: which organisations got the message and which reasons
 * decide, most recipients first (ties: the worse fate first). `blockedBy`, a message-level reason,
 * decides for everyone; `cappedBy`, a message-level caution, for each row it kept at uncertain.
 */
export function summariseRecipients(recipients: readonly RecipientAssessment[], blockedBy?: ReasonCode, cappedBy?: ReasonCode): RecipientSummary {
  const byDomain = new Map<string | null, { total: number; counts: Record<Verdict, number> }>();
  const byReason = new Map<ReasonCode, { count: number; worst: Verdict }>();
  for (const r of recipients) {
    const domain = r.parsed.valid ? r.parsed.domain : null;
    let line = byDomain.get(domain);
    if (line === undefined) {
      line = { total: 0, counts: { recallable: 0, uncertain: 0, 'not-recallable': 0 } };
      byDomain.set(domain, line);
    }
    line.total += 1;
    line.counts[r.verdict] += 1;
    const code = blockedBy ?? (r.verdict !== r.recipientVerdict ? cappedBy : undefined) ?? r.decisiveReason;
    let reason = byReason.get(code);
    if (reason === undefined) {
      reason = { count: 0, worst: r.verdict };
      byReason.set(code, reason);
    }
    reason.count += 1;
    if (SEVERITY[r.verdict] < SEVERITY[reason.worst]) reason.worst = r.verdict;
  }
  const worstOf = (counts: Record<Verdict, number>) => (counts['not-recallable'] > 0 ? 0 : counts.uncertain > 0 ? 1 : 2);
  const organisations = [...byDomain].map(([domain, { total, counts }]) => ({
    domain,
    total,
    counts,
  }));
  organisations.sort((a, b) => b.total - a.total || worstOf(a.counts) - worstOf(b.counts) || String(a.domain).localeCompare(String(b.domain)));
  const reasons = [...byReason].map(([code, { count, worst }]) => ({
    code,
    count,
    worst,
  }));
  reasons.sort((a, b) => b.count - a.count || SEVERITY[a.worst] - SEVERITY[b.worst] || a.code.localeCompare(b.code));
  return {
    organisations,
    reasons: reasons.map(({ code, count }) => ({ code, count })),
  };
}
