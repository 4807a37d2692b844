import type { NaaClientLoader } from '../auth/naaClient';
import type { GraphScope, TokenProvider } from '../auth/tokenProvider';
import type { AuthConfig } from '../config/parseConfig';
import { fail, ok, type Result } from '../domain/failure';

/**
 * Tokens in the event runtime: silent nested app authentication only. Event handlers can't show
 * UI (event-based-activation.md: "APIs that change or alter the UI aren't allowed"), so there is
 * no popup or dialog rung; no token means no Graph, and the check falls back (fail closed).
 */
export function silentNaaTokens(config: AuthConfig | null, supportsNestedAuth: boolean, load: NaaClientLoader): TokenProvider {
  let client: ReturnType<NaaClientLoader> | null = null;
  return {
    async getToken(scopes: readonly GraphScope[]): Promise<Result<string>> {
      if (config === null) return fail({ kind: 'auth-unavailable', reason: { kind: 'not-configured' } });
      if (!supportsNestedAuth) return fail({ kind: 'auth-unavailable', reason: { kind: 'nested-auth-unsupported' } });
      try {
        client ??= load(config);
        const naa = await client;
        if (naa === null) return fail({ kind: 'auth-unavailable', reason: { kind: 'nested-auth-unavailable' } });
        const account = naa.getActiveAccount() ?? naa.getAllAccounts()[0];
        const result = await naa.acquireTokenSilent(account === undefined ? { scopes } : { scopes, account });
        return result.accessToken ? ok(result.accessToken) : fail({ kind: 'consent-required' });
      } catch {
        return fail({ kind: 'consent-required' });
      }
    },
  };
}
