import { describe, expect, it } from 'vitest';
import { watchOtherTabs } from '../../src/app/tabSync';
import { migrateStored } from '../../src/persistence/migrations';
import { browserStorage } from '../../src/persistence/safeStorage';
import { KEPT_ASIDE_PREFIX, STORAGE_KEY } from '../../src/persistence/schema';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import golden from '../fixtures/stored-shelf.json';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

const builtIn = { ...makeTape(5, 3), id: 'builtin' };
const open = (storage: Storage | null) => createMixtapeStore({ tape: builtIn, storage });
const keptAside = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(KEPT_ASIDE_PREFIX));

describe('saving and reopening', () => {
  it('reopens on the tape last edited, with its order, and the listener’s volume and repeat', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.getState().moveTrack('t5', 't1');
    first.getState().setVolume(0.35);
    first.getState().setRepeat('one');
    const again = open(storage).getState();
    expect(again.tape.tracks.map((t) => t.id)).toEqual(['t5', 't1', 't2', 't3', 't4']);
    expect(again.shelf.tapes).toHaveLength(1);
    expect(again.playback.volume).toBe(0.35);
    expect(again.queue.repeat).toBe('one');
    expect(again.playback.status).toBe('idle');
  });

  it('does not write while only the playback position changes', () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    store.getState().renameTape('Kept');
    const writes: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      writes.push(k);
      setItem(k, v);
    };
    for (let i = 0; i < 20; i += 1) store.getState().clipProgress('t1', i);
    expect(writes).toHaveLength(0);
  });

  it('opens every stored value a released version wrote (golden fixtures)', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(golden.v1));
    const s = open(storage).getState();
    expect(s.tape.title).toBe('For the drive home');
    expect(s.tape.tracks.map((t) => t.title)).toEqual(['Expectations', 'All I Want Is You', 'Süßer Song 🎸']);
    expect(s.tape.sideBStart).toBe(2);
    expect(s.tape.length).toBe('C46');
    expect(s.playback.volume).toBe(0.55);
    expect(s.storage.unreadable).toBeNull();
  });
});

describe('a stored value that cannot be read', () => {
  it.each([
    ['not JSON', '{"state": {"shelf": '],
    ['not a shelf', '"hello"'],
    ['damaged contents', JSON.stringify({ state: { shelf: { tapes: 'nope' } }, version: 1 })],
    [
      'a hostile URL-free but wrong type',
      JSON.stringify({ state: { shelf: { tapes: [{ id: 1 }] }, prefs: {} }, version: 1 }),
    ],
    ['a newer format', JSON.stringify({ ...golden.v1, version: 99 })],
  ])('%s: is kept aside word for word, never deleted, and the app starts', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const s = open(storage).getState();
    expect(s.tape.id).toBe('builtin');
    const [key, ...more] = keptAside(storage);
    expect(key).toBeDefined();
    expect(more).toEqual([]);
    expect(storage.getItem(key ?? '')).toBe(raw);
    expect(s.storage.unreadable).toMatchObject({ keptAsKey: key, raw });
    expect(s.storage.unreadable?.reason).toMatch(/JSON|not a Mixtape shelf|damaged|newer version/);
  });

  it('is never overwritten when it cannot even be kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{broken');
    storage.full = true;
    const store = open(storage);
    storage.full = false;
    store.getState().renameTape('New work');
    expect(storage.getItem(STORAGE_KEY)).toBe('{broken');
    expect(store.getState().storage.health.mode).toBe('memory-only');
    expect(store.getState().tape.title).toBe('New work');
  });
});

