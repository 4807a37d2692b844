import { parseAddress, type MailboxKey } from './address';
import { fromTenant, tieOf, type RelatedMessage, type SentMessageIdentity, type Tie } from './mailboxEvidence';
import { statusOfRow } from './reportWordings';

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
  /** Whether the user sent no other message with this subject (SentMessageIdentity.subjectUnique); null when not asked. */
  readonly subjectUnique: boolean | null;
}

/** The recalled message as the reports are matched to it: its subject and everyone it went to. */
export type RecalledMessage = Pick<SentMessageIdentity, 'subject' | 'recipients'>;

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

/** A line's words as an address would stand among them: a `mailto:` and closing punctuation dropped. */
function addressTokens(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[\s<>;,()"'[\]]+/)
    .map((token) => token.replace(/^mailto:/, '').replace(/[.:]+$/, ''));
}

/**
 * The line names exactly this mailbox (not one that merely contains it, like a.b@x.com.evil.example).
 * A well-formed key is the normalised address itself; a malformed one's mark never matches a token.
 */
function mentions(line: string, address: MailboxKey): boolean {
  return addressTokens(line).some((token) => token === address);
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

/** Who a classic report is about, among `among`: its sender, else its To line, else addresses in its body. */
function classicSubjects(report: Extract<RecallReport, { kind: 'classic' }>, among: ReadonlySet<MailboxKey>): MailboxKey[] {
  // The report's addresses enter here, from Graph: each is parsed once, into the recipients' keys.
  const from = parseAddress(report.message.from).key;
  if (among.has(from)) return [from];
  const to = report.toRecipients.map((a) => parseAddress(a).key).filter((a) => among.has(a));
  if (to.length > 0) return to;
  const lines = report.body.lines;
  return [...among].filter((address) => lines.some((l) => mentions(l, address)));
}

/**
 * Everyone a cloud report's status rows name: the addresses in the lines that carry a recognised
 * status wording (a header line naming the sender or Exchange is not a row). Parsed once, here.
 */
function cloudRowsName(report: RecallReport): MailboxKey[] {
  return report.body.lines
    .filter((line) => statusOfRow(line) !== 'unknown')
    .flatMap((line) => addressTokens(line).filter((token) => token.includes('@')))
    .map((token) => parseAddress(token))
    .filter((address) => address.valid)
    .map((address) => address.key);
}

function classicOutcome(messageClass: string): RecallOutcome {
  const lower = messageClass.toLowerCase();
  if (lower === RECALL_SUCCESS_CLASS.toLowerCase()) return 'succeeded';
  if (lower === RECALL_FAILURE_CLASS.toLowerCase()) return 'failed';
  return 'unknown';
}

/**
 * How a report relates to our message (mailboxEvidence.ts `tieOf`), and whom among our recipients
 * it is about. Only a genuine report can be ours. A classic report is one recipient's: one about
 * nobody we sent to is another message's. A cloud report's rows must name only our recipients;
 * one with no rows (its detail only on the linked page) still ties by its subject.
 */
function reportTie(
  report: RecallReport,
  found: FoundReports,
  sent: RecalledMessage,
  since: Date | null,
): { readonly tie: Tie; readonly about: readonly MailboxKey[] } {
  if (!genuine(report, found.tenantDomains)) return { tie: 'other', about: [] };
  const ours: SentMessageIdentity = { ...sent, subjectUnique: found.subjectUnique };
  if (report.kind === 'classic') {
    const about = classicSubjects(report, sent.recipients);
    return { tie: about.length === 0 ? 'other' : tieOf(report.message, about, ours, since), about };
  }
  const named = cloudRowsName(report);
  return { tie: tieOf(report.message, named, ours, since), about: named };
}

/**
 * Per-recipient outcome from the reports in the mailbox, for the reports received since `since`
 * (the recall's time). Everyone the recall aimed at starts pending. A report of another message
 * (reportTie) is passed over; one that may be another message's (`ambiguous`) makes those it
 * would settle unknown, never recalled. A classic report settles the recipient it is about by its
 * message class; a cloud report settles the recipients its rows name by their status wording
 * (reportWordings.ts), and leaves the others unknown (its full detail is on the linked page).
 */
export function trackRecall(targets: readonly MailboxKey[], found: FoundReports, sent: RecalledMessage, since: Date | null): TrackingSnapshot {
  const outcomes = new Map<MailboxKey, RecallOutcome>(targets.map((t) => [t, 'pending']));
  // A later report may still settle someone an earlier one left pending; "unknown" never overrides.
  const settle = (address: MailboxKey, outcome: RecallOutcome) => {
    if (outcomes.has(address) && (outcomes.get(address) === 'pending' || outcome !== 'unknown')) outcomes.set(address, outcome);
  };
  let reportUrl: string | null = null;
  for (const report of found.reports) {
    const { tie, about } = reportTie(report, found, sent, since);
    // Not known yet whether the subject is the user's only one: ask again at the next reading.
    if (tie === 'other' || (tie === 'ambiguous' && found.subjectUnique === null)) continue;
    if (report.kind === 'classic') {
      for (const address of about) settle(address, tie === 'ours' ? classicOutcome(report.messageClass) : 'unknown');
      continue;
    }
    if (tie === 'ours') reportUrl = reportLink(report.body.links) ?? reportUrl;
    for (const address of outcomes.keys()) {
      const line = tie === 'ours' ? report.body.lines.find((l) => mentions(l, address)) : undefined;
      const outcome = line === undefined ? 'unknown' : statusOfRow(line.toLowerCase().replace(address, ''));
      settle(address, outcome);
    }
  }
  const counts: Record<RecallOutcome, number> = { pending: 0, succeeded: 0, failed: 0, unknown: 0 };
  for (const outcome of outcomes.values()) counts[outcome] += 1;
  return { outcomes, reportUrl, counts, settled: counts.pending === 0 && counts.unknown === 0, complete: found.complete };
}

/** No reports read yet: everyone pending. */
export const NO_REPORTS: FoundReports = { reports: [], tenantDomains: [], complete: true, subjectUnique: null };

/**
 * A recall of this message seen from its reports (made by anyone): the earliest genuine report
 * about it received since `since` (the sending), `ambiguous` when the only candidates may be
 * another message's (same subject sent more than once, or not known), null when there is none.
 */
export function earlierRecallReport(found: FoundReports, sent: RecalledMessage, since: Date | null): RelatedMessage | 'ambiguous' | null {
  const ties = found.reports.map((report) => ({ report, tie: reportTie(report, found, sent, since).tie }));
  const ours = ties.filter((t) => t.tie === 'ours').map((t) => t.report.message);
  ours.sort((a, b) => (a.dateTime?.getTime() ?? Infinity) - (b.dateTime?.getTime() ?? Infinity));
  return ours[0] ?? (ties.some((t) => t.tie === 'ambiguous') ? 'ambiguous' : null);
}
