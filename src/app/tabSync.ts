import { migrateStored } from '../persistence/migrations';
import { STORAGE_KEY } from '../persistence/schema';
import type { MixtapeStore } from '../store/createMixtapeStore';

/**
 * Another tab saved its shelf: merge it in rather than let the next save here overwrite it.
 * What the other tab wrote but cannot be read is its own business, and is left alone.
 */
export function watchOtherTabs(
  store: MixtapeStore,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
) {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    try {
      const value: unknown = JSON.parse(event.newValue);
      if (typeof value !== 'object' || value === null || !('state' in value) || !('version' in value)) return;
      const { shelf } = migrateStored(value.state, Number(value.version));
      const before = store.getState().shelf;
      store.getState().mergeShelf(shelf);
      if (store.getState().shelf.tapes !== before.tapes) {
        store.getState().notify('info', 'Your shelf was updated with changes made in another tab.');
      }
    } catch {
      // Unreadable: nothing to merge.
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
