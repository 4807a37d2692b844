import type { AuthConfig } from '../config/parseConfig';

/**
 * The port between our token ladder and MSAL: the few calls of `@azure/msal-browser`'s
 * IPublicClientApplication we use, in our own types. The real adapter (msalNaaClient.ts) is the
 * only module that imports MSAL, and it is loaded lazily; tests put a fake here.
 *
 * Errors are thrown as MSAL throws them (objects with `name` and `errorCode`); authErrors.ts
 * classifies them without importing MSAL.
 */
export interface NaaAccount {
  readonly homeAccountId: string;
}

export interface NaaTokenRequest {
  readonly scopes: readonly string[];
  /** The account to ask for; absent: the host's signed-in account (NAA does not need one). */
  readonly account?: NaaAccount;
  /** Skip MSAL's and the host's caches: Graph refused the cached token (401). */
  readonly forceRefresh?: boolean;
  /** A claims challenge from Graph (continuous access evaluation), as JSON. */
  readonly claims?: string;
}

export interface NaaTokenResult {
  readonly accessToken: string;
  readonly account: NaaAccount | null;
  readonly expiresOn: Date | null;
}

export interface NaaClient {
  getActiveAccount(): NaaAccount | null;
  getAllAccounts(): readonly NaaAccount[];
  setActiveAccount(account: NaaAccount | null): void;
  acquireTokenSilent(request: NaaTokenRequest): Promise<NaaTokenResult>;
  acquireTokenPopup(request: NaaTokenRequest): Promise<NaaTokenResult>;
}

/**
 * Creates the client. Resolves to null when the host offers no nested-app-auth bridge after all
 * (MSAL would then fall back to plain browser auth, which a task pane cannot complete).
 */
export type NaaClientLoader = (config: AuthConfig) => Promise<NaaClient | null>;

/** The production loader: MSAL arrives in its own chunk, only when a token is first needed. */
export const loadMsalNaaClient: NaaClientLoader = async (config) => {
  const { createMsalNaaClient } = await import(/* webpackChunkName: "msal" */ './msalNaaClient');
  return createMsalNaaClient(config);
};
