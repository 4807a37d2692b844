/**
 * The follow-up session store on its own: the page's copy at once, the tab's sealed copy after a
 * reload (a new store over the same sessionStorage), nothing personal readable in storage
 * (docs/privacy.md), and what comes back from storage checked before use (a tampered or foreign
 * entry starts clean, it never crashes the pane). A page without web storage keeps sessions in memory.
 */
import { webcrypto } from 'node:crypto';
import { initialSession, sessionReducer, type FollowUpSession, type SessionEvent } from '../../src/usecases/followUp/session';
import { sealedEntries } from '../../src/usecases/followUp/sealedEntries';
import { browserSessionStore } from '../../src/usecases/followUp/storedSessions';
import { keyOf } from '../builders/domain';

const SUBJECT = 'Q4 budget draft';
const ITEM = `AAMk-1|alex@contoso.com|2026-11-25T09:56:00.000Z|${SUBJECT}`;
const events = [
  { type: 'edit-text', key: 'pleaseDelete:external', text: { subject: `Please delete: ${SUBJECT}`, body: 'my words' } },
  { type: 'record', action: { kind: 'security-report-opened', at: new Date('2026-11-25T10:00:00Z') } },
  // Unticked and ticked people: the overrides name them.
  { type: 'set-included', key: keyOf('boris.ivanov@contoso.com'), included: false, ruleIncluded: true },
  { type: 'set-included', key: keyOf('laura.jensen@fabrikam.com'), included: true, ruleIncluded: false },
  // The plan's follow-up decisions (issue #13).
  { type: 'decide', keys: [keyOf('dmitry.k@gmail.com')], decision: 'opened' },
] as const satisfies readonly SessionEvent[];
const session = events.reduce<FollowUpSession>(sessionReducer, initialSession);

/** The store's background writes, done: a new store is what the page finds after a reload. */
async function savedAndReloaded(itemId = ITEM, saved: FollowUpSession = session) {
  const before = browserSessionStore(sessionStorage, webcrypto as Crypto);
  await before.save(itemId, saved);
  return browserSessionStore(sessionStorage, webcrypto as Crypto);
}

const everythingStored = () =>
  Array.from({ length: sessionStorage.length }, (_, i) => `${sessionStorage.key(i)}=${sessionStorage.getItem(sessionStorage.key(i) ?? '')}`).join('\n');

