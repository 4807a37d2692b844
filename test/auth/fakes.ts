/**
 * Fakes at the boundaries of our auth code: MSAL's client (the NaaClient port, throwing MSAL's
 * real error classes) and Office's dialog API. Our own provider is never mocked.
 */
import { BrowserAuthError, ClientAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import type { AuthConfig } from '../../src/config/parseConfig';
import type { DialogApi, DialogEventArg, DialogTokenOutcome, DialogTokenSource } from '../../src/auth/dialogTokenSource';
import type { NaaAccount, NaaClient, NaaTokenRequest, NaaTokenResult } from '../../src/auth/naaClient';
import type { GraphScope } from '../../src/auth/tokenProvider';

export const CONFIG: AuthConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: '99999999-8888-7777-6666-555555555555',
  authority: 'https://login.microsoftonline.com/99999999-8888-7777-6666-555555555555',
};

export const ACCOUNT: NaaAccount = { homeAccountId: 'oid.tid' };

/** MSAL's own errors, as the NAA bridge and the popup raise them. */
export const msalErrors = {
  interactionRequired: () => new InteractionRequiredAuthError('interaction_required', 'cid', 'AADSTS65001: consent required'),
  consentRequired: () => new InteractionRequiredAuthError('consent_required', 'cid'),
  noTokens: () => new InteractionRequiredAuthError('no_tokens_found', 'cid'),
  userCancelled: () => new BrowserAuthError('user_cancelled', 'cid'),
  bridgeUserCanceled: () => new ClientAuthError('user_canceled', 'cid'),
  consentDeclined: () => new ServerError('access_denied', 'cid', 'AADSTS65004: User declined to consent to access the app.'),
  popupBlocked: () => new BrowserAuthError('popup_window_error', 'cid'),
  emptyWindow: () => new BrowserAuthError('empty_window_error', 'cid'),
  noNetwork: () => new ClientAuthError('no_network_connectivity', 'cid'),
  bridgeDisabled: () => new ClientAuthError('nested_app_auth_bridge_disabled', 'cid'),
  serverError: () => new ServerError('temporarily_unavailable', 'cid', 'AADSTS50196'),
};

type Answer = { readonly token: string; readonly expiresOn?: Date | null } | Error;

/** A scripted MSAL client: each rung answers from its queue (the last answer repeats). */
export class FakeNaaClient implements NaaClient {
  readonly silentRequests: NaaTokenRequest[] = [];
  readonly popupRequests: NaaTokenRequest[] = [];
  private active: NaaAccount | null = null;

  constructor(
    private readonly silent: Answer[],
    private readonly popup: Answer[] = [msalErrors.popupBlocked()],
    private readonly accounts: NaaAccount[] = [],
  ) {}

  getActiveAccount(): NaaAccount | null {
    return this.active;
  }
  getAllAccounts(): readonly NaaAccount[] {
    return this.accounts;
  }
  setActiveAccount(account: NaaAccount | null): void {
    this.active = account;
  }
  async acquireTokenSilent(request: NaaTokenRequest): Promise<NaaTokenResult> {
    this.silentRequests.push(request);
    return answer(this.silent, this.silentRequests.length);
  }
  async acquireTokenPopup(request: NaaTokenRequest): Promise<NaaTokenResult> {
    this.popupRequests.push(request);
    return answer(this.popup, this.popupRequests.length);
  }
}

function answer(queue: Answer[], call: number): NaaTokenResult {
  const next = queue[Math.min(call, queue.length) - 1];
  if (next === undefined) throw new Error('no scripted answer');
  if (next instanceof Error) throw next;
  return { accessToken: next.token, account: ACCOUNT, expiresOn: next.expiresOn ?? null };
}

/** The dialog rung as a scripted source. */
export class FakeDialog implements DialogTokenSource {
  readonly requests: (readonly GraphScope[])[] = [];
  constructor(private readonly outcome: DialogTokenOutcome) {}
  async getToken(scopes: readonly GraphScope[]): Promise<DialogTokenOutcome> {
    this.requests.push(scopes);
    return this.outcome;
  }
}

/** Office.context.ui.displayDialogAsync at its boundary: records the URL, lets the test fire events. */
export class FakeDialogApi implements DialogApi {
  readonly opened: string[] = [];
  closed = 0;
  private handlers: { message: ((arg: DialogEventArg) => void)[]; event: ((arg: DialogEventArg) => void)[] } = { message: [], event: [] };

  constructor(private readonly opens = true) {}

  open(url: string, done: (dialog: Parameters<Parameters<DialogApi['open']>[1]>[0]) => void): void {
    this.opened.push(url);
    if (!this.opens) {
      done(null);
      return;
    }
    done({
      addEventHandler: (type, handler) => this.handlers[type].push(handler),
      close: () => {
        this.closed++;
      },
    });
  }

  /** The dialog page calls messageParent; Office reports the sender's origin (undefined on old clients). */
  message(message: string, origin: string | undefined): void {
    for (const handler of this.handlers.message) handler({ message, origin });
  }

  /** DialogEventReceived, e.g. 12006 when the user closes the window. */
  event(error: number): void {
    for (const handler of this.handlers.event) handler({ error });
  }
}
