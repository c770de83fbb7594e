import { type Track, wantedTrack } from '../model/track';
import { trackFromCatalog } from './catalogTrack';
import { chosenSongs, type MatchJob } from './matchJob';

/**
 * The tracks a reviewed job becomes, in the entries' order: each chosen match as a catalog track, every
 * other entry as a wanted track (named, its stated length counted, no audio; never played).
 */
export function tapeTracks(job: MatchJob): Omit<Track, 'id'>[] {
  return chosenSongs(job).map((item) =>
    item.kind === 'song' ? trackFromCatalog(item.match.song) : wantedTrack(item.entry),
  );
}
