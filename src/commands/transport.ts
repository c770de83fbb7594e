import type { MixtapeState } from '../store/types';

/** Seconds Rewind, Fast forward, J and L skip, and the media keys when the system names no offset. */
export const SKIP_S = 10;
/** Seconds the arrow keys nudge: finer than a skip, for finding a spot. */
const NUDGE_S = 5;

/** What the system says about a media key press: how far to skip, or where to seek (Media Session). */
export type MediaDetails = Pick<MediaSessionActionDetails, 'seekOffset' | 'seekTime'>;

/**
 * One thing the player can be told to do, declared once (after Excalidraw's actions): the transport
 * buttons, the keyboard, the media keys and the "?" list all read it instead of spelling it again.
 */
export interface Command {
  /** The visible name of its button, where it has one, and its words in the "?" list otherwise. */
  readonly label: string;
  /** The "?" list's words where they differ from the button's. */
  readonly help?: string;
  /** Key values as in KeyboardEvent.key, lower-cased for letters; see platform/shortcuts.ts. */
  readonly keys?: readonly string[];
  /** The Media Session action (lock screen, headphones, media keys) that runs it. */
  readonly media?: MediaSessionAction;
  /** Whether it can run now; its button is disabled otherwise. Always, when absent. */
  readonly enabled?: (s: MixtapeState) => boolean;
  /** Calls store actions, nothing else; `details` only ever comes from a media key. */
  readonly perform: (s: MixtapeState, details?: MediaDetails) => void;
}

const hasTracks = (s: MixtapeState) => s.tape.tracks.length > 0;

/**
 * The player's commands by id. Keys of letters work everywhere but in text fields; Space and the
 * arrows are left to the focused control first (platform/shortcuts.ts). The "?" list follows this order.
 */
export const COMMANDS = {
  playPause: { label: 'Play or pause', keys: [' ', 'k'], enabled: hasTracks, perform: (s) => s.toggle() },
  rewind: {
    label: 'Rewind',
    help: `Back ${SKIP_S} seconds`,
    keys: ['j'],
    media: 'seekbackward',
    enabled: hasTracks,
    perform: (s, d) => s.seekBy(-(d?.seekOffset ?? SKIP_S)),
  },
  fastForward: {
    label: 'Fast forward',
    help: `Forward ${SKIP_S} seconds`,
    keys: ['l'],
    media: 'seekforward',
    enabled: hasTracks,
    perform: (s, d) => s.seekBy(d?.seekOffset ?? SKIP_S),
  },
  nudgeBack: { label: `Back ${NUDGE_S} seconds`, keys: ['ArrowLeft'], perform: (s) => s.seekBy(-NUDGE_S) },
  nudgeForward: {
    label: `Forward ${NUDGE_S} seconds`,
    keys: ['ArrowRight'],
    perform: (s) => s.seekBy(NUDGE_S),
  },
  next: {
    label: 'Next track',
    keys: ['n'],
    media: 'nexttrack',
    enabled: hasTracks,
    perform: (s) => s.next(),
  },
  previous: {
    label: 'Previous track',
    keys: ['p'],
    media: 'previoustrack',
    enabled: hasTracks,
    perform: (s) => s.previous(),
  },
  mute: { label: 'Mute or unmute', keys: ['m'], perform: (s) => s.toggleMute() },
  shuffle: { label: 'Shuffle on or off', keys: ['s'], perform: (s) => s.setShuffle(!s.queue.shuffle) },
  play: { label: 'Play', media: 'play', perform: (s) => s.play() },
  pause: { label: 'Pause', media: 'pause', perform: (s) => s.pause() },
  stop: { label: 'Stop', enabled: hasTracks, perform: (s) => s.stop() },
  seekTo: {
    label: 'Seek',
    media: 'seekto',
    perform: (s, d) => d?.seekTime !== undefined && s.seek(d.seekTime),
  },
} satisfies Record<string, Command>;

export type CommandId = keyof typeof COMMANDS;
/** The same commands as a list, in the table's order. */
export const COMMAND_LIST: readonly Command[] = Object.values(COMMANDS);

/** Runs a command if it is enabled in the store's state now; what every key, button and media key calls. */
export function runCommand(command: Command, s: MixtapeState, details?: MediaDetails): void {
  if (command.enabled?.(s) !== false) command.perform(s, details);
}
