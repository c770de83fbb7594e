import { COMMANDS } from '../commands/transport';
import { DeckButton } from '../components/deck/DeckButton';
import { PlayPauseKey } from '../components/deck/PlayPauseKey';

/** The deck's keys an embed has room for: Previous, Play or Pause, Next (the app's Transport has six). */
export function EmbedTransport() {
  return (
    <fieldset className="transport embed-transport">
      <legend className="visually-hidden">Transport</legend>
      <DeckButton command={COMMANDS.previous} icon="previous" />
      <PlayPauseKey />
      <DeckButton command={COMMANDS.next} icon="next" />
    </fieldset>
  );
}
