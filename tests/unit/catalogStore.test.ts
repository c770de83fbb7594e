import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCatalogLookups } from '../../src/app/watchLookups';
import { startAuditions } from '../../src/audio/audition';
import { startAudioEngine } from '../../src/audio/engine';
import type { Catalogs } from '../../src/catalog/catalogs';
import { trackFromCatalog } from '../../src/catalog/catalogTrack';
import type { CatalogProvider, CatalogTrack, LookupReport } from '../../src/catalog/provider';
import type { Tape } from '../../src/model/tape';
import { awaitingNames, type Track } from '../../src/model/track';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
import { catalogTrack } from '../support/catalogTape';
import { createFakePlayer, type FakePlayer } from '../support/fakePlayer';
import { makeTape, makeTrack } from '../support/tapes';

const awaiting = (provider: 'itunes' | 'deezer', catalogId: string, n: number): Track => ({
  id: `catalog~${n}`,
  songId: `${provider}:${catalogId}`,
  ...awaitingNames({ provider, catalogId }),
  previewUrl: '',
  format: provider === 'itunes' ? 'm4a' : 'mp3',
  clipSeconds: 30,
  source: 'catalog',
});

const found = (provider: 'itunes' | 'deezer', catalogId: string, previewUrl?: string): CatalogTrack => ({
  provider,
  catalogId,
  title: `Song ${catalogId}`,
  artist: 'The Band',
  previewUrl: previewUrl ?? `https://audio.example/${provider}/${catalogId}.m4a`,
  format: provider === 'itunes' ? 'm4a' : 'mp3',
  storeUrl: `https://store.example/${catalogId}`,
});

const sharedTape = (tracks: Track[]): Tape => ({
  id: 'shared-1',
  title: 'From a friend',
  tracks,
  sideBStart: 1,
  colors: { shell: '#222222', label: '#eeeeee' },
  length: 'C60',
});

