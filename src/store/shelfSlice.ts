import { resolveActiveTape } from '../model/activeTape';
import { blankTape, importedTape, type TapeLayout } from '../model/newTape';
import { mergeShelves } from '../model/shelfMerge';
import type { Tape } from '../model/tape';
import { copyTape, MAX_TITLE_LENGTH } from '../model/tapeEdits';
import { cutTo } from '../model/text';
import type { Track } from '../model/track';
import { commitShelf } from './historySlice';
import { followTape, switchTape, syncQueue } from './queueSync';
import type { SliceCreator } from './types';

/** What persists and what undo restores: the user's own tapes and which one is open. */
export interface ShelfState {
  readonly tapes: readonly Tape[];
  readonly activeId: string;
  /** When each deleted tape was deleted, so a tab that still has it does not bring it back. */
  readonly deleted: Readonly<Record<string, number>>;
}

export interface ShelfSlice {
  shelf: ShelfState;
  /** The read-only tapes the app ships with. */
  builtIns: readonly Tape[];
  /** The open tape: one of the shelf's, a built-in one, or a tape visiting from a shared link. */
  tape: Tape;
  /** A tape opened from a link: playable at once, saved only when the user says so or edits it. */
  visiting: Tape | null;
  /** The visiting tape has been saved (or edited into) the user's own copy. */
  visitingSaved: boolean;
  openTape: (id: string) => void;
  newTape: () => void;
  /**
   * "Make one back": a new tape answering the open one, addressed to its sender (model/gift's replyTape).
   * Resolves once it is open (the gift's code loads on first use).
   */
  makeOneBack: () => Promise<void>;
  duplicateTape: (id: string) => void;
  deleteTape: (id: string) => void;
  saveVisiting: () => void;
  receiveTape: (tape: Tape) => void;
  /** Takes in another tab's shelf, keeping the newer copy of every tape. */
  mergeShelf: (other: ShelfState) => void;
  /** Points tracks from this device at new object URLs for their kept files (after a reload). */
  relinkLocalFiles: (urls: ReadonlyMap<string, string>) => void;
  /**
   * A playlist from a file becomes a new tape on the shelf; the open tape is never touched. `layout`: its
   * cassette length and where it turns over, from playlistLayout (model/sideSplit), which loads with the
   * playlist parser rather than with the page.
   */
  importTape: (title: string, tracks: readonly Omit<Track, 'id'>[], layout: TapeLayout) => void;
}

export interface ShelfOptions {
  /** Read-only tapes the app ships with; the first is opened when nothing else is. */
  readonly builtIns: readonly Tape[];
  readonly shelf?: ShelfState | undefined;
  readonly now: () => number;
  readonly newId: () => string;
}

