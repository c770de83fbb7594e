import { COMMANDS, runCommand } from '../../commands/transport';
import type { RepeatMode } from '../../model/queueOrder';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { Icon } from '../Icon';

const REPEAT_WORDS: Record<RepeatMode, string> = { off: 'off', all: 'whole tape', one: 'this track' };

/** Shuffle (the S key's command) and Repeat, each a toggle button that says whether it is on (aria-pressed). */
export function PlayModes() {
  const shuffle = useMixtape((s) => s.queue.shuffle);
  const repeat = useMixtape((s) => s.queue.repeat);
  const store = useMixtapeStore();
  const cycleRepeat = useMixtape((s) => s.cycleRepeat);
  return (
    <div className="modes">
      <button
        type="button"
        className="toggle"
        aria-pressed={shuffle}
        onClick={() => runCommand(COMMANDS.shuffle, store.getState())}
      >
        <Icon name="shuffle" />
        <span>Shuffle</span>
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={repeat !== 'off'}
        aria-label={`Repeat: ${REPEAT_WORDS[repeat]}`}
        onClick={cycleRepeat}
      >
        <Icon name="repeat" />
        <span aria-hidden="true">{repeat === 'one' ? 'Repeat 1' : 'Repeat'}</span>
      </button>
    </div>
  );
}
