import type { HeldList } from './safetyWindow';

/**
 * What the Send handler leaves for the task pane about a message it let go with a delivery time
 * ahead: that time and nothing else (no subject, no recipients, no id; docs/privacy.md). The pane
 * reads it where Graph can't list Drafts, so a held message never vanishes from view with Graph.
 */
export interface HeldTimes {
  /** The delivery times still ahead of `now`, soonest first. */
  read(now: Date): Date[];
  /** Remembers one more delivery time; times already past are dropped on the way. */
  remember(deliverAt: Date, now: Date): void;
}

/** At most this many times are kept: a window is at most an hour, so a user has few at once. */
export const MAX_HELD_TIMES = 20;

/**
 * Times still ahead, soonest first, at most MAX_HELD_TIMES of them (the latest: the one just held
 * is the one a user is likeliest to want to stop): what is kept after each write.
 */
export function pruneHeldTimes(times: readonly number[], now: Date): number[] {
  const ahead = times.filter((t) => Number.isFinite(t) && t > now.getTime());
  return [...new Set(ahead)].sort((a, b) => a - b).slice(-MAX_HELD_TIMES);
}

/**
 * A remembered time and a listed draft's delivery time this close are the same message: the time
 * the handler saw is the one Outlook set, and Exchange may keep it rounded (to the second, or the
 * minute: PidTagDeferredSendTime's precision in Graph is not documented).
 */
export const SAME_HOLD_MS = 60_000;

/**
 * The remembered times the Graph list does not account for, soonest first. Each listed draft
 * accounts for one remembered time within SAME_HOLD_MS of its own. Graph read Drafts to its end
 * (`complete`): every held draft is in the list, so a time left over belongs to a message no
 * longer held there (the user deleted it) and is not shown. Graph failed (`listed` null) or stopped
 * early: every time left over may be a held message nobody can see, and is shown.
 */
export function unlistedHeldTimes(remembered: readonly Date[], listed: HeldList | null): Date[] {
  if (listed?.complete === true) return [];
  const left = [...remembered].sort((a, b) => a.getTime() - b.getTime());
  for (const message of listed?.held ?? []) {
    const match = left.findIndex((t) => Math.abs(t.getTime() - message.deliverAt.getTime()) <= SAME_HOLD_MS);
    if (match >= 0) left.splice(match, 1);
  }
  return left;
}
