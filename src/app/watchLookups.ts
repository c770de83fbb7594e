import type { Catalogs } from '../catalog/catalogs';
import { trackFromCatalog } from '../catalog/catalogTrack';
import { lookUpWithRetries } from '../catalog/lookupRetries';
import { isPreviewStale } from '../catalog/previewExpiry';
import type { CatalogError } from '../catalog/provider';
import type { Tape } from '../model/tape';
import { type CatalogName, isAwaitingLookup, parseCatalogSongId, type Track } from '../model/track';
import type { MixtapeStore } from '../store/createMixtapeStore';

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
const fills = (n: number) => (n === 1 ? 'it fills in' : 'they fill in');

/** "2 tracks from the iTunes catalog wait for a connection: …": offline, they fill in when it returns. */
function waitNotice(n: number, catalog: string): string {
  return `${tracksWord(n)} from the ${catalog} catalog ${n === 1 ? 'waits' : 'wait'} for a connection: ${fills(n)} when you’re back online.`;
}

/**
 * After the last retry: what the catalog said, without its "Try again…" (Mixtape does that itself,
 * since opening the tape or picking a track looks up whatever is still missing).
 */
function gaveUpNotice(n: number, catalog: string, error: CatalogError): string {
  const said = error.message.replace(/\s*Try again[^.]*\.$/, '').replace(/\.$/, '');
  return `${tracksWord(n)} from the ${catalog} catalog did not fill in: ${said}. Mixtape asks again when you open the tape or pick a track.`;
}

/** Said while throttled or unanswered ids wait for their next try: not the offline notice. */
function retryNotice(n: number, catalog: string, error: CatalogError, delayMs: number): string {
  const when = `in ${Math.ceil(delayMs / 1000)} s`;
  return error.kind === 'rate-limited'
    ? `The ${catalog} catalog asks us to slow down: ${tracksWord(n)} waiting, trying again ${when}.`
    : `The ${catalog} catalog did not answer for ${tracksWord(n)}: trying again ${when}.`;
}

/**
 * Fills in catalog tracks as they are needed: a link carries only their ids, so the open tape's
 * are looked up, batched per catalog; Deezer's previews expire, so those are looked up again before
 * they play. Each id answers for itself: songs fill in as soon as they arrive, ids the catalog no
 * longer has are marked unavailable with the reason, throttled or unanswered ids are asked about again
 * with backoff (lookUpWithRetries). Offline, the listener is told which tracks wait, and they fill in
 * when the connection returns.
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
  const stop = new AbortController();

  /** Tracks of the open tape, known only by their id, among these songIds: the ones a notice is about. */
  const waitingAmong = (keys: ReadonlySet<string>) =>
    store.getState().tape.tracks.filter((t) => keys.has(t.songId) && isAwaitingLookup(t)).length;

  const markMissing = (keys: ReadonlyMap<string, string>) => {
    const s = store.getState();
    for (const track of s.tape.tracks) {
      const reason = keys.get(track.songId);
      if (reason !== undefined) s.clipFailed(track.id, reason);
    }
    for (const reason of new Set(keys.values())) {
      const n = [...keys.values()].filter((r) => r === reason).length;
      s.notify('error', `Couldn’t fill in ${tracksWord(n)} on this tape: ${reason}.`);
    }
  };

  const lookUp = async (provider: CatalogName, ids: string[]) => {
    const catalog = options.catalogs.get(provider);
    const key = (id: string) => `${provider}:${id}`;
    for (const id of ids) asking.add(key(id));
    const failed = await lookUpWithRetries(catalog, ids, {
      signal: stop.signal,
      onReport: ({ found, missing }) => {
        // Marked before the tape changes, since filling it in runs check() again straight away.
        for (const { id } of missing) gone.add(key(id));
        store.getState().fillCatalogDetails(found.map(trackFromCatalog));
        for (const song of found) asking.delete(key(song.catalogId));
        for (const { id } of missing) asking.delete(key(id));
        if (missing.length > 0) markMissing(new Map(missing.map((m) => [key(m.id), m.reason])));
      },
      onRetry: ({ ids: later, error, delayMs }) => {
        const n = waitingAmong(new Set(later.map(key)));
        if (n > 0) store.getState().notify('info', retryNotice(n, catalog.name, error, delayMs));
      },
    });
    if (stop.signal.aborted) return;
    for (const { id } of failed) asking.delete(key(id));
    const n = waitingAmong(new Set(failed.map((f) => key(f.id))));
    if (n === 0 || failed.some((f) => f.error.kind === 'aborted')) return;
    const error = failed.find((f) => f.error.kind !== 'offline')?.error;
    store
      .getState()
      .notify('info', error ? gaveUpNotice(n, catalog.name, error) : waitNotice(n, catalog.name));
  };

  const check = () => {
    const s = store.getState();
    const wanted = tracksToLookUp(s.tape, now()).filter((t) => !asking.has(t.songId) && !gone.has(t.songId));
    if (wanted.length === 0) return;
    for (const [provider, ids] of idsByCatalog(wanted)) {
      if (!isOnline()) {
        const waiting = wanted.filter(
          (t) => isAwaitingLookup(t) && t.songId.startsWith(`${provider}:`),
        ).length;
        if (waiting > 0) s.notify('info', waitNotice(waiting, options.catalogs.get(provider).name));
        continue;
      }
      void lookUp(provider, ids);
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
    stop.abort();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