describe('follow-up session store', () => {
  it('the page’s copy is there at once, decisions included', async () => {
    const store = browserSessionStore(sessionStorage, webcrypto as Crypto);
    const sealed = store.save(ITEM, session);
    expect(store.load(ITEM)).toBe(session);
    expect(store.load('another item')).toBeNull();
    await sealed;
  });

  it('after a reload: texts, ticks and actions come back, with real Dates; decisions stay with the page', async () => {
    const reloaded = await savedAndReloaded();
    expect(reloaded.load(ITEM)).toBeNull();
    const restored = await reloaded.restore(ITEM);
    expect(restored?.texts.get('pleaseDelete:external')).toEqual({ subject: `Please delete: ${SUBJECT}`, body: 'my words' });
    expect(restored?.overrides).toEqual(
      new Map([
        [keyOf('boris.ivanov@contoso.com'), false],
        [keyOf('laura.jensen@fabrikam.com'), true],
      ]),
    );
    expect(restored?.actions).toEqual([{ kind: 'security-report-opened', at: new Date('2026-11-25T10:00:00Z') }]);
    expect(restored?.decisions.size).toBe(0);
    expect(await reloaded.restore('another item')).toBeNull();
  });

  // Issue #21 item 9: the store wrote addresses and subjects in plain text, while the privacy page said none was stored.
  it('nothing personal is readable in storage: no address, no subject, no typed text, no item id', async () => {
    await savedAndReloaded();
    const stored = everythingStored();
    expect(sessionStorage.length).toBe(1);
    for (const secret of ['@', 'boris', 'fabrikam', 'dmitry', 'contoso', SUBJECT, 'budget', 'my words', 'AAMk']) expect(stored).not.toContain(secret);
  });

  it('what the user did since the reload wins over the tab’s older copy', async () => {
    const reloaded = await savedAndReloaded();
    const fresh = sessionReducer(initialSession, { type: 'select-template', template: 'apology' });
    reloaded.save(ITEM, fresh);
    expect(await reloaded.restore(ITEM)).toBe(fresh);
  });

  it('an entry sealed for one item does not open for another, even copied under its name', async () => {
    await savedAndReloaded();
    await savedAndReloaded('another item', sessionReducer(initialSession, { type: 'select-template', template: 'apology' }));
    const [mine, other] = [sessionStorage.key(0) ?? '', sessionStorage.key(1) ?? ''];
    sessionStorage.setItem(other, sessionStorage.getItem(mine) ?? '');
    sessionStorage.setItem(mine, sessionStorage.getItem(other) ?? '');
    const store = browserSessionStore(sessionStorage, webcrypto as Crypto);
    expect([await store.restore(ITEM), await store.restore('another item')].filter((s) => s !== null)).toHaveLength(1);
  });

  it.each([
    ['not sealed at all', () => '{"template":"pleaseDelete","overrides":[],"texts":[],"actions":[]}'],
    [
      'a sealed entry with a flipped byte',
      (sealed: string) => {
        const [version, iv, data] = sealed.split('.');
        const bytes = Uint8Array.from(atob(data ?? ''), (c) => c.charCodeAt(0));
        bytes[0] = (bytes[0] ?? 0) ^ 1;
        return `${version}.${iv}.${btoa(String.fromCharCode(...bytes))}`;
      },
    ],
  ])('a stored entry that is %s: a clean session, no crash', async (_case, tamper) => {
    await savedAndReloaded();
    const key = sessionStorage.key(0) ?? '';
    sessionStorage.setItem(key, tamper(sessionStorage.getItem(key) ?? ''));
    expect(await browserSessionStore(sessionStorage, webcrypto as Crypto).restore(ITEM)).toBeNull();
  });

  it('keeps the replacement ("Delete and replace") across a reload: who opens it, the parts opened, the skip; nothing personal', async () => {
    const withReplacement = [
      { type: 'recall-chosen', replaceBy: 'add-in' },
      { type: 'replacement-opened', part: 0 },
    ] as const satisfies readonly SessionEvent[];
    const reloaded = await savedAndReloaded(ITEM, withReplacement.reduce<FollowUpSession>(sessionReducer, session));
    expect((await reloaded.restore(ITEM))?.replacement).toEqual({ by: 'add-in', opened: [0], skipped: false });
    expect(everythingStored()).not.toContain('@');
  });

  it('a session stored before the replacement existed still loads, without one', async () => {
    const reloaded = await savedAndReloaded();
    expect((await reloaded.restore(ITEM))?.replacement).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"template":'],
    ['a wrong shape', '{"template":"pleaseDelete","overrides":"all"}'],
    ['an unknown template', '{"template":"rm -rf","overrides":[],"texts":[],"actions":[]}'],
    [
      'a replacement of another shape',
      '{"template":"pleaseDelete","overrides":[],"texts":[],"actions":[],"replacement":{"by":"someone","opened":[],"skipped":false}}',
    ],
  ])('a sealed entry that is %s inside: a clean session, no crash', async (_case, json) => {
    await sealedEntries(sessionStorage, webcrypto as Crypto).write(ITEM, json);
    expect(await browserSessionStore(sessionStorage, webcrypto as Crypto).restore(ITEM)).toBeNull();
  });

  it('an action with an unreadable time is dropped, the rest kept', async () => {
    const sealed = sealedEntries(sessionStorage, webcrypto as Crypto);
    await savedAndReloaded();
    const text = (await sealed.read(ITEM)) ?? '';
    await sealed.write(ITEM, text.replace('2026-11-25T10:00:00.000Z', 'not a time'));
    const restored = await browserSessionStore(sessionStorage, webcrypto as Crypto).restore(ITEM);
    expect(restored?.actions).toEqual([]);
    expect(restored?.texts.size).toBe(1);
  });

  it('storage refusing writes (full, sandboxed), or no Web Crypto: kept in memory for the page', async () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    for (const store of [browserSessionStore(refusing, webcrypto as Crypto), browserSessionStore(sessionStorage, null)]) {
      store.save(ITEM, session);
      expect((await store.restore(ITEM))?.texts.get('pleaseDelete:external')?.body).toBe('my words');
      expect(store.load('another item')).toBeNull();
    }
    expect(sessionStorage.length).toBe(0);
  });
});
