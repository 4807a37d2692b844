import type { Failure } from '../../domain/failure';
import { NAA_MINIMUM_BUILDS } from '../../domain/graphUnavailable';
import type { Translator } from '../../i18n/translator';

/** Why the verdict had to do without Graph, for the admin (behind "Details for your admin"). */
export function graphGapText(failure: Failure, i18n: Translator): string {
  // Not "Graph failed": nobody can fix it by trying again, only an admin, so it says who and what.
  if (failure.kind === 'mailbox-unavailable') return i18n.t('gap.mailboxUnavailable', { code: failure.code });
  const reason =
    failure.kind === 'auth-unavailable'
      ? i18n.t(`gap.auth.${failure.reason.kind}`, NAA_MINIMUM_BUILDS)
      : i18n.t('gap.graphFailed', { failure: i18n.failure(failure) });
  return i18n.t('gap.graphAdmin', { failure: reason });
}
