import type { PersistOptions } from 'zustand/middleware';
import { type Restored, restoreStored, UnreadableStateError } from '../persistence/migrations';
import { createSafeStorage, type SafeStorageEvents } from '../persistence/safeStorage';
import { PERSIST_VERSION, type PersistedState, STORAGE_KEY } from '../persistence/schema';
import type { MixtapeState } from './types';

/** What is saved: the stored shape, whose type is inferred from its schema (schema.ts). */
export type Persisted = PersistedState;

const partialize = (s: MixtapeState): Persisted => ({
  shelf: s.shelf,
  prefs: {
    volume: s.playback.volume,
    muted: s.playback.muted,
    repeat: s.queue.repeat,
    crossfade: s.playback.crossfade,
    deckSounds: s.playback.deckSounds,
  },
});

const samePersisted = (a: Persisted, b: Persisted) =>
  a.shelf === b.shelf &&
  a.prefs.volume === b.prefs.volume &&
  a.prefs.muted === b.prefs.muted &&
  a.prefs.repeat === b.prefs.repeat &&
  a.prefs.crossfade === b.prefs.crossfade &&
  a.prefs.deckSounds === b.prefs.deckSounds;

/**
 * zustand's persist, set up so that nothing the app reads can cost the user a tape: the value is
 * migrated and validated on the way in, and anything unreadable is kept aside, never overwritten.
 * Only the shelf and a few preferences are saved; playback always starts stopped.
 */
export function persistOptions(
  storage: Storage | null,
  events: SafeStorageEvents,
): PersistOptions<MixtapeState, Persisted> {
  const safe = createSafeStorage<Persisted>(storage, events, samePersisted);
  // An older value is restored in `migrate`; `merge` then needs what it set aside, not just what it kept.
  let migrated: Restored | null = null;
  return {
    name: STORAGE_KEY,
    version: PERSIST_VERSION,
    storage: safe,
    partialize,
    migrate: (state, version) => {
      migrated = restoreStored(state, version);
      return migrated.state;
    },
    merge: (persisted, current) => {
      // persist merges even when nothing (or nothing readable) was stored: then there is nothing to take.
      if (persisted === undefined || persisted === null) return current;
      let restored: Restored;
      try {
        restored = migrated?.state === persisted ? migrated : restoreStored(persisted, PERSIST_VERSION);
      } catch (e) {
        safe.keepAside(e instanceof UnreadableStateError ? e.message : 'it could not be read');
        return current;
      }
      // Kept aside before anything is written, since the next save holds only the tapes that loaded.
      const [damaged] = restored.setAside;
      if (damaged) safe.keepAside(damaged.reason, restored.setAside);
      const { state } = restored;
      return {
        ...current,
        shelf: state.shelf,
        playback: {
          ...current.playback,
          volume: state.prefs.volume,
          muted: state.prefs.muted,
          crossfade: state.prefs.crossfade,
          deckSounds: state.prefs.deckSounds,
        },
        queue: { ...current.queue, repeat: state.prefs.repeat },
      };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error)
        safe.keepAside(error instanceof UnreadableStateError ? error.message : 'it could not be read');
    },
  };
}
