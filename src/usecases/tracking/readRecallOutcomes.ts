import type { MailboxKey } from '../../domain/address';
import { ok, type Failure, type Result } from '../../domain/failure';
import { NO_REPORTS, trackRecall, type RecalledMessage, type RecallOutcome, type TrackingSnapshot } from '../../domain/recallTracking';
import type { GraphPort, ReportedMessage } from '../../graph/graphPort';

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

/** The recalled message as tracking knows it: its subject, everyone it went to, and its REST id (Graph). */
export type TrackedMessage = RecalledMessage & ReportedMessage;

/**
 * A report counts from a little before the recall's time: `recalledAt` is this device's clock,
 * the report's arrival time the server's.
 */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * One report check: the reports in the mailbox since the message was sent (`sentAt`), read
 * against the recall's targets; only reports received after the recall (`recalledAt`, else the
 * sending) settle anyone. The outcome is read from the mailbox, never from memory, so reopening
 * the pane later shows the same state.
 */
export async function readRecallOutcomes(
  graph: GraphPort,
  targets: readonly MailboxKey[],
  message: TrackedMessage,
  sentAt: Date | null,
  recalledAt: Date | null,
): Promise<Result<TrackingSnapshot>> {
  const reports = await graph.recallReports(sentAt, { subject: message.subject, restId: message.restId });
  const since = recalledAt === null ? sentAt : new Date(recalledAt.getTime() - CLOCK_SLACK_MS);
  return reports.ok ? ok(trackRecall(targets, reports.value, message, since)) : reports;
}

/** Everyone the recall aimed at, pending: what is shown before the first reading. */
export function noReadingYet(targets: readonly MailboxKey[]): TrackingSnapshot {
  return trackRecall(targets, NO_REPORTS, { subject: '', recipients: new Set() }, null);
}
