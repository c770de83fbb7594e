import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCatalogLookups } from '../../src/app/watchLookups';
import { createCatalogs } from '../../src/catalog/catalogs';
import type { JsonpLoader } from '../../src/catalog/jsonp';
import { MAX_ATTEMPTS, retryDelayMs } from '../../src/catalog/lookupRetries';
import type { Tape } from '../../src/model/tape';
import { awaitingNames, isAwaitingLookup, type Track } from '../../src/model/track';
import { createMixtapeStore, type MixtapeStore } from '../../src/store/createMixtapeStore';
// Case r10 of issue 13 (../shared/cases/real-world/r10-deezer-quota.json, copied unchanged): Deezer's
// public API, GET https://api.deezer.com/track/<id>?output=jsonp, as it answered a web player's
// lookup of three ids when the address's quota (50 requests per 5 s) ran out on the third. Deezer
// answers errors with HTTP 200 and an error body (code 4 is QUOTA in developers.deezer.com/api/errors).
import r10 from '../fixtures/real-world/r10-deezer-quota.json';
import { makeTape } from '../support/tapes';

const awaiting = (catalogId: string, n: number): Track => ({
  id: `catalog~${n}`,
  songId: `deezer:${catalogId}`,
  ...awaitingNames({ provider: 'deezer', catalogId }),
  previewUrl: '',
  format: 'mp3',
  clipSeconds: 30,
  source: 'catalog',
});

const sharedTape = (ids: readonly string[]): Tape => ({
  id: 'shared-deezer',
  title: 'From a friend',
  tracks: ids.map((id, n) => awaiting(id, n)),
  sideBStart: 1,
  colors: { shell: '#222222', label: '#eeeeee' },
  length: 'C90',
});

/** A track answer in the fixture's shape (Deezer's `/track/<id>`), for ids the fixture does not cover. */
const deezerTrackAnswer = (id: string) => ({
  ...r10.answers['3135556001'],
  id: Number(id),
  title: `Song ${id}`,
  link: `https://www.deezer.com/track/${id}`,
});

const QUOTA = r10.answers['3135556003'];
const idIn = (url: string) => /\/track\/(\d+)/.exec(url)?.[1] ?? '';

