import type { Track } from '../model/track';
import { runMatches } from './matchRun';
import { matchSong } from './matchSong';
import type { CatalogError, CatalogProvider, CatalogTrack } from './provider';
import type { WantedSong } from './wantedSong';

export { matchQuery } from './songScore';

export type MatchOutcome =
  | { readonly entryId: string; readonly kind: 'found'; readonly song: CatalogTrack }
  | { readonly entryId: string; readonly kind: 'none' }
  | { readonly entryId: string; readonly kind: 'failed'; readonly error: CatalogError };

/** A tape track as the song it names, for the matcher: its length is the full recording's, if known. */
export function songOf(track: Track): WantedSong {
  return {
    title: track.title,
    artist: track.artist,
    ...(track.album ? { album: track.album } : {}),
    ...(track.fullSeconds !== undefined ? { seconds: track.fullSeconds } : {}),
  };
}

/**
 * "Find real previews" on the import pipeline's matcher and runner (matchSong, runMatches): looks each
 * track up and reports as answers arrive. A refusal that will repeat for every track (offline,
 * rate-limited) stops the run; the tracks not yet asked about are simply not reported.
 */
export async function findMatches(
  tracks: readonly Track[],
  provider: CatalogProvider,
  onOutcome: (outcome: MatchOutcome) => void,
  signal?: AbortSignal,
): Promise<{ stopped: CatalogError | null }> {
  const entries = tracks.map(songOf);
  return runMatches(
    entries,
    entries.map((_, i) => i),
    (entry, s) => matchSong(entry, provider, s),
    {
      ...(signal ? { signal } : {}),
      onResult: (index, result) => {
        const entryId = tracks[index]?.id ?? '';
        if (result.kind === 'found') onOutcome({ entryId, kind: 'found', song: result.best.song });
        else if (result.kind === 'none') onOutcome({ entryId, kind: 'none' });
        else onOutcome({ entryId, kind: 'failed', error: result.error });
      },
    },
  );
}
