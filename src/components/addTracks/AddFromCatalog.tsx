import { BUILT_IN_TRACKS } from '../../data/junoTape';
import { formatTime } from '../../model/time';
import { useAnnounce } from '../tracklist/announcer';
import { useCheckedAdd } from './useCheckedAdd';

export function AddFromCatalog() {
  const { add, questionAt } = useCheckedAdd();
  const announce = useAnnounce();
  return (
    <div className="add-section">
      <h4>Built-in stand-in clips</h4>
      <ul className="catalog-list">
        {[...BUILT_IN_TRACKS.values()].map(({ id: _entry, ...song }) => (
          <li key={song.songId}>
            <span className="catalog-text">
              <span className="track-title">{song.title}</span>
              <span className="track-artist">
                {song.artist} · {formatTime(song.clipSeconds)}
              </span>
            </span>
            <button
              type="button"
              className="chip"
              aria-label={`Add ${song.title} by ${song.artist}`}
              onClick={() => add([song], () => announce(`Added ${song.title} to the tape.`), song.songId)}
            >
              Add
            </button>
            {questionAt(song.songId)}
          </li>
        ))}
      </ul>
    </div>
  );
}
