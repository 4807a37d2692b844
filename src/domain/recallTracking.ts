import { parseAddress, type MailboxKey } from './address';
import { fromTenant, isAbout, type RelatedMessage } from './mailboxEvidence';

export type RecallOutcome = 'pending' | 'succeeded' | 'failed' | 'unknown';

/** Message classes of classic (client-side) recall reports, one per recipient. */
export const RECALL_REPORT_CLASS_PREFIX = 'IPM.Recall.Report.';
export const RECALL_SUCCESS_CLASS = 'IPM.Recall.Report.Success';
export const RECALL_FAILURE_CLASS = 'IPM.Recall.Report.Failure';

/**
 * A candidate recall report from the Inbox, with the evidence Exchange gives for it:
 * - classic: its message class (IPM.Recall.Report.Success / .Failure, read back from
 *   PR_MESSAGE_CLASS); which field names the recipient is undocumented, so `from`, the To line
 *   and the body are all kept;
 * - cloud: one per recall, marked by the `x-ms-exchange-recallreportgenerated` header (seen on
 *   real reports; not in Microsoft's reference docs), with a per-recipient table in the body.
 */
export type RecallReport =
  | {
      readonly kind: 'classic';
      readonly messageClass: string;
      readonly message: RelatedMessage;
      readonly toRecipients: readonly string[];
      readonly body: ReportBody;
    }
  | { readonly kind: 'cloud'; readonly message: RelatedMessage; readonly body: ReportBody };

/** What a report's body says, read from its HTML by the Graph adapter (src/graph/reportBody.ts). */
export interface ReportBody {
  /** Its text, one entry per line (paragraph, table row, …), trimmed, without markup. */
  readonly lines: readonly string[];
  /** The targets of its links, as written (entities decoded), in document order. */
  readonly links: readonly string[];
}

/** What the mailbox held when it was read. */
export interface FoundReports {
  readonly reports: readonly RecallReport[];
  /** The tenant's verified domains: genuine reports come from inside. */
  readonly tenantDomains: readonly string[];
  /** False when a list had more pages than were read: the rest is unknown, never "no report". */
  readonly complete: boolean;
}

export interface TrackingSnapshot {
  /** Per mailbox the recall was aimed at. */
  readonly outcomes: ReadonlyMap<MailboxKey, RecallOutcome>;
  /** Link to the cloud recall report page, when one arrived (Microsoft hosts only). */
  readonly reportUrl: string | null;
  readonly counts: Readonly<Record<RecallOutcome, number>>;
  /**
   * Every target has a known outcome (recalled or failed): polling can stop. Someone still pending,
   * or left unknown (a cloud report read before their row was in it, or a line without outcome
   * words), keeps it going: a later reading may still settle them.
   */
  readonly settled: boolean;
  /** Every report list was read to its end (else some reports may not have been seen yet). */
  readonly complete: boolean;
}

/**
 * Hosts of Outlook on the web, where the cloud report's page lives (Microsoft documents Outlook
 * on the web at outlook.office.com and outlook.office365.com). Any other link in a report is not
 * offered: a look-alike report must not send the user to someone else's page.
 */
export const REPORT_LINK_HOSTS: readonly string[] = ['outlook.office.com', 'outlook.office365.com'];

/** Order matters: "not recalled" / «не отозвано» contain the success words, so failure comes first. */
const OUTCOME_WORDS: readonly [RegExp, RecallOutcome][] = [
  [/\b(failed|failure|not recalled)\b|сбой|ошибка|не отозвано|не удалось/i, 'failed'],
  [/\b(pending|in progress)\b|ожидани|выполняется/i, 'pending'],
  [/\b(succeeded|success|recalled)\b|успешно|отозвано/i, 'succeeded'],
];

/**
 * The line names exactly this mailbox (not one that merely contains it, like a.b@x.com.evil.example).
 * A well-formed key is the normalised address itself; a malformed one's mark never matches a token.
 */
