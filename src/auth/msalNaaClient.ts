/**
 * The only task-pane module that imports MSAL. It is reached through `import()` (naaClient.ts),
 * so webpack puts MSAL (~70 KB gzip) in a separate chunk that loads when a token is first needed.
 */
import {
  createNestablePublicClientApplication,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
  type PopupRequest,
  type SilentRequest,
} from '@azure/msal-browser';
import type { AuthConfig } from '../config/parseConfig';
import type { NaaAccount, NaaClient, NaaTokenRequest, NaaTokenResult } from './naaClient';

/**
 * Tokens live in memory only: the host brokers them (NAA), so nothing needs to survive a reload,
 * and nothing lands in localStorage or sessionStorage where other script could read it.
 */
export const TOKEN_CACHE_LOCATION = 'memoryStorage';

export function msalConfiguration(config: AuthConfig): Configuration {
  // No redirectUri: with NAA the host brokers sign-in; the app registration carries
  // brk-multihub://<add-in origin> for that (docs/deploy.md).
  return {
    auth: { clientId: config.clientId, authority: config.authority },
    cache: { cacheLocation: TOKEN_CACHE_LOCATION },
  };
}

export async function createMsalNaaClient(config: AuthConfig): Promise<NaaClient | null> {
  let nested = false;
  let pca: IPublicClientApplication;
  try {
    pca = await createNestablePublicClientApplication(msalConfiguration(config), undefined, (configuration, controller) => {
      // MSAL calls this factory only when the host's NAA bridge answered.
      nested = true;
      return new PublicClientApplication(configuration, controller);
    });
  } catch (error) {
    // Without a bridge MSAL builds a plain browser client, which we would not use anyway.
    if (!nested) return null;
    throw error;
  }
  return nested ? new MsalNaaClient(pca) : null;
}

class MsalNaaClient implements NaaClient {
  constructor(private readonly pca: IPublicClientApplication) {}

  getActiveAccount(): NaaAccount | null {
    return this.pca.getActiveAccount();
  }

  getAllAccounts(): readonly NaaAccount[] {
    return this.pca.getAllAccounts();
  }

  setActiveAccount(account: NaaAccount | null): void {
    this.pca.setActiveAccount(account === null ? null : this.lookup(account));
  }

  async acquireTokenSilent(request: NaaTokenRequest): Promise<NaaTokenResult> {
    const account = request.account === undefined ? null : this.lookup(request.account);
    const fresh: Pick<SilentRequest, 'forceRefresh' | 'claims'> = {
      ...(request.forceRefresh ? { forceRefresh: true } : {}),
      ...(request.claims !== undefined ? { claims: request.claims } : {}),
    };
    return toResult(
      await this.pca.acquireTokenSilent(account === null ? { scopes: [...request.scopes], ...fresh } : { scopes: [...request.scopes], account, ...fresh }),
    );
  }

  async acquireTokenPopup(request: NaaTokenRequest): Promise<NaaTokenResult> {
    const account = request.account === undefined ? null : this.lookup(request.account);
    const claims: Pick<PopupRequest, 'claims'> = request.claims !== undefined ? { claims: request.claims } : {};
    return toResult(
      await this.pca.acquireTokenPopup(account === null ? { scopes: [...request.scopes], ...claims } : { scopes: [...request.scopes], account, ...claims }),
    );
  }

  /** Our port hands back the accounts MSAL gave it; look the full record up by its id. */
  private lookup(account: NaaAccount): AccountInfo | null {
    return this.pca.getAccount({ homeAccountId: account.homeAccountId });
  }
}

function toResult(result: AuthenticationResult): NaaTokenResult {
  return { accessToken: result.accessToken, account: result.account, expiresOn: result.expiresOn };
}
