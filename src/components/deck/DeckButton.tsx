import { type Command, runCommand } from '../../commands/transport';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { Icon, type IconName } from '../Icon';

/**
 * A deck key for one command of the table (commands/transport.ts): named after it (also its tooltip),
 * disabled when it cannot run, and running it when pressed. The transport and the phone's player bar
 * press the same keys.
 */
export function DeckButton({
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
