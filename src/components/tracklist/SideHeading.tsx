import { SIDE_B_MARKER } from '../../model/arrangement';
import { formatTime } from '../../model/time';
import type { HeadingProps } from './rowTypes';
import { useSortableBits } from './useSortableBits';

/** Also the marker where the tape turns over: dropping a track on it moves it to the other side. */
export function SideHeading({ side, count, used, capacity, over, tapeLength }: HeadingProps) {
  // Side B's heading sorts too, as a place to drop only: it marks where the tape turns over.
  const sortable = useSortableBits(side === 'B' ? SIDE_B_MARKER : null);
  return (
    <h3
      id={`side-${side}-heading`}
      className="side-heading"
      ref={sortable?.setNodeRef}
      style={sortable?.style}
    >
      <span className="side-letter" aria-hidden="true">
        {side}
      </span>
      <span>Side {side}</span>
      <span className="side-meta" data-over={over > 0 ? 'true' : undefined}>
        {count} {count === 1 ? 'song' : 'songs'} · {formatTime(used)} of {formatTime(capacity)}
        <span className="visually-hidden"> on a {tapeLength}</span>
      </span>
      {over > 0 ? (
        <span className="side-over">
          {formatTime(over)} too long for a {tapeLength} side: it wouldn’t fit on a real tape
        </span>
      ) : null}
    </h3>
  );
}
