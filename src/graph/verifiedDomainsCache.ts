/**
 * The tenant's verified domains (`GET /organization`) for the rest of the browser session, so a
 * second opening of the pane skips that request. They are the organisation's, not personal data,
 * and change rarely; they are only the fallback behind MailTips (scopeEvidence.ts), and an entry
 * that cannot be read is ignored (the request is then sent again).
 */
export interface VerifiedDomainsCache {
  get(): readonly string[] | null;
  set(domains: readonly string[]): void;
}

export const VERIFIED_DOMAINS_KEY_PREFIX = 'recall-assistant:verified-domains:';

/**
 * sessionStorage, one entry per tenant: `tenantKey` is the signed-in mailbox's domain, so two
 * accounts in one browser session never share an entry. `storage` is a getter because merely
 * reading `window.sessionStorage` throws where storage is blocked; then nothing is cached.
 */
export function sessionVerifiedDomains(storage: () => Pick<Storage, 'getItem' | 'setItem'>, tenantKey: string): VerifiedDomainsCache {
  const key = `${VERIFIED_DOMAINS_KEY_PREFIX}${tenantKey.toLowerCase()}`;
  return {
    get: () => {
      try {
        const value: unknown = JSON.parse(storage().getItem(key) ?? 'null');
        return Array.isArray(value) && value.length > 0 && value.every((d) => typeof d === 'string' && d !== '') ? (value as string[]) : null;
      } catch {
        return null;
      }
    },
    set: (domains) => {
      try {
        storage().setItem(key, JSON.stringify(domains));
      } catch {
        // Storage full or blocked (private mode): the next opening asks Graph again.
      }
    },
  };
}
