import type { Tape } from '../model/tape';
import { type CatalogName, isAwaitingLookup, parseCatalogSongId, type Track } from '../model/track';
import type { MixtapeStore } from '../store/createMixtapeStore';
import type { Catalogs } from './catalogs';
import { trackFromCatalog } from './catalogTrack';
import { isPreviewStale } from './previewExpiry';

export interface LookupWatchOptions {
  readonly catalogs: Catalogs;
  readonly isOnline?: () => boolean;
  readonly now?: () => number;
  /** Calls back when the connection returns; the browser's `online` event by default. */
  readonly onOnline?: (retry: () => void) => () => void;
}

/** Tracks of this tape the catalog must be asked about: ids from a link, and expired previews. */
export function tracksToLookUp(tape: Tape, now: number): Track[] {
  return tape.tracks.filter(
    (t) => isAwaitingLookup(t) || (t.source === 'catalog' && isPreviewStale(t.previewUrl, now)),
  );
}

function idsByCatalog(tracks: readonly Track[]): Map<CatalogName, string[]> {
  const grouped = new Map<CatalogName, string[]>();
  for (const track of tracks) {
    const ref = parseCatalogSongId(track.songId);
    if (!ref) continue;
    const ids = grouped.get(ref.provider) ?? [];
    if (!ids.includes(ref.catalogId)) ids.push(ref.catalogId);
    grouped.set(ref.provider, ids);
  }
  return grouped;
}

const tracksWord = (n: number) => (n === 1 ? '1 track' : `${n} tracks`);

/** "2 tracks from the iTunes catalog wait for a connection: …", offline (`problem` null) or not. */
function waitNotice(n: number, catalog: string, problem: string | null): string {
  const fill = n === 1 ? 'it fills in' : 'they fill in';
  const why =
    problem === null ? `${fill} when you’re back online` : `${problem}, and ${fill} when it answers`;
  return `${tracksWord(n)} from the ${catalog} catalog ${n === 1 ? 'waits' : 'wait'} for a connection: ${why}.`;
}

/**
 * Fills in catalog tracks as they are needed: a link carries only their ids, so the open tape's
 * are looked up in one batched call per catalog; Deezer's previews expire, so those are looked up
 * again before they play. Offline, the listener is told which tracks wait, and they fill in when the
 * connection returns.
 */
export function watchCatalogLookups(store: MixtapeStore, options: LookupWatchOptions): () => void {
  const isOnline = options.isOnline ?? (() => navigator.onLine !== false);
  const now = options.now ?? Date.now;
  const onOnline =
    options.onOnline ??
    ((retry: () => void) => {
      window.addEventListener('online', retry);
      return () => window.removeEventListener('online', retry);
    });
  const asking = new Set<string>();
  /** Ids a catalog said it no longer has: asked once, not again on every change of the tape. */
  const gone = new Set<string>();
  let stopped = false;

  const lookUp = async (provider: CatalogName, ids: string[], waiting: number) => {
    const catalog = options.catalogs.get(provider);
    const keys = ids.map((id) => `${provider}:${id}`);
    for (const key of keys) asking.add(key);
    const result = await catalog.lookup(ids);
    if (stopped) return;
    const s = store.getState();
    if (!result.ok) {
      for (const key of keys) asking.delete(key);
      if (result.error.kind === 'aborted') return;
      if (waiting > 0)
        s.notify(
          'info',
          waitNotice(
            waiting,
            catalog.name,
            result.error.kind === 'offline' ? null : result.error.message.replace(/\.$/, ''),
          ),
        );
      return;
    }
    const found = new Set(result.value.map((t) => t.catalogId));
    const missing = ids.filter((id) => !found.has(id));
    // Marked before the tape changes, since filling it in runs check() again straight away.
    for (const id of missing) gone.add(`${provider}:${id}`);
    s.fillCatalogDetails(result.value.map(trackFromCatalog));
    for (const key of keys) asking.delete(key);
    if (missing.length > 0)
      s.notify(
        'error',
        `${tracksWord(missing.length)} on this tape ${missing.length === 1 ? 'is' : 'are'} no longer in the ${catalog.name} catalog.`,
      );
  };

  const check = () => {
    const s = store.getState();
    const wanted = tracksToLookUp(s.tape, now()).filter((t) => !asking.has(t.songId) && !gone.has(t.songId));
    if (wanted.length === 0) return;
    for (const [provider, ids] of idsByCatalog(wanted)) {
      const waiting = wanted.filter((t) => isAwaitingLookup(t) && t.songId.startsWith(`${provider}:`)).length;
      if (!isOnline()) {
        if (waiting > 0) s.notify('info', waitNotice(waiting, options.catalogs.get(provider).name, null));
        continue;
      }
      void lookUp(provider, ids, waiting);
    }
  };

  const unsubscribers = [
    store.subscribe((s) => s.tape, check),
    // Before a Deezer preview plays, its address may have expired since the tape was opened.
    store.subscribe((s) => s.queue.current, check),
    onOnline(check),
  ];
  check();
  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
