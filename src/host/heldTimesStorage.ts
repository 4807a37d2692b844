import { pruneHeldTimes, type HeldTimes } from '../domain/heldTimes';

/** The one Web Storage key: a JSON array of delivery times in milliseconds since 1970, nothing else. */
export const HELD_TIMES_KEY = 'recall-assistant:held-until';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The channel from the Send handler to the task pane: Web Storage of the add-in's origin. "To
 * share data between a task pane and a function command, store data in Window.localStorage,
 * which is shared across all runtimes that access the same specific origin"; for an event-based
 * task on Mac, localStorage is the documented way; it "isn't accessible in a JavaScript-only
 * runtime" (office-js-docs-pr docs/testing/runtimes.md, "Share data across runtimes"). That
 * runtime is classic Outlook on Windows, which never holds a message (heldInDrafts.ts), so there
 * the store is absent and remembers nothing. Storage that is missing, full or refused never
 * fails a Send or the pane: it only remembers less.
 */
export function storageHeldTimes(storage: () => StorageLike | undefined, key = HELD_TIMES_KEY): HeldTimes {
  const load = (): number[] => {
    try {
      const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((t): t is number => typeof t === 'number') : [];
    } catch {
      return [];
    }
  };
  return {
    read: (now) => pruneHeldTimes(load(), now).map((t) => new Date(t)),
    remember: (deliverAt, now) => {
      try {
        storage()?.setItem(key, JSON.stringify(pruneHeldTimes([...load(), deliverAt.getTime()], now)));
      } catch {
        // Full or refused: the pane then knows only what Graph lists.
      }
    },
  };
}

/** The browser's localStorage where this runtime has one (not classic Outlook's JavaScript-only runtime). */
export function localHeldTimes(): HeldTimes {
  return storageHeldTimes(() => {
    try {
      return typeof localStorage === 'undefined' ? undefined : localStorage;
    } catch {
      return undefined;
    }
  });
}
