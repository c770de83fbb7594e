import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_SECONDS, trackFromCatalog } from '../../src/catalog/catalogTrack';
import { findMatches, type MatchOutcome, matchQuery } from '../../src/catalog/findMatches';
import { createItunesProvider } from '../../src/catalog/itunes';
import { bestMatch, MATCH_THRESHOLD, matchScore, normalise } from '../../src/catalog/match';
import { isPreviewStale, previewExpiresAt } from '../../src/catalog/previewExpiry';
import type { CatalogProvider, CatalogResult, CatalogTrack } from '../../src/catalog/provider';
import { createRateLimiter, ITUNES_LIMIT, type RequestLimit } from '../../src/catalog/rateLimit';
import { createSearchController, type SearchStatus } from '../../src/catalog/searchController';
import { makeTrack } from '../support/tapes';

const song = (over: Partial<CatalogTrack> = {}): CatalogTrack => ({
  provider: 'itunes',
  catalogId: '205683774',
  title: 'Sea of Love',
  artist: 'Cat Power',
  album: 'The Covers Record',
  durationSeconds: 139.5,
  previewUrl: 'https://audio-ssl.itunes.apple.com/a/mzaf_1.plus.aac.p.m4a',
  format: 'm4a',
  artworkUrl: 'https://is1-ssl.mzstatic.com/image/thumb/x/100x100bb.jpg',
  storeUrl: 'https://music.apple.com/us/album/sea-of-love/205683597?i=205683774',
  ...over,
});

describe('trackFromCatalog', () => {
  it('keeps provider and id in the songId, the codec hint, artwork and store page', () => {
    expect(trackFromCatalog(song())).toEqual({
      songId: 'itunes:205683774',
      title: 'Sea of Love',
      artist: 'Cat Power',
      album: 'The Covers Record',
      previewUrl: 'https://audio-ssl.itunes.apple.com/a/mzaf_1.plus.aac.p.m4a',
      format: 'm4a',
      clipSeconds: PREVIEW_SECONDS,
      fullSeconds: 139.5,
      source: 'catalog',
      artworkUrl: 'https://is1-ssl.mzstatic.com/image/thumb/x/100x100bb.jpg',
      storeUrl: 'https://music.apple.com/us/album/sea-of-love/205683597?i=205683774',
    });
  });

  it('leaves out what the catalog did not say', () => {
    const { album: _a, durationSeconds: _d, artworkUrl: _w, storeUrl: _s, ...rest } = song();
    const bare = trackFromCatalog(rest);
    expect(Object.keys(bare).sort()).toEqual(
      ['artist', 'clipSeconds', 'format', 'previewUrl', 'songId', 'source', 'title'].sort(),
    );
  });
});

