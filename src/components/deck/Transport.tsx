import { COMMANDS, type Command, runCommand } from '../../commands/transport';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { wantsToPlay } from '../../store/selectors';
import { Icon, type IconName } from '../Icon';

/** A deck key for one command: named after it, disabled when it cannot run, and running it when pressed. */
function DeckButton({
  command,
  label = command.label,
  icon,
  primary = false,
}: {
  command: Command;
  label?: string;
  icon: IconName;
  primary?: boolean;
}) {
  const store = useMixtapeStore();
  const enabled = useMixtape((s) => command.enabled?.(s) !== false);
  return (
    <button
      type="button"
      className={primary ? 'deck-key deck-key-primary' : 'deck-key'}
      data-deck-key
      aria-label={label}
      title={label}
      onClick={() => runCommand(command, store.getState())}
      disabled={!enabled}
    >
      <Icon name={icon} />
    </button>
  );
}

/** The piano keys of a tape deck, each a command of the table; the engine does the rest. */
export function Transport() {
  const playing = useMixtape(wantsToPlay);
  return (
    <fieldset className="transport">
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
