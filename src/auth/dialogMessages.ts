import type { GraphScope } from './tokenProvider';

/** The page the Office dialog fallback opens, next to taskpane.html. */
export const AUTH_DIALOG_PAGE = 'authdialog.html';

/** Why the dialog could not produce a token. */
export type DialogErrorCode = 'cancelled' | 'consent-required' | 'not-configured' | 'failed';

/**
 * What authdialog.html sends to the task pane with `Office.context.ui.messageParent`, as JSON.
 * `expiresOn` is epoch milliseconds, or null when unknown.
 */
export type DialogMessage =
  { readonly type: 'token'; readonly token: string; readonly expiresOn: number | null } | { readonly type: 'error'; readonly code: DialogErrorCode };

const ERROR_CODES: ReadonlySet<string> = new Set<DialogErrorCode>(['cancelled', 'consent-required', 'not-configured', 'failed']);
const SCOPES: ReadonlySet<string> = new Set<GraphScope>(['User.Read', 'Mail.Read', 'Mail.ReadWrite']);

export function serializeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** Anything that is not exactly one of our messages is null: the caller ignores it. */
export function parseDialogMessage(raw: unknown): DialogMessage | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { type, token, expiresOn, code } = value as Record<string, unknown>;
  if (type === 'token') {
    if (typeof token !== 'string' || token.length === 0) return null;
    if (expiresOn !== null && expiresOn !== undefined && (typeof expiresOn !== 'number' || !Number.isFinite(expiresOn))) return null;
    return { type: 'token', token, expiresOn: typeof expiresOn === 'number' ? expiresOn : null };
  }
  if (type === 'error' && typeof code === 'string' && ERROR_CODES.has(code)) return { type: 'error', code: code as DialogErrorCode };
  return null;
}

/** The dialog's address: our own page, asking for these scopes (and nothing outside our set). */
export function authDialogUrl(origin: string, basePath: string, scopes: readonly GraphScope[]): string {
  const url = new URL(AUTH_DIALOG_PAGE, new URL(basePath, origin));
  url.searchParams.set('scopes', scopes.join(' '));
  return url.href;
}

/** Scopes from the dialog's query string: only our known Graph scopes, at least the read ones. */
export function scopesFromQuery(value: string | null): GraphScope[] {
  const asked = (value ?? '').split(/[\s+]+/).filter((s): s is GraphScope => SCOPES.has(s));
  return asked.length > 0 ? [...new Set(asked)] : ['User.Read', 'Mail.Read'];
}
