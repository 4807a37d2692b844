import type { MailboxKey } from '../../domain/address';
import { ok, type Failure, type Result } from '../../domain/failure';
import { NO_REPORTS, trackRecall, type RecallOutcome, type TrackingSnapshot } from '../../domain/recallTracking';
import type { GraphPort } from '../../graph/graphPort';

/**
 * Delays between report checks: quick at first (reports often arrive within a minute), then one
 * request every 15 s at most for as long as the pane is open — each check is a single $batch.
 */
export const POLL_DELAYS_MS: readonly number[] = [3_000, 5_000, 10_000, 15_000];

export function pollDelay(checksDone: number): number {
  return POLL_DELAYS_MS[Math.min(checksDone, POLL_DELAYS_MS.length - 1)] ?? 15_000;
}

/**
 * The wait before the next report check: the schedule, or longer when the last check was
 * throttled (`failure`): never before the end of the wait Graph asked for (`now`: the pane's clock).
 */
export function nextPollDelay(checksDone: number, failure: Failure | null, now: Date): number {
  const scheduled = pollDelay(checksDone);
  return failure?.kind === 'throttled' ? Math.max(scheduled, failure.notBefore.getTime() - now.getTime()) : scheduled;
}

/**
 * The recall as the follow-up planner and the incident summary see it: per-recipient outcomes read
 * from the reports (mailbox → outcome; empty when none could be read) and when it was
 * requested.
 */
export interface TrackedRecall {
  readonly outcomes: ReadonlyMap<MailboxKey, RecallOutcome>;
  readonly recalledAt: Date | null;
  readonly byAddIn: boolean;
}

/**
 * One report check: the reports in the mailbox since `since`, read against the recall's
 * targets. The outcome is read from the mailbox, never from memory, so reopening the pane later
 * shows the same state.
 */
export async function readRecallOutcomes(
  graph: GraphPort,
  targets: readonly MailboxKey[],
  subject: string,
  since: Date | null,
): Promise<Result<TrackingSnapshot>> {
  const reports = await graph.recallReports(since);
  return reports.ok ? ok(trackRecall(targets, reports.value, subject, since)) : reports;
}

/** Everyone the recall aimed at, pending: what is shown before the first reading. */
export function noReadingYet(targets: readonly MailboxKey[], subject: string): TrackingSnapshot {
  return trackRecall(targets, NO_REPORTS, subject, null);
}
