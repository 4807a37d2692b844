import { useEffect, useState } from 'react';
import { useServices } from './services';

/** How often a countdown on screen is worked out again. */
export const COUNTDOWN_TICK_MS = 1_000;

/**
 * How long until `until` on the pane's clock (ms; 0 once it is reached, or when there is nothing to
 * wait for), worked out again every COUNTDOWN_TICK_MS until then. The clock is read at most a tick
 * late, so the time left is never said shorter than it is.
 */
export function useTimeLeft(until: Date | null): number {
  const { clock } = useServices();
  const [now, setNow] = useState(clock);
  // A new wait is counted from now, not from when the last one ended (state adjusted while rendering).
  const [counting, setCounting] = useState(until);
  if (counting !== until) {
    setCounting(until);
    setNow(clock());
  }
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const at = clock();
      setNow(at);
      if (at.getTime() >= until.getTime()) clearInterval(timer);
    }, COUNTDOWN_TICK_MS);
    return () => clearInterval(timer);
  }, [until, clock]);
  return until === null ? 0 : Math.max(0, until.getTime() - now.getTime());
}
