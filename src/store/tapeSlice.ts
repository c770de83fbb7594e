import { playOrder } from '../model/queueOrder';
import type { SliceCreator, TapeSlice } from './types';

export const createTapeSlice =
  (initialTape: TapeSlice['tape']): SliceCreator<TapeSlice> =>
  (set) => ({
    tape: initialTape,
    loadTape: (tape) =>
      set((s) => {
        const ids = tape.tracks.map((t) => t.id);
        const first = tape.tracks[0];
        return {
          tape,
          unavailable: {},
          queue: { ...s.queue, order: playOrder(ids, s.queue.shuffle, s.queue.seed), cursor: 0 },
          playback: {
            ...s.playback,
            status: 'idle',
            position: 0,
            duration: first ? (s.measured[first.previewUrl] ?? first.clipSeconds) : 0,
            seekRequest: null,
          },
        };
      }),
  });
