import type { RepeatMode } from '../../model/queueOrder';
import { useMixtape } from '../../store/StoreContext';
import { Icon } from '../Icon';

const REPEAT_WORDS: Record<RepeatMode, string> = { off: 'off', all: 'whole tape', one: 'this track' };

export function PlayModes() {
  const shuffle = useMixtape((s) => s.queue.shuffle);
  const repeat = useMixtape((s) => s.queue.repeat);
  const setShuffle = useMixtape((s) => s.setShuffle);
  const cycleRepeat = useMixtape((s) => s.cycleRepeat);
  return (
    <div className="modes">
      <button type="button" className="toggle" aria-pressed={shuffle} onClick={() => setShuffle(!shuffle)}>
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
