import { memoryPreferences, storagePreferences } from '../../src/app/preferences';

/** A Web Storage stand-in that can be told to refuse, as storage in locked-down webviews does. */
function fakeStorage({ refuseReads = false, refuseWrites = false } = {}) {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => {
      if (refuseReads) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  } satisfies Storage;
  return { storage, data };
}

describe('storagePreferences', () => {
  it('remembers a flag across instances (a new pane reads what the last one wrote)', () => {
    const { storage } = fakeStorage();
    expect(storagePreferences(() => storage).get('preventionTipsDismissed')).toBe(false);
    storagePreferences(() => storage).set('preventionTipsDismissed', true);
    expect(storagePreferences(() => storage).get('preventionTipsDismissed')).toBe(true);
    storagePreferences(() => storage).set('preventionTipsDismissed', false);
    expect(storagePreferences(() => storage).get('preventionTipsDismissed')).toBe(false);
  });

  it('stores only a namespaced yes/no flag: nothing personal', () => {
    const { storage, data } = fakeStorage();
    storagePreferences(() => storage).set('preventionTipsDismissed', true);
    expect([...data.entries()]).toEqual([['recall-assistant:pref:preventionTipsDismissed', '1']]);
  });

  it.each([
    ['reads refused', { refuseReads: true }],
    ['writes refused', { refuseWrites: true }],
    ['both refused', { refuseReads: true, refuseWrites: true }],
  ])('%s: never throws, and the choice holds for the session', (_name, options) => {
    const { storage } = fakeStorage(options);
    const prefs = storagePreferences(() => storage);
    expect(() => prefs.set('preventionTipsDismissed', true)).not.toThrow();
    expect(prefs.get('preventionTipsDismissed')).toBe(true);
  });

  it('no storage at all (null): session memory only', () => {
    const prefs = storagePreferences(() => null);
    expect(prefs.get('preventionTipsDismissed')).toBe(false);
    prefs.set('preventionTipsDismissed', true);
    expect(prefs.get('preventionTipsDismissed')).toBe(true);
  });

  it('a storage getter that itself throws (window.localStorage in a sandboxed frame)', () => {
    const prefs = storagePreferences(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(prefs.get('preventionTipsDismissed')).toBe(false);
    prefs.set('preventionTipsDismissed', true);
    expect(prefs.get('preventionTipsDismissed')).toBe(true);
  });

  it('an unexpected stored value reads as not set', () => {
    const { storage } = fakeStorage();
    storage.setItem('recall-assistant:pref:preventionTipsDismissed', 'maybe');
    expect(storagePreferences(() => storage).get('preventionTipsDismissed')).toBe(false);
  });

  it('defaults to the real localStorage (jsdom)', () => {
    localStorage.clear();
    storagePreferences().set('preventionTipsDismissed', true);
    expect(localStorage.getItem('recall-assistant:pref:preventionTipsDismissed')).toBe('1');
    localStorage.clear();
  });
});

describe('memoryPreferences', () => {
  it('starts from what it is given', () => {
    expect(memoryPreferences({ preventionTipsDismissed: true }).get('preventionTipsDismissed')).toBe(true);
    expect(memoryPreferences().get('preventionTipsDismissed')).toBe(false);
  });
});
