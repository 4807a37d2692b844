/** How Office started the page: inside Outlook, in a plain browser, or not at all in time. */
type OfficeStart = { readonly kind: 'outlook'; readonly office: typeof Office } | { readonly kind: 'outside' } | { readonly kind: 'timeout' };

/**
 * Office.onReady resolves with `host: null` outside Office (about 100 ms); office.js missing (blocked
 * or offline) means outside too. If it never resolves, the pane says so instead of spinning forever.
 */
export function waitForOffice(timeoutMs: number, office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): Promise<OfficeStart> {
  if (office === undefined || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'outside' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(info.host === office.HostType.Outlook ? { kind: 'outlook', office } : { kind: 'outside' });
      },
      () => {
        clearTimeout(timer);
        resolve({ kind: 'outside' });
      },
    );
  });
}
