import type { Track } from '../model/track';
import { trackFromCatalog } from './catalogTrack';
import { normalise } from './match';
import { chosenSongs, type MatchJob } from './matchJob';
import type { WantedSong } from './wantedSong';

/** A wanted track's songId: the song by its words, so the same song wanted twice is known as one. */
export const wantedSongId = (entry: WantedSong): string =>
  `wanted:${normalise(entry.artist)}|${normalise(entry.title)}`;

/**
 * The tracks a reviewed job becomes, in the entries' order: each chosen match as a catalog track, every
 * other entry as a wanted track (named, its stated length counted, no audio; never played).
 */
export function tapeTracks(job: MatchJob): Omit<Track, 'id'>[] {
  return chosenSongs(job).map((item) =>
    item.kind === 'song'
      ? trackFromCatalog(item.match.song)
      : {
          songId: wantedSongId(item.entry),
          title: item.entry.title,
          artist: item.entry.artist,
          ...(item.entry.album ? { album: item.entry.album } : {}),
          previewUrl: '',
          clipSeconds: 0,
          ...(item.entry.seconds ? { fullSeconds: item.entry.seconds } : {}),
          source: 'wanted',
        },
  );
}
