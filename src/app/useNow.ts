import { useEffect, useState } from 'react';
import { useServices } from './services';

/** How often relative times on screen ("2 minutes ago") are worked out again. */
export const RELATIVE_TIME_REFRESH_MS = 15_000;

/** The clock's time, re-read every `RELATIVE_TIME_REFRESH_MS` so relative times never go stale. */
export function useNow(): Date {
  const { clock } = useServices();
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), RELATIVE_TIME_REFRESH_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
