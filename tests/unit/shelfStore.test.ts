import { beforeEach, describe, expect, it } from 'vitest';
import { SIDE_B_MARKER } from '../../src/model/arrangement';
import { playlistLayout } from '../../src/model/sideSplit';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { currentEntryId, isOwnTape } from '../../src/store/selectors';
import { makeTape, makeTrack } from '../support/tapes';

let store: MixtapeStore;
let clock = 1000;
let ids = 0;
const state = () => store.getState();
const order = () => state().tape.tracks.map((t) => t.id);

beforeEach(() => {
  clock = 1000;
  ids = 0;
  store = createMixtapeStore({
    tape: { ...makeTape(5, 3), id: 'builtin' },
    now: () => {
      clock += 1;
      return clock;
    },
    newId: () => {
      ids += 1;
      return `id${ids}`;
    },
  });
});

describe('the built-in tape', () => {
  it('opens read-only: it is not on the shelf', () => {
    expect(state().tape.id).toBe('builtin');
    expect(state().shelf.tapes).toHaveLength(0);
    expect(isOwnTape(state())).toBe(false);
  });

  it('the first edit makes the user’s own copy and leaves the original alone', () => {
    state().moveTrack('t3', 't1');
    expect(state().shelf.tapes).toHaveLength(1);
    expect(state().tape.id).toBe('id1');
    expect(isOwnTape(state())).toBe(true);
    expect(order()).toEqual(['t3', 't1', 't2', 't4', 't5']);
    state().openTape('builtin');
    expect(order()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(state().messages.at(-1)?.text).toMatch(/now your own tape/);
  });

  it('a second edit changes the copy, not another copy', () => {
    state().moveTrack('t3', 't1');
    state().renameTape('Road trip');
    expect(state().shelf.tapes).toHaveLength(1);
    expect(state().tape.title).toBe('Road trip');
  });
});

describe('shelf actions', () => {
  it('newTape starts an empty tape and opens it', () => {
    state().newTape();
    expect(state().tape.tracks).toHaveLength(0);
    expect(state().tape.title).toBe('My first mixtape');
    expect(state().shelf.activeId).toBe(state().tape.id);
  });

  it('duplicateTape copies any tape, the built-in one included', () => {
    state().duplicateTape('builtin');
    expect(state().tape.title).toBe('Test tape (copy)');
    expect(order()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    state().duplicateTape('ghost');
    expect(state().shelf.tapes).toHaveLength(1);
  });

  it('deleteTape is undoable, and only own tapes can be deleted', () => {
    state().newTape();
    const id = state().tape.id;
    state().deleteTape(id);
    expect(state().shelf.tapes).toHaveLength(0);
    expect(state().tape.id).toBe('builtin');
    expect(state().shelf.deleted[id]).toBeGreaterThan(0);
    state().undo();
    expect(state().shelf.tapes.map((t) => t.id)).toEqual([id]);
    state().deleteTape('builtin');
    expect(state().tape.id).toBe(id);
  });

  it('openTape switches tapes and stops playback', () => {
    state().newTape();
    state().openTape('builtin');
    state().playTrack('t2');
    state().openTape(state().shelf.tapes[0]?.id ?? '');
    expect(state().playback.status).toBe('idle');
    expect(state().tape.tracks).toHaveLength(0);
  });

  it('colours, length and liner notes are tape edits', () => {
    state().setTapeColors({ label: '#ffffff' });
    state().setTapeLength('C90');
    state().setLinerNotes('for Juno');
    expect(state().tape).toMatchObject({
      colors: { label: '#ffffff' },
      length: 'C90',
      linerNotes: 'for Juno',
    });
    expect(state().history.past).toHaveLength(3);
    state().setTapeLength('C90');
    expect(state().history.past).toHaveLength(3);
  });
});

describe('track edits', () => {
  it('moveTrackBy moves one place and across the turn', () => {
    state().moveTrackBy('t4', -1);
    expect(state().tape.sideBStart).toBe(4);
  });

  it('removeTrack and addTracks', () => {
    state().removeTrack('t2');
    expect(order()).toEqual(['t1', 't3', 't4', 't5']);
    const { id: _unused, ...song } = makeTrack(9);
    state().addTracks([song]);
    expect(state().tape.tracks.at(-1)?.title).toBe('Song 9');
    expect(state().tape.tracks.at(-1)?.id).toMatch(/^id/);
  });

  it('updateTrack edits title and artist', () => {
    state().updateTrack('t1', { title: 'Renamed', artist: 'Me' });
    expect(state().tape.tracks[0]).toMatchObject({ title: 'Renamed', artist: 'Me' });
  });

  it('reordering while a track plays never interrupts it; the queue follows', () => {
    state().playTrack('t2');
    state().clipStarted('t2');
    const take = state().playback.take;
    state().moveTrack('t2', SIDE_B_MARKER);
    expect(currentEntryId(state())).toBe('t2');
    expect(state().playback.status).toBe('playing');
    expect(state().playback.take).toBe(take);
    expect(state().queue.order).toEqual(order());
    state().next();
    expect(currentEntryId(state())).toBe(order()[order().indexOf('t2') + 1]);
  });

  it('removing the playing track moves on to what took its place', () => {
    state().playTrack('t2');
    state().clipStarted('t2');
    state().removeTrack('t2');
    expect(currentEntryId(state())).toBe('t3');
    expect(state().playback.status).toBe('loading');
  });
});

describe('undo and redo', () => {
  it('undo restores the order, redo reapplies it', () => {
    state().moveTrack('t1', 't5');
    state().moveTrack('t2', 't5');
    state().undo();
    expect(order()).toEqual(['t2', 't3', 't4', 't5', 't1']);
    state().undo();
    expect(order()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(state().history.past).toEqual([]);
    state().redo();
    state().redo();
    expect(order()).toEqual(['t3', 't4', 't5', 't2', 't1']);
    expect(state().history.future).toEqual([]);
  });

  it('a new edit clears redo', () => {
    state().moveTrack('t1', 't5');
    state().undo();
    state().removeTrack('t3');
    expect(state().history.future).toEqual([]);
  });

  it('undoing the first edit returns to the built-in tape without interrupting playback', () => {
    state().playTrack('t1');
    state().clipStarted('t1');
    state().moveTrack('t1', 't3');
    state().undo();
    expect(state().tape.id).toBe('builtin');
    expect(currentEntryId(state())).toBe('t1');
    expect(state().playback.status).toBe('playing');
    expect(state().messages.at(-1)?.text).toBe('Undone: Move “Song 1”');
  });

  it('keeps at most 100 steps', () => {
    for (let i = 0; i < 120; i += 1) state().moveTrackBy('t1', i % 2 === 0 ? 1 : -1);
    expect(state().history.past).toHaveLength(100);
  });
});

describe('up next', () => {
  it('Play next and Add to queue come before the tape’s own order', () => {
    state().play();
    state().addToQueue('t5');
    state().playNext('t4');
    expect(state().queue.upNext.map((q) => q.entryId)).toEqual(['t4', 't5']);
    state().next();
    expect(currentEntryId(state())).toBe('t4');
    state().next();
    expect(currentEntryId(state())).toBe('t5');
    state().next();
    expect(currentEntryId(state())).toBe('t2');
  });

  it('the queue can be reordered and emptied, and the same track queued twice', () => {
    state().addToQueue('t3');
    state().addToQueue('t3');
    state().addToQueue('t4');
    const [a, b, c] = state().queue.upNext;
    expect(a?.key).not.toBe(b?.key);
    state().moveQueued(c?.key ?? '', -1);
    expect(state().queue.upNext.map((q) => q.entryId)).toEqual(['t3', 't4', 't3']);
    state().removeQueued(a?.key ?? '');
    expect(state().queue.upNext).toHaveLength(2);
    state().clearQueue();
    expect(state().queue.upNext).toHaveLength(0);
  });

  it('removing a track from the tape removes it from the queue', () => {
    state().addToQueue('t4');
    state().removeTrack('t4');
    expect(state().queue.upNext).toHaveLength(0);
  });

  it('ignores entries that are not on the tape', () => {
    state().addToQueue('ghost');
    expect(state().queue.upNext).toHaveLength(0);
  });
});

describe('two tabs', () => {
  it('mergeShelf takes in the other tab’s newer tapes without dropping ours', () => {
    state().newTape();
    const mine = state().tape.id;
    const theirs = { ...makeTape(2), id: 'other', title: 'From the other tab', updatedAt: 99_999 };
    state().mergeShelf({ tapes: [theirs], activeId: 'other', deleted: {} });
    expect(state().shelf.tapes.map((t) => t.id)).toEqual([mine, 'other']);
    expect(state().tape.id).toBe(mine);
  });
});

describe('visiting tapes', () => {
  it('receiveTape opens a tape without touching the shelf; saveVisiting copies it on', () => {
    state().newTape();
    const shelfBefore = state().shelf.tapes;
    state().receiveTape({ ...makeTape(3), id: 'shared-x', title: 'A gift' });
    expect(state().tape.title).toBe('A gift');
    expect(state().shelf.tapes).toBe(shelfBefore);
    state().saveVisiting();
    expect(state().shelf.tapes.map((t) => t.title)).toContain('A gift');
    expect(isOwnTape(state())).toBe(true);
  });

  it('the first edit of a visiting tape saves it as the user’s own copy', () => {
    state().receiveTape({ ...makeTape(3), id: 'shared-x', title: 'A gift' });
    state().moveTrack('t3', 't1');
    expect(state().shelf.tapes.map((t) => t.title)).toEqual(['A gift']);
    expect(state().visiting?.tracks.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });
});

describe('a saved visiting tape', () => {
  it('is marked saved once copied, by Save or by a first edit', () => {
    state().receiveTape({ ...makeTape(3), id: 'shared-y', title: 'Gift' });
    expect(state().visitingSaved).toBe(false);
    state().renameTape('My gift');
    expect(state().visitingSaved).toBe(true);
    state().receiveTape({ ...makeTape(3), id: 'shared-z', title: 'Another' });
    expect(state().visitingSaved).toBe(false);
    state().saveVisiting();
    expect(state().visitingSaved).toBe(true);
  });
});

describe('files from this device', () => {
  it('relinkLocalFiles points local tracks at fresh URLs without an undo step', () => {
    const { id: _a, ...song } = makeTrack(9, {
      songId: 'local:a.mp3:10',
      source: 'local',
      previewUrl: 'blob:old',
    });
    state().addTracks([song]);
    const steps = state().history.past.length;
    state().relinkLocalFiles(new Map([['local:a.mp3:10', 'blob:new']]));
    expect(state().tape.tracks.at(-1)?.previewUrl).toBe('blob:new');
    expect(state().history.past).toHaveLength(steps);
  });
});

describe('importing a playlist', () => {
  it('makes a new tape on the shelf, split and sized to fit, and leaves the open one alone', () => {
    state().moveTrack('t2', 't1');
    const mine = state().tape;
    const song = (n: number) => {
      const { id: _id, ...rest } = makeTrack(n, { fullSeconds: 600, source: 'url' });
      return rest;
    };
    const songs = [song(1), song(2), song(3), song(4), song(5)];
    state().importTape('  Road trip  ', songs, playlistLayout(songs));
    expect(state().tape.title).toBe('Road trip');
    expect(state().tape.tracks).toHaveLength(5);
    expect(state().tape.length).toBe('C60');
    expect(state().tape.sideBStart).toBe(3);
    expect(state().shelf.tapes.find((t) => t.id === mine.id)).toEqual(mine);
    state().undo();
    expect(state().shelf.tapes.map((t) => t.title)).not.toContain('Road trip');
  });
});
