/**
 * The Office dialog fallback loads on first use (src/auth/lazyDialogTokenSource.ts): the user
 * signing in through it must get the token whether the chunk was loaded already or not, and a
 * chunk that can't load must read as "dialog unavailable", not as a crash of the sign-in ladder.
 */
import { lazyDialogTokenSource } from '../../src/auth/lazyDialogTokenSource';
import type { DialogTokenSource } from '../../src/auth/dialogTokenSource';

const scopes = ['Mail.Read'] as const;

it('loads the dialog source once, on the first token asked, and keeps it', async () => {
  let loads = 0;
  const source: DialogTokenSource = { getToken: async () => ({ ok: true, token: 't', expiresOn: null }) };
  const dialog = lazyDialogTokenSource(async () => {
    loads += 1;
    return source;
  });
  expect(loads).toBe(0);
  expect(await dialog.getToken(scopes)).toEqual({ ok: true, token: 't', expiresOn: null });
  expect(await dialog.getToken(scopes)).toEqual({ ok: true, token: 't', expiresOn: null });
  expect(loads).toBe(1);
});

it('a chunk that fails to load is the dialog being unavailable, and the next ask tries again', async () => {
  let loads = 0;
  const dialog = lazyDialogTokenSource(async () => {
    loads += 1;
    if (loads === 1) throw new Error('ChunkLoadError');
    return { getToken: async () => ({ ok: true, token: 't', expiresOn: null }) };
  });
  expect(await dialog.getToken(scopes)).toEqual({ ok: false, reason: 'unavailable' });
  expect(await dialog.getToken(scopes)).toEqual({ ok: true, token: 't', expiresOn: null });
});
