import { useEffect, useId, useRef, useState } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { usePressOutside } from '../../hooks/usePressOutside';
import { placeOf } from '../../model/arrangement';
import type { Track } from '../../model/track';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { Icon } from '../Icon';
import { useAnnounce } from './announcer';

/**
 * A disclosure of the track's other actions. Move up and Move down give everyone a way to reorder
 * that needs no dragging (WCAG 2.2, 2.5.7).
 */
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
  const panelRef = useRef<HTMLDivElement>(null);
  const playNext = useMixtape((s) => s.playNext);
  const addToQueue = useMixtape((s) => s.addToQueue);
  const moveTrackBy = useMixtape((s) => s.moveTrackBy);
  const removeTrack = useMixtape((s) => s.removeTrack);
  const announce = useAnnounce();
  useEscape(panelRef, () => {
    setOpen(false);
    toggleRef.current?.focus();
  });
  const store = useMixtapeStore();
  const move = (delta: -1 | 1) => {
    moveTrackBy(track.id, delta);
    const at = placeOf(store.getState().tape, track.id);
    if (at) announce(`${track.title} moved to place ${at.place} of ${at.total}, side ${at.side}.`);
  };

  useEffect(() => {
    if (open) panelRef.current?.querySelector('button')?.focus();
  }, [open]);
  usePressOutside(open, [panelRef, toggleRef], () => setOpen(false));

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const act = (fn: () => void) => () => {
    fn();
    close();
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
        <div id={id} ref={panelRef} className="track-menu-panel">
          <button
            type="button"
            onClick={act(() => {
              playNext(track.id);
              announce(`${track.title} will play next.`);
            })}
          >
            Play next
          </button>
          <button
            type="button"
            onClick={act(() => {
              addToQueue(track.id);
              announce(`${track.title} added to the queue.`);
            })}
          >
            Add to queue
          </button>
          <button type="button" disabled={number === 1} onClick={act(() => move(-1))}>
            Move up
          </button>
          <button type="button" disabled={number === total} onClick={act(() => move(1))}>
            Move down
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              onEdit();
            }}
          >
            Edit title and artist
          </button>
          <button
            type="button"
            className="danger"
            onClick={act(() => {
              removeTrack(track.id);
              announce(`Removed ${track.title}. Undo brings it back.`);
            })}
          >
            Remove from tape
          </button>
        </div>
      ) : null}
    </div>
  );
}
