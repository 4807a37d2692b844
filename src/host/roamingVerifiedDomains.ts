import type { VerifiedDomainsCache } from '../graph/verifiedDomainsCache';

type OfficeLike = Pick<typeof Office, 'context'>;

/** Roaming-settings key of the tenant's verified domains: domain names, never an address. */
export const VERIFIED_DOMAINS_SETTING = 'verifiedDomains';

/**
 * Roaming settings hold 32 KB for all of an add-in's settings (limits-for-activation-and-javascript-
 * api-for-outlook-add-ins.md); the domains take at most this many characters, so the opt-in flag
 * and the settings of other features keep their room. A longer list is not kept (and an older one
 * removed): the Send check then falls back to the sender's own domain.
 */
const MAX_CHARACTERS = 8000;

/**
 * The tenant's verified domains (`GET /organization`) where the Send check can read them without
 * Graph. Roaming settings (Mailbox 1.1, per add-in and mailbox, "accessible in subsequent Outlook
 * sessions": metadata-for-an-outlook-add-in.md) are the one store the task pane and the event
 * runtime share: the pane's sessionStorage is not shared between runtimes, and classic Outlook's
 * JavaScript-only runtime has no local storage or cookies (testing/runtimes.md). The pane writes
 * (keptForSend below) when it reads the domains from Graph; the Send handler only reads.
 */
export function roamingVerifiedDomains(office: OfficeLike): VerifiedDomainsCache {
  const read = (): string[] | null => {
    try {
      const value: unknown = office.context.roamingSettings.get(VERIFIED_DOMAINS_SETTING);
      return Array.isArray(value) && value.length > 0 && value.every((d) => typeof d === 'string' && d !== '') ? (value as string[]) : null;
    } catch {
      return null;
    }
  };
  return {
    get: read,
    set: (domains) => {
      try {
        const settings = office.context.roamingSettings;
        const list = [...new Set(domains.map((d) => d.toLowerCase()))].sort();
        const fits = list.length > 0 && JSON.stringify(list).length <= MAX_CHARACTERS;
        const kept = read();
        if (fits && kept !== null && kept.join(' ') === list.join(' ')) return;
        if (!fits && kept === null) return;
        if (fits) settings.set(VERIFIED_DOMAINS_SETTING, list);
        else settings.remove(VERIFIED_DOMAINS_SETTING);
        // Saved in the background: a failed save only means the Send check knows less next time.
        settings.saveAsync(() => undefined);
      } catch {
        // Roaming settings unavailable: nothing is kept.
      }
    },
  };
}

/**
 * The pane's cache where the safety window is on: read from the tab's session (as before), and
 * every list read from Graph also kept in roaming settings for the Send check.
 */
export function keptForSend(session: VerifiedDomainsCache, roaming: VerifiedDomainsCache): VerifiedDomainsCache {
  return {
    get: () => session.get(),
    set: (domains) => {
      session.set(domains);
      roaming.set(domains);
    },
  };
}
