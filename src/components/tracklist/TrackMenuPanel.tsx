import { type RefObject, useEffect, useRef } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { usePressOutside } from '../../hooks/usePressOutside';
import { placeOf } from '../../model/arrangement';
import { isPlayable, type Track } from '../../model/track';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { useAnnounce } from './announcer';

export interface TrackMenuPanelProps {
  readonly id: string;
  readonly track: Track;
  readonly number: number;
  readonly total: number;
  /** The toggle that opened the panel: a press on it is not "outside", and focus goes back to it. */
  readonly toggleRef: RefObject<HTMLButtonElement | null>;
  /** Closes the panel; `refocus` puts focus back on the toggle (after an action or Escape). */
  readonly onClose: (refocus: boolean) => void;
  readonly onEdit: () => void;
}

/**
 * The open track menu: the track's other actions. Move up and Move down give everyone a way to reorder
 * that needs no dragging (WCAG 2.2, 2.5.7). Focus starts on its first action when it appears; Escape or
 * a press elsewhere closes it (WAI-ARIA APG, disclosure). Loaded the first time a menu opens.
 */
export function TrackMenuPanel({
  id,
  track,
  number,
  total,
  toggleRef,
  onClose,
  onEdit,
}: TrackMenuPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const playNext = useMixtape((s) => s.playNext);
  const addToQueue = useMixtape((s) => s.addToQueue);
  const moveTrackBy = useMixtape((s) => s.moveTrackBy);
  const removeTrack = useMixtape((s) => s.removeTrack);
  const store = useMixtapeStore();
  const announce = useAnnounce();
  useEscape(panelRef, () => onClose(true));
  usePressOutside(true, [panelRef, toggleRef], () => onClose(false));
  useEffect(() => {
    panelRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, []);

  const move = (delta: -1 | 1) => {
    moveTrackBy(track.id, delta);
    const at = placeOf(store.getState().tape, track.id);
    if (at) announce(`${track.title} moved to place ${at.place} of ${at.total}, side ${at.side}.`);
  };
  const act = (fn: () => void) => () => {
    fn();
    onClose(true);
  };

  return (
    <div id={id} ref={panelRef} className="track-menu-panel">
      {isPlayable(track) ? (
        <>
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
        </>
      ) : null}
      <button type="button" disabled={number === 1} onClick={act(() => move(-1))}>
        Move up
      </button>
      <button type="button" disabled={number === total} onClick={act(() => move(1))}>
        Move down
      </button>
      <button
        type="button"
        onClick={() => {
          onClose(false);
          onEdit();
        }}
      >
        Edit title, artist and note
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
  );
}
