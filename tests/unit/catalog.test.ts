import { describe, expect, it, vi } from 'vitest';
import { createDeezerProvider } from '../../src/catalog/deezer';
import { createItunesProvider } from '../../src/catalog/itunes';
import { JsonpError, type JsonpLoader } from '../../src/catalog/jsonp';
import type { CatalogDeps, CatalogResult, CatalogTrack } from '../../src/catalog/provider';
import deezerQuota from '../fixtures/catalog/deezer-error-quota.json';
import deezerSearch from '../fixtures/catalog/deezer-search.json';
import deezerTrack from '../fixtures/catalog/deezer-track.json';
import itunesLookup from '../fixtures/catalog/itunes-lookup.json';
import itunesSearch from '../fixtures/catalog/itunes-search-sea-of-love.json';

type Fetch = typeof globalThis.fetch;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const fakeFetch = (answer: () => Response | Promise<Response>) => vi.fn<Fetch>(async () => answer());
const fakeJsonp = (answer: () => unknown) => vi.fn<JsonpLoader>(async () => answer());
const online: CatalogDeps = { isOnline: () => true };

function tracksOf(result: CatalogResult<CatalogTrack[]>): CatalogTrack[] {
  if (!result.ok) throw new Error(`expected tracks, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

const catPower: CatalogTrack = {
  provider: 'itunes',
  catalogId: '205683774',
  title: 'Sea of Love',
  artist: 'Cat Power',
  album: 'The Covers Record',
  durationSeconds: 140.413,
  previewUrl:
    'https://audio-ssl.itunes.apple.com/itunes-assets/AudioPreview115/v4/5c/2a/0e/5c2a0e5f-1b6d-3b5e-2c7f-7a0d0c3f9e51/mzaf_4021934761538225417.plus.aac.p.m4a',
  format: 'm4a',
  artworkUrl:
    'https://is1-ssl.mzstatic.com/image/thumb/Music125/v4/8e/1f/3b/8e1f3b2c-4d5a-6b7c-8d9e-0f1a2b3c4d5e/mzi.abcdefgh.jpg/100x100bb.jpg',
  storeUrl: 'https://music.apple.com/us/album/sea-of-love/205683597?i=205683774&uo=4',
};

describe('iTunes provider', () => {
  it('maps songs with a preview and skips music videos and songs without one', async () => {
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(() => json(itunesSearch)) });
    const tracks = tracksOf(await itunes.search('sea of love'));
    expect(tracks[0]).toEqual(catPower);
    expect(tracks.map((t) => t.artist)).toEqual(['Cat Power', 'Phil Phillips & The Twilights']);
  });

  it('encodes the term and asks for songs only', async () => {
    const fetch = fakeFetch(() => json({ resultCount: 0, results: [] }));
    const itunes = createItunesProvider({ ...online, fetch });
    await itunes.search('  Sea of Love & more/?  ', { limit: 10 });
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'https://itunes.apple.com/search?term=Sea+of+Love+%26+more%2F%3F&entity=song&media=music&limit=10',
    );
  });

  it('does not ask about a blank term', async () => {
    const fetch = fakeFetch(() => json(itunesSearch));
    const result = await createItunesProvider({ ...online, fetch }).search('   ');
    expect(result).toEqual({ ok: true, value: [] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('looks many ids up in one call and answers in the order asked', async () => {
    const fetch = fakeFetch(() => json(itunesLookup));
    const itunes = createItunesProvider({ ...online, fetch });
    const report = await itunes.lookup(['205683774', ' 1440868306', '999', 'x1', '205683774']);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'https://itunes.apple.com/lookup?id=205683774,1440868306,999&entity=song',
    );
    expect(report.found.map((t) => t.catalogId)).toEqual(['205683774', '1440868306']);
    expect(report.missing).toEqual([{ id: '999', reason: 'no longer in the iTunes catalog' }]);
    expect(report.failed).toEqual([]);
  });

  it('fails every id of a lookup together, since one request answers them all', async () => {
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(() => json({}, 429)) });
    const report = await itunes.lookup(['1', '2']);
    expect(report.found).toEqual([]);
    expect(report.failed.map((f) => [f.id, f.error.kind])).toEqual([
      ['1', 'rate-limited'],
      ['2', 'rate-limited'],
    ]);
  });

  it('passes only web addresses through', async () => {
    const [first] = itunesSearch.results;
    const tampered = {
      resultCount: 2,
      results: [
        { ...first, trackId: 1, previewUrl: 'javascript:alert(1)' },
        { ...first, trackId: 2, trackViewUrl: 'javascript:alert(1)', artworkUrl100: 'data:image/png,x' },
      ],
    };
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(() => json(tampered)) });
    const tracks = tracksOf(await itunes.search('x'));
    expect(tracks.map((t) => t.catalogId)).toEqual(['2']);
    expect(tracks[0]).not.toHaveProperty('storeUrl');
    expect(tracks[0]).not.toHaveProperty('artworkUrl');
  });

  it('falls back to JSONP when fetch fails the way CORS failures do', async () => {
    const jsonp = fakeJsonp(() => itunesSearch);
    const fetch = vi.fn<Fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const tracks = tracksOf(await createItunesProvider({ ...online, fetch, jsonp }).search('sea of love'));
    expect(jsonp).toHaveBeenCalledOnce();
    expect(jsonp.mock.calls[0]?.slice(0, 2)).toEqual([fetch.mock.calls[0]?.[0], 'callback']);
    expect(tracks[0]).toEqual(catPower);
  });

  it('reports a JSONP failure after the fallback', async () => {
    const fetch = vi.fn<Fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const jsonp = vi.fn<JsonpLoader>(async () => {
      throw new JsonpError('network', 'blocked');
    });
    const result = await createItunesProvider({ ...online, fetch, jsonp }).search('x');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it.each([403, 429])('reads HTTP %i as the rate limit', async (status) => {
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(() => json({}, status)) });
    const result = await itunes.search('x');
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'rate-limited',
        message: 'The iTunes catalog is busy (it allows about 20 searches a minute). Try again in a minute.',
      },
    });
  });

  it('reads other HTTP errors as unavailable', async () => {
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(() => json({}, 503)) });
    expect(await itunes.search('x')).toMatchObject({
      ok: false,
      error: { kind: 'unavailable', message: expect.stringContaining('HTTP 503') },
    });
  });

  it('says offline without calling fetch', async () => {
    const fetch = fakeFetch(() => json(itunesSearch));
    const result = await createItunesProvider({ isOnline: () => false, fetch }).search('x');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'offline', message: 'You’re offline: catalog search needs a connection.' },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports an abort as aborted, without falling back', async () => {
    const controller = new AbortController();
    const jsonp = fakeJsonp(() => itunesSearch);
    const fetch = vi.fn<Fetch>(async () => {
      controller.abort();
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    const itunes = createItunesProvider({ ...online, fetch, jsonp });
    const result = await itunes.search('x', { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(fetch.mock.calls[0]?.[1]).toEqual({ signal: controller.signal });
    expect(jsonp).not.toHaveBeenCalled();
    expect((await itunes.lookup(['1'], { signal: controller.signal })).failed).toMatchObject([
      { id: '1', error: { kind: 'aborted' } },
    ]);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it.each([
    ['not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['the wrong shape', () => json({ results: 'none' })],
  ])('reads an answer that is %s as bad-response', async (_, answer) => {
    const itunes = createItunesProvider({ ...online, fetch: fakeFetch(answer) });
    expect(await itunes.search('x')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });

  it('never throws, whatever fetch does', async () => {
    const fetch = vi.fn<Fetch>(async () => {
      throw new Error('weird');
    });
    const result = await createItunesProvider({ ...online, fetch }).search('x');
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });
});

const catPowerOnDeezer: CatalogTrack = {
  provider: 'deezer',
  catalogId: '3135556',
  title: 'Sea of Love',
  artist: 'Cat Power',
  album: 'The Covers Record',
  durationSeconds: 140,
  previewUrl: deezerTrack.preview,
  format: 'mp3',
  artworkUrl:
    'https://e-cdns-images.dzcdn.net/images/cover/2f4d7c1e9b0a3c5d6e7f8a9b0c1d2e3f/250x250-000000-80-0-0.jpg',
  storeUrl: 'https://www.deezer.com/track/3135556',
};

const rejectWith = (error: unknown) =>
  vi.fn<JsonpLoader>(async () => {
    throw error;
  });

describe('Deezer provider', () => {
  it('searches over JSONP and skips tracks without a preview', async () => {
    const jsonp = fakeJsonp(() => deezerSearch);
    const tracks = tracksOf(await createDeezerProvider({ ...online, jsonp }).search(' sea of love & more '));
    expect(jsonp.mock.calls[0]?.slice(0, 2)).toEqual([
      'https://api.deezer.com/search?q=sea+of+love+%26+more&limit=25&output=jsonp',
      'callback',
    ]);
    expect(tracks[0]).toEqual(catPowerOnDeezer);
    expect(tracks.map((t) => t.artist)).toEqual(['Cat Power', 'The Honeydrippers']);
  });

  it('maps a track answer the way it maps a search result', async () => {
    const jsonp = fakeJsonp(() => deezerTrack);
    const report = await createDeezerProvider({ ...online, jsonp }).lookup(['3135556']);
    expect(jsonp.mock.calls[0]?.slice(0, 2)).toEqual([
      'https://api.deezer.com/track/3135556?output=jsonp',
      'callback',
    ]);
    expect(report).toEqual({ found: [catPowerOnDeezer], missing: [], failed: [] });
  });

  it('looks ids up one per call, at most 25 at once, in the order asked, naming unknown ids', async () => {
    let inFlight = 0;
    let most = 0;
    const jsonp = vi.fn<JsonpLoader>(async (url) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      const id = Number(/track\/(\d+)/.exec(url)?.[1]);
      if (id === 13) return { error: { type: 'DataException', message: 'no data', code: 800 } };
      return { ...deezerTrack, id };
    });
    const ids = Array.from({ length: 30 }, (_, i) => String(i + 1));
    const report = await createDeezerProvider({ ...online, jsonp }).lookup(ids);
    expect(jsonp).toHaveBeenCalledTimes(30);
    expect(most).toBe(25);
    expect(report.found.map((t) => t.catalogId)).toEqual(ids.filter((id) => id !== '13'));
    expect(report.missing).toEqual([{ id: '13', reason: 'no longer in the Deezer catalog' }]);
  });

  it('reads the quota error as the rate limit, in search and for each id of a lookup', async () => {
    const deezer = createDeezerProvider({ ...online, jsonp: fakeJsonp(() => deezerQuota) });
    expect(await deezer.search('x')).toMatchObject({ ok: false, error: { kind: 'rate-limited' } });
    const report = await deezer.lookup(['1', '2']);
    expect(report.failed.map((f) => [f.id, f.error.kind])).toEqual([
      ['1', 'rate-limited'],
      ['2', 'rate-limited'],
    ]);
  });

  it('names a track without a preview as missing, with the reason', async () => {
    const jsonp = fakeJsonp(() => ({ ...deezerTrack, preview: '' }));
    const report = await createDeezerProvider({ ...online, jsonp }).lookup(['3135556']);
    expect(report.missing).toEqual([{ id: '3135556', reason: 'no preview in the Deezer catalog' }]);
  });

  it('passes on what other errors say', async () => {
    const error = { error: { type: 'OAuthException', message: 'Invalid OAuth access token.', code: 300 } };
    const deezer = createDeezerProvider({ ...online, jsonp: fakeJsonp(() => error) });
    expect(await deezer.search('x')).toMatchObject({
      ok: false,
      error: { kind: 'unavailable', message: expect.stringContaining('Invalid OAuth access token.') },
    });
  });

  it('says offline without loading anything', async () => {
    const jsonp = fakeJsonp(() => deezerSearch);
    const result = await createDeezerProvider({ isOnline: () => false, jsonp }).search('x');
    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(jsonp).not.toHaveBeenCalled();
  });

  it('reports an abort as aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const jsonp = rejectWith(new DOMException('The operation was aborted.', 'AbortError'));
    const deezer = createDeezerProvider({ ...online, jsonp });
    expect(await deezer.search('x', { signal: controller.signal })).toMatchObject({
      ok: false,
      error: { kind: 'aborted' },
    });
    expect((await createDeezerProvider({ ...online, jsonp }).lookup(['1'])).failed).toMatchObject([
      { id: '1', error: { kind: 'aborted' } },
    ]);
  });

  it.each([
    ['a timeout', new JsonpError('timeout', 'slow'), 'unavailable'],
    ['a failed script', new JsonpError('network', 'blocked'), 'unavailable'],
    ['a script that never called back', new JsonpError('no-callback', 'not JSONP'), 'bad-response'],
  ])('reads %s as %s', async (_, error, kind) => {
    const deezer = createDeezerProvider({ ...online, jsonp: rejectWith(error) });
    expect(await deezer.search('x')).toMatchObject({ ok: false, error: { kind } });
  });

  it('reads a malformed search or lookup answer as bad-response', async () => {
    const search = createDeezerProvider({ ...online, jsonp: fakeJsonp(() => ({ data: 'none' })) });
    expect(await search.search('x')).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const lookup = createDeezerProvider({ ...online, jsonp: fakeJsonp(() => ({ id: 'one' })) });
    expect((await lookup.lookup(['1'])).failed).toMatchObject([{ id: '1', error: { kind: 'bad-response' } }]);
  });
});
