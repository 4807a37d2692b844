/**
 * authdialog.html: the last rung of the token ladder. The task pane opens this page in an Office
 * dialog when the NAA popup could not be used; it signs in with MSAL's redirect flow (a plain
 * public client, not the nested one: this window is a top-level page) and hands the access token
 * to the pane with `Office.context.ui.messageParent`, addressed to our own origin.
 *
 * Its own webpack entry: MSAL is bundled here, never in the task pane's first chunk. Tokens are in
 * sessionStorage of this window only (MSAL's redirect flow cannot use memory), and the window
 * closes when the pane has its answer.
 */
import { createStandardPublicClientApplication, type AuthenticationResult, type IPublicClientApplication } from '@azure/msal-browser';
import { classifyAuthError } from '../auth/authErrors';
import { scopesFromQuery, serializeDialogMessage, type DialogErrorCode, type DialogMessage } from '../auth/dialogMessages';
import { loadConfig } from '../config/loadConfig';

const OFFICE_START_TIMEOUT_MS = 10_000;

function show(text: string): void {
  const status = document.getElementById('status');
  if (status !== null) status.textContent = text;
}

/** office.js in a dialog: Office.onReady, then messageParent is available. */
function officeReady(): Promise<typeof Office | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OFFICE_START_TIMEOUT_MS);
    office.onReady().then(
      () => {
        clearTimeout(timer);
        resolve(typeof office.context?.ui?.messageParent === 'function' ? office : null);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

async function send(message: DialogMessage): Promise<void> {
  const office = await officeReady();
  if (office === null) {
    show('This page only works when Recall Assistant opens it from Outlook. You can close it.');
    return;
  }
  const text = serializeDialogMessage(message);
  // Where the client can address the message, only a page of our own origin receives it.
  if (office.context.requirements.isSetSupported('DialogOrigin', '1.1')) {
    office.context.ui.messageParent(text, { targetOrigin: window.location.origin });
  } else {
    office.context.ui.messageParent(text);
  }
  show(message.type === 'token' ? 'Signed in. This window closes by itself.' : 'Sign-in did not complete. You can close this window.');
}

function errorCode(error: unknown): DialogErrorCode {
  switch (classifyAuthError(error)) {
    case 'cancelled':
      return 'cancelled';
    case 'interaction-required':
      return 'consent-required';
    default:
      return 'failed';
  }
}

function tokenMessage(result: AuthenticationResult): DialogMessage {
  return { type: 'token', token: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? null };
}

async function signIn(): Promise<DialogMessage | null> {
  const { config } = (await loadConfig('config.json')).auth;
  if (config === null) return { type: 'error', code: 'not-configured' };
  const scopes = scopesFromQuery(new URLSearchParams(window.location.search).get('scopes'));
  const redirectUri = `${window.location.origin}${window.location.pathname}`;

  let pca: IPublicClientApplication;
  try {
    pca = await createStandardPublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri },
      cache: { cacheLocation: 'sessionStorage' },
    });
  } catch (error) {
    return { type: 'error', code: errorCode(error) };
  }

  // Back from Entra ID: the response is in this page's URL.
  try {
    const result = await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (result !== null) return tokenMessage(result);
  } catch (error) {
    return { type: 'error', code: errorCode(error) };
  }

  // First visit: a token without a prompt if this window already signed in, else redirect.
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  if (account !== null) {
    try {
      return tokenMessage(await pca.acquireTokenSilent({ scopes, account }));
    } catch {
      // Fall through to the interactive sign-in.
    }
  }
  try {
    await pca.acquireTokenRedirect({ scopes, redirectUri });
    return null; // The window navigates away; it comes back to this page with the response.
  } catch (error) {
    return { type: 'error', code: errorCode(error) };
  }
}

async function main(): Promise<void> {
  let message: DialogMessage | null;
  try {
    message = await signIn();
  } catch {
    message = { type: 'error', code: 'failed' };
  }
  if (message !== null) await send(message);
}

void main();
