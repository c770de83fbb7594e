import { type FormEvent, useEffect, useRef } from 'react';
import { GIFT_CAPS } from '../../model/giftCaps';
import type { Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';

export function TrackEditForm({ track, onDone }: { track: Track; onDone: () => void }) {
  const updateTrack = useMixtape((s) => s.updateTrack);
  const setTrackNote = useMixtape((s) => s.setTrackNote);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '');
    const artist = String(data.get('artist') ?? '');
    // Each change is its own undo step, and an unchanged field makes none.
    if (title !== track.title || artist !== track.artist) updateTrack(track.id, { title, artist });
    void setTrackNote(track.id, String(data.get('note') ?? ''));
    onDone();
  };

  return (
    <form
      className="track-edit"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      aria-label={`Edit ${track.title}`}
    >
      <label>
        Title
        <input ref={titleRef} name="title" defaultValue={track.title} required maxLength={200} />
      </label>
      <label>
        Artist
        <input name="artist" defaultValue={track.artist} maxLength={200} />
      </label>
      <label>
        Note
        <input
          name="note"
          defaultValue={track.note ?? ''}
          maxLength={GIFT_CAPS.note}
          placeholder="Why this one?"
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
