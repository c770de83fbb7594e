import { moveBy, moveOnto } from '../model/arrangement';
import type { Dedication, Tape, TapeColors, TapeLength } from '../model/tape';
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
import type { ShelfState } from './shelfSlice';
import type { MixtapeState, SliceCreator } from './types';

/** Edits of the open tape, each one undoable step; a tape that is not the user's own is copied first. */
export interface TapeEditSlice {
  renameTape: (title: string) => void;
  setTapeColors: (colors: Partial<TapeColors>) => void;
  setTapeLength: (length: TapeLength) => void;
  setLinerNotes: (notes: string) => void;
  /**
   * Who the tape is for, from whom, and why (cleaned: model/gift.ts); null or nothing left removes it.
   * Resolves once done: the gift's edits load with the first of them, outside the first-load bundle.
   */
  setDedication: (dedication: Partial<Dedication> | null) => Promise<void>;
  /** Why this song is on the tape; an empty note removes it. Resolves once done, as setDedication. */
  setTrackNote: (entryId: string, note: string) => Promise<void>;
  moveTrack: (entryId: string, overId: string) => void;
  moveTrackBy: (entryId: string, delta: -1 | 1) => void;
  removeTrack: (entryId: string) => void;
  addTracks: (tracks: readonly Omit<Track, 'id'>[]) => void;
  updateTrack: (entryId: string, patch: TrackPatch) => void;
  /** One undoable step that puts a song in each listed entry's place (by entry id). */
  replaceTracks: (songs: ReadonlyMap<string, Omit<Track, 'id'>>) => void;
}

export interface TapeEditOptions {
  readonly now: () => number;
  readonly newId: () => string;
}

export const createTapeEditSlice =
  (o: TapeEditOptions): SliceCreator<TapeEditSlice> =>
  (set, get) => {
    /** The open tape is the old one changed (or its first copy), so it plays on. */
    const commit = (label: string, shelf: ShelfState) => set((s) => commitShelf(s, label, shelf, true));

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
        commit(label, { ...s.shelf, tapes });
        return;
      }
      const copy = { ...copyTape(changed, o.newId()), updatedAt };
      commit(label, { ...s.shelf, tapes: [...s.shelf.tapes, copy], activeId: copy.id });
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

    return {
      renameTape: (title) => edit('Rename tape', (t) => renameTape(t, title)),
      setTapeColors: (colors) => edit('Change colours', (t) => setColors(t, colors)),
      setTapeLength: (length) =>
        edit(`Change length to ${length}`, (t) => (t.length === length ? t : setLength(t, length))),
      setLinerNotes: (notes) =>
        edit('Edit liner notes', (t) => ((t.linerNotes ?? '') === notes ? t : setLinerNotes(t, notes))),
      setDedication: async (d) => {
        const gift = await import('../model/gift');
        edit(d === null ? 'Remove dedication' : 'Edit dedication', (t) => gift.setDedication(t, d));
      },
      setTrackNote: async (entryId, note) => {
        const gift = await import('../model/gift');
        edit(`Edit the note on ${titleOf(entryId)}`, (t) => gift.setTrackNote(t, entryId, note));
      },
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
    };
  };
