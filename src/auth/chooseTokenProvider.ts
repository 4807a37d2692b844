import type { LoadedAuthConfig } from '../config/parseConfig';
import type { DialogTokenSource } from './dialogTokenSource';
import type { NaaClientLoader } from './naaClient';
import { NaaTokenProvider } from './naaTokenProvider';
import type { TokenProvider } from './tokenProvider';
import { UnavailableTokenProvider } from './unavailableTokenProvider';

interface TokenProviderChoice {
  /** Office.context.requirements.isSetSupported('NestedAppAuth', '1.1') (HostInfo.supportsNestedAuth). */
  readonly supportsNestedAuth: boolean;
  readonly auth: LoadedAuthConfig;
  readonly dialog: DialogTokenSource | null;
  readonly loadClient?: NaaClientLoader;
}

/**
 * NAA when the host supports it and an app registration is configured; otherwise a provider
 * that says why there is no token, and the app runs in degraded mode.
 */
export function chooseTokenProvider({ supportsNestedAuth, auth, dialog, loadClient }: TokenProviderChoice): TokenProvider {
  if (auth.config === null) {
    return new UnavailableTokenProvider(auth.problems.length > 0 ? { kind: 'auth-config-invalid', problems: auth.problems } : { kind: 'not-configured' });
  }
  if (!supportsNestedAuth) return new UnavailableTokenProvider({ kind: 'nested-auth-unsupported' });
  return new NaaTokenProvider(loadClient === undefined ? { config: auth.config, dialog } : { config: auth.config, dialog, loadClient });
}
