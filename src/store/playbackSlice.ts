import { nextPlayable, previousCursor } from '../model/queueOrder';
import { findTrack } from '../model/tape';
import { cueAt, cueEntry } from './queueSync';
import { currentEntryId, currentTrack, wantsToPlay } from './selectors';
import type { MixtapeState, SliceCreator } from './types';

/** `stalled`: the clip should be playing but its clock has stood still for seconds (no data coming). */
export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'stalled' | 'paused' | 'error';

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
  /**
   * The entry the listener is reaching for (a row's play button under the pointer, focused, or touched),
   * whose clip the engine loads ahead of the press; null when none. Never saved.
   */
  reaching: string | null;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  stop: () => void;
  next: () => void;
  previous: () => void;
  seek: (seconds: number) => void;
  seekBy: (delta: number) => void;
  playTrack: (entryId: string) => void;
  /** Marks the entry the listener is about to press (or null): a hint, changing nothing that plays. */
  reachFor: (entryId: string | null) => void;
  setVolume: (volume: number) => void;
  toggleMute: () => void;
  setCrossfade: (seconds: number) => void;
  setDeckSounds: (on: boolean) => void;
}

/** Past this many seconds into a track, Previous restarts it, as on every player people know. */
export const RESTART_THRESHOLD_S = 3;
export const DEFAULT_VOLUME = 0.8;
export const MAX_CROSSFADE_S = 6;

const isPlayable = (s: MixtapeState) => (id: string) => s.unavailable[id] === undefined;

/** Moves on from the current entry, or rewinds to the top of the tape and stops when it has run out. */
export function advance(s: MixtapeState): Partial<MixtapeState> {
  const status: PlaybackStatus = wantsToPlay(s)
    ? 'loading'
    : s.playback.status === 'error'
      ? 'idle'
      : s.playback.status;
  // Anything the user queued comes first; the tape's own order resumes after it.
  const queued = s.queue.upNext.findIndex((q) => isPlayable(s)(q.entryId));
  const next = s.queue.upNext[queued];
  if (next) {
    const rest = { ...s, queue: { ...s.queue, upNext: s.queue.upNext.slice(queued + 1) } };
    return cueEntry(rest, next.entryId, s.queue.cursor, status);
  }
  const at = nextPlayable(s.queue.order, s.queue.cursor, s.queue.repeat, isPlayable(s));
  return at === null ? cueAt(s, 0, 'idle') : cueAt(s, at, status);
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  playback: {
    status: 'idle',
    position: 0,
    duration: 0,
    volume: DEFAULT_VOLUME,
    muted: false,
    crossfade: 0,
    deckSounds: false,
    seekRequest: null,
    take: 0,
  },
  unavailable: {},
  measured: {},
  reaching: null,

  play: () =>
    set((s) => {
      const id = currentEntryId(s);
      if (id === undefined || wantsToPlay(s)) return {};
      if (s.unavailable[id] !== undefined) {
        const at = nextPlayable(s.queue.order, s.queue.cursor, 'all', isPlayable(s));
        return at === null ? {} : cueAt(s, at, 'loading');
      }
      return { playback: { ...s.playback, status: 'loading' } };
    }),
  pause: () => set((s) => (wantsToPlay(s) ? { playback: { ...s.playback, status: 'paused' } } : {})),
  toggle: () => (wantsToPlay(get()) ? get().pause() : get().play()),
  stop: () =>
    set((s) => ({ playback: { ...s.playback, status: 'idle', position: 0, take: s.playback.take + 1 } })),
  next: () => set(advance),
  previous: () =>
    set((s) => {
      const status = wantsToPlay(s) ? 'loading' : s.playback.status;
      if (s.playback.position > RESTART_THRESHOLD_S)
        return cueEntry(s, s.queue.current, s.queue.cursor, status);
      // Playing something queued: Previous goes back to where the tape itself was.
      if (s.queue.current !== s.queue.order[s.queue.cursor]) return cueAt(s, s.queue.cursor, status);
      const at = previousCursor(s.queue.order.length, s.queue.cursor, s.queue.repeat);
      return cueAt(s, at ?? s.queue.cursor, status);
    }),
  seek: (seconds) =>
    set((s) => {
      // A clip of unknown length (a stream not yet measured) can go back over what has played, no further.
      const end = s.playback.duration > 0 ? s.playback.duration : s.playback.position;
      const to = Math.min(Math.max(0, seconds), end);
      if (!Number.isFinite(to)) return {};
      const nonce = (s.playback.seekRequest?.nonce ?? 0) + 1;
      return { playback: { ...s.playback, position: to, seekRequest: { to, nonce } } };
    }),
  seekBy: (delta) => {
    const { position, duration } = get().playback;
    // Forward in a clip of unknown length: no end to skip past, and no way to know what is ahead.
    if (delta > 0 && !(duration > 0)) return;
    if (delta > 0 && position + delta >= duration) get().next();
    else get().seek(position + delta);
  },
  playTrack: (entryId) =>
    set((s) => {
      const cursor = s.queue.order.indexOf(entryId);
      if (cursor < 0) return {};
      const { [entryId]: _retried, ...unavailable } = s.unavailable;
      return { ...cueEntry({ ...s, unavailable }, entryId, cursor, 'loading'), unavailable };
    }),
  reachFor: (entryId) => {
    if (get().reaching !== entryId) set({ reaching: entryId });
  },
  setVolume: (volume) =>
    set((s) => {
      const v = Math.min(Math.max(0, volume), 1);
      return Number.isFinite(v)
        ? { playback: { ...s.playback, volume: v, muted: v === 0 ? s.playback.muted : false } }
        : {};
    }),
  toggleMute: () => set((s) => ({ playback: { ...s.playback, muted: !s.playback.muted } })),
  setDeckSounds: (deckSounds) => set((s) => ({ playback: { ...s.playback, deckSounds } })),
  setCrossfade: (seconds) =>
    set((s) => {
      const crossfade = Math.round(Math.min(Math.max(seconds, 0), MAX_CROSSFADE_S) * 2) / 2;
      return Number.isFinite(crossfade) ? { playback: { ...s.playback, crossfade } } : {};
    }),
});

export function describeTrack(s: MixtapeState, entryId: string): string {
  const t = findTrack(s.tape, entryId) ?? currentTrack(s);
  return t ? `“${t.title}” by ${t.artist}` : 'this track';
}
