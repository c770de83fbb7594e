import { type FormEvent, useEffect, useRef } from 'react';
import type { Track } from '../../model/track';
import { useMixtape } from '../../store/StoreContext';

export function TrackEditForm({ track, onDone }: { track: Track; onDone: () => void }) {
  const updateTrack = useMixtape((s) => s.updateTrack);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    updateTrack(track.id, {
      title: String(data.get('title') ?? ''),
      artist: String(data.get('artist') ?? ''),
    });
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
