import { describe, expect, it } from 'vitest';
import { parsePlaylist, parseSongList, type SongListResult } from '../../src/playlists';
import { splitSongLine } from '../../src/playlists/songList';

function listed(result: SongListResult) {
  if (!result.ok) throw new Error(`expected songs, got: ${result.message}`);
  return result;
}

describe('splitSongLine: one "Artist – Title" line', () => {
  it.each([
    ['Ada Finch - Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch – Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch — Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch—Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch − Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch ‒ Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch ― Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['Ada Finch\t-\tQuarry Lake', 'Ada Finch', 'Quarry Lake'],
    // Names keep their unspaced hyphens; the first spaced dash splits, titles keep the rest.
    ['Jay-Z - Song - Remastered 2011', 'Jay-Z', 'Song - Remastered 2011'],
    ['Blink-182 – All the Small Things', 'Blink-182', 'All the Small Things'],
    // A list's numbering or bullet is not part of the name.
    ['1. Ada Finch - Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['12) Ada Finch - Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['• Ada Finch – Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['- Ada Finch - Quarry Lake', 'Ada Finch', 'Quarry Lake'],
    ['  Sable Kite, Noor Haddad – Night Drive 🌙 ', 'Sable Kite, Noor Haddad', 'Night Drive 🌙'],
  ])('%j', (line, artist, title) => {
    expect(splitSongLine(line)).toEqual({ artist, title });
  });

  it.each(['Quarry Lake', 'Stand by Me by Ben E. King', 'Jay-Z', 'Ada Finch -', '– Quarry Lake', ''])(
    '%j names no song',
    (line) => {
      expect(splitSongLine(line)).toBeUndefined();
    },
  );
});

describe('parseSongList: a pasted list for the paste box', () => {
  it('gives each line’s song with its line number, and says which lines it could not read', () => {
    const result = listed(
      parseSongList(
        'Ada Finch – Quarry Lake\r\n\r\nJust a title\nHana Sato — Driftwood 🌊\n  \n2. Eli Barrow - "Cold Coffee"\n',
      ),
    );
    expect(result.songs).toEqual([
      { title: 'Quarry Lake', artist: 'Ada Finch', line: 1 },
      { title: 'Driftwood 🌊', artist: 'Hana Sato', line: 4 },
      { title: '"Cold Coffee"', artist: 'Eli Barrow', line: 6 },
    ]);
    expect(result.skipped).toEqual([{ line: 3, reason: 'This line doesn’t read “Artist – Title”.' }]);
  });

  it('refuses text that names no song, and text too long for a tape', () => {
    const none = parseSongList('shopping list\neggs\n\n');
    expect(none).toEqual({
      ok: false,
      message: 'No line here names a song. Write one song per line as “Artist – Title”.',
    });
    expect(parseSongList('   ').ok).toBe(false);
    const huge = parseSongList('A - B\n'.repeat(400_000));
    expect(huge.ok ? 'ok' : huge.message).toMatch(/too long/);
  });

  it('keeps to a tape’s 500 songs, saying how many were left out', () => {
    const result = listed(parseSongList(Array.from({ length: 520 }, (_, i) => `A${i} - T${i}`).join('\n')));
    expect(result.songs).toHaveLength(500);
    expect(result.skipped).toEqual([
      { line: 501, reason: '20 more entries were left out: a tape holds at most 500 tracks.' },
    ]);
  });

  it('reads a .txt file of such lines as a new tape of songs', () => {
    const result = parsePlaylist('Ada Finch – Quarry Lake\nHana Sato - Driftwood\n', 'road trip.txt');
    expect(result.ok && [result.title, result.songs.map((s) => s.title)]).toEqual([
      'road trip',
      ['Quarry Lake', 'Driftwood'],
    ]);
  });
});
