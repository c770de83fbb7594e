import { useMixtape } from '../store/StoreContext';
import { currentTrack } from '../store/selectors';

/**
 * Honesty about what is playing: a stand-in's audio is ours, not the artists'. Shown by the deck while the
 * current track is a stand-in, and worded for the tape it is on: only the built-in tape is the real album.
 */
export function StandInNotice() {
  const count = useMixtape((s) => s.tape.tracks.filter((t) => t.source === 'stand-in').length);
  const standInCurrent = useMixtape((s) => currentTrack(s)?.source === 'stand-in');
  const builtIn = useMixtape((s) => s.builtIns.some((t) => t.id === s.tape.id));
  if (count === 0 || !standInCurrent) return null;
  return (
    <aside className="stand-in-notice" aria-label="About these clips">
      <p>
        <strong>These are stand-in clips, not the real recordings.</strong>{' '}
        {count === 1 ? 'This one is' : `Each of the ${count} is`} a short original lo-fi sketch that Mixtape
        synthesises for its track (its own key, tempo and instrument), so the tape plays anywhere without
        shipping anyone’s music. The tracklist and the J-card give each song’s own length; the deck, the
        clip’s.{' '}
        {builtIn ? 'Titles and artists are the real album’s.' : 'Each stands in for the song its row names.'}
      </p>
    </aside>
  );
}
