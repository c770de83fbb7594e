import { COMMAND_LIST, type Command } from '../commands/transport';

/**
 * The commands that have keys, in the table's order: the key handler and the "?" list both read this.
 * Space and the arrows belong to whatever control has focus (a button, a slider, a drag handle); the
 * letters work everywhere except while typing.
 */
export const SHORTCUTS = COMMAND_LIST.filter((c): c is Command & { keys: readonly string[] } => !!c.keys);

export const HELP_KEY = '?';

/** Where keys are text: every input that takes typing (not sliders, boxes, buttons), and the like. */
export const TYPING = [
  'textarea',
  'select',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  'input:not([type="range"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="file"])',
].join(', ');
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest(TYPING) !== null;

const OWNS_SPACE_AND_ARROWS = `${TYPING}, input, button, a[href], [role="slider"], [role="button"], [role="radio"], summary, dialog`;

/**
 * The key a press means for shortcuts, as in KeyboardEvent.key, letters lower-cased (UI Events KeyboardEvent
 * `key` and `code`). The letter printed on the key wins where it is a Latin letter, so AZERTY and Dvorak
 * users press the N they see. Where the layout types a letter of another script (Russian, Greek, Hebrew…),
 * the physical key stands in: `code` "KeyN" is n, as on the US layout the shortcut list follows. Anything
 * else (digits, punctuation, named keys) is the key itself.
 */
export function shortcutKey(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  const { key, code } = event;
  if ([...key].length !== 1) return key;
  const lower = key.toLowerCase();
  if (/^[a-z]$/.test(lower) || !/^\p{L}$/u.test(key)) return lower;
  const physical = /^Key([A-Z])$/.exec(code ?? '')?.[1];
  return physical ? physical.toLowerCase() : lower;
}

/** The shortcut a key press means here, or null when the focused element has a use for the key. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return null;
  const key = shortcutKey(event);
  const shortcut = SHORTCUTS.find((s) => s.keys.includes(key));
  if (!shortcut) return null;
  const spaceOrArrow = key === ' ' || key.startsWith('Arrow');
  if (spaceOrArrow && target?.closest(OWNS_SPACE_AND_ARROWS)) return null;
  return shortcut;
}
