import type { Result } from '../domain/failure';

/** Delegated Graph permissions, asked for incrementally: Mail.ReadWrite only when recalling. */
export type GraphScope = 'User.Read' | 'Mail.Read' | 'Mail.ReadWrite';

export const READ_SCOPES: readonly GraphScope[] = ['User.Read', 'Mail.Read'];
export const RECALL_SCOPES: readonly GraphScope[] = ['Mail.ReadWrite'];

/** After Graph answered 401: the cached token is no good, ask for a new one. */
export interface TokenOptions {
  /** Bypass every cache (MSAL `forceRefresh`, a remembered dialog token). */
  readonly forceRefresh: boolean;
  /** The claims challenge from Graph's `WWW-Authenticate` (continuous access evaluation), as JSON. */
  readonly claims?: string;
}

export interface TokenProvider {
  /** A Graph access token for these scopes, or why there is none (consent, unsupported host…). */
  getToken(scopes: readonly GraphScope[], options?: TokenOptions): Promise<Result<string>>;
}
