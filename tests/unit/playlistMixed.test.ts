import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaylist, tracksInFileOrder } from '../../src/playlists';

// A desktop player's M3U (Winamp 5.9 writes `#EXTINF:seconds,Artist - Title` before each location) that
// mixes web addresses a browser can play with local paths that only name their song.
const MIXED = `#EXTM3U
#EXTINF:201,Marigold Avenue - Paper Lanterns
C:\\Music\\Marigold Avenue\\Paper Lanterns.mp3
#EXTINF:180,Radio Friendly - Song One
https://example.com/one.mp3
#EXTINF:187,The Overnight Club - Sleeper Car
/home/sam/Music/Sleeper Car.flac
#EXTINF:200,Radio Friendly - Song Two
https://example.com/two.mp3
`;

describe('a playlist that mixes playable tracks and named songs', () => {
  it('becomes one tape in the file’s order, the songs awaiting a preview in their places', () => {
    const result = parsePlaylist(MIXED, 'mixed.m3u');
    if (!result.ok) throw new Error(result.message);
    expect(result.songPlaces).toEqual([0, 2]);
    expect(tracksInFileOrder(result).map((t) => [t.title, t.source, t.fullSeconds])).toEqual([
      ['Paper Lanterns', 'wanted', 201],
      ['Song One', 'url', 180],
      ['Sleeper Car', 'wanted', 187],
      ['Song Two', 'url', 200],
    ]);
  });

  it('keeps every entry in its place, whatever the mix (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (playable) => {
        const lines = playable.flatMap((web, i) => [
          `#EXTINF:100,Artist ${i} - Title ${i}`,
          web ? `https://example.com/${i}.mp3` : `C:\\Music\\${i}.mp3`,
        ]);
        const result = parsePlaylist(`#EXTM3U\n${lines.join('\n')}\n`, 'mixed.m3u');
        if (!result.ok) throw new Error(result.message);
        const tracks = tracksInFileOrder(result);
        expect(tracks.map((t) => t.title)).toEqual(playable.map((_, i) => `Title ${i}`));
        expect(tracks.map((t) => t.source)).toEqual(playable.map((web) => (web ? 'url' : 'wanted')));
      }),
    );
  });
});
