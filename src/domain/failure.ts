import type { GraphUnavailable } from './graphUnavailable';

/**
 * Every adapter (Office.js, Graph, auth) reports trouble as one of these; the UI turns each kind
 * into words in one place (i18n `failure.*`). Nothing else from an exception reaches the screen.
 */
export type Failure =
  | { readonly kind: 'consent-required' }
  | { readonly kind: 'auth-unavailable'; readonly reason: GraphUnavailable }
  | { readonly kind: 'forbidden' }
  /** `code`: Graph's error code (`error.code` of the body) when it sent one, e.g. ErrorItemNotFound. */
  | { readonly kind: 'not-found'; readonly code?: string }
  /**
   * Graph cannot serve this mailbox at all: on-premises Exchange, a hybrid mailbox not (yet) in
   * Exchange Online, no Exchange Online licence, inactive or soft-deleted. Nothing it says about
   * the mailbox's contents can be trusted then, a 404 least of all.
   */
  | { readonly kind: 'mailbox-unavailable'; readonly code: string }
  /**
   * Graph asked to wait `retryAfterMs` (its Retry-After) before asking again, and the wait did not
   * fit what the operation had left: nothing is asked again before `notBefore` (on the pane's clock).
   */
  | { readonly kind: 'throttled'; readonly retryAfterMs: number; readonly notBefore: Date }
  | { readonly kind: 'offline' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'server-error'; readonly status: number }
  | { readonly kind: 'malformed-response'; readonly what: string }
  /** The answer came from another address than the Graph URL asked (a redirect): not followed, not used. */
  | { readonly kind: 'redirected' }
  | { readonly kind: 'unsupported'; readonly what: string }
  | { readonly kind: 'unexpected'; readonly correlationId: string };

export type FailureKind = Failure['kind'];

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(failure: Failure): Result<T> => ({ ok: false, failure });

/** A short random id the user can quote to support; never derived from user data. */
export function newCorrelationId(): string {
  return Math.random().toString(36).slice(2, 10);
}