export const createShelfSlice =
  (o: ShelfOptions): SliceCreator<ShelfSlice> =>
  (set, get) => {
    const fallback = o.builtIns[0];
    if (!fallback) throw new Error('the app needs at least one built-in tape');

    const resolve = (shelf: ShelfState, visiting: Tape | null) =>
      resolveActiveTape(shelf, o.builtIns, visiting);

    /** One undoable step; a different tape that it opens is cued from its start (followTape). */
    const commit = (label: string, shelf: ShelfState) => set((s) => commitShelf(s, label, shelf));

    const initialShelf: ShelfState = o.shelf ?? { tapes: [], activeId: fallback.id, deleted: {} };

    return {
      shelf: initialShelf,
      builtIns: o.builtIns,
      tape: resolve(initialShelf, null),
      visiting: null,
      visitingSaved: false,

      openTape: (id) =>
        set((s) => {
          if (id === s.tape.id) return {};
          const shelf = { ...s.shelf, activeId: id };
          return { shelf, ...switchTape(s, resolve(shelf, s.visiting)) };
        }),
      newTape: () => {
        const s = get();
        const tape = blankTape({ id: o.newId(), n: s.shelf.tapes.length, now: o.now() });
        commit('New tape', { ...s.shelf, tapes: [...s.shelf.tapes, tape], activeId: tape.id });
      },
      makeOneBack: async () => {
        const { replyTape } = await import('../model/gift');
        const s = get();
        const tape = replyTape({ id: o.newId(), n: s.shelf.tapes.length, now: o.now() }, s.tape);
        commit(`Make one back for “${s.tape.title}”`, {
          ...s.shelf,
          tapes: [...s.shelf.tapes, tape],
          activeId: tape.id,
        });
      },
      duplicateTape: (id) => {
        const s = get();
        const source =
          s.shelf.tapes.find((t) => t.id === id) ?? o.builtIns.find((t) => t.id === id) ?? s.visiting;
        if (!source || source.id !== id) return;
        const copy = {
          ...copyTape(source, o.newId(), cutTo(`${source.title} (copy)`, MAX_TITLE_LENGTH)),
          updatedAt: o.now(),
        };
        commit(`Duplicate “${source.title}”`, {
          ...s.shelf,
          tapes: [...s.shelf.tapes, copy],
          activeId: copy.id,
        });
      },
      deleteTape: (id) => {
        const s = get();
        const doomed = s.shelf.tapes.find((t) => t.id === id);
        if (!doomed) return;
        const tapes = s.shelf.tapes.filter((t) => t.id !== id);
        const activeId = s.shelf.activeId === id ? (tapes.at(-1)?.id ?? fallback.id) : s.shelf.activeId;
        commit(`Delete “${doomed.title}”`, {
          tapes,
          activeId,
          deleted: { ...s.shelf.deleted, [id]: o.now() },
        });
        get().notify('info', `Deleted “${doomed.title}”. Undo brings it back.`);
      },
      saveVisiting: () => {
        const s = get();
        if (!s.visiting) return;
        const copy = { ...copyTape(s.visiting, o.newId()), updatedAt: o.now() };
        commit(`Save “${copy.title}”`, { ...s.shelf, tapes: [...s.shelf.tapes, copy], activeId: copy.id });
        set({ visitingSaved: true });
        get().notify(
          'info',
          get().storage.health.mode === 'saving'
            ? `Saved “${copy.title}” to your tapes.`
            : `Added “${copy.title}” to your tapes, until this tab closes: this browser is not saving.`,
        );
      },
      receiveTape: (tape) =>
        set((s) => {
          const shelf = { ...s.shelf, activeId: tape.id };
          return { visiting: tape, visitingSaved: false, shelf, ...switchTape(s, tape) };
        }),

      importTape: (title, tracks, layout) => {
        const s = get();
        const entries = tracks.map((t) => ({ ...t, id: o.newId() }));
        const stamp = { id: o.newId(), n: s.shelf.tapes.length, now: o.now() };
        const tape = importedTape(stamp, title, entries, layout);
        commit(`Import “${tape.title}”`, { ...s.shelf, tapes: [...s.shelf.tapes, tape], activeId: tape.id });
      },
      // Not an edit: the tape is the same, only where its files live in this page has changed.
      relinkLocalFiles: (urls) =>
        set((s) => {
          if (urls.size === 0) return {};
          const relink = (tape: Tape): Tape =>
            tape.tracks.some((t) => t.source === 'local' && urls.has(t.songId))
              ? {
                  ...tape,
                  tracks: tape.tracks.map((t) => {
                    const url = t.source === 'local' ? urls.get(t.songId) : undefined;
                    return url ? { ...t, previewUrl: url } : t;
                  }),
                }
              : tape;
          const shelf = { ...s.shelf, tapes: s.shelf.tapes.map(relink) };
          return { shelf, ...syncQueue(s, resolve(shelf, s.visiting)) };
        }),
      mergeShelf: (other) =>
        set((s) => {
          const shelf = mergeShelves(s.shelf, other);
          const tape = resolve(shelf, s.visiting);
          return { shelf, ...(tape === s.tape ? {} : followTape(s, tape)) };
        }),
    };
  };
