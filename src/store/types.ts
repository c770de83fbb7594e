import type { StateCreator } from 'zustand';
import type { RepeatMode } from '../model/queueOrder';
import type { Tape } from '../model/tape';

export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

export interface TapeSlice {
  tape: Tape;
  loadTape: (tape: Tape) => void;
}

export interface QueueState {
  /** Entry ids in the order they will play. */
  readonly order: readonly string[];
  readonly cursor: number;
  readonly shuffle: boolean;
  readonly seed: number;
  readonly repeat: RepeatMode;
}

export interface QueueSlice {
  queue: QueueState;
  setShuffle: (on: boolean) => void;
  setRepeat: (mode: RepeatMode) => void;
  cycleRepeat: () => void;
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
}

/** What the audio engine tells the store; nothing else calls these. */
export interface EngineReportSlice {
  clipLoaded: (entryId: string, duration: number) => void;
  clipStarted: (entryId: string) => void;
  clipProgress: (entryId: string, position: number) => void;
  clipEnded: (entryId: string) => void;
  clipFailed: (entryId: string, reason: string) => void;
  playBlocked: (entryId: string) => void;
}

export interface Message {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface MessagesSlice {
  messages: readonly Message[];
  notify: (kind: Message['kind'], text: string) => void;
  dismissMessage: (id: number) => void;
}

export type MixtapeState = TapeSlice & QueueSlice & PlaybackSlice & EngineReportSlice & MessagesSlice;

export type SliceCreator<Slice> = StateCreator<
  MixtapeState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;
