import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Tape } from '../model/tape';
import { createEngineReportSlice } from './engineReportSlice';
import { createMessagesSlice } from './messagesSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createQueueSlice } from './queueSlice';
import { syncQueue } from './queueSync';
import { createShelfSlice } from './shelfSlice';
import type { MixtapeState, ShelfState } from './types';

export interface StoreOptions {
  /** The built-in, read-only tape opened when the shelf has nothing else open. */
  readonly tape: Tape;
  readonly shelf?: ShelfState | undefined;
  /** Seed for shuffling; fixed in tests, random in the app. */
  readonly seed?: number;
  readonly now?: () => number;
  readonly newId?: () => string;
}

let idCounter = 0;
const defaultId = () => {
  idCounter += 1;
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}${idCounter.toString(36)}`;
};

export function createMixtapeStore({
  tape,
  shelf,
  seed = 1,
  now = Date.now,
  newId = defaultId,
}: StoreOptions) {
  const store = createStore<MixtapeState>()(
    subscribeWithSelector((...a) => ({
      ...createShelfSlice({ builtIns: [tape], shelf, now, newId })(...a),
      ...createQueueSlice(seed)(...a),
      ...createPlaybackSlice(...a),
      ...createEngineReportSlice(...a),
      ...createMessagesSlice(...a),
    })),
  );
  store.setState((s) => syncQueue({ ...s, queue: { ...s.queue, order: [], current: undefined } }, s.tape));
  return store;
}

export type MixtapeStore = ReturnType<typeof createMixtapeStore>;
