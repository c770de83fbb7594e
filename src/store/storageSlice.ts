import type { StorageHealth, Unreadable } from '../persistence/safeStorage';
import type { SliceCreator } from './types';

export interface StorageSlice {
  storage: { readonly health: StorageHealth; readonly unreadable: Unreadable | null };
  reportStorageHealth: (health: StorageHealth) => void;
  reportUnreadable: (found: Unreadable) => void;
  dismissUnreadable: () => void;
}

export const createStorageSlice: SliceCreator<StorageSlice> = (set, get) => ({
  storage: { health: { mode: 'saving' }, unreadable: null },
  reportStorageHealth: (health) => {
    set((s) => ({ storage: { ...s.storage, health } }));
    if (health.mode === 'memory-only') {
      get().notify(
        'error',
        `Your tapes can’t be saved right now (${health.reason}). Mixtape keeps working, but changes last only while this tab is open.`,
      );
    } else {
      get().notify('info', 'Saving works again: your tapes are stored.');
    }
  },
  reportUnreadable: (unreadable) => set((s) => ({ storage: { ...s.storage, unreadable } })),
  dismissUnreadable: () => set((s) => ({ storage: { ...s.storage, unreadable: null } })),
});