describe('filling in catalog details', () => {
  it('gives tracks from a link everything the catalog says, keeping their entry ids, with no undo step', () => {
    const store = createMixtapeStore({ tape: makeTape(2) });
    store.getState().receiveTape(sharedTape([awaiting('itunes', '11', 0), awaiting('itunes', '22', 1)]));
    store.getState().fillCatalogDetails([trackFromCatalog(found('itunes', '22'))]);
    const [first, second] = store.getState().tape.tracks;
    expect(first?.title).toBe('iTunes song 11');
    expect(second).toMatchObject({
      id: 'catalog~1',
      title: 'Song 22',
      previewUrl: 'https://audio.example/itunes/22.m4a',
    });
    expect(store.getState().visiting?.tracks[1]?.title).toBe('Song 22');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('gives a track the listener already has only the fresh preview address, on every tape holding it', () => {
    const mine = { ...catalogTrack('deezer', '3135556', 1), title: 'Our song' };
    const store = createMixtapeStore({
      tape: makeTape(2),
      shelf: {
        tapes: [
          { ...makeTape(1), id: 'a', tracks: [mine] },
          { ...makeTape(1), id: 'b', tracks: [{ ...mine, id: 'x' }] },
        ],
        activeId: 'a',
        deleted: {},
      },
    });
    store
      .getState()
      .fillCatalogDetails([trackFromCatalog(found('deezer', '3135556', 'https://fresh.example/p.mp3'))]);
    for (const tape of store.getState().shelf.tapes)
      expect(tape.tracks[0]).toMatchObject({ title: 'Our song', previewUrl: 'https://fresh.example/p.mp3' });
    expect(store.getState().tape.tracks[0]?.previewUrl).toBe('https://fresh.example/p.mp3');
  });

  it('lets a track that failed for want of its address play once it has one', () => {
    const store = createMixtapeStore({ tape: makeTape(2) });
    store.getState().receiveTape(sharedTape([awaiting('itunes', '11', 0)]));
    store.getState().clipFailed('catalog~0', 'it is still waiting');
    expect(store.getState().unavailable['catalog~0']).toBeDefined();
    store.getState().fillCatalogDetails([trackFromCatalog(found('itunes', '11'))]);
    expect(store.getState().unavailable['catalog~0']).toBeUndefined();
  });
});

describe('replacing stand-ins with real previews', () => {
  it('is one undoable step that saves the listener’s own copy of a built-in tape', () => {
    const store = createMixtapeStore({ tape: makeTape(3), newId: () => 'copy' });
    const songs = new Map([
      ['t1', trackFromCatalog(found('itunes', '1'))],
      ['t3', trackFromCatalog(found('itunes', '3'))],
    ]);
    store.getState().replaceTracks(songs);
    const s = store.getState();
    expect(s.tape.id).toBe('copy');
    expect(s.tape.tracks.map((t) => [t.id, t.source])).toEqual([
      ['t1', 'catalog'],
      ['t2', 'stand-in'],
      ['t3', 'catalog'],
    ]);
    expect(s.history.past.at(-1)?.label).toBe('Use 2 real previews');
    s.undo();
    expect(store.getState().tape.tracks.every((t) => t.source === 'stand-in')).toBe(true);
  });
});

describe('hearing a preview', () => {
  let store: MixtapeStore;
  let player: FakePlayer;
  let stop: () => void;
  const preview = trackFromCatalog(found('itunes', '42'));

  beforeEach(() => {
    vi.useFakeTimers();
    store = createMixtapeStore({ tape: makeTape(3) });
    player = createFakePlayer();
    const stopEngine = startAudioEngine(store, player);
    const stopAuditions = startAuditions(store, player, 250);
    stop = () => {
      stopAuditions();
      stopEngine();
    };
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('plays through the same player with the codec hint, and reports its clock', () => {
    store.getState().auditionPreview(preview);
    const clip = player.clipFor(preview.previewUrl);
    expect(clip?.source).toEqual({ url: preview.previewUrl, format: 'm4a' });
    expect(store.getState().audition.status).toBe('loading');
    clip?.finishLoading(30);
    expect(store.getState().audition.status).toBe('playing');
    clip?.advance(4);
    vi.advanceTimersByTime(250);
    expect(store.getState().audition).toMatchObject({ position: 4, duration: 30 });
    clip?.end();
    expect(store.getState().audition).toMatchObject({ status: 'idle', request: null });
    expect(clip?.unloaded).toBe(true);
  });

  it('pauses the tape, and the tape starting again stops the preview', () => {
    store.getState().play();
    player.clipFor('/clips/t1.mp3')?.finishLoading();
    expect(store.getState().playback.status).toBe('playing');
    store.getState().auditionPreview(preview);
    expect(store.getState().playback.status).toBe('paused');
    const clip = player.clipFor(preview.previewUrl);
    store.getState().play();
    expect(store.getState().audition.request).toBeNull();
    expect(clip?.unloaded).toBe(true);
  });

  it('says why a preview cannot play, and ignores a replaced preview’s late reports', () => {
    store.getState().auditionPreview(preview);
    const first = player.clipFor(preview.previewUrl);
    const other = trackFromCatalog(found('itunes', '43'));
    store.getState().auditionPreview(other);
    first?.handlers.onEnd();
    expect(store.getState().audition.request?.track).toBe(other);
    player.clipFor(other.previewUrl)?.failToLoad('the clip is missing');
    expect(store.getState().audition.error).toBe('This preview can’t be played: the clip is missing.');
  });

  it('skips a catalog track whose details have not arrived, like a missing clip', async () => {
    store.getState().receiveTape(sharedTape([awaiting('itunes', '11', 0), makeTrack(9)]));
    store.getState().play();
    await Promise.resolve();
    expect(store.getState().unavailable['catalog~0']).toMatch(/waiting for its details/);
    expect(store.getState().queue.current).toBe('t9');
    expect(player.clips.map((c) => c.source.url)).toEqual(['/clips/t9.mp3']);
  });
});

describe('watching for catalog lookups', () => {
  let calls: Array<{ provider: string; ids: readonly string[] }>;
  let answers: Record<string, (ids: readonly string[]) => LookupReport>;
  let online: boolean;
  let retry: (() => void) | undefined;

  const provider = (id: 'itunes' | 'deezer', name: string): CatalogProvider => ({
    id,
    name,
    search: async () => ({ ok: true, value: [] }),
    lookup: async (ids) => {
      calls.push({ provider: id, ids });
      return answers[id]?.(ids) ?? { found: ids.map((i) => found(id, i)), missing: [], failed: [] };
    },
  });
  const catalogs: Catalogs = {
    all: [provider('itunes', 'iTunes'), provider('deezer', 'Deezer')],
    get: (name) => catalogs.all.find((p) => p.id === name) ?? provider('itunes', 'iTunes'),
  };
  const watch = (store: MixtapeStore, now = () => 0) =>
    watchCatalogLookups(store, {
      catalogs,
      now,
      isOnline: () => online,
      onOnline: (fn) => {
        retry = fn;
        return () => {
          retry = undefined;
        };
      },
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    calls = [];
    answers = {};
    online = true;
    retry = undefined;
  });

  it('looks a link’s tracks up in one call per catalog, each id once', async () => {
    const store = createMixtapeStore({ tape: makeTape(1) });
    const stop = watch(store);
    store
      .getState()
      .receiveTape(
        sharedTape([
          awaiting('itunes', '11', 0),
          awaiting('deezer', '5', 1),
          awaiting('itunes', '22', 2),
          awaiting('itunes', '11', 3),
        ]),
      );
    await settle();
    expect(calls).toEqual([
      { provider: 'itunes', ids: ['11', '22'] },
      { provider: 'deezer', ids: ['5'] },
    ]);
    expect(store.getState().tape.tracks.map((t) => t.title)).toEqual([
      'Song 11',
      'Song 5',
      'Song 22',
      'Song 11',
    ]);
    stop();
  });

  it('offline, says how many tracks wait, and fills them in when the connection returns', async () => {
    online = false;
    const store = createMixtapeStore({ tape: makeTape(1) });
    const stop = watch(store);
    store.getState().receiveTape(sharedTape([awaiting('itunes', '11', 0), awaiting('itunes', '22', 1)]));
    await settle();
    expect(calls).toEqual([]);
    expect(store.getState().messages.at(-1)?.text).toBe(
      '2 tracks from the iTunes catalog wait for a connection: they fill in when you’re back online.',
    );
    online = true;
    retry?.();
    await settle();
    expect(store.getState().tape.tracks.map((t) => t.title)).toEqual(['Song 11', 'Song 22']);
    stop();
  });

  it('names the tracks the catalog no longer has, and does not ask for them again', async () => {
    answers.itunes = () => ({
      found: [found('itunes', '11')],
      missing: [{ id: '99', reason: 'no longer in the iTunes catalog' }],
      failed: [],
    });
    const store = createMixtapeStore({ tape: makeTape(1) });
    const stop = watch(store);
    store.getState().receiveTape(sharedTape([awaiting('itunes', '11', 0), awaiting('itunes', '99', 1)]));
    await settle();
    expect(store.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: 'Couldn’t fill in 1 track on this tape: no longer in the iTunes catalog.',
    });
    // The row says why it cannot play, and playing skips it.
    expect(store.getState().unavailable).toEqual({ 'catalog~1': 'no longer in the iTunes catalog' });
    store.getState().next();
    await settle();
    expect(calls).toHaveLength(1);
    stop();
  });

  it('looks Deezer previews up again when their signed address is about to expire', async () => {
    const stale = catalogTrack('deezer', '3135556', 1); // signed until 1,760,000,000 s
    const store = createMixtapeStore({
      tape: makeTape(1),
      shelf: {
        tapes: [{ ...makeTape(1), id: 'a', tracks: [stale, makeTrack(2)] }],
        activeId: 'a',
        deleted: {},
      },
    });
    let now = 1_700_000_000_000;
    const stop = watch(store, () => now);
    await settle();
    expect(calls).toEqual([]);
    now = 1_760_000_000_000 - 30_000;
    store.getState().next();
    await settle();
    expect(calls).toEqual([{ provider: 'deezer', ids: ['3135556'] }]);
    expect(store.getState().tape.tracks[0]?.previewUrl).toBe('https://audio.example/deezer/3135556.m4a');
    expect(store.getState().tape.tracks[0]?.title).toBe('Catalog song 1');
    stop();
  });
});
