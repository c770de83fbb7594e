import { Icon, type IconName } from '../Icon';

/** One key of the deck: an icon, named by `label` (also its tooltip). The transport and the phone's player bar press the same keys. */
export function DeckButton({
  label,
  icon,
  onPress,
  disabled = false,
  primary = false,
}: {
  label: string;
  icon: IconName;
  onPress: () => void;
  disabled?: boolean;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={primary ? 'deck-key deck-key-primary' : 'deck-key'}
      data-deck-key
      aria-label={label}
      title={label}
      onClick={onPress}
      disabled={disabled}
    >
      <Icon name={icon} />
    </button>
  );
}
