import { fail, type Result } from '../domain/failure';
import type { GraphUnavailable } from '../domain/graphUnavailable';
import type { TokenProvider } from './tokenProvider';

/**
 * Used when the host can't do nested app authentication or no app registration is configured:
 * every request for a token says why, and the app works on in degraded mode (Office.js facts).
 */
export class UnavailableTokenProvider implements TokenProvider {
  constructor(private readonly reason: GraphUnavailable) {}

  async getToken(): Promise<Result<string>> {
    return fail({ kind: 'auth-unavailable', reason: this.reason });
  }
}