/** Lets every promise and due timer run, as the page's event loop would, without passing time. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let store: MixtapeStore;
let stop: () => void;
let online: boolean;
const titles = () => store.getState().tape.tracks.map((t) => t.title);
const lastNotice = () => store.getState().messages.at(-1)?.text;

function watch(jsonp: JsonpLoader) {
  const catalogs = createCatalogs({ jsonp, isOnline: () => online });
  stop = watchCatalogLookups(store, { catalogs, isOnline: () => online, onOnline: () => () => {} });
}

beforeEach(() => {
  vi.useFakeTimers();
  online = true;
  store = createMixtapeStore({ tape: makeTape(1) });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('case r10: a Deezer lookup where the quota runs out on the third id', () => {
  it('fills in the two answered tracks at once, says Deezer asks us to slow down, then fills in the third', async () => {
    const asked: string[] = [];
    let quotaLeft = 1;
    watch(async (url) => {
      const id = idIn(url);
      asked.push(id);
      if (id === '3135556003' && quotaLeft-- > 0) return QUOTA;
      return id in r10.answers && id !== '3135556003'
        ? r10.answers[id as keyof typeof r10.answers]
        : deezerTrackAnswer(id);
    });
    store.getState().receiveTape(sharedTape(Object.keys(r10.answers)));
    await settle();
    expect(titles()).toEqual(['Paper Lanterns', 'Sleeper Car', 'Deezer song 3135556003']);
    expect(store.getState().tape.tracks[0]).toMatchObject({
      artist: 'Marigold Avenue',
      album: 'Low Tide Letters',
      storeUrl: 'https://www.deezer.com/track/3135556001',
    });
    expect(lastNotice()).toBe(
      'The Deezer catalog asks us to slow down: 1 track waiting, trying again in 5 s.',
    );
    expect(asked).toEqual(['3135556001', '3135556002', '3135556003']);

    // Not before the pause: the retry waits for the backoff.
    await vi.advanceTimersByTimeAsync(retryDelayMs(0) - 1);
    expect(asked).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['3135556001', '3135556002', '3135556003', '3135556003']);
    expect(titles()).toEqual(['Paper Lanterns', 'Sleeper Car', 'Song 3135556003']);
    expect(store.getState().tape.tracks.some(isAwaitingLookup)).toBe(false);
  });

  it('backs off further each time the quota error repeats, and says so apart from being offline', async () => {
    const askedAt: number[] = [];
    watch(async (url) => {
      if (idIn(url) !== '3135556003') return deezerTrackAnswer(idIn(url));
      askedAt.push(Date.now());
      return askedAt.length <= 3 ? QUOTA : deezerTrackAnswer('3135556003');
    });
    const start = Date.now();
    store.getState().receiveTape(sharedTape(Object.keys(r10.answers)));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(askedAt.map((t) => t - start)).toEqual([0, 5_000, 15_000, 35_000]);
    expect(titles()[2]).toBe('Song 3135556003');
    const notices = store.getState().messages.map((m) => m.text);
    expect(notices.filter((t) => /slow down/.test(t))).toHaveLength(3);
    expect(notices.filter((t) => /connection|offline/.test(t))).toEqual([]);
  });

  it('gives up after a while with a message, where being offline waits for the connection', async () => {
    let asks = 0;
    watch(async (url) => {
      if (idIn(url) !== '3135556003') return deezerTrackAnswer(idIn(url));
      asks += 1;
      return QUOTA;
    });
    store.getState().receiveTape(sharedTape(Object.keys(r10.answers)));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(asks).toBe(MAX_ATTEMPTS);
    expect(lastNotice()).toBe(
      '1 track from the Deezer catalog did not fill in: The Deezer catalog is busy (it allows about 50 requests every 5 seconds). Mixtape asks again when you open the tape or pick a track.',
    );
    expect(titles()).toEqual(['Song 3135556001', 'Song 3135556002', 'Deezer song 3135556003']);
    // As the notice says: picking a track asks again.
    store.getState().playTrack('catalog~1');
    await settle();
    expect(asks).toBe(MAX_ATTEMPTS + 1);
    stop();

    online = false;
    store = createMixtapeStore({ tape: makeTape(1) });
    watch(async (url) => deezerTrackAnswer(idIn(url)));
    store.getState().receiveTape(sharedTape(['1', '2']));
    await settle();
    expect(lastNotice()).toBe(
      '2 tracks from the Deezer catalog wait for a connection: they fill in when you’re back online.',
    );
  });

  it('marks an id Deezer has no data for as unavailable with the reason, and fills in the rest', async () => {
    const noData = { error: { type: 'DataException', message: 'no data', code: 800 } };
    watch(async (url) => (idIn(url) === '2' ? noData : deezerTrackAnswer(idIn(url))));
    store.getState().receiveTape(sharedTape(['1', '2', '3']));
    await settle();
    expect(titles()).toEqual(['Song 1', 'Deezer song 2', 'Song 3']);
    expect(store.getState().unavailable).toEqual({ 'catalog~1': 'no longer in the Deezer catalog' });
    expect(lastNotice()).toBe('Couldn’t fill in 1 track on this tape: no longer in the Deezer catalog.');
  });
});

describe('a tape of 60 Deezer songs', () => {
  /**
   * Deezer's side of the quota as its reference describes it: more than 50 requests from one address
   * in 5 s are answered with the quota error. `elsewhere` requests from other tabs or programs on the
   * same address count too.
   */
  function deezerServer(elsewhere: number[] = []) {
    const seen = [...elsewhere];
    const refusals: string[] = [];
    const jsonp: JsonpLoader = async (url) => {
      const t = Date.now();
      const recent = seen.filter((s) => s > t - 5_000).length;
      seen.push(t);
      if (recent >= 50) {
        refusals.push(idIn(url));
        return QUOTA;
      }
      return deezerTrackAnswer(idIn(url));
    };
    return { jsonp, seen, refusals };
  }
  const ids = Array.from({ length: 60 }, (_, i) => String(3_135_557_000 + i));

  it('fills in completely, paced under Deezer’s limit so the quota error never comes', async () => {
    const server = deezerServer();
    watch(server.jsonp);
    store.getState().receiveTape(sharedTape(ids));
    await settle();
    // The first 50 go at once, and fill in without waiting for the other ten.
    expect(server.seen).toHaveLength(50);
    expect(store.getState().tape.tracks.filter(isAwaitingLookup)).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(server.seen).toHaveLength(60);
    expect(server.refusals).toEqual([]);
    expect(titles()).toEqual(ids.map((id) => `Song ${id}`));
  });

  it('fills in completely when other use of the address spends part of the quota', async () => {
    const server = deezerServer(Array.from({ length: 30 }, () => Date.now()));
    watch(server.jsonp);
    store.getState().receiveTape(sharedTape(ids));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.refusals.length).toBeGreaterThan(0);
    expect(titles()).toEqual(ids.map((id) => `Song ${id}`));
    expect(store.getState().messages.map((m) => m.text)).toContainEqual(
      expect.stringMatching(
        /^The Deezer catalog asks us to slow down: \d+ tracks waiting, trying again in 5 s\.$/,
      ),
    );
  });
});
