import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Whether the check step's DOM contract may be complete yet. A long list's hidden attribute rows
 * (thousands of elements) are built in the commit after the first paint of the verdict and the
 * rows in view, and the overall verdict's `data-overall-verdict` waits for that same commit: a
 * harness waiting for it still finds every recipient's attributes at once (docs/scenarios.md,
 * "DOM contract"). Outside a gate (other steps, tests of one component) it is always complete.
 */
const ContractGate = createContext(true);
export const ContractGateProvider = ContractGate.Provider;

export function useContractComplete(): boolean {
  return useContext(ContractGate);
}

/**
 * False from the first render until the frame after it has been painted (a task queued from
 * `requestAnimationFrame` runs after that frame), then true for good; always true when `defer` is
 * false. Latches: a later outcome on the same step (a refined verdict) is not deferred again, so
 * the contract never disappears once shown.
 */
export function usePaintedOnce(defer: boolean): boolean {
  const [painted, setPainted] = useState(false);
  const waiting = defer && !painted;
  useEffect(() => {
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [waiting]);
  return !waiting;
}
