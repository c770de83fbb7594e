import { useId, useRef, useState } from 'react';
import type { Track } from '../../model/track';
import { Icon } from '../Icon';
import { lazyPart } from '../lazyPart';

// The actions load the first time any menu opens: the first screen needs only the toggles.
const TrackMenuPanel = lazyPart('the track menu', () =>
  import('./TrackMenuPanel').then((m) => m.TrackMenuPanel),
);

/** A disclosure of the track's other actions (TrackMenuPanel): the "More for …" toggle and, while open, the panel. */
export function TrackMenu({
  track,
  number,
  total,
  onEdit,
}: {
  track: Track;
  number: number;
  total: number;
  onEdit: () => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };

  return (
    <div className="track-menu">
      <button
        ref={toggleRef}
        type="button"
        className="track-more"
        aria-label={`More for ${track.title}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="more" />
      </button>
      {open ? (
        <TrackMenuPanel
          id={id}
          track={track}
          number={number}
          total={total}
          toggleRef={toggleRef}
          onClose={close}
          onEdit={onEdit}
        />
      ) : null}
    </div>
  );
}