describe('a full quota', () => {
  it('shows a message, keeps working in memory, and saves again once there is room', () => {
    const storage = new MemoryStorage();
    const store = open(storage);
    storage.full = true;
    store.getState().renameTape('Only in memory');
    expect(store.getState().tape.title).toBe('Only in memory');
    expect(store.getState().storage.health.mode).toBe('memory-only');
    expect(
      store
        .getState()
        .messages.map((m) => m.text)
        .join('\n'),
    ).toMatch(/storage for this site is full/);
    storage.full = false;
    store.getState().renameTape('Saved at last');
    expect(store.getState().storage.health.mode).toBe('saving');
    expect(storage.getItem(STORAGE_KEY)).toContain('Saved at last');
  });

  it('says so at once when the browser refuses storage, and no message claims a save', () => {
    // What Chromium and Firefox do with cookies and site data blocked: the getter throws a SecurityError.
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const { storage, refused } = browserStorage(blocked);
    expect(storage).toBeNull();
    expect(refused).toMatch(/blocks site data/);
    const store = open(storage);
    store.getState().reportStorageHealth({ mode: 'memory-only', reason: refused ?? '' });
    store.getState().renameTape('Only in this tab');
    const said = store
      .getState()
      .messages.map((m) => m.text)
      .join('\n');
    expect(said).toMatch(/can’t be saved right now \(this browser blocks site data/);
    expect(said).toMatch(/on your shelf until this tab closes/);
    expect(said).not.toMatch(/saved on your shelf/);
  });

  it('finds a storage whose every write throws refused, and a full one usable', () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('Writes are not allowed.', 'SecurityError');
    };
    expect(browserStorage({ localStorage: refusing })).toEqual({
      storage: null,
      refused: 'the browser refused to save',
    });
    const full = new MemoryStorage();
    full.full = true;
    expect(browserStorage({ localStorage: full }).storage).toBe(full);
    const fine = new MemoryStorage();
    expect(browserStorage({ localStorage: fine }).storage).toBe(fine);
    expect(fine.keys()).toEqual([]);
  });

  it('works with no storage at all', () => {
    const store = open(null);
    store.getState().renameTape('Ephemeral');
    expect(store.getState().tape.title).toBe('Ephemeral');
  });
});

describe('migrations', () => {
  it('take a version 1 shelf to version 2, which adds the crossfade and deck-sound preferences (off)', () => {
    expect(migrateStored(golden.v1.state, 1).prefs).toEqual({
      volume: 0.55,
      muted: false,
      repeat: 'all',
      crossfade: 0,
      deckSounds: false,
    });
  });

  it('accept the current version and refuse unknown ones', () => {
    expect(migrateStored(golden.v1.state, 1).shelf.tapes).toHaveLength(1);
    expect(() => migrateStored(golden.v1.state, 3)).toThrow(/newer version/);
    expect(() => migrateStored(golden.v1.state, 0)).toThrow(/too old/);
    expect(() => migrateStored({ shelf: {} }, 1)).toThrow(/damaged/);
  });
});

describe('two tabs', () => {
  it('merge each other’s saves instead of overwriting them', () => {
    const storage = new MemoryStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    const events = new EventTarget();
    const stop = watchOtherTabs(tabB, events as unknown as Window);
    tabB.getState().newTape();
    tabB.getState().renameTape('Made in tab B');
    tabA.getState().newTape();
    tabA.getState().renameTape('Made in tab A');
    const written = storage.getItem(STORAGE_KEY);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY, newValue: written }));
    const titles = tabB.getState().shelf.tapes.map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(['Made in tab A', 'Made in tab B']));
    expect(tabB.getState().tape.title).toBe('Made in tab B');
    tabB.getState().renameTape('Made in tab B, renamed');
    expect(storage.getItem(STORAGE_KEY)).toContain('Made in tab A');
    stop();
  });
});

describe('golden stored values, version 2', () => {
  it('opens with its order, title and preferences', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(golden.v2));
    const s = createMixtapeStore({ tape: { ...makeTape(1), id: 'juno-2007' }, storage }).getState();
    expect(s.tape.title).toBe('Bleeker’s tape');
    expect(s.tape.tracks[0]?.title).toBe('Expectations');
    expect(s.tape.tracks).toHaveLength(19);
    expect(s.playback).toMatchObject({ crossfade: 3, deckSounds: true, volume: 0.6 });
    expect(s.storage.unreadable).toBeNull();
  });
});
