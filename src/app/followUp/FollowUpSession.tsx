import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ItemKey } from '../../usecases/itemKey';
import { initialSession, sessionReducer, type FollowUpSession, type SessionEvent } from '../../usecases/followUp/session';
import { browserSessionStore, type SessionStore } from '../../usecases/followUp/storedSessions';

interface SessionContextValue {
  readonly session: FollowUpSession;
  readonly update: (event: SessionEvent) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const StoreContext = createContext<SessionStore | null>(null);

/**
 * One store for the pane, made by Root above the error boundary: it outlives "Try again" and every
 * re-check, and a new pane (a reload) finds the tab's sealed copy through it.
 */
export function SessionStoreProvider({ children, store: given }: { children: ReactNode; store?: SessionStore }) {
  const [store] = useState(() => given ?? browserSessionStore());
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/**
 * Keeps the follow-up session for one item, keyed by the item's id (not by the check): the same
 * message selected again, a retry after an error, or a reload in the same tab finds what the user
 * typed and chose; another message starts clean. An update always goes to the item it was made for, so a
 * follow-up opened for message A that reports back after B is selected is recorded on A.
 */
export function FollowUpSessionProvider({ item, children }: { item: { readonly key: ItemKey } | null; children: ReactNode }) {
  // Root provides the pane's store; a provider rendered without Root (a test) keeps its own.
  const [own] = useState(browserSessionStore);
  const store = useContext(StoreContext) ?? own;
  const itemId = item?.key.itemId ?? null;
  const load = (id: string | null) => (id === null ? initialSession : (store.load(id) ?? initialSession));
  // The last session written, for the item it belongs to; another item reads the store.
  const [last, setLast] = useState<{ readonly itemId: string | null; readonly session: FollowUpSession }>(() => ({ itemId, session: load(itemId) }));
  const session = last.itemId === itemId ? last.session : load(itemId);
  // After a reload the tab's sealed copy opens in the background (storedSessions.ts); the store
  // answers with the page's own session instead when the user changed something meanwhile.
  useEffect(() => {
    if (itemId === null || store.load(itemId) !== null) return;
    let current = true;
    void store.restore(itemId).then((restored) => {
      if (current && restored !== null) setLast({ itemId, session: restored });
    });
    return () => {
      current = false;
    };
  }, [itemId, store]);
  const update = useCallback(
    (event: SessionEvent) => {
      if (itemId === null) return;
      const next = sessionReducer(store.load(itemId) ?? initialSession, event);
      void store.save(itemId, next);
      setLast({ itemId, session: next });
    },
    [itemId, store],
  );
  const value = useMemo(() => ({ session, update }), [session, update]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useFollowUpSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useFollowUpSession outside FollowUpSessionProvider');
  return value;
}
