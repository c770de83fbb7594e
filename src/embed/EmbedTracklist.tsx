import { formatLength } from '../model/time';
import { useMixtape } from '../store/StoreContext';
import { clipSecondsOf, currentEntryId } from '../store/selectors';

/** Shows or hides the tracklist (WAI-ARIA APG disclosure); named with the tape's song count. */
export function TracklistToggle({
  open,
  controls,
  onToggle,
}: {
  open: boolean;
  controls: string;
  onToggle: () => void;
}) {
  const count = useMixtape((s) => s.tape.tracks.length);
  return (
    <button
      type="button"
      className="chip embed-list-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      Tracklist{' '}
      <span className="embed-list-count">
        · {count} {count === 1 ? 'song' : 'songs'}
      </span>
    </button>
  );
}

/** The tape's songs as a plain list: no drag and drop, no editing; pressing a song plays it. */
export function EmbedTracklist({ id, hidden }: { id: string; hidden: boolean }) {
  const tracks = useMixtape((s) => s.tape.tracks);
  const current = useMixtape(currentEntryId);
  // Joined, so the selector gives a string the store can compare, not a new array each time.
  const lengths = useMixtape((s) => s.tape.tracks.map((t) => clipSecondsOf(s, t)).join(','));
  const playTrack = useMixtape((s) => s.playTrack);
  const seconds = lengths.split(',').map(Number);
  return (
    <ol className="embed-list" id={id} hidden={hidden} aria-label="Tracklist">
      {tracks.map((track, i) => (
        <li key={track.id}>
          <button
            type="button"
            className="embed-song"
            aria-current={track.id === current ? 'true' : undefined}
            onClick={() => playTrack(track.id)}
          >
            <span className="embed-song-title">{track.title}</span>{' '}
            <span className="embed-song-artist">{track.artist}</span>{' '}
            <span className="embed-song-length">{formatLength(seconds[i] ?? 0)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
