import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { initialSession, sessionReducer, type FollowUpSession, type SessionEvent } from './session';

interface SessionContextValue {
  readonly session: FollowUpSession;
  readonly update: (event: SessionEvent) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

interface Stored {
  readonly item: object | null;
  readonly session: FollowUpSession;
}

/**
 * Keeps the follow-up session for one item. `item` is the check outcome object: a new check (the
 * pinned pane moved to another message, or a retry) is a new object, so nothing typed for one
 * message can ever be sent about another.
 */
export function FollowUpSessionProvider({ item, children }: { item: object | null; children: ReactNode }) {
  const [stored, setStored] = useState<Stored>({ item, session: initialSession });
  const session = stored.item === item ? stored.session : initialSession;
  const update = useCallback(
    (event: SessionEvent) => setStored((prev) => ({ item, session: sessionReducer(prev.item === item ? prev.session : initialSession, event) })),
    [item],
  );
  const value = useMemo(() => ({ session, update }), [session, update]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useFollowUpSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useFollowUpSession outside FollowUpSessionProvider');
  return value;
}
