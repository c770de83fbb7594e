import { describe, expect, it } from 'vitest';
import { isSameSong, type NewSong, songsAlreadyOn } from '../../src/model/sameSong';
import { makeTape, makeTrack } from '../support/tapes';

const song = (n: number, overrides: Partial<NewSong> = {}): NewSong => {
  const { id: _id, ...rest } = makeTrack(n, overrides);
  return rest;
};

const seaOfLove = (provider: 'itunes' | 'deezer', overrides: Partial<NewSong> = {}) =>
  song(1, {
    songId: `${provider}:${provider === 'itunes' ? '205683774' : '3135556'}`,
    title: 'Sea of Love',
    artist: 'Cat Power',
    previewUrl: `https://${provider}.example/sea-of-love.m4a`,
    source: 'catalog',
    ...overrides,
  });

describe('isSameSong', () => {
  it('knows a song by its id: the same built-in clip, catalog entry, link or file', () => {
    expect(isSameSong(song(1), song(1, { title: 'Renamed' }))).toBe(true);
    expect(isSameSong(song(1), song(2))).toBe(false);
  });

  it('knows a song by its clip address', () => {
    expect(isSameSong(song(1), song(2, { previewUrl: '/clips/t1.mp3' }))).toBe(true);
  });

  it('knows a catalog song by title and artist, whichever catalog it came from', () => {
    expect(isSameSong(seaOfLove('itunes'), seaOfLove('deezer'))).toBe(true);
    expect(isSameSong(seaOfLove('itunes'), seaOfLove('deezer', { title: '  sea of  LOVE ' }))).toBe(true);
    expect(isSameSong(seaOfLove('itunes'), seaOfLove('deezer', { artist: 'Phil Phillips' }))).toBe(false);
  });

  it('compares names only between catalog songs: two files may share a title, a stand-in is not the song', () => {
    const a = song(1, { title: 'Track 1', artist: 'Unknown artist', source: 'local' });
    const b = song(2, { title: 'Track 1', artist: 'Unknown artist', source: 'local' });
    expect(isSameSong(a, b)).toBe(false);
    const standIn = song(19, { title: 'Sea of Love', artist: 'Cat Power', source: 'stand-in' });
    expect(isSameSong(standIn, seaOfLove('itunes'))).toBe(false);
  });

  it('does not match two catalog songs still waiting for their addresses', () => {
    const waiting = (id: string) =>
      seaOfLove('itunes', { songId: `itunes:${id}`, previewUrl: '', title: id });
    expect(isSameSong(waiting('1'), waiting('2'))).toBe(false);
  });
});

describe('songsAlreadyOn', () => {
  it('lists the songs the tape already holds, in the order given', () => {
    const tape = makeTape(3);
    expect(songsAlreadyOn(tape, [song(4), song(3), song(1)]).map((s) => s.songId)).toEqual(['s3', 's1']);
    expect(songsAlreadyOn(tape, [song(4)])).toEqual([]);
    expect(songsAlreadyOn(makeTape(0), [song(1)])).toEqual([]);
  });
});
