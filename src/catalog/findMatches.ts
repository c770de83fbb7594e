import type { Track } from '../model/track';
import { bestMatch, normalise } from './match';
import type { CatalogError, CatalogProvider, CatalogTrack } from './provider';

export type MatchOutcome =
  | { readonly entryId: string; readonly kind: 'found'; readonly song: CatalogTrack }
  | { readonly entryId: string; readonly kind: 'none' }
  | { readonly entryId: string; readonly kind: 'failed'; readonly error: CatalogError };

/** The question asked of the catalog for a track: its artist and title, without bracketed asides. */
export function matchQuery(track: Pick<Track, 'title' | 'artist'>): string {
  return `${normalise(track.artist)} ${normalise(track.title)}`.trim();
}

const MATCH_RESULTS = 10;
/** Three at a time: quick enough for a tape, gentle enough for a catalog that counts calls. */
const CONCURRENCY = 3;

/**
 * Looks each track up and reports as answers arrive. A refusal that will repeat for every track
 * (offline, rate-limited) stops the run; the tracks not yet asked about are simply not reported.
 */
export async function findMatches(
  tracks: readonly Track[],
  provider: CatalogProvider,
  onOutcome: (outcome: MatchOutcome) => void,
  signal?: AbortSignal,
): Promise<{ stopped: CatalogError | null }> {
  const queue = [...tracks];
  let stopped: CatalogError | null = null;
  const worker = async () => {
    for (let track = queue.shift(); track && !stopped && !signal?.aborted; track = queue.shift()) {
      const result = await provider.search(matchQuery(track), {
        limit: MATCH_RESULTS,
        ...(signal ? { signal } : {}),
      });
      if (signal?.aborted) return;
      if (!result.ok) {
        if (result.error.kind === 'offline' || result.error.kind === 'rate-limited') {
          stopped ??= result.error;
          return;
        }
        if (result.error.kind === 'aborted') return;
        onOutcome({ entryId: track.id, kind: 'failed', error: result.error });
        continue;
      }
      const song = bestMatch(track, result.value);
      onOutcome(song ? { entryId: track.id, kind: 'found', song } : { entryId: track.id, kind: 'none' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tracks.length) }, worker));
  return { stopped };
}
