import { type KeyboardEvent, memo, useId, useState } from 'react';
import { formatLength, lengthKnown } from '../../model/time';
import { isAwaitingLookup, parseCatalogSongId } from '../../model/track';
import { isTyping } from '../../platform/shortcuts';
import { useMixtape } from '../../store/StoreContext';
import { StoreLink } from '../catalog/StoreLink';
import { Icon } from '../Icon';
import { lazyPart } from '../lazyPart';
import { useAnnounce } from './announcer';
import type { RowProps } from './rowTypes';
import { TrackMenu } from './TrackMenu';
import { useSortableBits } from './useSortableBits';

// Editing a title is rare next to playing and reordering: its form loads the first time it is opened.
const TrackEditForm = lazyPart('the edit form', () => import('./TrackEditForm').then((m) => m.TrackEditForm));

/** One track. Drag and drop, once loaded, attaches to this same row through its published bits. */
export const TrackRow = memo(function TrackRow(props: RowProps) {
  const { track, number, total, seconds, clipOnly, current, playing, problem } = props;
  const sortable = useSortableBits(track.id);
  const playTrack = useMixtape((s) => s.playTrack);
  const removeTrack = useMixtape((s) => s.removeTrack);
  const [editing, setEditing] = useState(false);
  const announce = useAnnounce();
  const titleId = useId();
  const catalog = track.source === 'catalog' ? parseCatalogSongId(track.songId) : null;

  // Delete removes the focused track (Backspace too, as on a Mac keyboard), except while typing.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const target = event.target as HTMLElement;
    if (isTyping(target)) return;
    event.preventDefault();
    const next = target.closest('li')?.nextElementSibling ?? target.closest('li')?.previousElementSibling;
    removeTrack(track.id);
    announce(`Removed ${track.title}. Undo brings it back.`);
    next?.querySelector<HTMLButtonElement>('.track-play')?.focus();
  };

  return (
    <li
      ref={sortable?.setNodeRef}
      style={sortable?.style}
      className="track"
      aria-current={current ? 'true' : undefined}
      data-problem={problem ? 'true' : undefined}
      data-dragging={sortable?.dragging ? 'true' : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="track-line">
        <button
          type="button"
          className="track-handle"
          aria-label={`Reorder ${track.title}`}
          aria-describedby="reorder-instructions"
          ref={sortable?.handleRef}
          {...sortable?.handleProps}
        >
          <Icon name="grip" />
        </button>
        {/* Named by what it shows (WCAG 2.5.3, label in name): title, artist, any flag, length. data-reach
            lets the clip load while the pointer or focus rests here (platform/reachWatcher.ts). */}
        <button
          type="button"
          className="track-play"
          data-reach={track.id}
          onClick={() => playTrack(track.id)}
        >
          <span className="track-number" aria-hidden="true">
            {playing ? <span className="eq" /> : number}
          </span>
          <span className="track-text">
            <span className="track-title" id={titleId}>
              {track.title}
            </span>{' '}
            <span className="track-artist">{track.artist}</span>
          </span>{' '}
          {track.source === 'local' ? <span className="track-badge">on this device only</span> : null}
          {track.source === 'local' ? ' ' : null}
          {track.source === 'wanted' ? <span className="track-badge">awaiting a preview</span> : null}
          {track.source === 'wanted' ? ' ' : null}
          {isAwaitingLookup(track) ? <span className="track-badge">details on the way</span> : null}
          {isAwaitingLookup(track) ? ' ' : null}
          {problem ? (
            <span className="track-problem" title={problem}>
              unavailable
            </span>
          ) : null}
          {problem ? ' ' : null}
          <span className="track-time">
            {formatLength(seconds)}
            {clipOnly ? <span className="track-time-note"> clip</span> : null}
          </span>
          {lengthKnown(seconds) ? null : <span className="visually-hidden"> length unknown</span>}
        </button>
        {track.storeUrl && catalog ? (
          <StoreLink url={track.storeUrl} provider={catalog.provider} title={track.title} />
        ) : null}
        <TrackMenu track={track} number={number} total={total} onEdit={() => setEditing(true)} />
      </div>
      {track.note ? <p className="track-note">{track.note}</p> : null}
      {editing ? <TrackEditForm track={track} onDone={() => setEditing(false)} /> : null}
    </li>
  );
});
