import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Tape } from '../model/tape';
import { createEngineReportSlice } from './engineReportSlice';
import { createMessagesSlice } from './messagesSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createQueueSlice } from './queueSlice';
import { createTapeSlice } from './tapeSlice';
import type { MixtapeState } from './types';

export interface StoreOptions {
  readonly tape: Tape;
  /** Seed for shuffling; fixed in tests, random in the app. */
  readonly seed?: number;
}

export function createMixtapeStore({ tape, seed = 1 }: StoreOptions) {
  const store = createStore<MixtapeState>()(
    subscribeWithSelector((...a) => ({
      ...createTapeSlice(tape)(...a),
      ...createQueueSlice(seed)(...a),
      ...createPlaybackSlice(...a),
      ...createEngineReportSlice(...a),
      ...createMessagesSlice(...a),
    })),
  );
  store.getState().loadTape(tape);
  return store;
}

export type MixtapeStore = ReturnType<typeof createMixtapeStore>;
