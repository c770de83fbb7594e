import { useMixtape } from '../store/StoreContext';

/** Honesty about what is playing: the default tape's audio is ours, not the artists'. */
export function StandInNotice() {
  const count = useMixtape((s) => s.tape.tracks.filter((t) => t.source === 'stand-in').length);
  if (count === 0) return null;
  return (
    <aside className="stand-in-notice" aria-label="About these clips">
      <p>
        <strong>These are stand-in clips, not the real recordings.</strong> Each of the {count} is a short
        original lo-fi sketch that Mixtape synthesises for its track (its own key, tempo and instrument), so
        the tape plays anywhere without shipping anyone's music. Titles and artists are the real album's.
      </p>
    </aside>
  );
}
