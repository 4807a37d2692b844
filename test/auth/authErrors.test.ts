/**
 * MSAL errors are recognised by name and code (no `instanceof`, which would pull MSAL into the
 * first chunk). These are MSAL's real classes and codes, so a rename upstream shows up here.
 */
import {
  AuthError,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  ClientAuthError,
  ClientAuthErrorCodes,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  ServerError,
} from '@azure/msal-browser';
import { classifyAuthError, type AuthErrorClass } from '../../src/auth/authErrors';

const cases: [string, unknown, AuthErrorClass][] = [
  [
    'InteractionRequiredAuthError interaction_required',
    new InteractionRequiredAuthError(InteractionRequiredAuthErrorCodes.interactionRequired, 'c'),
    'interaction-required',
  ],
  [
    'InteractionRequiredAuthError consent_required',
    new InteractionRequiredAuthError(InteractionRequiredAuthErrorCodes.consentRequired, 'c'),
    'interaction-required',
  ],
  [
    'InteractionRequiredAuthError login_required',
    new InteractionRequiredAuthError(InteractionRequiredAuthErrorCodes.loginRequired, 'c'),
    'interaction-required',
  ],
  [
    'InteractionRequiredAuthError no_tokens_found',
    new InteractionRequiredAuthError(InteractionRequiredAuthErrorCodes.noTokensFound, 'c'),
    'interaction-required',
  ],
  ['NAA bridge: interaction required with an AADSTS inner code', new InteractionRequiredAuthError('AADSTS65001', 'c', 'consent'), 'interaction-required'],
  [
    'ServerError invalid_grant / consent_required',
    new ServerError('invalid_grant', 'c', 'AADSTS65001: The user or administrator has not consented', 'consent_required'),
    'interaction-required',
  ],
  ['BrowserAuthError no_account_error', new BrowserAuthError(BrowserAuthErrorCodes.noAccountError, 'c'), 'interaction-required'],
  ['BrowserAuthError user_cancelled', new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, 'c'), 'cancelled'],
  ['NAA bridge: ClientAuthError user_canceled', new ClientAuthError(ClientAuthErrorCodes.userCanceled, 'c'), 'cancelled'],
  ['ServerError access_denied (AADSTS65004, consent declined)', new ServerError('access_denied', 'c', 'AADSTS65004: User declined to consent'), 'cancelled'],
  ['BrowserAuthError popup_window_error', new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, 'c'), 'popup-failed'],
  ['BrowserAuthError empty_window_error', new BrowserAuthError(BrowserAuthErrorCodes.emptyWindowError, 'c'), 'popup-failed'],
  ['BrowserAuthError block_nested_popups', new BrowserAuthError(BrowserAuthErrorCodes.blockNestedPopups, 'c'), 'popup-failed'],
  ['BrowserAuthError timed_out', new BrowserAuthError(BrowserAuthErrorCodes.timedOut, 'c'), 'popup-failed'],
  ['NAA bridge: ClientAuthError no_network_connectivity', new ClientAuthError(ClientAuthErrorCodes.noNetworkConnectivity, 'c'), 'offline'],
  ['BrowserAuthError post_request_failed', new BrowserAuthError(BrowserAuthErrorCodes.postRequestFailed, 'c'), 'offline'],
  ['NAA bridge: ClientAuthError nested_app_auth_bridge_disabled', new ClientAuthError(ClientAuthErrorCodes.nestedAppAuthBridgeDisabled, 'c'), 'unavailable'],
  ['ServerError temporarily_unavailable', new ServerError('temporarily_unavailable', 'c'), 'other'],
  ['AuthError unknown_error', new AuthError('unknown_error', 'c'), 'other'],
  ['BrowserAuthError interaction_in_progress', new BrowserAuthError(BrowserAuthErrorCodes.interactionInProgress, 'c'), 'other'],
  ['a plain Error', new Error('boom'), 'other'],
  ['a string', 'boom', 'other'],
  ['null', null, 'other'],
];

describe('classifyAuthError', () => {
  it.each(cases.map(([name, error, expected]) => [name, expected, error] as const))('%s → %s', (_name, expected, error) => {
    expect(classifyAuthError(error)).toBe(expected);
  });
});
