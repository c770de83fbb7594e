import type { CSSProperties } from 'react';
import { COMMANDS, runCommand } from '../../commands/transport';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { Icon } from '../Icon';

/** Mute (the M key's command) and the Volume slider, 0–100 % in steps of 5 (WAI-ARIA APG, slider). */
export function VolumeControl() {
  const volume = useMixtape((s) => s.playback.volume);
  const muted = useMixtape((s) => s.playback.muted);
  const setVolume = useMixtape((s) => s.setVolume);
  const store = useMixtapeStore();
  const percent = Math.round(volume * 100);
  return (
    <div className="volume">
      <button
        type="button"
        className="toggle"
        aria-label="Mute"
        aria-pressed={muted}
        title={muted ? 'Unmute' : 'Mute'}
        onClick={() => runCommand(COMMANDS.mute, store.getState())}
      >
        <Icon name={muted || volume === 0 ? 'muted' : 'volume'} />
      </button>
      <input
        type="range"
        className="slider"
        aria-label="Volume"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={muted ? `${percent}%, muted` : `${percent}%`}
        onChange={(e) => setVolume(Number(e.currentTarget.value) / 100)}
        style={{ '--fill': `${muted ? 0 : percent}%` } as CSSProperties}
      />
    </div>
  );
}
