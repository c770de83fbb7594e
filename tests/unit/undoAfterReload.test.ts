import { describe, expect, it } from 'vitest';
import { HISTORY_KEPT, keepHistory } from '../../src/persistence/keptHistory';
import { HISTORY_KEY, STORAGE_KEY } from '../../src/persistence/schema';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

const builtIn = { ...makeTape(5, 3), id: 'builtin' };
let clock = 1_000;
/** A page load: the store, then the kept history taken in as main.tsx does. */
const open = (storage: Storage) => {
  const store = createMixtapeStore({ tape: builtIn, storage, now: () => (clock += 1) });
  keepHistory(store, storage);
  return store;
};
const order = (store: ReturnType<typeof open>) => store.getState().tape.tracks.map((t) => t.id);
const keptSteps = (storage: Storage) => JSON.parse(storage.getItem(HISTORY_KEY) ?? 'null');

describe('undo after a reload', () => {
  it('undoes a move made before the reload, and redoes it', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.getState().moveTrack('t5', 't1');
    const again = open(storage);
    expect(order(again)).toEqual(['t5', 't1', 't2', 't3', 't4']);
    expect(again.getState().history.past.map((e) => e.label)).toEqual(['Move “Song 5”']);
    again.getState().undo();
    expect(order(again)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    const third = open(storage);
    expect(order(third)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    third.getState().redo();
    expect(order(third)).toEqual(['t5', 't1', 't2', 't3', 't4']);
  });

  it('brings a deleted tape back where it stood, from the touched tapes alone', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    for (const title of ['One', 'Two', 'Three']) {
      first.getState().newTape();
      first.getState().renameTape(title);
    }
    first.getState().deleteTape(first.getState().shelf.tapes[1]?.id ?? '');
    expect(
      keptSteps(storage)
        .past.at(-1)
        .tapes.map((t: { title: string }) => t.title),
    ).toEqual(['Two']);
    const again = open(storage);
    again.getState().undo();
    expect(again.getState().shelf.tapes.map((t) => t.title)).toEqual(['One', 'Two', 'Three']);
  });

  it(`keeps at most ${HISTORY_KEPT} steps, and puts them before any made since`, () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    for (let i = 0; i < HISTORY_KEPT + 5; i += 1) first.getState().moveTrackBy('t1', i % 2 === 0 ? 1 : -1);
    expect(first.getState().history.past).toHaveLength(HISTORY_KEPT + 5);
    expect(keptSteps(storage).past).toHaveLength(HISTORY_KEPT);
    const store = createMixtapeStore({ tape: builtIn, storage });
    store.getState().renameTape('Renamed before the steps came in');
    keepHistory(store, storage);
    expect(store.getState().history.past).toHaveLength(HISTORY_KEPT + 1);
    expect(store.getState().history.past.at(-1)?.label).toBe('Rename tape');
  });

  it.each([
    ['not JSON', '{"past": ['],
    ['steps that are not a list', JSON.stringify({ past: 'many', future: [] })],
    [
      'a step whose tape is damaged',
      JSON.stringify({
        past: [{ label: 'x', touched: [], activeId: 'a', order: [], tapes: [{}] }],
        future: [],
      }),
    ],
    [
      'too many steps',
      JSON.stringify({ past: Array.from({ length: HISTORY_KEPT + 1 }, () => ({})), future: [] }),
    ],
  ])('drops a damaged history (%s) without a word, and keeps the shelf', (_label, raw) => {
    const storage = new MemoryStorage();
    open(storage).getState().moveTrack('t5', 't1');
    storage.setItem(HISTORY_KEY, raw);
    const s = open(storage).getState();
    expect(s.tape.tracks[0]?.id).toBe('t5');
    expect(s.history).toEqual({ past: [], future: [] });
    expect(s.storage.unreadable).toBeNull();
    expect(s.messages).toEqual([]);
  });
});

describe('a storage with room for the shelf but not its undo steps', () => {
  it('gives the steps’ room to the shelf, and says nothing is lost', () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    store.getState().moveTrack('t5', 't1');
    expect(storage.getItem(HISTORY_KEY)).not.toBeNull();
    // Room for one of the two keys only: the next shelf save fits once the steps are gone.
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === STORAGE_KEY && storage.getItem(HISTORY_KEY) !== null)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      if (key === HISTORY_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(key, value);
    };
    store.getState().moveTrack('t4', 't5');
    expect(store.getState().storage.health.mode).toBe('saving');
    expect(storage.getItem(HISTORY_KEY)).toBeNull();
    expect(
      createMixtapeStore({ tape: builtIn, storage })
        .getState()
        .tape.tracks.slice(0, 2)
        .map((t) => t.id),
    ).toEqual(['t4', 't5']);
  });
});
