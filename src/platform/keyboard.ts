import { runCommand } from '../commands/transport';
import type { MixtapeStore } from '../store/createMixtapeStore';
import { HELP_KEY, isTyping, shortcutFor } from './shortcuts';

/** Listens for the player's shortcuts on the whole page; returns the teardown. */
export function startKeyboardShortcuts(
  store: MixtapeStore,
  onHelp: () => void,
  target: Window = window,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const typing = isTyping(event.target);
    if (event.key === HELP_KEY && !typing && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onHelp();
      return;
    }
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    event.preventDefault();
    runCommand(shortcut, store.getState());
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
