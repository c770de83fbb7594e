import type { Ref } from 'react';
import { COMMANDS } from '../../commands/transport';
import { useMixtape } from '../../store/StoreContext';
import { wantsToPlay } from '../../store/selectors';
import { DeckButton } from './DeckButton';

/**
 * The piano keys of a tape deck, each a command of the table; the engine does the rest. `ref` is the keys'
 * group, which the phone's player bar watches to know when the keys are off the screen.
 */
export function Transport({ ref }: { ref?: Ref<HTMLFieldSetElement> }) {
  const playing = useMixtape(wantsToPlay);
  return (
    <fieldset className="transport" ref={ref}>
      <legend className="visually-hidden">Transport</legend>
      <DeckButton command={COMMANDS.previous} icon="previous" />
      <DeckButton command={COMMANDS.rewind} icon="rewind" />
      {/* Named for what a press does now; the press itself toggles, as Space and K do. */}
      <DeckButton
        command={COMMANDS.playPause}
        label={(playing ? COMMANDS.pause : COMMANDS.play).label}
        icon={playing ? 'pause' : 'play'}
        primary
      />
      <DeckButton command={COMMANDS.stop} icon="stop" />
      <DeckButton command={COMMANDS.fastForward} icon="forward" />
      <DeckButton command={COMMANDS.next} icon="next" />
    </fieldset>
  );
}
