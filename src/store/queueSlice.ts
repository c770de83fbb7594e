import { playOrder, type RepeatMode } from '../model/queueOrder';
import { currentEntryId } from './selectors';
import type { QueueSlice, SliceCreator } from './types';

const REPEAT_CYCLE: Record<RepeatMode, RepeatMode> = { off: 'all', all: 'one', one: 'off' };

export const createQueueSlice =
  (seed: number): SliceCreator<QueueSlice> =>
  (set) => ({
    queue: { order: [], cursor: 0, shuffle: false, seed, repeat: 'off' },
    setShuffle: (on) =>
      set((s) => {
        if (on === s.queue.shuffle) return {};
        const current = currentEntryId(s);
        // A fresh seed each time shuffle is switched on, so it deals a new order as a player should.
        const nextSeed = on ? (Math.imul(s.queue.seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) + 1 : s.queue.seed;
        const order = playOrder(
          s.tape.tracks.map((t) => t.id),
          on,
          nextSeed,
          current,
        );
        const cursor = Math.max(0, current === undefined ? 0 : order.indexOf(current));
        return { queue: { ...s.queue, shuffle: on, seed: nextSeed, order, cursor } };
      }),
    setRepeat: (repeat) => set((s) => ({ queue: { ...s.queue, repeat } })),
    cycleRepeat: () => set((s) => ({ queue: { ...s.queue, repeat: REPEAT_CYCLE[s.queue.repeat] } })),
  });
