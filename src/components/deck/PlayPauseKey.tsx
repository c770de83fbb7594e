import { COMMANDS } from '../../commands/transport';
import { useMixtape } from '../../store/StoreContext';
import { wantsToPlay } from '../../store/selectors';
import { DeckButton } from './DeckButton';

/**
 * The deck's primary key, Play or Pause: named and drawn for what a press does now, while the press itself
 * toggles, as Space and K do. The transport, the phone's player bar and the embed all show this one key.
 */
export function PlayPauseKey() {
  const playing = useMixtape(wantsToPlay);
  return (
    <DeckButton
      command={COMMANDS.playPause}
      label={(playing ? COMMANDS.pause : COMMANDS.play).label}
      icon={playing ? 'pause' : 'play'}
      primary
    />
  );
}
