import type { StateCreator } from 'zustand';
import type { CatalogDetails } from '../catalog/catalogTrack';
import type { RepeatMode } from '../model/queueOrder';
import type { HistoryShelf } from '../model/shelfHistory';
import type { Tape, TapeColors, TapeLength } from '../model/tape';
import type { TrackPatch } from '../model/tapeEdits';
import type { Track } from '../model/track';
import type { StorageHealth, Unreadable } from '../persistence/safeStorage';

/** `stalled`: the clip should be playing but its clock has stood still for seconds (no data coming). */
export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'stalled' | 'paused' | 'error';

/** What persists and what undo restores: the user's own tapes and which one is open. */
export interface ShelfState {
  readonly tapes: readonly Tape[];
  readonly activeId: string;
  /** When each deleted tape was deleted, so a tab that still has it does not bring it back. */
  readonly deleted: Readonly<Record<string, number>>;
}

/** A tape's cassette length and where it turns over. */
export type TapeLayout = Pick<Tape, 'length' | 'sideBStart'>;

export interface HistoryEntry {
  readonly label: string;
  /** The shelf before the edit (in `past`), or after it (in `future`); read back from storage, only its touched tapes. */
  readonly shelf: HistoryShelf;
  /** The tapes the edit added, removed or changed: all that undo and redo bring back. */
  readonly touched: readonly string[];
}

export interface ShelfSlice {
  shelf: ShelfState;
  /** The read-only tapes the app ships with. */
  builtIns: readonly Tape[];
  /** The open tape: one of the shelf's, a built-in one, or a tape visiting from a shared link. */
  tape: Tape;
  /** A tape opened from a link: playable at once, saved only when the user says so or edits it. */
  visiting: Tape | null;
  /** The visiting tape has been saved (or edited into) the user's own copy. */
  visitingSaved: boolean;
  history: { readonly past: readonly HistoryEntry[]; readonly future: readonly HistoryEntry[] };
  openTape: (id: string) => void;
  newTape: () => void;
  duplicateTape: (id: string) => void;
  deleteTape: (id: string) => void;
  saveVisiting: () => void;
  receiveTape: (tape: Tape) => void;
  renameTape: (title: string) => void;
  setTapeColors: (colors: Partial<TapeColors>) => void;
  setTapeLength: (length: TapeLength) => void;
  setLinerNotes: (notes: string) => void;
  moveTrack: (entryId: string, overId: string) => void;
  moveTrackBy: (entryId: string, delta: -1 | 1) => void;
  removeTrack: (entryId: string) => void;
  addTracks: (tracks: readonly Omit<Track, 'id'>[]) => void;
  updateTrack: (entryId: string, patch: TrackPatch) => void;
  /** One undoable step that puts a song in each listed entry's place (by entry id). */
  replaceTracks: (songs: ReadonlyMap<string, Omit<Track, 'id'>>) => void;
  undo: () => void;
  redo: () => void;
  /** Puts in undo steps kept from an earlier visit (keptHistory.ts); not itself a step. */
  restoreHistory: (history: ShelfSlice['history']) => void;
  /** Takes in another tab's shelf, keeping the newer copy of every tape. */
  mergeShelf: (other: ShelfState) => void;
  /** Points tracks from this device at new object URLs for their kept files (after a reload). */
  relinkLocalFiles: (urls: ReadonlyMap<string, string>) => void;
  /**
   * A playlist from a file becomes a new tape on the shelf; the open tape is never touched. `layout`: its
   * cassette length and where it turns over, from playlistLayout (model/sideSplit), which loads with the
   * playlist parser rather than with the page.
   */
  importTape: (title: string, tracks: readonly Omit<Track, 'id'>[], layout: TapeLayout) => void;
}

export interface QueuedEntry {
  /** Unique per queueing, so the same track can be queued twice and each reordered on its own. */
  readonly key: string;
  readonly entryId: string;
}

export interface QueueState {
  /** Entry ids in the order the tape plays (album order, or shuffled). */
  readonly order: readonly string[];
  /** Position in `order` of the last entry played from it. */
  readonly cursor: number;
  /** The entry being played or cued; usually order[cursor], or one taken from upNext. */
  readonly current: string | undefined;
  /** Entries the user asked to hear next, ahead of the tape's own order. */
  readonly upNext: readonly QueuedEntry[];
  readonly shuffle: boolean;
  readonly seed: number;
  readonly repeat: RepeatMode;
}

