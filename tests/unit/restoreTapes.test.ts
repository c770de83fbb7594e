import fc from 'fast-check';
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Tape } from '../../src/model/tape';
import { restoreStored } from '../../src/persistence/migrations';
import { KEPT_ASIDE_PREFIX, STORAGE_KEY, type StoredTape } from '../../src/persistence/schema';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import golden from '../fixtures/stored-shelf.json';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

const builtIn = { ...makeTape(5, 3), id: 'builtin' };
const open = (storage: Storage) => createMixtapeStore({ tape: builtIn, storage });
const keptAside = (storage: MemoryStorage) => storage.keys().filter((k) => k.startsWith(KEPT_ASIDE_PREFIX));

/** The released version 2 tape (19 tracks, as the app wrote it), under another id and title. */
const goldenTape = golden.v2.state.shelf.tapes[0];
if (!goldenTape) throw new Error('the golden v2 value holds a tape');
const tapeNamed = (n: number): Record<string, unknown> => ({
  ...goldenTape,
  id: `tape-${n}`,
  title: `Tape ${n}`,
});

/** Damage as it happens: a field written by hand or by a buggy build, a value of the wrong type. */
const DAMAGES: ReadonlyArray<readonly [string, (tape: Record<string, unknown>) => Record<string, unknown>]> =
  [
    [
      'a clip length stored as text',
      (t) => ({ ...t, tracks: [{ ...goldenTape.tracks[0], clipSeconds: '214' }] }),
    ],
    ['tracks that are not a list', (t) => ({ ...t, tracks: null })],
    ['a colour that is not #rrggbb', (t) => ({ ...t, colors: { shell: 'red', label: '#ffffff' } })],
    ['an unknown cassette length', (t) => ({ ...t, length: 'C120' })],
    [
      'a track from an unknown source',
      (t) => ({ ...t, tracks: [{ ...goldenTape.tracks[0], source: 'tape' }] }),
    ],
  ];

const stored = (tapes: readonly unknown[], version = 2, prefs: unknown = golden.v2.state.prefs) =>
  JSON.stringify({ state: { shelf: { tapes, activeId: 'tape-1', deleted: {} }, prefs }, version });

describe('one damaged tape among good ones', () => {
  it.each(DAMAGES)(
    '%s: only that tape is set aside, word for word and named; the rest load',
    (_label, damage) => {
      const bad = damage(tapeNamed(2));
      const raw = stored([tapeNamed(1), bad, tapeNamed(3)]);
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      const s = open(storage).getState();
      expect(s.shelf.tapes.map((t) => t.title)).toEqual(['Tape 1', 'Tape 3']);
      expect(s.tape.title).toBe('Tape 1');
      expect(s.tape.tracks).toHaveLength(19);
      expect(s.playback).toMatchObject({ crossfade: 3, deckSounds: true, volume: 0.6 });
      const [key, ...more] = keptAside(storage);
      expect(more).toEqual([]);
      expect(storage.getItem(key ?? '')).toBe(JSON.stringify(bad));
      expect(raw).toContain(storage.getItem(key ?? '') ?? 'absent');
      expect(s.storage.unreadable).toMatchObject({ keptAsKey: key, tapes: ['“Tape 2”'] });
      expect(s.storage.unreadable?.reason).toMatch(/^its contents are damaged \(at shelf\.tapes\.1/);
    },
  );

  it('an older version’s value is restored the same way (through the migration)', () => {
    const v1Tape = golden.v1.state.shelf.tapes[0];
    const raw = JSON.stringify({
      ...golden.v1,
      state: {
        ...golden.v1.state,
        shelf: { ...golden.v1.state.shelf, tapes: [v1Tape, { id: 'x', title: 7 }] },
      },
    });
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const s = open(storage).getState();
    expect(s.shelf.tapes.map((t) => t.title)).toEqual(['For the drive home']);
    expect(s.storage.unreadable).toMatchObject({
      tapes: ['tape 2 on your shelf'],
      raw: '{"id":"x","title":7}',
    });
    expect(storage.getItem(keptAside(storage)[0] ?? '')).toBe('{"id":"x","title":7}');
  });

  it('the next save no longer holds the damaged tape, which stays kept aside', () => {
    const bad = { ...tapeNamed(2), tracks: 'lost' };
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, stored([tapeNamed(1), bad]));
    const store = open(storage);
    store.getState().renameTape('Tape 1, renamed');
    expect(storage.getItem(STORAGE_KEY)).not.toContain('"lost"');
    expect(storage.getItem(keptAside(storage)[0] ?? '')).toBe(JSON.stringify(bad));
  });

  it('several damaged tapes are kept aside together, as a list of their texts', () => {
    const bad = [{ ...tapeNamed(2), length: 'C5' }, { id: 'no-title' }];
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, stored([bad[0], tapeNamed(1), bad[1]]));
    const s = open(storage).getState();
    expect(s.shelf.tapes.map((t) => t.id)).toEqual(['tape-1']);
    expect(JSON.parse(storage.getItem(keptAside(storage)[0] ?? '') ?? '')).toEqual(bad);
    expect(s.storage.unreadable?.tapes).toEqual(['“Tape 2”', 'tape 3 on your shelf']);
  });
});

describe('damage that is not one tape’s', () => {
  it.each([
    ['truncated JSON', stored([tapeNamed(1), tapeNamed(2)]).slice(0, 900)],
    ['damaged preferences', stored([tapeNamed(1)], 2, { volume: 'loud' })],
    ['tapes that are not a list', JSON.stringify({ state: { shelf: { tapes: {} }, prefs: {} }, version: 2 })],
  ])('%s: the whole value is kept aside word for word, as before', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const s = open(storage).getState();
    expect(s.tape.id).toBe('builtin');
    expect(storage.getItem(keptAside(storage)[0] ?? '')).toBe(raw);
    expect(s.storage.unreadable).toMatchObject({ raw });
    expect(s.storage.unreadable?.tapes).toBeUndefined();
  });
});

describe('restoreStored, for any shelf with any tapes damaged', () => {
  it('loads every undamaged tape, in order, and sets every damaged one aside; never throws', () => {
    const damage = fc.constantFrom(...DAMAGES.map(([, d]) => d));
    const shelf = fc.array(fc.option(damage, { nil: undefined }), { maxLength: 8 });
    fc.assert(
      fc.property(shelf, (plan) => {
        const tapes = plan.map((d, i) => (d ? d(tapeNamed(i)) : tapeNamed(i)));
        const state = JSON.parse(stored(tapes)).state;
        const { state: restored, setAside } = restoreStored(state, 2);
        const good = plan.flatMap((d, i) => (d ? [] : [`tape-${i}`]));
        const bad = tapes.filter((_, i) => plan[i]);
        expect(restored.shelf.tapes.map((t) => t.id)).toEqual(good);
        expect(setAside.map((t) => JSON.parse(t.raw))).toEqual(bad);
        expect(setAside.map((t) => t.name)).toEqual(bad.map((t) => `“${String(t.title)}”`));
      }),
    );
  });
});

describe('the stored types', () => {
  it('are inferred from the schema, and the model’s tape is exactly what it reads and writes', () => {
    expectTypeOf<Tape>().toMatchTypeOf<v.InferOutput<typeof StoredTape>>();
    expectTypeOf<v.InferOutput<typeof StoredTape>>().toMatchTypeOf<Tape>();
  });
});
