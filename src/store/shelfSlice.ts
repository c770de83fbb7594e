import { resolveActiveTape } from '../model/activeTape';
import { moveBy, moveOnto } from '../model/arrangement';
import { blankTape, importedTape, type TapeLayout } from '../model/newTape';
import { mergeShelves } from '../model/shelfMerge';
import type { Tape, TapeColors, TapeLength } from '../model/tape';
import {
  appendTracks,
  copyTape,
  removeTrack,
  renameTape,
  replaceTracks,
  setColors,
  setLength,
  setLinerNotes,
  type TrackPatch,
  updateTrack,
} from '../model/tapeEdits';
import type { Track } from '../model/track';
import { commitShelf } from './historySlice';
import { followTape, switchTape, syncQueue } from './queueSync';
import type { MixtapeState, SliceCreator } from './types';

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
  duplicateTape: (id: string) => void;
  deleteTape: (id: string) => void;
  saveVisiting: () => void;
  receiveTape: (tape: Tape) => void;
  renameTape: (title: string) => void;
  setTapeColors: (colors: Partial<TapeColors>) => void;
  setTapeLength: (length: TapeLength) => void;
  setLinerNotes: (notes: string) => void;
  moveTrack: (entryId: string, overId: string) => void;
  moveTrackBy: (entryId: string, delta: -1 | 1) => void;
  removeTrack: (entryId: string) => void;
  addTracks: (tracks: readonly Omit<Track, 'id'>[]) => void;
  updateTrack: (entryId: string, patch: TrackPatch) => void;
  /** One undoable step that puts a song in each listed entry's place (by entry id). */
  replaceTracks: (songs: ReadonlyMap<string, Omit<Track, 'id'>>) => void;
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

    /** `continuing`: the new active tape is the old one changed (or its first copy), so play on. */
    const commit = (label: string, shelf: ShelfState, continuing = false) =>
      set((s) => commitShelf(s, label, shelf, continuing));

    const isOwn = (s: MixtapeState, id: string) => s.shelf.tapes.some((t) => t.id === id);

    /** Every change to a tape goes through here: it takes the user's own copy first if need be. */
    const edit = (label: string, recipe: (tape: Tape) => Tape) => {
      const s = get();
      const before = s.tape;
      const changed = recipe(before);
      if (changed === before) return;
      const updatedAt = o.now();
      if (isOwn(s, before.id)) {
        const tapes = s.shelf.tapes.map((t) => (t.id === before.id ? { ...changed, updatedAt } : t));
        commit(label, { ...s.shelf, tapes }, true);
        return;
      }
      const copy = { ...copyTape(changed, o.newId()), updatedAt };
      commit(label, { ...s.shelf, tapes: [...s.shelf.tapes, copy], activeId: copy.id }, true);
      if (s.visiting?.id === before.id) set({ visitingSaved: true });
      get().notify(
        'info',
        get().storage.health.mode === 'saving'
          ? `“${copy.title}” is now your own tape, saved on your shelf. The original stays as it was.`
          : `“${copy.title}” is now your own tape, on your shelf until this tab closes. The original stays as it was.`,
      );
    };

    const titleOf = (entryId: string) =>
      `“${get().tape.tracks.find((t) => t.id === entryId)?.title ?? 'track'}”`;

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
      duplicateTape: (id) => {
        const s = get();
        const source =
          s.shelf.tapes.find((t) => t.id === id) ?? o.builtIns.find((t) => t.id === id) ?? s.visiting;
        if (!source || source.id !== id) return;
        const copy = {
          ...copyTape(source, o.newId(), `${source.title} (copy)`.slice(0, 100)),
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

      renameTape: (title) => edit('Rename tape', (t) => renameTape(t, title)),
      setTapeColors: (colors) => edit('Change colours', (t) => setColors(t, colors)),
      setTapeLength: (length) =>
        edit(`Change length to ${length}`, (t) => (t.length === length ? t : setLength(t, length))),
      setLinerNotes: (notes) =>
        edit('Edit liner notes', (t) => ((t.linerNotes ?? '') === notes ? t : setLinerNotes(t, notes))),
      moveTrack: (entryId, overId) => edit(`Move ${titleOf(entryId)}`, (t) => moveOnto(t, entryId, overId)),
      moveTrackBy: (entryId, delta) => edit(`Move ${titleOf(entryId)}`, (t) => moveBy(t, entryId, delta)),
      removeTrack: (entryId) => edit(`Remove ${titleOf(entryId)}`, (t) => removeTrack(t, entryId)),
      addTracks: (tracks) => {
        if (tracks.length === 0) return;
        const label = tracks.length === 1 ? `Add “${tracks[0]?.title}”` : `Add ${tracks.length} tracks`;
        edit(label, (t) =>
          appendTracks(
            t,
            tracks.map((track) => ({ ...track, id: o.newId() })),
          ),
        );
        // "Added “Title”", with an Undo that takes back exactly this add (see Messages).
        get().notify('info', `Added${label.slice(3)}`, get().history.past.at(-1));
      },
      replaceTracks: (songs) => {
        const [only] = songs.keys();
        const label =
          songs.size === 1 && only ? `Use the real ${titleOf(only)}` : `Use ${songs.size} real previews`;
        edit(label, (t) => replaceTracks(t, songs));
      },
      updateTrack: (entryId, patch) =>
        edit(`Edit ${titleOf(entryId)}`, (t) => updateTrack(t, entryId, patch)),

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
