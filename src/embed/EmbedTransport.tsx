import { COMMANDS } from '../commands/transport';
import { DeckButton } from '../components/deck/DeckButton';
import { useMixtape } from '../store/StoreContext';
import { wantsToPlay } from '../store/selectors';

/** The deck's keys an embed has room for: Previous, Play or Pause, Next (the app's Transport has six). */
export function EmbedTransport() {
  const playing = useMixtape(wantsToPlay);
  return (
    <fieldset className="transport embed-transport">
      <legend className="visually-hidden">Transport</legend>
      <DeckButton command={COMMANDS.previous} icon="previous" />
      <DeckButton
        command={COMMANDS.playPause}
        label={(playing ? COMMANDS.pause : COMMANDS.play).label}
        icon={playing ? 'pause' : 'play'}
        primary
      />
      <DeckButton command={COMMANDS.next} icon="next" />
    </fieldset>
  );
}
