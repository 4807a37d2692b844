import { parseAddress } from './address';
import { isAbout, type RelatedMessage } from './mailboxEvidence';

export type RecallOutcome = 'pending' | 'succeeded' | 'failed' | 'unknown';

/** A recall report found in the mailbox: classic (one per recipient) or cloud (one per recall). */
export type RecallReport =
  | { readonly kind: 'classic'; readonly outcome: 'succeeded' | 'failed'; readonly message: RelatedMessage }
  | { readonly kind: 'cloud'; readonly message: RelatedMessage; readonly bodyHtml: string };

export interface TrackingSnapshot {
  /** Per normalised address of every recipient the recall was aimed at. */
  readonly outcomes: ReadonlyMap<string, RecallOutcome>;
  /** Link to the cloud recall report page, when one arrived. */
  readonly reportUrl: string | null;
  readonly counts: Readonly<Record<RecallOutcome, number>>;
  /** Nothing is pending any more: polling can stop. */
  readonly settled: boolean;
}

/*
 * Subject prefixes of recall reports. Classic reports: "Message Recall Success: <subject>" /
 * "Message Recall Failure: <subject>"; cloud: "Message Recall Report: <subject>" (also seen as
 * "Message Recall Report for message: <subject>"). The Russian ones are unverified guesses from
 * machine-translated docs: verify in a Russian mailbox. A report we can't match leaves the
 * recipient "unknown" (never "succeeded"), so a wrong prefix costs only precision.
 */
const CLASSIC_PREFIXES = ['message recall success', 'message recall failure', 'отзыв сообщения выполнен', 'сбой отзыва сообщения', 'успешный отзыв сообщения'];
const CLOUD_PREFIXES = ['message recall report', 'message recall report for message', 'отчет об отзыве сообщения', 'отчёт об отзыве сообщения'];

/** Order matters: "not recalled" / «не отозвано» contain the success words, so failure comes first. */
const OUTCOME_WORDS: readonly [RegExp, RecallOutcome][] = [
  [/\b(failed|failure|not recalled)\b|сбой|ошибка|не отозвано/i, 'failed'],
  [/\b(pending|in progress)\b|ожидани|выполняется/i, 'pending'],
  [/\b(succeeded|success|recalled)\b|успешно|отозвано/i, 'succeeded'],
];

/** Text lines of a report body, without markup (tags become line breaks; entities decoded minimally). */
function bodyLines(html: string): string[] {
  return html
    .replace(/<(br|\/p|\/tr|\/li|\/div|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The line names exactly this address (not one that merely contains it, like a.b@x.com.evil.example). */
function mentions(line: string, address: string): boolean {
  return line
    .toLowerCase()
    .split(/[\s<>;,()"'[\]]+/)
    .some((token) => token.replace(/^mailto:/, '').replace(/[.:]+$/, '') === address);
}

/** The report page link in a cloud report: the first https link, which is the report's own. */
function reportLink(html: string): string | null {
  const href = /href\s*=\s*"(https:\/\/[^"]+)"/i.exec(html)?.[1] ?? null;
  return href === null ? null : href.replace(/&amp;/g, '&');
}

/**
 * Per-recipient outcome from the reports in the mailbox. Everyone the recall aimed at starts
 * pending; a classic report settles its sender; a cloud report settles the recipients it lists
 * by address and leaves the others unknown (its full detail is on the linked page).
 */
export function trackRecall(targets: readonly string[], reports: readonly RecallReport[], subject: string, recalledAt: Date | null): TrackingSnapshot {
  const outcomes = new Map<string, RecallOutcome>(targets.map((t) => [parseAddress(t).normalised, 'pending']));
  let reportUrl: string | null = null;
  for (const report of reports) {
    if (report.kind === 'classic') {
      if (!isAbout(report.message, CLASSIC_PREFIXES, subject, recalledAt)) continue;
      const from = parseAddress(report.message.from).normalised;
      if (outcomes.has(from)) outcomes.set(from, report.outcome);
      continue;
    }
    if (!isAbout(report.message, CLOUD_PREFIXES, subject, recalledAt)) continue;
    reportUrl = reportLink(report.bodyHtml) ?? reportUrl;
    const lines = bodyLines(report.bodyHtml);
    for (const address of outcomes.keys()) {
      const line = lines.find((l) => mentions(l, address));
      const outcome = line === undefined ? 'unknown' : (OUTCOME_WORDS.find(([pattern]) => pattern.test(line.toLowerCase().replace(address, '')))?.[1] ?? 'unknown');
      // A later report may still settle someone an earlier one left pending.
      if (outcomes.get(address) === 'pending' || outcome !== 'unknown') outcomes.set(address, outcome);
    }
  }
  const counts: Record<RecallOutcome, number> = { pending: 0, succeeded: 0, failed: 0, unknown: 0 };
  for (const outcome of outcomes.values()) counts[outcome] += 1;
  return { outcomes, reportUrl, counts, settled: counts.pending === 0 };
}
