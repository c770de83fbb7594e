import { moveInArray, playOrder, type RepeatMode } from '../model/queueOrder';
import { isPlayable, playableIds } from '../model/track';
import { currentEntryId } from './selectors';
import type { MixtapeState, SliceCreator } from './types';

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

const REPEAT_CYCLE: Record<RepeatMode, RepeatMode> = { off: 'all', all: 'one', one: 'off' };

export const createQueueSlice =
  (seed: number): SliceCreator<QueueSlice> =>
  (set) => {
    let nextKey = 1;
    const queued = (entryId: string): QueuedEntry => {
      const key = `q${nextKey}`;
      nextKey += 1;
      return { key, entryId };
    };
    // A song awaiting a preview has nothing to play, so it cannot be queued either.
    const onTape = (s: MixtapeState, entryId: string) =>
      s.tape.tracks.some((t) => t.id === entryId && isPlayable(t));
    const withUpNext = (s: MixtapeState, upNext: readonly QueuedEntry[]) => ({
      queue: { ...s.queue, upNext },
    });

    return {
      queue: { order: [], cursor: 0, current: undefined, upNext: [], shuffle: false, seed, repeat: 'off' },
      setShuffle: (on) =>
        set((s) => {
          if (on === s.queue.shuffle) return {};
          const current = currentEntryId(s);
          // A fresh seed each time shuffle is switched on, so it deals a new order as a player should.
          const nextSeed = on ? (Math.imul(s.queue.seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) + 1 : s.queue.seed;
          const order = playOrder(playableIds(s.tape.tracks), on, nextSeed, current);
          const cursor = Math.max(0, current === undefined ? 0 : order.indexOf(current));
          return { queue: { ...s.queue, shuffle: on, seed: nextSeed, order, cursor } };
        }),
      setRepeat: (repeat) => set((s) => ({ queue: { ...s.queue, repeat } })),
      cycleRepeat: () => set((s) => ({ queue: { ...s.queue, repeat: REPEAT_CYCLE[s.queue.repeat] } })),
      playNext: (entryId) =>
        set((s) => (onTape(s, entryId) ? withUpNext(s, [queued(entryId), ...s.queue.upNext]) : {})),
      addToQueue: (entryId) =>
        set((s) => (onTape(s, entryId) ? withUpNext(s, [...s.queue.upNext, queued(entryId)]) : {})),
      moveQueued: (key, delta) =>
        set((s) => {
          const from = s.queue.upNext.findIndex((q) => q.key === key);
          return from < 0 ? {} : withUpNext(s, moveInArray(s.queue.upNext, from, from + delta));
        }),
      removeQueued: (key) =>
        set((s) =>
          withUpNext(
            s,
            s.queue.upNext.filter((q) => q.key !== key),
          ),
        ),
      clearQueue: () => set((s) => withUpNext(s, [])),
    };
  };
