/**
 * The tenant's verified domains in Outlook's roaming settings: the one store the pane (which reads
 * them from Graph) and the Send check (which may have no token) share — sessionStorage is not
 * shared between runtimes and classic Outlook's JavaScript-only runtime has no local storage
 * (office-js-docs-pr docs/testing/runtimes.md). Roaming settings hold 32 KB for all of an add-in's
 * settings (limits-for-activation-and-javascript-api-for-outlook-add-ins.md).
 */
import { sessionVerifiedDomains } from '../../../src/graph/verifiedDomainsCache';
import { keptForSend, roamingVerifiedDomains, VERIFIED_DOMAINS_SETTING } from '../../../src/host/roamingVerifiedDomains';

/** Office.context.roamingSettings at its boundary: an in-memory copy, and what was saved to the mailbox. */
function roamingSettings(initial: Record<string, unknown> = {}) {
  const values: Record<string, unknown> = { ...initial };
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (name: string) => values[name],
    set: (name: string, value: unknown) => void (values[name] = value),
    remove: (name: string) => void delete values[name],
    saveAsync: (callback?: () => void) => {
      saved.push(JSON.parse(JSON.stringify(values)) as Record<string, unknown>);
      callback?.();
    },
  };
  const office = { context: { roamingSettings: settings } } as unknown as Pick<typeof Office, 'context'>;
  return { office, saved };
}

describe('roamingVerifiedDomains', () => {
  it('keeps the domains (lower case, sorted) and saves them to the mailbox, next to the other settings', () => {
    const { office, saved } = roamingSettings({ safetyWindowOptIn: true });
    roamingVerifiedDomains(office).set(['Contoso.com', 'contoso.onmicrosoft.com', 'contoso.co.uk']);
    expect(saved).toEqual([{ safetyWindowOptIn: true, [VERIFIED_DOMAINS_SETTING]: ['contoso.co.uk', 'contoso.com', 'contoso.onmicrosoft.com'] }]);
    expect(roamingVerifiedDomains(office).get()).toEqual(['contoso.co.uk', 'contoso.com', 'contoso.onmicrosoft.com']);
  });

  it('the same list again: nothing saved (a save is a round trip to the mailbox)', () => {
    const { office, saved } = roamingSettings({ [VERIFIED_DOMAINS_SETTING]: ['contoso.com'] });
    roamingVerifiedDomains(office).set(['CONTOSO.COM']);
    expect(saved).toEqual([]);
  });

  it('a list too long for its share of the 32 KB: not kept, and an older one removed', () => {
    const { office, saved } = roamingSettings({ [VERIFIED_DOMAINS_SETTING]: ['contoso.com'] });
    const many = Array.from({ length: 600 }, (_, i) => `subsidiary-number-${i}.contoso.com`);
    roamingVerifiedDomains(office).set(many);
    expect(saved).toEqual([{}]);
    expect(roamingVerifiedDomains(office).get()).toBeNull();
  });

  it.each([[undefined], ['contoso.com'], [[]], [['contoso.com', 7]], [['']]])('an entry that is not a list of domains (%j) reads as none', (value) => {
    const { office } = roamingSettings({ [VERIFIED_DOMAINS_SETTING]: value });
    expect(roamingVerifiedDomains(office).get()).toBeNull();
  });

  it('roaming settings unavailable: nothing kept, nothing thrown', () => {
    const office = { context: {} } as unknown as Pick<typeof Office, 'context'>;
    expect(() => roamingVerifiedDomains(office).set(['contoso.com'])).not.toThrow();
    expect(roamingVerifiedDomains(office).get()).toBeNull();
  });
});

describe('keptForSend: the pane’s cache where the safety window is on', () => {
  it('reads the tab’s session only; a list read from Graph goes to both', () => {
    const session = new Map<string, string>();
    const storage = () => ({ getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => void session.set(k, v) });
    const { office, saved } = roamingSettings({ [VERIFIED_DOMAINS_SETTING]: ['old.example'] });
    const cache = keptForSend(sessionVerifiedDomains(storage, 'contoso.com'), roamingVerifiedDomains(office));
    // A fresh tab asks Graph again rather than trusting a list kept across sessions.
    expect(cache.get()).toBeNull();
    cache.set(['contoso.com']);
    expect(cache.get()).toEqual(['contoso.com']);
    expect(saved).toEqual([{ [VERIFIED_DOMAINS_SETTING]: ['contoso.com'] }]);
  });
});
