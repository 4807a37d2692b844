/**
 * The follow-up session store on its own: what comes back from sessionStorage is checked before
 * use (a tampered or older entry starts clean, it never crashes the pane), and a page without
 * web storage keeps sessions in memory.
 */
import { initialSession, sessionReducer, type FollowUpSession, type SessionEvent } from '../../src/usecases/followUp/session';
import { browserSessionStore } from '../../src/usecases/followUp/storedSessions';
import { keyOf } from '../builders/domain';

const ITEM = 'AAMk-1|alex@contoso.com|2026-11-25T09:56:00.000Z|Q4 budget draft';
const events = [
  { type: 'edit-text', key: 'pleaseDelete:external', text: { subject: 'S', body: 'my words' } },
  { type: 'record', action: { kind: 'security-report-opened', at: new Date('2026-11-25T10:00:00Z') } },
  // The plan's follow-up decisions (issue #13).
  { type: 'decide', keys: [keyOf('dmitry.k@gmail.com')], decision: 'opened' },
  { type: 'decide', keys: [keyOf('laura.jensen@fabrikam.com')], decision: 'skipped' },
] as const satisfies readonly SessionEvent[];
const session = events.reduce<FollowUpSession>(sessionReducer, initialSession);

describe('follow-up session store', () => {
  it('round-trips texts, choices and actions through sessionStorage, with real Dates', () => {
    browserSessionStore(sessionStorage).save(ITEM, session);
    const loaded = browserSessionStore(sessionStorage).load(ITEM);
    expect(loaded?.texts.get('pleaseDelete:external')).toEqual({ subject: 'S', body: 'my words' });
    expect(loaded?.actions).toEqual([{ kind: 'security-report-opened', at: new Date('2026-11-25T10:00:00Z') }]);
  });

  it('keeps follow-up decisions for the page, never in storage: they name addresses', () => {
    const store = browserSessionStore(sessionStorage);
    store.save(ITEM, session);
    expect(store.load(ITEM)?.decisions).toEqual(
      new Map([
        ['dmitry.k@gmail.com', 'opened'],
        ['laura.jensen@fabrikam.com', 'skipped'],
      ]),
    );
    expect(store.load('another item')).toBeNull();
    const key = sessionStorage.key(0) ?? '';
    expect(sessionStorage.getItem(key)).not.toContain('@');
    // A reload (a new store) finds the texts, not the decisions.
    expect(browserSessionStore(sessionStorage).load(ITEM)?.decisions.size).toBe(0);
  });

  it('keeps the replacement ("Delete and replace") across a reload: who opens it, the parts opened, the skip; nothing personal', () => {
    const withReplacement = [
      { type: 'recall-chosen', replaceBy: 'add-in' },
      { type: 'replacement-opened', part: 0 },
    ] as const satisfies readonly SessionEvent[];
    browserSessionStore(sessionStorage).save(ITEM, withReplacement.reduce<FollowUpSession>(sessionReducer, session));
    expect(browserSessionStore(sessionStorage).load(ITEM)?.replacement).toEqual({ by: 'add-in', opened: [0], skipped: false });
    const key = sessionStorage.key(0) ?? '';
    expect(sessionStorage.getItem(key)).not.toContain('@');
  });

  it('a session stored before the replacement existed still loads, without one', () => {
    const store = browserSessionStore(sessionStorage);
    store.save(ITEM, session);
    expect(store.load(ITEM)?.replacement).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"template":'],
    ['a wrong shape', '{"template":"pleaseDelete","overrides":"all"}'],
    ['an unknown template', '{"template":"rm -rf","overrides":[],"texts":[],"actions":[]}'],
    [
      'a replacement of another shape',
      '{"template":"pleaseDelete","overrides":[],"texts":[],"actions":[],"replacement":{"by":"someone","opened":[],"skipped":false}}',
    ],
  ])('a stored entry that is %s: a clean session, no crash', (_case, json) => {
    const store = browserSessionStore(sessionStorage);
    store.save(ITEM, session);
    const key = sessionStorage.key(0);
    if (key === null) throw new Error('nothing stored');
    sessionStorage.setItem(key, json);
    expect(store.load(ITEM)).toBeNull();
  });

  it('an action with an unreadable time is dropped, the rest kept', () => {
    const store = browserSessionStore(sessionStorage);
    store.save(ITEM, session);
    const key = sessionStorage.key(0) ?? '';
    sessionStorage.setItem(key, (sessionStorage.getItem(key) ?? '').replace('2026-11-25T10:00:00.000Z', 'not a time'));
    const loaded = store.load(ITEM);
    expect(loaded?.actions).toEqual([]);
    expect(loaded?.texts.size).toBe(1);
  });

  it('storage refusing writes (full, sandboxed): kept in memory for the page', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const store = browserSessionStore(refusing);
    store.save(ITEM, session);
    expect(store.load(ITEM)?.texts.get('pleaseDelete:external')?.body).toBe('my words');
    expect(store.load('another item')).toBeNull();
  });
});
