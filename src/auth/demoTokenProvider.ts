import { fail, ok, type Failure, type Result } from '../domain/failure';
import type { GraphScope, TokenProvider } from './tokenProvider';

/**
 * Demo and tests: hands out an opaque token the simulated tenant accepts, or the failure a
 * scenario asks for, so the app's real auth-failure paths run without Entra ID.
 * `firstTokenMs` models a real sign-in for the benchmarks: the first token takes that long (NAA's
 * silent acquisition), later ones come from the cache at once.
 */
export class DemoTokenProvider implements TokenProvider {
  private signedIn: Promise<void> | null = null;

  constructor(
    private readonly failure: Failure | null = null,
    private readonly firstTokenMs = 0,
  ) {}

  async getToken(scopes: readonly GraphScope[]): Promise<Result<string>> {
    if (this.failure !== null) return fail(this.failure);
    if (this.firstTokenMs > 0) {
      this.signedIn ??= new Promise((resolve) => setTimeout(resolve, this.firstTokenMs));
      await this.signedIn;
    }
    return ok(`demo-token:${scopes.join(' ')}`);
  }
}
