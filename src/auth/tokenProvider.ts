import type { Result } from '../domain/failure';

/** Delegated Graph permissions, asked for incrementally: Mail.ReadWrite only when recalling. */
export type GraphScope = 'User.Read' | 'Mail.Read' | 'Mail.ReadWrite';

export const READ_SCOPES: readonly GraphScope[] = ['User.Read', 'Mail.Read'];
export const RECALL_SCOPES: readonly GraphScope[] = ['Mail.ReadWrite'];

export interface TokenProvider {
  /** A Graph access token for these scopes, or why there is none (consent, unsupported host…). */
  getToken(scopes: readonly GraphScope[]): Promise<Result<string>>;
}
