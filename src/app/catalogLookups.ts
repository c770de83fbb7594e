import type { MixtapeStore } from '../store/createMixtapeStore';

/**
 * Catalog code is fetched only once a tape with catalog tracks is open (most first visits have none),
 * and then fills in what links left out and refreshes previews that expired.
 */
export function watchForCatalogTracks(store: MixtapeStore): () => void {
  let stop: (() => void) | undefined;
  let unsubscribe: (() => void) | undefined;
  let requested = false;
  let cancelled = false;
  const start = () => {
    requested = true;
    // Once asked for, this selector has nothing more to say: stop running it on every store update.
    unsubscribe?.();
    void Promise.all([import('./watchLookups'), import('../catalog/catalogs')]).then(
      ([{ watchCatalogLookups }, { appCatalogs }]) => {
        if (!cancelled) stop = watchCatalogLookups(store, { catalogs: appCatalogs() });
      },
    );
  };
  unsubscribe = store.subscribe(
    (s) => s.tape.tracks.some((t) => t.source === 'catalog'),
    (has) => {
      if (has && !requested) start();
    },
    { fireImmediately: true },
  );
  // fireImmediately may have started it before `unsubscribe` was assigned.
  if (requested) unsubscribe();
  return () => {
    cancelled = true;
    unsubscribe?.();
    stop?.();
  };
}
