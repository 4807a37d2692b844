import { NAA_MINIMUM_BUILDS, unavailableCode } from '../../auth/unavailableReasons';
import type { Failure } from '../../domain/failure';
import type { MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translator';

const AUTH_GAP_KEYS: Readonly<Record<string, MessageKey>> = {
  'not-configured': 'gap.auth.not-configured',
  'auth-config-invalid': 'gap.auth.auth-config-invalid',
  'nested-auth-unsupported': 'gap.auth.nested-auth-unsupported',
  'nested-auth-unavailable': 'gap.auth.nested-auth-unavailable',
};

/** Why the verdict had to do without Graph, for the admin (behind "Details for your admin"). */
export function graphGapText(failure: Failure, i18n: Translator): string {
  // Not "Graph failed": nobody can fix it by trying again, only an admin, so it says who and what.
  if (failure.kind === 'mailbox-unavailable') return i18n.t('gap.mailboxUnavailable', { code: failure.code });
  const authKey = failure.kind === 'auth-unavailable' ? AUTH_GAP_KEYS[unavailableCode(failure.why)] : undefined;
  const reason = authKey !== undefined ? i18n.t(authKey, NAA_MINIMUM_BUILDS) : i18n.t('gap.graphFailed', { failure: i18n.failure(failure) });
  return i18n.t('gap.graphAdmin', { failure: reason });
}
