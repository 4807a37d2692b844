import type { AuthConfig } from '../config/parseConfig';
import { fail, newCorrelationId, ok, type Result } from '../domain/failure';
import { classifyAuthError } from './authErrors';
import type { DialogTokenSource } from './dialogTokenSource';
import { loadMsalNaaClient, type NaaClient, type NaaClientLoader, type NaaTokenRequest, type NaaTokenResult } from './naaClient';
import type { GraphScope, TokenOptions, TokenProvider } from './tokenProvider';

interface NaaTokenProviderOptions {
  readonly config: AuthConfig;
  /** Default: MSAL's nestable public client application, loaded lazily in its own chunk. */
  readonly loadClient?: NaaClientLoader;
  /** The last rung; null: none (the ladder ends at the popup). */
  readonly dialog?: DialogTokenSource | null;
  readonly now?: () => number;
}

/** A dialog token is not reused in its last five minutes. */
const EXPIRY_MARGIN_MS = 5 * 60_000;
/** When the dialog page could not say when its token expires: Entra access tokens last 60–90 minutes. */
const UNKNOWN_EXPIRY_MS = 30 * 60_000;

type LoadedClient = { readonly kind: 'ready'; readonly client: NaaClient } | { readonly kind: 'unavailable' } | { readonly kind: 'load-failed' };

/**
 * Graph tokens through Nested App Authentication, asked for incrementally: the scopes of each
 * call exactly (User.Read + Mail.Read to check; Mail.ReadWrite only when the user recalls).
 *
 * The ladder for each request: MSAL silent (the host's cached token) → MSAL popup (the host's
 * consent/sign-in prompt) → the Office dialog fallback (authdialog.html). The user cancelling a
 * prompt ends it at once, without a second prompt. Tokens stay in memory (MSAL's memoryStorage
 * and, for dialog tokens, a map here); nothing is written to localStorage or sessionStorage.
 *
 * Requests run one at a time (two popups at once fail in MSAL), and the same scopes asked for
 * while a request is running share its answer.
 */
export class NaaTokenProvider implements TokenProvider {
  private readonly loadClient: NaaClientLoader;
  private readonly dialog: DialogTokenSource | null;
  private readonly now: () => number;
  private client: Promise<LoadedClient> | null = null;
  private readonly inflight = new Map<string, Promise<Result<string>>>();
  private readonly dialogTokens = new Map<string, { readonly token: string; readonly expiresAt: number }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: NaaTokenProviderOptions) {
    this.loadClient = options.loadClient ?? loadMsalNaaClient;
    this.dialog = options.dialog ?? null;
    this.now = options.now ?? Date.now;
  }

  /**
   * `options.forceRefresh` (Graph answered 401): no cache is trusted — MSAL and the host are asked
   * with forceRefresh (and the claims challenge, if any), a remembered dialog token is forgotten.
   */
  getToken(scopes: readonly GraphScope[], options?: TokenOptions): Promise<Result<string>> {
    const key = scopeKey(scopes);
    const fresh = options?.forceRefresh === true ? options : null;
    // A forced refresh never shares a request that may answer from a cache.
    const flightKey = fresh === null ? key : `${key}|fresh|${fresh.claims ?? ''}`;
    const running = this.inflight.get(flightKey);
    if (running !== undefined) return running;
    const next = this.queue.then(() => this.acquire([...new Set(scopes)], key, fresh));
    this.queue = next;
    const tracked = next.finally(() => this.inflight.delete(flightKey));
    this.inflight.set(flightKey, tracked);
    return tracked;
  }

  private async acquire(scopes: readonly GraphScope[], key: string, fresh: TokenOptions | null): Promise<Result<string>> {
    try {
      if (fresh !== null) this.dialogTokens.delete(key);
      const remembered = this.dialogTokens.get(key);
      if (remembered !== undefined && remembered.expiresAt - EXPIRY_MARGIN_MS > this.now()) return ok(remembered.token);

      const loaded = await this.ensureClient();
      if (loaded.kind === 'load-failed') return fail({ kind: 'offline' });
      if (loaded.kind === 'unavailable') return fail({ kind: 'auth-unavailable', reason: { kind: 'nested-auth-unavailable' } });
      const client = loaded.client;
      const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
      const request: NaaTokenRequest = {
        scopes,
        ...(account === null ? {} : { account }),
        ...(fresh === null ? {} : { forceRefresh: true }),
        ...(fresh?.claims === undefined ? {} : { claims: fresh.claims }),
      };

      // 1. Silent: the host already holds a token (or can get one without asking).
      try {
        const token = this.accept(client, await client.acquireTokenSilent(request));
        if (token !== null) return ok(token);
      } catch (error) {
        if (classifyAuthError(error) === 'offline') return fail({ kind: 'offline' });
      }

      // 2. Popup: the host shows consent / sign-in.
      try {
        const token = this.accept(client, await client.acquireTokenPopup(request));
        if (token !== null) return ok(token);
      } catch (error) {
        const kind = classifyAuthError(error);
        if (kind === 'offline') return fail({ kind: 'offline' });
        // The user said no: don't ask again in another window.
        if (kind === 'cancelled') return fail({ kind: 'consent-required' });
      }

      // 3. Office dialog: our own sign-in page in a dialog window (e.g. the popup was blocked).
      if (this.dialog !== null) {
        const outcome = await this.dialog.getToken(scopes);
        if (outcome.ok) {
          this.dialogTokens.set(key, { token: outcome.token, expiresAt: outcome.expiresOn ?? this.now() + UNKNOWN_EXPIRY_MS });
          return ok(outcome.token);
        }
      }
      return fail({ kind: 'consent-required' });
    } catch {
      return fail({ kind: 'unexpected', correlationId: newCorrelationId() });
    }
  }

  private accept(client: NaaClient, result: NaaTokenResult): string | null {
    if (typeof result.accessToken !== 'string' || result.accessToken === '') return null;
    if (result.account !== null && client.getActiveAccount() === null) client.setActiveAccount(result.account);
    return result.accessToken;
  }

  private ensureClient(): Promise<LoadedClient> {
    if (this.client === null) {
      this.client = this.loadClient(this.options.config).then(
        (client): LoadedClient => (client === null ? { kind: 'unavailable' } : { kind: 'ready', client }),
        (): LoadedClient => {
          // Most likely the MSAL chunk could not be fetched (offline): try again next time.
          this.client = null;
          return { kind: 'load-failed' };
        },
      );
    }
    return this.client;
  }
}

function scopeKey(scopes: readonly GraphScope[]): string {
  return [...new Set(scopes)].sort().join(' ');
}
