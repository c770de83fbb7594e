import type { CSSProperties } from 'react';
import { MAX_CROSSFADE_S } from '../../store/playbackSlice';
import { useMixtape } from '../../store/StoreContext';

export function CrossfadeControl() {
  const crossfade = useMixtape((s) => s.playback.crossfade);
  const setCrossfade = useMixtape((s) => s.setCrossfade);
  const words =
    crossfade === 0 ? 'Off: back to back' : `${crossfade} ${crossfade === 1 ? 'second' : 'seconds'}`;
  return (
    <label className="crossfade">
      <span>Crossfade</span>
      <input
        type="range"
        className="slider"
        min={0}
        max={MAX_CROSSFADE_S}
        step={0.5}
        value={crossfade}
        aria-valuetext={words}
        onChange={(e) => setCrossfade(Number(e.currentTarget.value))}
        style={{ '--fill': `${(crossfade / MAX_CROSSFADE_S) * 100}%` } as CSSProperties}
      />
      <span className="crossfade-value" aria-hidden="true">
        {crossfade === 0 ? 'off' : `${crossfade} s`}
      </span>
    </label>
  );
}
