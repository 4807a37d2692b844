import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MailboxKey } from '../domain/address';
import type { Failure } from '../domain/failure';
import type { TrackingSnapshot } from '../domain/recallTracking';
import type { ItemKey } from '../usecases/itemKey';
import { nextPollDelay, noReadingYet, readRecallOutcomes, type TrackedMessage } from '../usecases/tracking/readRecallOutcomes';
import { useServices } from './services';

export interface TrackingView {
  readonly snapshot: TrackingSnapshot;
  readonly lastChecked: Date | null;
  readonly failure: Failure | null;
  readonly checking: boolean;
  readonly available: boolean;
  readonly refresh: () => void;
}

/** What the last report check found, and for which item and check it was asked. */
interface Reading {
  readonly key: string;
  readonly snapshot: TrackingSnapshot;
  readonly lastChecked: Date | null;
  readonly failure: Failure | null;
}

/**
 * Reads the outcome from the mailbox, never from memory: reopening the pane later shows the same
 * state because the same reports are read again. Stops when everything settled, on unmount, or
 * when the item changes; a reading for another item (`key`) is never shown. `targets` keeps its
 * identity while the same people are targeted (RecallPlanProvider memoises it, and `message`, on
 * the check's outcome): a new one restarts the polling.
 */
export function useRecallTracking(
  key: ItemKey,
  targets: readonly MailboxKey[],
  message: TrackedMessage,
  recalledAt: Date | null,
  sentAt: Date | null,
): TrackingView {
  const { graph, clock } = useServices();
  const readingKey = `${key.attempt}:${key.itemId}`;
  const [reading, setReading] = useState<Reading | null>(null);
  const [checking, setChecking] = useState(graph !== null);
  const [round, setRound] = useState(0);
  // Reports are listed from the (server's) sent time; they settle someone from the recall's time.
  const sent = (sentAt ?? recalledAt)?.getTime() ?? null;
  const recalled = recalledAt?.getTime() ?? null;

  useEffect(() => {
    if (graph === null) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let checksDone = 0;
    const check = async () => {
      setChecking(true);
      const read = await readRecallOutcomes(graph, targets, message, sent === null ? null : new Date(sent), recalled === null ? null : new Date(recalled));
      if (cancelled) return;
      checksDone += 1;
      setChecking(false);
      let settled = false;
      if (read.ok) {
        const next = read.value;
        setReading({ key: readingKey, snapshot: next, lastChecked: clock(), failure: null });
        settled = next.settled;
      } else {
        const failure = read.failure;
        setReading((prev) => ({
          key: readingKey,
          snapshot: prev?.key === readingKey ? prev.snapshot : noReadingYet(targets),
          lastChecked: clock(),
          failure,
        }));
      }
      if (!settled) timer = setTimeout(() => void check(), nextPollDelay(checksDone, read.ok ? null : read.failure, clock()));
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [graph, clock, readingKey, targets, message, sent, recalled, round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const mine = reading?.key === readingKey ? reading : null;
  const nothingYet = useMemo(() => noReadingYet(targets), [targets]);
  return {
    snapshot: mine?.snapshot ?? nothingYet,
    lastChecked: mine?.lastChecked ?? null,
    failure: mine?.failure ?? null,
    checking,
    available: graph !== null,
    refresh,
  };
}
