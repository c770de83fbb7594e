import type { Ref } from 'react';
import { useShallow } from 'zustand/shallow';
import { useMixtape } from '../../store/StoreContext';
import { wantsToPlay } from '../../store/selectors';
import { DeckButton } from './DeckButton';

export const SKIP_SECONDS = 10;

/**
 * The piano keys of a tape deck. Buttons only call store actions; the engine does the rest. `ref` is the
 * keys' group, which the phone's player bar watches to know when the keys are off the screen.
 */
export function Transport({ ref }: { ref?: Ref<HTMLFieldSetElement> }) {
  const playing = useMixtape(wantsToPlay);
  const empty = useMixtape((s) => s.tape.tracks.length === 0);
  const { toggle, stop, next, previous, seekBy } = useMixtape(
    useShallow((s) => ({
      toggle: s.toggle,
      stop: s.stop,
      next: s.next,
      previous: s.previous,
      seekBy: s.seekBy,
    })),
  );
  return (
    <fieldset className="transport" ref={ref}>
      <legend className="visually-hidden">Transport</legend>
      <DeckButton label="Previous track" icon="previous" onPress={previous} disabled={empty} />
      <DeckButton label="Rewind" icon="rewind" onPress={() => seekBy(-SKIP_SECONDS)} disabled={empty} />
      <DeckButton
        label={playing ? 'Pause' : 'Play'}
        icon={playing ? 'pause' : 'play'}
        onPress={toggle}
        disabled={empty}
        primary
      />
      <DeckButton label="Stop" icon="stop" onPress={stop} disabled={empty} />
      <DeckButton label="Fast forward" icon="forward" onPress={() => seekBy(SKIP_SECONDS)} disabled={empty} />
      <DeckButton label="Next track" icon="next" onPress={next} disabled={empty} />
    </fieldset>
  );
}
