import { persist, subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { resolveActiveTape } from '../model/activeTape';
import type { Tape } from '../model/tape';
import type { SafeStorageEvents } from '../persistence/safeStorage';
import { createAuditionSlice } from './auditionSlice';
import { createCatalogSlice } from './catalogSlice';
import { createEngineReportSlice } from './engineReportSlice';
import { createHistorySlice } from './historySlice';
import { createMatchJobSlice } from './matchJobSlice';
import { createMessagesSlice } from './messagesSlice';
import { persistOptions } from './persistOptions';
import { createPlaybackSlice } from './playbackSlice';
import { createQueueSlice } from './queueSlice';
import { syncQueue } from './queueSync';
import { createShelfSlice, type ShelfState } from './shelfSlice';
import { createStorageSlice } from './storageSlice';
import { createTapeEditSlice } from './tapeEditSlice';
import type { MixtapeState } from './types';

export interface StoreOptions {
  /** The built-in, read-only tape opened when the shelf has nothing else open. */
  readonly tape: Tape;
  readonly shelf?: ShelfState | undefined;
  /** Where the shelf persists: localStorage in the app, an in-memory Storage in tests, null for none. */
  readonly storage?: Storage | null;
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
  storage = null,
  seed = 1,
  now = Date.now,
  newId = defaultId,
}: StoreOptions) {
  // Hydration runs while the store is being made, before it can take reports: hold them till then.
  let ready: ((report: (s: MixtapeState) => void) => void) | null = null;
  const pending: Array<(s: MixtapeState) => void> = [];
  const report = (fn: (s: MixtapeState) => void) => (ready ? ready(fn) : pending.push(fn));
  const events: SafeStorageEvents = {
    onHealth: (health) => report((s) => s.reportStorageHealth(health)),
    onUnreadable: (found) => report((s) => s.reportUnreadable(found)),
  };

  const store = createStore<MixtapeState>()(
    subscribeWithSelector(
      persist(
        (...a) => ({
          ...createStorageSlice(...a),
          ...createShelfSlice({ builtIns: [tape], shelf, now, newId })(...a),
          ...createTapeEditSlice({ now, newId })(...a),
          ...createHistorySlice(now)(...a),
          ...createQueueSlice(seed)(...a),
          ...createPlaybackSlice(...a),
          ...createEngineReportSlice(...a),
          ...createMessagesSlice(...a),
          ...createAuditionSlice(...a),
          ...createCatalogSlice(...a),
          ...createMatchJobSlice(newId)(...a),
        }),
        persistOptions(storage, events),
      ),
    ),
  );
  store.setState((s) => {
    const active = resolveActiveTape(s.shelf, [tape], null);
    return syncQueue({ ...s, tape: active, queue: { ...s.queue, order: [], current: undefined } }, active);
  });
  ready = (fn) => fn(store.getState());
  for (const fn of pending.splice(0)) ready(fn);
  // React renders a page it hydrates from the server snapshot, which zustand's useStore takes from
  // getInitialState: the state before the shelf was read and the queue cued. The build-time prerender
  // would then show a tape with nothing cued, and the browser would hydrate that and at once render
  // the whole deck again with the cued track (a second long task on a slow phone). The settled state is
  // the first state anyone sees.
  const settled = store.getState();
  store.getInitialState = () => settled;
  return store;
}

export type MixtapeStore = ReturnType<typeof createMixtapeStore>;
