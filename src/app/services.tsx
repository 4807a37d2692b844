import { createContext, useContext, useState, type ReactNode } from 'react';
import type { TokenProvider } from '../auth/tokenProvider';
import type { LoadedPolicy } from '../config/parseConfig';
import type { GraphPort } from '../graph/graphPort';
import type { VerifiedDomainsCache } from '../graph/verifiedDomainsCache';
import type { OutlookHost } from '../host/outlookHost';
import { memoryPreferences, type Preferences } from './preferences';
import type { HeldMessages, SafetyWindowOptIn } from '../domain/safetyWindow';
import type { DiagnosticsLog } from '../domain/diagnostics';
import type { HeldTimes } from '../domain/heldTimes';

/** Everything the components may use from the outside world; the one way in. */
export interface Services {
  readonly host: OutlookHost;
  /** The Graph port (graphPort.ts); null when Graph can't be used at all here (personal account, unsupported host). */
  readonly graph: GraphPort | null;
  readonly tokens: TokenProvider;
  readonly policy: LoadedPolicy;
  readonly clock: () => Date;
  /** The tenant's verified domains kept for the browser session (a second opening skips the request). */
  readonly verifiedDomains?: VerifiedDomainsCache;
  /** Non-personal flags such as "prevention tips dismissed"; without it they last for the session. */
  readonly preferences?: Preferences;
  /** Messages the safety window holds on the server (docs/safety-window.md); absent where unavailable. */
  readonly heldMessages?: HeldMessages;
  /** Delivery times the Send handler left for the pane (docs/safety-window.md): what it knows of held messages without Graph. */
  readonly heldTimes?: HeldTimes;
  /** The user's safety-window opt-in, where the admin allows one. */
  readonly safetyWindowOptIn?: SafetyWindowOptIn;
  /** The page's failures for "Copy diagnostics" (ids and kinds, nothing personal); no button without it. */
  readonly diagnostics?: DiagnosticsLog;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services, or null outside ServicesProvider: for the error boundary's fallback, which must render whatever broke. */
export function useServicesIfAny(): Services | null {
  return useContext(ServicesContext);
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** The preferences port, or a session-only stand-in when the entry did not provide one. */
export function usePreferences(): Preferences {
  const { preferences } = useServices();
  const [fallback] = useState(memoryPreferences);
  return preferences ?? fallback;
}
