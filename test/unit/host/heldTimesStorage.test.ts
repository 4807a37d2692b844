/**
 * The delivery times the Send handler leaves for the pane (src/host/heldTimesStorage.ts): pruned
 * once past, bounded, and an unreadable or missing store reads as nothing rather than failing.
 */
import { MAX_HELD_TIMES } from '../../../src/domain/heldTimes';
import { HELD_TIMES_KEY, storageHeldTimes } from '../../../src/host/heldTimesStorage';
import { NOW } from '../../builders/domain';

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('remembered delivery times', () => {
  it('a time already past is dropped at the next write; the rest read soonest first', () => {
    const storage = memoryStorage();
    const times = storageHeldTimes(() => storage);
    times.remember(inMinutes(5), NOW);
    times.remember(inMinutes(2), NOW);
    times.remember(inMinutes(12), inMinutes(4));
    expect(times.read(inMinutes(4))).toEqual([inMinutes(5), inMinutes(12)]);
    expect(JSON.parse(storage.items.get(HELD_TIMES_KEY) ?? '')).toEqual([inMinutes(5).getTime(), inMinutes(12).getTime()]);
  });

  it(`keeps at most ${MAX_HELD_TIMES}: the latest, so the message just held is never the one forgotten`, () => {
    const storage = memoryStorage();
    const times = storageHeldTimes(() => storage);
    for (let m = 1; m <= 30; m++) times.remember(inMinutes(m), NOW);
    expect(times.read(NOW)).toHaveLength(MAX_HELD_TIMES);
    expect(times.read(NOW).at(-1)).toEqual(inMinutes(30));
  });

  it.each([
    ['not JSON', 'held until ten'],
    ['not a list', '{"at":1}'],
    ['a list of strings', '["2026-11-25T10:10:00Z"]'],
  ])('what is stored is %s: nothing is read', (_what, stored) => {
    expect(storageHeldTimes(() => memoryStorage({ [HELD_TIMES_KEY]: stored })).read(NOW)).toEqual([]);
  });

  it('no storage in this runtime (classic Outlook’s JavaScript-only runtime): reads nothing, writes nowhere, never throws', () => {
    const times = storageHeldTimes(() => undefined);
    times.remember(inMinutes(10), NOW);
    expect(times.read(NOW)).toEqual([]);
  });
});
