import type { StateCreator } from 'zustand';
import type { HistoryShelf } from '../model/shelfHistory';
import type { AuditionSlice } from './auditionSlice';
import type { CatalogSlice } from './catalogSlice';
import type { EngineReportSlice } from './engineReportSlice';
import type { MessagesSlice } from './messagesSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { QueueSlice } from './queueSlice';
import type { ShelfSlice } from './shelfSlice';
import type { StorageSlice } from './storageSlice';

// Each slice types its own state and actions beside the code that makes them (zustand's slices pattern);
// this file holds only what they share.

// The audio reads the preview it is asked to play from here (audio/audition.ts).
export type { AuditionRequest } from './auditionSlice';

/** One undoable edit; the shelf slice records it, and a message may offer to undo it. */
export interface HistoryEntry {
  readonly label: string;
  /** The shelf before the edit (in `past`), or after it (in `future`); read back from storage, only its touched tapes. */
  readonly shelf: HistoryShelf;
  /** The tapes the edit added, removed or changed: all that undo and redo bring back. */
  readonly touched: readonly string[];
}

/** The whole store: every slice's state and actions in one object. */
export type MixtapeState = StorageSlice &
  ShelfSlice &
  QueueSlice &
  PlaybackSlice &
  EngineReportSlice &
  MessagesSlice &
  AuditionSlice &
  CatalogSlice;

/** A slice's maker: sees the whole store (through the combined store's middleware) and returns its part. */
export type SliceCreator<Slice> = StateCreator<
  MixtapeState,
  [['zustand/subscribeWithSelector', never], ['zustand/persist', unknown]],
  [],
  Slice
>;
