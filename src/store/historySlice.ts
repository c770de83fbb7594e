import { resolveActiveTape } from '../model/activeTape';
import { type HistoryShelf, revertTapes, touchedTapes } from '../model/shelfHistory';
import { followTape } from './queueSync';
import type { ShelfState } from './shelfSlice';
import type { MixtapeState, SliceCreator } from './types';

/** Undo steps the store holds; fewer are kept across a reload (persistence/keptHistory's HISTORY_KEPT). */
export const HISTORY_LIMIT = 100;

/** One undoable edit; the shelf's actions record it, and a message may offer to undo it. */
export interface HistoryEntry {
  readonly label: string;
  /** The shelf before the edit (in `past`), or after it (in `future`); read back from storage, only its touched tapes. */
  readonly shelf: HistoryShelf;
  /** The tapes the edit added, removed or changed: all that undo and redo bring back. */
  readonly touched: readonly string[];
}

export interface UndoHistory {
  /** Oldest first: the last entry is what Undo takes back. */
  readonly past: readonly HistoryEntry[];
  /** Nearest first: the first entry is what Redo does again. */
  readonly future: readonly HistoryEntry[];
}

export interface HistorySlice {
  history: UndoHistory;
  undo: () => void;
  redo: () => void;
  /** Puts in undo steps kept from an earlier visit (keptHistory.ts); not itself a step. */
  restoreHistory: (history: UndoHistory) => void;
}

/**
 * State for making `shelf` the shelf as one undoable step named `label` (the oldest step goes past
 * HISTORY_LIMIT; nothing is left to redo), with the open tape and the queue following it. `continuing`:
 * the new open tape is the old one changed (or its first copy), so it plays on.
 */
export function commitShelf(
  s: MixtapeState,
  label: string,
  shelf: ShelfState,
  continuing = false,
): Partial<MixtapeState> {
  const step: HistoryEntry = { label, shelf: s.shelf, touched: touchedTapes(s.shelf, shelf) };
  return {
    ...followTape(s, resolveActiveTape(shelf, s.builtIns, s.visiting), continuing),
    shelf,
    history: { past: [...s.history.past, step].slice(-HISTORY_LIMIT), future: [] },
  };
}

/** `entry`'s tapes brought back (see revertTapes), the open tape and queue following, and `history` in place. */
function revert(
  s: MixtapeState,
  entry: HistoryEntry,
  history: UndoHistory,
  now: number,
): Partial<MixtapeState> {
  const shelf = revertTapes(s.shelf, entry.shelf, entry.touched, now);
  return { ...followTape(s, resolveActiveTape(shelf, s.builtIns, s.visiting)), shelf, history };
}

// Undo and redo bring back only the tapes the edit touched, as a new edit (see revertTapes): other tabs'
// changes since stay, and other tabs keep what the undo brought back.
export const createHistorySlice =
  (now: () => number): SliceCreator<HistorySlice> =>
  (set, get) => ({
    history: { past: [], future: [] },
    undo: () => {
      const s = get();
      const entry = s.history.past.at(-1);
      if (!entry) return;
      const undone: HistoryEntry = { label: entry.label, shelf: s.shelf, touched: entry.touched };
      set(
        revert(s, entry, { past: s.history.past.slice(0, -1), future: [undone, ...s.history.future] }, now()),
      );
      get().notify('info', `Undone: ${entry.label}`);
    },
    redo: () => {
      const s = get();
      const entry = s.history.future[0];
      if (!entry) return;
      const redone: HistoryEntry = { label: entry.label, shelf: s.shelf, touched: entry.touched };
      set(revert(s, entry, { past: [...s.history.past, redone], future: s.history.future.slice(1) }, now()));
      get().notify('info', `Redone: ${entry.label}`);
    },
    restoreHistory: (history) => set({ history }),
  });
