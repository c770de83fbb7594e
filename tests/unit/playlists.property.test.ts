// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junoTape } from '../../src/data/junoTape';
import type { Track } from '../../src/model/track';
import { type ImportResult, parsePlaylist, toJspf, toM3u8, toXspf } from '../../src/playlists';
import appleMusicXml from '../fixtures/exports/apple-music.xml?raw';
import exportifyCsv from '../fixtures/exports/exportify-awkward.csv?raw';
import soundiizCsv from '../fixtures/exports/soundiiz.csv?raw';
import tuneMyMusicCsv from '../fixtures/exports/tunemymusic.csv?raw';
import iptvM3u8 from '../fixtures/playlists/iptv.m3u8?raw';
import listenbrainzJspf from '../fixtures/playlists/listenbrainz.jspf?raw';
import vlcXspf from '../fixtures/playlists/vlc.xspf?raw';
import winampPls from '../fixtures/playlists/winamp.pls?raw';

/** What every import promises, whatever it was given. */
function expectSound(result: ImportResult): void {
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(0);
    return;
  }
  expect(result.title.length).toBeGreaterThan(0);
  expect(result.title.length).toBeLessThanOrEqual(100);
  expect(result.tracks.length + result.songs.length).toBeGreaterThan(0);
  expect(result.tracks.length + result.songs.length).toBeLessThanOrEqual(500);
  for (const song of result.songs) {
    for (const text of [song.title, song.artist, song.album ?? 'x']) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text).not.toMatch(/\p{Cc}/u);
    }
    if (song.isrc !== undefined) expect(song.isrc).toMatch(/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/);
    if (song.seconds !== undefined) expect(Number.isInteger(song.seconds) && song.seconds > 0).toBe(true);
  }
  for (const track of result.tracks) {
    expect(track.previewUrl).toMatch(/^https?:\/\//);
    expect(track.previewUrl.length).toBeLessThanOrEqual(2048);
    expect(track.songId).toBe(`url:${track.previewUrl}`);
    for (const text of [track.title, track.artist, track.album ?? 'x']) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text).not.toMatch(/\p{Cc}/u);
    }
    expect(track.clipSeconds).toBeGreaterThan(0);
    expect(track.clipSeconds).toBeLessThanOrEqual(86_400);
  }
}

const files = [
  ['vlc.xspf', vlcXspf],
  ['listenbrainz.jspf', listenbrainzJspf],
  ['iptv.m3u8', iptvM3u8],
  ['winamp.pls', winampPls],
  ['exportify.csv', exportifyCsv],
  ['tunemymusic.csv', tuneMyMusicCsv],
  ['soundiiz.csv', soundiizCsv],
  ['apple-music.xml', appleMusicXml],
  ['songs.txt', 'Ada Finch – Quarry Lake\n1. Hana Sato — Driftwood 🌊\nnot a song\n'],
] as const;

/** Edits of the kind a damaged download or a careless hand makes: cuts, insertions, deletions. */
const mutation = fc.oneof(
  fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.string({ maxLength: 12 }) }),
  fc.record({
    at: fc.nat(),
    cut: fc.constant(0),
    insert: fc.constantFrom('<', '"', '{', '\r', '\n', '=', ',', '&'),
  }),
  fc.record({ at: fc.nat(), cut: fc.constant(Number.MAX_SAFE_INTEGER), insert: fc.constant('') }),
);
const mutated = fc
  .tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([[name, text], edits]) => {
    let out: string = text;
    for (const { at, cut, insert } of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + cut);
    }
    return { name, text: out };
  });

const anyName = fc.constantFrom(
  'x.xspf',
  'x.jspf',
  'x.json',
  'x.m3u',
  'x.m3u8',
  'x.pls',
  'x.txt',
  'x.csv',
  'x.xml',
  'x.plist',
  '',
  '.',
);

describe('parsePlaylist never throws', () => {
  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), anyName, (text, name) => {
        expectSound(parsePlaylist(text, name));
      }),
      { numRuns: 2000 },
    );
  });

  it('for damaged copies of real playlists', () => {
    fc.assert(
      fc.property(mutated, anyName, ({ name, text }, otherName) => {
        expectSound(parsePlaylist(text, name));
        expectSound(parsePlaylist(text, otherName));
      }),
      { numRuns: 2000 },
    );
  });
});

const webTrack = fc
  .record({
    title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    artist: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    album: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { nil: undefined }),
    seconds: fc.integer({ min: 1, max: 86_400 }),
    n: fc.nat(),
  })
  .map(
    ({ title, artist, album, seconds, n }): Track => ({
      id: `t${n}`,
      songId: `url:https://a.example/${n}.mp3`,
      title,
      artist,
      ...(album === undefined ? {} : { album }),
      previewUrl: `https://a.example/${n}.mp3`,
      clipSeconds: seconds,
      source: 'url',
    }),
  );

describe('exports keep what they are given', () => {
  // Only text that survives cleaning can come back unchanged.
  const clean = (s: string) => s.replace(/\p{Cc}/gu, '').trim();
  const plain = (t: Track) =>
    clean(t.title) === t.title && clean(t.artist) === t.artist && clean(t.album ?? '') === (t.album ?? '');

  it.each([
    ['XSPF', toXspf, 'x.xspf'],
    ['JSPF', toJspf, 'x.jspf'],
    ['M3U8', toM3u8, 'x.m3u8'],
  ] as const)('%s', (name, write, file) => {
    // "Artist - Title" is all M3U has, so an artist with a spaced dash of its own cannot come back whole.
    const fits = (t: Track) => plain(t) && (name !== 'M3U8' || !`${t.artist} `.includes(' - '));
    fc.assert(
      fc.property(fc.array(webTrack.filter(fits), { minLength: 1, maxLength: 5 }), (tracks) => {
        const result = parsePlaylist(write({ ...junoTape(), title: 'T', tracks }).text, file);
        expect(result.ok && result.tracks.map((t) => [t.title, t.artist, t.album, t.fullSeconds])).toEqual(
          tracks.map((t) => [t.title, t.artist, t.album, t.clipSeconds]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
