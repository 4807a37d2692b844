/**
 * What an MSAL error means for the token ladder. MSAL errors are recognised by their `name` and
 * `errorCode` (stable strings in msal-browser / msal-common), never with `instanceof`: that would
 * import MSAL into the task pane's first chunk.
 */
export type AuthErrorClass =
  /** The user must see a prompt (consent, sign-in, MFA…): the next, interactive rung may work. */
  | 'interaction-required'
  /** The user closed the prompt or declined consent: stop asking. */
  | 'cancelled'
  /** The popup could not open (blocked, about:blank bug, nested popups): try the Office dialog. */
  | 'popup-failed'
  /** No network: no rung can work now. */
  | 'offline'
  /** NAA is switched off or missing in this host. */
  | 'unavailable'
  | 'other';

const INTERACTION_CODES = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'native_account_unavailable',
  'refresh_token_expired',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
  'no_account_error',
  'no_account_found',
  'invalid_grant',
]);
const CANCEL_CODES = new Set(['user_cancelled', 'user_canceled', 'access_denied']);
const POPUP_CODES = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups', 'monitor_window_timeout', 'timed_out']);
const OFFLINE_CODES = new Set(['no_network_connectivity', 'network_error', 'endpoints_resolution_error', 'post_request_failed', 'get_request_failed']);
const UNAVAILABLE_CODES = new Set(['nested_app_auth_bridge_disabled', 'unsupported_method']);

export function classifyAuthError(error: unknown): AuthErrorClass {
  if (typeof error !== 'object' || error === null) return 'other';
  const { name, errorCode, subError, errorMessage } = error as { name?: unknown; errorCode?: unknown; subError?: unknown; errorMessage?: unknown };
  const code = typeof errorCode === 'string' ? errorCode.toLowerCase() : '';
  const sub = typeof subError === 'string' ? subError.toLowerCase() : '';
  // AADSTS65004: the user declined to consent.
  if (CANCEL_CODES.has(code) || (typeof errorMessage === 'string' && errorMessage.includes('AADSTS65004'))) return 'cancelled';
  if (OFFLINE_CODES.has(code) || name === 'NetworkError') return 'offline';
  if (POPUP_CODES.has(code)) return 'popup-failed';
  if (UNAVAILABLE_CODES.has(code) || name === 'NestedAppAuthError') return 'unavailable';
  if (name === 'InteractionRequiredAuthError' || INTERACTION_CODES.has(code) || sub === 'consent_required') return 'interaction-required';
  // AADSTS65001: consent has not been granted (arrives as a server error in some flows).
  if (typeof errorMessage === 'string' && errorMessage.includes('AADSTS65001')) return 'interaction-required';
  return 'other';
}
