import { describe, expect, it } from 'vitest';
import { matchSong, noMatchText, rankCandidates } from '../../src/catalog/matchSong';
import type { CatalogProvider, CatalogTrack } from '../../src/catalog/provider';
import { matchQuery, songScore, splitArtists } from '../../src/catalog/songScore';
import labelled from '../fixtures/catalog/match-labelled.json';
import { fixtureCatalogs } from '../support/matchCatalogs';

const song = (title: string, artist: string, over: Partial<CatalogTrack> = {}): CatalogTrack => ({
  provider: 'deezer',
  catalogId: String(title.length * 1000 + artist.length),
  title,
  artist,
  previewUrl: 'https://cdnt-preview.dzcdn.net/x.mp3',
  format: 'mp3',
  ...over,
});

describe('songScore: the near-misses real exports hit', () => {
  it('sets Spotify’s " - Remastered 2011" and the catalog’s "(Remastered 2009)" aside', () => {
    const wanted = { title: 'Here Comes the Sun - Remastered 2019', artist: 'The Beatles' };
    expect(songScore(wanted, song('Here Comes The Sun (Remastered 2009)', 'The Beatles'))).toBe(1);
    expect(matchQuery(wanted)).toBe('beatles here comes the sun');
  });

  it('counts a featured artist wherever it is written: "A, B", "(feat. B)", "featuring B"', () => {
    const wanted = { title: 'Empire State of Mind', artist: 'JAY-Z, Alicia Keys' };
    expect(songScore(wanted, song('Empire State Of Mind (feat. Alicia Keys)', 'JAY-Z'))).toBe(1);
    expect(songScore(wanted, song('Empire State Of Mind', 'JAY-Z featuring Alicia Keys'))).toBe(1);
    expect(songScore(wanted, song('Empire State Of Mind', 'JAY-Z'))).toBeCloseTo(0.8);
  });

  it('takes artists in any order, with "&", "and" or commas', () => {
    expect(splitArtists('Queen & David Bowie')).toEqual(['queen', 'david bowie']);
    const wanted = { title: 'Under Pressure', artist: 'David Bowie, Queen' };
    expect(songScore(wanted, song('Under Pressure', 'Queen & David Bowie'))).toBe(1);
    expect(
      songScore({ ...wanted, artist: 'Queen and David Bowie' }, song('Under Pressure', 'David Bowie, Queen')),
    ).toBe(1);
  });

  it('scores a live version below the studio one when the entry is not live, and the other way round', () => {
    const studio = song('Hotel California (2013 Remaster)', 'Eagles');
    const live = song('Hotel California (Live at The Forum, 1976)', 'Eagles');
    const wanted = { title: 'Hotel California - 2013 Remaster', artist: 'Eagles' };
    expect(songScore(wanted, studio)).toBeGreaterThan(songScore(wanted, live));
    const wantedLive = { title: 'Hotel California - Live at The Forum, 1976', artist: 'Eagles' };
    expect(songScore(wantedLive, live)).toBeGreaterThan(songScore(wantedLive, studio));
  });

  it('keeps "with" inside a title, and someone else’s song of the same name low', () => {
    expect(songScore({ title: 'Stay With Me', artist: 'Sam Smith' }, song('Stay With Me', 'Sam Smith'))).toBe(
      1,
    );
    expect(
      songScore({ title: 'Sea of Love', artist: 'Cat Power' }, song('Sea of Love', 'Phil Phillips')),
    ).toBeCloseTo(0.6);
  });
});

