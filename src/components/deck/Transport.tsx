import type { Ref } from 'react';
import { COMMANDS } from '../../commands/transport';
import { DeckButton } from './DeckButton';
import { PlayPauseKey } from './PlayPauseKey';

/**
 * The piano keys of a tape deck, each a command of the table; the engine does the rest. `ref` is the keys'
 * group, which the phone's player bar watches to know when the keys are off the screen.
 */
export function Transport({ ref }: { ref?: Ref<HTMLFieldSetElement> }) {
  return (
    <fieldset className="transport" ref={ref}>
      <legend className="visually-hidden">Transport</legend>
      <DeckButton command={COMMANDS.previous} icon="previous" />
      <DeckButton command={COMMANDS.rewind} icon="rewind" />
      <PlayPauseKey />
      <DeckButton command={COMMANDS.stop} icon="stop" />
      <DeckButton command={COMMANDS.fastForward} icon="forward" />
      <DeckButton command={COMMANDS.next} icon="next" />
    </fieldset>
  );
}
