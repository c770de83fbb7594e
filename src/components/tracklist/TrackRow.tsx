import { memo } from 'react';
import { formatTime } from '../../model/time';
import type { Track } from '../../model/track';

export interface TrackRowProps {
  readonly track: Track;
  readonly number: number;
  readonly seconds: number;
  readonly current: boolean;
  readonly playing: boolean;
  readonly problem: string | undefined;
  readonly onPlay: (entryId: string) => void;
}

export const TrackRow = memo(function TrackRow({
  track,
  number,
  seconds,
  current,
  playing,
  problem,
  onPlay,
}: TrackRowProps) {
  return (
    <li
      className="track"
      aria-current={current ? 'true' : undefined}
      data-problem={problem ? 'true' : undefined}
    >
      <button
        type="button"
        className="track-play"
        onClick={() => onPlay(track.id)}
        aria-label={`${track.title} by ${track.artist}, ${formatTime(seconds)}${problem ? ', unavailable' : ''}`}
      >
        <span className="track-number" aria-hidden="true">
          {current && playing ? <span className="eq" /> : number}
        </span>
        <span className="track-text">
          <span className="track-title">{track.title}</span>
          <span className="track-artist">{track.artist}</span>
        </span>
        {problem ? (
          <span className="track-problem" title={problem}>
            unavailable
          </span>
        ) : null}
        <span className="track-time">{formatTime(seconds)}</span>
      </button>
    </li>
  );
});
