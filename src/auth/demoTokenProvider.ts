import { fail, ok, type Failure, type Result } from '../domain/failure';
import type { GraphScope, TokenProvider } from './tokenProvider';

interface DemoTokenOptions {
  /**
   * How long the first token for a set of scopes takes, as a real sign-in's silent acquisition
   * does; later requests for the same scopes come from the cache at once.
   */
  readonly acquisitionMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Demo and tests: hands out an opaque token the simulated tenant accepts, or the failure a
 * scenario asks for, so the app's real auth-failure paths run without Entra ID.
 */
export class DemoTokenProvider implements TokenProvider {
  private readonly acquired = new Set<string>();

  constructor(
    private readonly failure: Failure | null = null,
    private readonly options: DemoTokenOptions = {},
  ) {}

  async getToken(scopes: readonly GraphScope[]): Promise<Result<string>> {
    if (this.failure !== null) return fail(this.failure);
    const key = [...scopes].sort().join(' ');
    const acquisitionMs = this.options.acquisitionMs ?? 0;
    if (acquisitionMs > 0 && !this.acquired.has(key)) {
      await (this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))))(acquisitionMs);
    }
    this.acquired.add(key);
    return ok(`demo-token:${scopes.join(' ')}`);
  }
}