describe('rankCandidates', () => {
  it('breaks a near tie by the length nearer the entry’s', () => {
    const long = song('Yesterday', 'The Beatles', { catalogId: '1', durationSeconds: 150 });
    const right = song('Yesterday (Remastered 2009)', 'The Beatles', {
      catalogId: '2',
      durationSeconds: 125,
    });
    const result = rankCandidates({ title: 'Yesterday', artist: 'The Beatles', seconds: 125 }, [long, right]);
    expect(result).toMatchObject({ kind: 'found', best: { song: { catalogId: '2' }, confidence: 'high' } });
    expect(result.kind === 'found' && result.others.map((o) => o.song.catalogId)).toEqual(['1']);
  });

  it('calls a match whose length is far off low, and with no length known keeps the catalog’s order', () => {
    const far = song('Yesterday', 'The Beatles', { catalogId: '1', durationSeconds: 200 });
    expect(rankCandidates({ title: 'Yesterday', artist: 'The Beatles', seconds: 125 }, [far])).toMatchObject({
      kind: 'found',
      best: { confidence: 'low' },
    });
    const a = song('Yesterday', 'The Beatles', { catalogId: '1' });
    const b = song('Yesterday', 'The Beatles', { catalogId: '2' });
    expect(rankCandidates({ title: 'Yesterday', artist: 'The Beatles' }, [a, b])).toMatchObject({
      best: { song: { catalogId: '1' } },
    });
  });

  it('says whether nothing was found or only weak matches, and keeps the weak ones to pick from', () => {
    expect(rankCandidates({ title: 'Sea of Love', artist: 'Cat Power' }, [])).toEqual({
      kind: 'none',
      reason: 'nothing-found',
      others: [],
    });
    const weak = rankCandidates({ title: 'Sea of Love', artist: 'Cat Power' }, [
      song('Sea of Love', 'Phil Phillips'),
    ]);
    expect(weak).toMatchObject({ kind: 'none', reason: 'weak-only', others: [{ confidence: 'low' }] });
    if (weak.kind === 'none')
      expect(noMatchText(weak, 'Deezer')).toBe('only weak matches in the Deezer catalog');
  });
});

describe('matchSong against the catalog fixtures', () => {
  it('asks Deezer by ISRC first, and uses what it finds without searching', async () => {
    const { deezer, asked } = fixtureCatalogs();
    const result = await matchSong(
      { title: 'Paper Lanterns', artist: 'Marigold Avenue', isrc: 'GBXYZ2400000' },
      deezer,
    );
    expect(result).toMatchObject({ kind: 'found', best: { confidence: 'isrc', score: 1 } });
    expect(asked).toEqual(['https://api.deezer.com/track/isrc:GBXYZ2400000?output=jsonp']);
  });

  it('searches by artist and title when the ISRC is unknown (Deezer error 800), and iTunes has no ISRC lookup', async () => {
    const { deezer, itunes, asked } = fixtureCatalogs();
    const entry = { title: 'Paper Lanterns', artist: 'Marigold Avenue', seconds: 180, isrc: 'ZZ0000000000' };
    expect(await matchSong(entry, deezer)).toMatchObject({
      kind: 'found',
      best: { confidence: 'high', song: { album: 'Studio' } },
    });
    expect(asked.map((u) => new URL(u).pathname)).toEqual(['/track/isrc:ZZ0000000000', '/search']);
    expect(await matchSong(entry, itunes)).toMatchObject({
      kind: 'found',
      best: { song: { album: 'Studio', provider: 'itunes' } },
    });
  });

  it('reports a failing catalog as failed, with its message', async () => {
    const deezer: CatalogProvider = {
      ...fixtureCatalogs().deezer,
      search: async () => ({
        ok: false,
        error: { kind: 'unavailable', message: 'The Deezer catalog could not be reached.' },
      }),
    };
    const result = await matchSong({ title: 'X', artist: 'Y' }, deezer);
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed')
      expect(noMatchText(result, 'Deezer')).toMatch(/^the Deezer catalog failed: /);
  });

  it.each(['deezer', 'itunes'] as const)(
    'matches every labelled entry right in %s (or says no match)',
    async (name) => {
      const catalogs = fixtureCatalogs();
      for (const { entry, expect: want, bySearch } of labelled) {
        const result = await catalogs.clock.run(matchSong(entry, catalogs[name]));
        const got = result.kind === 'found' ? Number(result.best.song.catalogId) : null;
        // iTunes cannot look an ISRC up: its search finds the song's studio recording instead.
        const expected = name === 'itunes' ? bySearch : want;
        expect({ entry, got }).toEqual({ entry, got: expected });
      }
    },
  );
});
