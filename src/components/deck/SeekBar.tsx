import type { CSSProperties } from 'react';
import { formatLength, formatTime, lengthKnown, spokenTime } from '../../model/time';
import { useMixtape } from '../../store/StoreContext';

/**
 * A native range input: it already is a WAI-ARIA slider, with arrows, Page keys, Home and End. Disabled
 * while the clip's length is unknown (a stream not yet measured): there is no end to scale it to.
 */
export function SeekBar() {
  const position = useMixtape((s) => s.playback.position);
  const duration = useMixtape((s) => s.playback.duration);
  const seek = useMixtape((s) => s.seek);
  const known = lengthKnown(duration);
  const shown = known ? Math.min(position, duration) : position;
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
        value={known ? shown : 0}
        aria-valuetext={`${spokenTime(shown)} of ${known ? spokenTime(duration) : 'unknown length'}`}
        onChange={(e) => seek(Number(e.currentTarget.value))}
        disabled={!known}
        style={{ '--fill': `${known ? (shown / duration) * 100 : 0}%` } as CSSProperties}
      />
      <span className="time" aria-hidden="true">
        {formatLength(duration)}
      </span>
    </div>
  );
}
