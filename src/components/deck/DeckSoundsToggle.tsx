import { useMixtape } from '../../store/StoreContext';

export function DeckSoundsToggle() {
  const on = useMixtape((s) => s.playback.deckSounds);
  const setDeckSounds = useMixtape((s) => s.setDeckSounds);
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={on}
      title="Key clicks and tape hiss"
      onClick={() => setDeckSounds(!on)}
    >
      Deck sounds
    </button>
  );
}
