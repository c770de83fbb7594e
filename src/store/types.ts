import type { StateCreator } from 'zustand';
import type { AuditionSlice } from './auditionSlice';
import type { CatalogSlice } from './catalogSlice';
import type { EngineReportSlice } from './engineReportSlice';
import type { HistorySlice } from './historySlice';
import type { MatchJobSlice } from './matchJobSlice';
import type { MessagesSlice } from './messagesSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { QueueSlice } from './queueSlice';
import type { ShelfSlice } from './shelfSlice';
import type { StorageSlice } from './storageSlice';
import type { TapeEditSlice } from './tapeEditSlice';

// Each slice types its own state and actions beside the code that makes them (zustand's slices pattern);
// this file holds only what they share.

/** The whole store: every slice's state and actions in one object. */
export type MixtapeState = StorageSlice &
  ShelfSlice &
  TapeEditSlice &
  HistorySlice &
  QueueSlice &
  PlaybackSlice &
  EngineReportSlice &
  MessagesSlice &
  AuditionSlice &
  CatalogSlice &
  MatchJobSlice;

/** A slice's maker: sees the whole store (through the combined store's middleware) and returns its part. */
export type SliceCreator<Slice> = StateCreator<
  MixtapeState,
  [['zustand/subscribeWithSelector', never], ['zustand/persist', unknown]],
  [],
  Slice
>;