export interface QueueSlice {
  queue: QueueState;
  setShuffle: (on: boolean) => void;
  setRepeat: (mode: RepeatMode) => void;
  cycleRepeat: () => void;
  playNext: (entryId: string) => void;
  addToQueue: (entryId: string) => void;
  moveQueued: (key: string, delta: -1 | 1) => void;
  removeQueued: (key: string) => void;
  clearQueue: () => void;
}

export interface SeekRequest {
  readonly to: number;
  /** Two seeks to the same second are still two requests. */
  readonly nonce: number;
}

export interface PlaybackState {
  readonly status: PlaybackStatus;
  readonly position: number;
  readonly duration: number;
  readonly volume: number;
  readonly muted: boolean;
  /** Seconds the end of one clip overlaps the start of the next; 0 plays them back to back. */
  readonly crossfade: number;
  /** Transport clicks and tape hiss, for the feel of a real deck; off unless asked for. */
  readonly deckSounds: boolean;
  readonly seekRequest: SeekRequest | null;
  /** Counts starts from the top, so replaying the same entry (repeat one, a second click) is a change. */
  readonly take: number;
}

export interface PlaybackSlice {
  playback: PlaybackState;
  /** Entry ids whose clip failed, with the reason shown to the user. */
  unavailable: Readonly<Record<string, string>>;
  /** Clip lengths as the audio reported them, by preview URL. */
  measured: Readonly<Record<string, number>>;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  stop: () => void;
  next: () => void;
  previous: () => void;
  seek: (seconds: number) => void;
  seekBy: (delta: number) => void;
  playTrack: (entryId: string) => void;
  setVolume: (volume: number) => void;
  toggleMute: () => void;
  setCrossfade: (seconds: number) => void;
  setDeckSounds: (on: boolean) => void;
}

/** What the audio engine tells the store; nothing else calls these. */
export interface EngineReportSlice {
  clipLoaded: (entryId: string, duration: number) => void;
  clipStarted: (entryId: string) => void;
  clipProgress: (entryId: string, position: number) => void;
  /** The clip wanted playing has stood still for seconds: the deck says it is waiting, not playing. */
  clipStalled: (entryId: string) => void;
  /** The stalled clip moves on again. */
  clipResumed: (entryId: string) => void;
  clipEnded: (entryId: string) => void;
  clipFailed: (entryId: string, reason: string) => void;
  playBlocked: (entryId: string) => void;
}

export interface AuditionRequest {
  readonly track: Omit<Track, 'id'>;
  /** Counts presses, so the reports of a preview that was replaced can be told apart. */
  readonly nonce: number;
}

/** A catalog preview heard on its own, before it is added to a tape; the tape pauses meanwhile. */
export interface AuditionState {
  readonly request: AuditionRequest | null;
  readonly status: 'idle' | 'loading' | 'playing' | 'error';
  readonly position: number;
  readonly duration: number;
  readonly error: string | null;
}

export interface AuditionSlice {
  audition: AuditionState;
  auditionPreview: (track: Omit<Track, 'id'>) => void;
  stopAudition: () => void;
  /** Reports from the audio engine, for the preview with this nonce. */
  auditionStarted: (nonce: number) => void;
  auditionProgress: (nonce: number, position: number, duration: number) => void;
  auditionEnded: (nonce: number) => void;
  auditionFailed: (nonce: number, reason: string) => void;
}

/** Filling in what catalog lookups bring back; not an edit, so it makes no undo step. */
export interface CatalogSlice {
  /**
   * Gives every track with this songId on the shelf, the visiting tape and the open tape the details
   * looked up: tracks that came in a link as an id only, and Deezer previews whose address expired.
   */
  fillCatalogDetails: (found: readonly CatalogDetails[]) => void;
}

export interface Message {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** The edit the message reports, which it offers to undo for as long as that edit is the latest. */
  readonly undo?: HistoryEntry | undefined;
}

export interface MessagesSlice {
  messages: readonly Message[];
  notify: (kind: Message['kind'], text: string, undo?: HistoryEntry) => void;
  dismissMessage: (id: number) => void;
}

export interface StorageSlice {
  storage: { readonly health: StorageHealth; readonly unreadable: Unreadable | null };
  reportStorageHealth: (health: StorageHealth) => void;
  reportUnreadable: (found: Unreadable) => void;
  dismissUnreadable: () => void;
}

export type MixtapeState = StorageSlice &
  ShelfSlice &
  QueueSlice &
  PlaybackSlice &
  EngineReportSlice &
  MessagesSlice &
  AuditionSlice &
  CatalogSlice;

export type SliceCreator<Slice> = StateCreator<
  MixtapeState,
  [['zustand/subscribeWithSelector', never], ['zustand/persist', unknown]],
  [],
  Slice
>;
