import { fail, ok, type Failure, type Result } from '../domain/failure';
import type { GraphScope, TokenProvider } from './tokenProvider';

/**
 * Demo and tests: hands out an opaque token the simulated tenant accepts, or the failure a
 * scenario asks for, so the app's real auth-failure paths run without Entra ID.
 */
export class DemoTokenProvider implements TokenProvider {
  constructor(private readonly failure: Failure | null = null) {}

  async getToken(scopes: readonly GraphScope[]): Promise<Result<string>> {
    if (this.failure !== null) return fail(this.failure);
    return ok(`demo-token:${scopes.join(' ')}`);
  }
}
