import * as v from 'valibot';
import type { HistoryShelf } from '../model/shelfHistory';
import { HISTORY_KEY, StoredTape } from './schema';

/** Undo steps kept beside the shelf; fewer than the store holds, as each one carries whole tapes. */
export const HISTORY_KEPT = 20;

const id = v.pipe(v.string(), v.maxLength(100));

/**
 * One undo step as stored: the tapes the edit touched as they were before it (after it, for redo), the
 * order of all the shelf's tapes then, and which tape was open. The untouched tapes are not repeated.
 */
const StoredStep = v.object({
  label: v.pipe(v.string(), v.maxLength(300)),
  touched: v.pipe(v.array(id), v.readonly()),
  activeId: id,
  order: v.pipe(v.array(id), v.readonly()),
  tapes: v.pipe(v.array(StoredTape), v.readonly()),
});
type StoredStep = v.InferOutput<typeof StoredStep>;

const steps = v.pipe(v.array(StoredStep), v.maxLength(HISTORY_KEPT), v.readonly());
const StoredHistory = v.object({ past: steps, future: steps });

/** One undo step as the store holds it (the store's HistoryEntry). */
interface Step {
  readonly label: string;
  readonly shelf: HistoryShelf;
  readonly touched: readonly string[];
}

export interface History {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

/** What keepHistory needs of the store: its undo history, an action to take one in, and changes. */
export interface HistoryHost {
  getState(): { readonly history: History; restoreHistory: (history: History) => void };
  subscribe(listener: (state: { readonly history: History }) => void): () => void;
}

const toStep = ({ label, shelf, touched }: Step): StoredStep => ({
  label,
  touched,
  activeId: shelf.activeId,
  order: shelf.order ?? shelf.tapes.map((t) => t.id),
  // Undo brings back only the touched tapes (revertTapes); the others would only fill the storage.
  tapes: shelf.tapes.filter((t) => touched.includes(t.id)),
});

const fromStep = ({ label, touched, activeId, order, tapes }: StoredStep): Step => ({
  label,
  touched,
  shelf: { tapes, activeId, order, deleted: {} },
});

/**
 * The undo history as last saved under HISTORY_KEY, or null when there is none or it cannot be read
 * (not JSON, or failing its schema): undo history is a convenience, so it is dropped without a word,
 * and the shelf, kept under its own key, is never touched by it.
 */
export function readHistory(storage: Pick<Storage, 'getItem'>): History | null {
  try {
    const parsed = v.safeParse(StoredHistory, JSON.parse(storage.getItem(HISTORY_KEY) ?? 'null'));
    return parsed.success
      ? { past: parsed.output.past.map(fromStep), future: parsed.output.future.map(fromStep) }
      : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the last HISTORY_KEPT undo and redo steps in `storage` under HISTORY_KEY, so that an edit made
 * before a reload can be undone after it: takes in what the last visit kept, then writes the history at
 * each change. A write the storage refuses (full) is skipped: the shelf's own saves come first, and
 * clear this key to make room (safeStorage.ts). Returns the teardown.
 */
export function keepHistory(store: HistoryHost, storage: Storage): () => void {
  const kept = readHistory(storage);
  const now = store.getState().history;
  // Steps made since the page opened go after the kept ones; a redo of the last visit only if none were.
  if (kept)
    store.getState().restoreHistory({
      past: [...kept.past, ...now.past],
      future: now.past.length + now.future.length > 0 ? now.future : kept.future,
    });
  let last = store.getState().history;
  return store.subscribe(({ history }) => {
    if (history === last) return;
    last = history;
    const stored = {
      past: history.past.slice(-HISTORY_KEPT).map(toStep),
      future: history.future.slice(0, HISTORY_KEPT).map(toStep),
    };
    try {
      storage.setItem(HISTORY_KEY, JSON.stringify(stored));
    } catch {
      // No room: undo still works in this tab, and the tapes are what must be saved.
    }
  });
}