function mentions(line: string, address: MailboxKey): boolean {
  return line
    .toLowerCase()
    .split(/[\s<>;,()"'[\]]+/)
    .some((token) => token.replace(/^mailto:/, '').replace(/[.:]+$/, '') === address);
}

/** The report page link: the first https link to a Microsoft host (REPORT_LINK_HOSTS). */
export function reportLink(links: readonly string[]): string | null {
  for (const href of links) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && REPORT_LINK_HOSTS.includes(url.hostname)) return url.href;
  }
  return null;
}

/** Exchange's evidence for the report is there: from inside the tenant, and of a report's class. */
function genuine(report: RecallReport, tenantDomains: readonly string[]): boolean {
  if (!fromTenant(report.message.from, tenantDomains)) return false;
  return report.kind === 'cloud' || report.messageClass.toLowerCase().startsWith(RECALL_REPORT_CLASS_PREFIX.toLowerCase());
}

/** Who a classic report is about: its sender, else a targeted To recipient, else a targeted address in the body. */
function classicSubjects(report: Extract<RecallReport, { kind: 'classic' }>, targets: ReadonlySet<MailboxKey>): MailboxKey[] {
  // The report's addresses enter here, from Graph: each is parsed once, into the targets' keys.
  const from = parseAddress(report.message.from).key;
  if (targets.has(from)) return [from];
  const to = report.toRecipients.map((a) => parseAddress(a).key).filter((a) => targets.has(a));
  if (to.length > 0) return to;
  const lines = report.body.lines;
  return [...targets].filter((address) => lines.some((l) => mentions(l, address)));
}

function classicOutcome(messageClass: string): RecallOutcome {
  const lower = messageClass.toLowerCase();
  if (lower === RECALL_SUCCESS_CLASS.toLowerCase()) return 'succeeded';
  if (lower === RECALL_FAILURE_CLASS.toLowerCase()) return 'failed';
  return 'unknown';
}

/**
 * Per-recipient outcome from the reports in the mailbox. Everyone the recall aimed at starts
 * pending; only genuine reports about this message (see `genuine`, `isAbout`) count. A classic
 * report settles the recipient it is about; a cloud report settles the recipients it lists by
 * address and leaves the others unknown (its full detail is on the linked page).
 */
export function trackRecall(targets: readonly MailboxKey[], found: FoundReports, subject: string, since: Date | null): TrackingSnapshot {
  const outcomes = new Map<MailboxKey, RecallOutcome>(targets.map((t) => [t, 'pending']));
  const targetSet = new Set(outcomes.keys());
  let reportUrl: string | null = null;
  for (const report of found.reports) {
    if (!genuine(report, found.tenantDomains) || !isAbout(report.message, subject, since)) continue;
    if (report.kind === 'classic') {
      const outcome = classicOutcome(report.messageClass);
      for (const address of classicSubjects(report, targetSet))
        if (outcome !== 'unknown' || outcomes.get(address) === 'pending') outcomes.set(address, outcome);
      continue;
    }
    reportUrl = reportLink(report.body.links) ?? reportUrl;
    const lines = report.body.lines;
    for (const address of outcomes.keys()) {
      const line = lines.find((l) => mentions(l, address));
      const outcome =
        line === undefined ? 'unknown' : (OUTCOME_WORDS.find(([pattern]) => pattern.test(line.toLowerCase().replace(address, '')))?.[1] ?? 'unknown');
      // A later report may still settle someone an earlier one left pending.
      if (outcomes.get(address) === 'pending' || outcome !== 'unknown') outcomes.set(address, outcome);
    }
  }
  const counts: Record<RecallOutcome, number> = { pending: 0, succeeded: 0, failed: 0, unknown: 0 };
  for (const outcome of outcomes.values()) counts[outcome] += 1;
  return { outcomes, reportUrl, counts, settled: counts.pending === 0 && counts.unknown === 0, complete: found.complete };
}

/** No reports read yet: everyone pending. */
export const NO_REPORTS: FoundReports = { reports: [], tenantDomains: [], complete: true };

/** At least one genuine report about this message has arrived (a recall was made, by anyone). */
export function genuineReportArrived(found: FoundReports, subject: string, since: Date | null): RelatedMessage | null {
  return found.reports.find((r) => genuine(r, found.tenantDomains) && isAbout(r.message, subject, since))?.message ?? null;
}
