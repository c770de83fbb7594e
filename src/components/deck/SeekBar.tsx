import type { CSSProperties } from 'react';
import { formatTime, spokenTime } from '../../model/time';
import { useMixtape } from '../../store/StoreContext';

/** A native range input: it already is a WAI-ARIA slider, with arrows, Page keys, Home and End. */
export function SeekBar() {
  const position = useMixtape((s) => s.playback.position);
  const duration = useMixtape((s) => s.playback.duration);
  const seek = useMixtape((s) => s.seek);
  const shown = Math.min(position, duration);
  return (
    <div className="seek">
      <span className="time" aria-hidden="true">
        {formatTime(shown)}
      </span>
      <input
        type="range"
        className="slider"
        aria-label="Seek"
        min={0}
        max={Math.max(duration, 0.1)}
        step={1}
        value={shown}
        aria-valuetext={`${spokenTime(shown)} of ${spokenTime(duration)}`}
        onChange={(e) => seek(Number(e.currentTarget.value))}
        disabled={duration <= 0}
        style={{ '--fill': `${duration > 0 ? (shown / duration) * 100 : 0}%` } as CSSProperties}
      />
      <span className="time" aria-hidden="true">
        {formatTime(duration)}
      </span>
    </div>
  );
}
