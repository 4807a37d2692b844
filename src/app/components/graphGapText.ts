import type { Failure } from '../../domain/failure';
import { NAA_MINIMUM_BUILDS } from '../../domain/graphUnavailable';
import type { Translator } from '../../i18n/translator';

/** Why the verdict had to do without Graph, for the admin (behind "Details for your admin"). */
export function graphGapText(failure: Failure, i18n: Translator): string {
  // Not "Graph failed": nobody can fix it by trying again, only an admin, so it says who and what.
  if (failure.kind === 'mailbox-unavailable') return i18n.t('gap.mailboxUnavailable', { code: failure.code });
  // No consent (no token, or Graph refused the mailbox): what the admin grants, and where.
  if (failure.kind === 'consent-required' || failure.kind === 'forbidden') return i18n.t('gap.consentAdmin', { failure: i18n.failure(failure) });
  const reason =
    failure.kind === 'auth-unavailable'
      ? i18n.t(`gap.auth.${failure.reason.kind}`, NAA_MINIMUM_BUILDS)
      : i18n.t('gap.graphFailed', { failure: i18n.failure(failure) });
  return i18n.t('gap.graphAdmin', { failure: reason });
}

/** Which of the sender's one-line reasons (`gap.why`) a failure gets: what it means and who can fix it. */
function briefKind(failure: Failure): 'consent' | 'setup' | 'auth' | 'mailbox' | 'other' {
  switch (failure.kind) {
    case 'consent-required':
    case 'forbidden':
      return 'consent';
    case 'auth-unavailable':
      // Not set up for the organisation yet (config.json), or this Outlook can't sign the add-in in.
      return failure.reason.kind === 'not-configured' || failure.reason.kind === 'auth-config-invalid' ? 'setup' : 'auth';
    case 'mailbox-unavailable':
      return 'mailbox';
    default:
      return 'other';
  }
}

/**
 * Why the verdict had to do without Graph, in one line for the sender (the check step shows it
 * under the verdict's title; graphGapText's words for the admin are folded away). Missing consent
 * says who can fix it: the sender's IT approves the add-in.
 */
export function graphGapBrief(failure: Failure, i18n: Translator): string {
  return i18n.t('gap.why', { kind: briefKind(failure) });
}