describe('Deezer preview expiry', () => {
  const url = (exp: number) =>
    `https://cdnt-preview.dzcdn.net/api/1/1/a/b/c/0/x.mp3?hdnea=exp=${exp}~acl=/api/1/1/a/b/c/0/x.mp3*~hmac=ff`;

  it('reads the deadline Deezer writes into the address', () => {
    expect(previewExpiresAt(url(1_718_901_234))).toBe(1_718_901_234_000);
    expect(previewExpiresAt('https://audio-ssl.itunes.apple.com/a.m4a')).toBeNull();
  });

  it('is stale a minute before the deadline, never for addresses without one', () => {
    const deadline = 1_718_901_234_000;
    expect(isPreviewStale(url(1_718_901_234), deadline - 61_000)).toBe(false);
    expect(isPreviewStale(url(1_718_901_234), deadline - 60_000)).toBe(true);
    expect(isPreviewStale(url(1_718_901_234), deadline + 1)).toBe(true);
    expect(isPreviewStale('https://audio-ssl.itunes.apple.com/a.m4a', Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});

describe('rate limits', () => {
  const limit: RequestLimit = { requests: 3, windowMs: 60_000, window: 'a minute' };

  it('allows so many requests a window (and half a second), then says how long until the oldest frees its slot', () => {
    let t = 0;
    const limiter = createRateLimiter(limit, () => t);
    expect([limiter.take(), limiter.take()]).toEqual([{ ok: true }, { ok: true }]);
    t = 10_000;
    expect(limiter.take()).toEqual({ ok: true });
    expect(limiter.take()).toEqual({ ok: false, waitMs: 50_500 });
    // The two requests at 0 have left the window; the one at 10 s frees its slot at 70.5 s.
    t = 60_500;
    expect([limiter.take(), limiter.take()]).toEqual([{ ok: true }, { ok: true }]);
    expect(limiter.take()).toEqual({ ok: false, waitMs: 10_000 });
  });

  it('refuses a search before the catalog would, with a message that says when to try again', async () => {
    let t = 0;
    const limiter = createRateLimiter({ ...ITUNES_LIMIT, requests: 2 }, () => t);
    const fetch = vi.fn(async () => new Response(JSON.stringify({ resultCount: 0, results: [] })));
    const itunes = createItunesProvider({ isOnline: () => true, fetch, limiter });
    await itunes.search('a');
    await itunes.lookup(['1']);
    t = 15_000;
    const refused = await itunes.search('b');
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'rate-limited',
        message: expect.stringMatching(/iTunes catalog takes in a minute \(about 2\)\. Try again in 46 s\./),
      },
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    // Looking up nothing costs nothing.
    expect((await itunes.lookup([])).failed).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('matching a stand-in to the catalog', () => {
  it('normalises case, accents, ampersands, a leading “the” and bracketed asides', () => {
    expect(normalise('The Velvet Underground')).toBe('velvet underground');
    expect(normalise('Belle & Sebastian')).toBe('belle and sebastian');
    expect(normalise('I’m Sticking with You (Remastered 2015)')).toBe('i m sticking with you');
    expect(normalise('Beyoncé')).toBe('beyonce');
  });

  it('scores the same song 1, someone else’s song of the same name low', () => {
    const wanted = { title: 'Sea of Love', artist: 'Cat Power' };
    expect(matchScore(wanted, song())).toBe(1);
    expect(matchScore(wanted, song({ artist: 'Phil Phillips & The Twilights' }))).toBeLessThan(
      MATCH_THRESHOLD,
    );
  });

  it('finds the tape’s artist among a duet’s names, and prefers the catalog’s first of equals', () => {
    const duet = song({ title: 'Anyone Else but You', artist: 'Michael Cera & Elliot Page', catalogId: '2' });
    const moldy = song({ title: 'Anyone Else but You', artist: 'The Moldy Peaches', catalogId: '3' });
    expect(bestMatch({ title: 'Anyone Else but You', artist: 'The Moldy Peaches' }, [duet, moldy])).toBe(
      moldy,
    );
    const first = song({ catalogId: '10' });
    const compilation = song({ catalogId: '11', album: 'Best of' });
    expect(bestMatch({ title: 'Sea of Love', artist: 'Cat Power' }, [first, compilation])).toBe(first);
  });

  it('offers nothing when no result is close enough', () => {
    expect(bestMatch({ title: 'Tire Swing', artist: 'Kimya Dawson' }, [song()])).toBeNull();
    expect(bestMatch({ title: 'Tire Swing', artist: 'Kimya Dawson' }, [])).toBeNull();
  });

  it('asks the catalog for artist and title without asides', () => {
    expect(matchQuery({ title: 'Superstar (Live)', artist: 'Sonic Youth' })).toBe('sonic youth superstar');
  });
});

describe('findMatches', () => {
  const provider = (
    answer: (term: string) => CatalogResult<CatalogTrack[]>,
  ): CatalogProvider & {
    terms: string[];
  } => {
    const terms: string[] = [];
    return {
      id: 'itunes',
      name: 'iTunes',
      terms,
      search: async (term) => {
        terms.push(term);
        return answer(term);
      },
      lookup: async () => ({ found: [], missing: [], failed: [] }),
    };
  };
  const tracks = [
    makeTrack(1, { title: 'Sea of Love', artist: 'Cat Power' }),
    makeTrack(2, { title: 'Tire Swing', artist: 'Kimya Dawson' }),
    makeTrack(3, { title: 'Superstar', artist: 'Sonic Youth' }),
  ];

  it('reports a match, no match or a failure for every track', async () => {
    const catalog = provider((term) =>
      term.includes('cat power')
        ? { ok: true, value: [song()] }
        : term.includes('sonic')
          ? { ok: false, error: { kind: 'bad-response', message: 'Unreadable.' } }
          : { ok: true, value: [] },
    );
    const outcomes: MatchOutcome[] = [];
    const { stopped } = await findMatches(tracks, catalog, (o) => outcomes.push(o));
    expect(stopped).toBeNull();
    expect(catalog.terms.sort()).toEqual([
      'cat power sea of love',
      'kimya dawson tire swing',
      'sonic youth superstar',
    ]);
    expect(outcomes.map((o) => [o.entryId, o.kind]).sort()).toEqual([
      ['t1', 'found'],
      ['t2', 'none'],
      ['t3', 'failed'],
    ]);
  });

  it('stops at a refusal that would repeat for every track, leaving the rest unasked', async () => {
    const catalog = provider(() => ({ ok: false, error: { kind: 'rate-limited', message: 'Busy.' } }));
    const outcomes: MatchOutcome[] = [];
    const many = Array.from({ length: 12 }, (_, i) => makeTrack(i + 1));
    const { stopped } = await findMatches(many, catalog, (o) => outcomes.push(o));
    expect(stopped?.kind).toBe('rate-limited');
    expect(outcomes).toEqual([]);
    // Three asked at once, and none after the first refusal came back.
    expect(catalog.terms).toHaveLength(3);
  });
});

describe('the search box controller', () => {
  let statuses: SearchStatus[];
  let calls: Array<{ term: string; signal: AbortSignal; answer: (r: CatalogResult<CatalogTrack[]>) => void }>;
  let controller: ReturnType<typeof createSearchController>;

  beforeEach(() => {
    vi.useFakeTimers();
    statuses = [];
    calls = [];
    controller = createSearchController({
      search: (term, signal) =>
        new Promise((resolve) => {
          calls.push({ term, signal, answer: resolve });
        }),
      onChange: (s) => statuses.push(s),
      debounceMs: 300,
    });
  });
  afterEach(() => {
    controller.dispose();
    vi.useRealTimers();
  });

  it('waits for typing to pause: one search for a word typed letter by letter', () => {
    for (const text of ['S', 'Se', 'Sea', 'Sea ', 'Sea o', 'Sea of']) {
      controller.setTerm(text);
      vi.advanceTimersByTime(120);
    }
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(calls.map((c) => c.term)).toEqual(['Sea of']);
    expect(statuses.at(-1)).toEqual({ kind: 'searching', term: 'Sea of' });
  });

  it('aborts the older search when a newer one starts, and never shows its late answer', async () => {
    controller.setTerm('Kimya');
    vi.advanceTimersByTime(300);
    controller.setTerm('Cat Power');
    expect(calls[0]?.signal.aborted).toBe(true);
    vi.advanceTimersByTime(300);
    calls[1]?.answer({ ok: true, value: [song()] });
    calls[0]?.answer({ ok: true, value: [song({ artist: 'Kimya Dawson' })] });
    await vi.runAllTimersAsync();
    expect(statuses.filter((s) => s.kind === 'results')).toEqual([
      { kind: 'results', term: 'Cat Power', songs: [song()] },
    ]);
  });

  it('shows failures with their message, and ignores its own aborts', async () => {
    controller.searchNow('Sea of Love');
    calls[0]?.answer({ ok: false, error: { kind: 'offline', message: 'You’re offline.' } });
    await vi.runAllTimersAsync();
    expect(statuses.at(-1)).toEqual({
      kind: 'failed',
      term: 'Sea of Love',
      reason: 'offline',
      message: 'You’re offline.',
    });
    controller.searchNow('again');
    calls[1]?.answer({ ok: false, error: { kind: 'aborted', message: 'Cancelled.' } });
    await vi.runAllTimersAsync();
    expect(statuses.at(-1)).toEqual({ kind: 'searching', term: 'again' });
  });

  it('goes idle and asks nothing for an empty box', () => {
    controller.setTerm('Sea');
    controller.setTerm('   ');
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
    expect(statuses.at(-1)).toEqual({ kind: 'idle' });
  });
});
