import type { Clip, ClipSource } from './player';

/** An entry of the tape, with the clip address it was loaded from (a new address is a new clip). */
export interface DeckEntry {
  readonly entryId: string;
  readonly url: string | undefined;
}

/**
 * What the deck asks of its owner, and tells it. It reads no store: the engine (engine.ts) answers these
 * from the store and turns the reports into its actions. Reports name the entry the clip was loaded for.
 */
export interface DeckHost {
  /** Where to load an entry's clip from, or undefined if it has none to play (no preview, set aside). */
  readonly sourceOf: (entryId: string) => ClipSource | undefined;
  /** The entry to have ready after the current one, if any. */
  readonly next: () => DeckEntry | undefined;
  /** Whether the listener wants the tape running now. */
  readonly wantsToPlay: () => boolean;
  /** The clip can play, or its length is better known: its length in seconds (see ClipHandlers.onLoad). */
  readonly loaded: (entryId: string, seconds: number) => void;
  readonly started: (entryId: string) => void;
  readonly ended: (entryId: string) => void;
  /** The clip is given up; `reason` says why, in words for the listener. */
  readonly failed: (entryId: string, reason: string) => void;
  /** The browser refused to start the current clip (most often for want of a user gesture). */
  readonly blocked: (entryId: string) => void;
}

/** The two-clip deck made by createDeck; times in seconds unless named otherwise. */
export interface Deck {
  /**
   * Makes `entry` current: the same entry and address starts again from the top; the preloaded next clip is
   * taken over as it is; otherwise the entry is loaded when `load` is true, and the old current clip unloaded.
   */
  cue(entry: DeckEntry | undefined, load: boolean): void;
  /** Preloads the host's next entry, once the current clip has loaded and Play has been asked for once. */
  preload(): void;
  /**
   * Loads the clip of the entry the listener is reaching for, unless it is the current or the next one, in
   * place of any clip reached for before; `cue` and `preload` take it over when it comes up. Undefined
   * (reaching for nothing) keeps what was reached for. A reached clip that fails to load is let go quietly.
   */
  reach(entry: DeckEntry | undefined): void;
  play(): void;
  pause(): void;
  seek(to: number): void;
  /** Starts the next clip under the end of the current one, when within `seconds` of `duration`. */
  crossfade(seconds: number, duration: number): void;
  /** Loads the stalled current clip afresh, in place of the old one, to carry on from `at`. */
  reload(at: number): void;
  /** Unloads the clip of `entryId`, current or next. */
  drop(entryId: string): void;
  /** The entry of the current clip, if the deck holds one. */
  current(): string | undefined;
  /** The current clip's position, 0 without one. */
  position(): number;
  isPlaying(): boolean;
  /** The current clip is in its first load (a reloaded clip's load is not its first). */
  firstLoad(): boolean;
  dispose(): void;
}

/** A clip the deck holds, with the entry and address it was loaded for. */
export interface DeckClip {
  readonly entryId: string;
  readonly url: string;
  readonly clip: Clip;
}
