/**
 * The add-in's only remembered choices: non-personal flags (never an address, a subject or any
 * message content). Storage may be missing or refuse access (private windows, locked-down
 * webviews); then a choice lasts until the pane closes.
 */
export type PreferenceFlag = 'preventionTipsDismissed';

export interface Preferences {
  get(flag: PreferenceFlag): boolean;
  set(flag: PreferenceFlag, value: boolean): void;
}

const KEY_PREFIX = 'recall-assistant:pref:';

/** Preferences in Web Storage (localStorage in the pane), with an in-memory fallback. */
export function storagePreferences(storage: () => Storage | null = () => globalThis.localStorage ?? null): Preferences {
  const memory = memoryPreferences();
  return {
    get(flag) {
      try {
        const value = storage()?.getItem(KEY_PREFIX + flag);
        if (value === '1') return true;
        if (value === '0') return false;
      } catch {
        // Storage refused: fall through to what this session remembers.
      }
      return memory.get(flag);
    },
    set(flag, value) {
      memory.set(flag, value);
      try {
        storage()?.setItem(KEY_PREFIX + flag, value ? '1' : '0');
      } catch {
        // Quota or access refused: the in-memory value still holds for this session.
      }
    },
  };
}

export function memoryPreferences(initial: Partial<Record<PreferenceFlag, boolean>> = {}): Preferences {
  const values = new Map<PreferenceFlag, boolean>(Object.entries(initial) as [PreferenceFlag, boolean][]);
  return {
    get: (flag) => values.get(flag) ?? false,
    set: (flag, value) => void values.set(flag, value),
  };
}
