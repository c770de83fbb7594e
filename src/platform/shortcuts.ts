import type { MixtapeState } from '../store/types';

export interface Shortcut {
  /** Key values as in KeyboardEvent.key, lower-cased for letters. */
  readonly keys: readonly string[];
  /** How the keys are written in the list of shortcuts. */
  readonly label: string;
  readonly does: string;
  readonly perform: (s: MixtapeState) => void;
}

/**
 * Every shortcut, declared once: the key handler and the "?" list both read this table. Space and
 * the arrows belong to whatever control has focus (a button, a slider, a drag handle); the letters
 * work everywhere except while typing.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' ', 'k'], label: 'Space or K', does: 'Play or pause', perform: (s) => s.toggle() },
  { keys: ['j'], label: 'J', does: 'Back 10 seconds', perform: (s) => s.seekBy(-10) },
  { keys: ['l'], label: 'L', does: 'Forward 10 seconds', perform: (s) => s.seekBy(10) },
  { keys: ['ArrowLeft'], label: '←', does: 'Back 5 seconds', perform: (s) => s.seekBy(-5) },
  { keys: ['ArrowRight'], label: '→', does: 'Forward 5 seconds', perform: (s) => s.seekBy(5) },
  { keys: ['n'], label: 'N', does: 'Next track', perform: (s) => s.next() },
  { keys: ['p'], label: 'P', does: 'Previous track', perform: (s) => s.previous() },
  { keys: ['m'], label: 'M', does: 'Mute or unmute', perform: (s) => s.toggleMute() },
  { keys: ['s'], label: 'S', does: 'Shuffle on or off', perform: (s) => s.setShuffle(!s.queue.shuffle) },
];

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
): Shortcut | null {
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
