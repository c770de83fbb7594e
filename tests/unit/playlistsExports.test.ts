// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportResult, parsePlaylist, parsePlaylistBytes } from '../../src/playlists';
import { decodePlaylistBytes } from '../../src/playlists/decode';
import { detectFormat } from '../../src/playlists/detect';
import { normalIsrc } from '../../src/playlists/songs';

// Streaming-service exports (issue 14.1): every fixture in tests/fixtures/exports/ read to exact songs.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'exports');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const textOf = (name: string) => decodePlaylistBytes(bytesOf(name)).text;

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a playlist, got: ${result.message}`);
  return result;
}

describe('Exportify CSV (Spotify)', () => {
  it('reads every awkward row: quotes, commas and emoji, several artists, an escaped comma, a local file', () => {
    const result = imported(parsePlaylistBytes(bytesOf('exportify-awkward.csv'), 'my_playlist.csv'));
    expect(result.title).toBe('my playlist');
    expect(result.tracks).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.songs).toEqual([
      {
        title: 'Say "Hello", Goodbye',
        artist: 'Marigold Avenue',
        album: 'Low Tide Letters',
        seconds: 214,
        isrc: 'GBKPL2400104',
        location: 'spotify:track:3n3Ppam7vgaVa1iaRUc9Lp',
        line: 2,
      },
      {
        title: 'Night Drive 🌙🚗',
        artist: 'Sable Kite, Noor Haddad',
        album: 'City of Glass',
        seconds: 188,
        isrc: 'DEUM72400078',
        location: 'spotify:track:0VjIjW4GlUZAMYd2vXMi3b',
        line: 3,
      },
      {
        // Exportify writes a comma inside one artist's name as "\,".
        title: 'Harbour, Lights & Other Songs',
        artist: 'Crosby, Stills & The Weathervanes, Wren Ashby',
        album: 'Field Notes, Vol. 2',
        seconds: 246,
        location: 'spotify:track:6habFhsOp2NvshLv26DqMb',
        line: 4,
      },
      {
        // A local file in a Spotify playlist: no ISRC, a spotify:local: URI, still a song by its names.
        title: 'Rehearsal #1',
        artist: 'Garage Tapes',
        album: 'Basement Demos',
        seconds: 93,
        location: 'spotify:local:Garage+Tapes:Basement+Demos:Rehearsal+%231:93',
        line: 5,
      },
      {
        title: 'Último Tren',
        artist: 'Pilar Montes',
        album: 'Invernadero',
        seconds: 222,
        isrc: 'ESAAB2200457',
        location: 'spotify:track:1xQ6trAsedVPCdbtDAmk0c',
        line: 6,
      },
    ]);
  });

  it('reads the 25-song export in order, every song with its ISRC and length', () => {
    const result = imported(parsePlaylistBytes(bytesOf('exportify-25.csv'), 'exportify-25.csv'));
    expect(result.songs).toHaveLength(25);
    expect(result.songs[0]).toEqual({
      title: 'Paper Lanterns',
      artist: 'Marigold Avenue',
      album: 'Low Tide Letters',
      seconds: 214,
      isrc: 'GBKPL2400101',
      location: 'spotify:track:8mWeY2oqyuqqIKWsEyO8EY',
      line: 2,
    });
    expect(result.songs.at(-1)).toMatchObject({ title: 'Last Bus Home', artist: 'The Night Owls', line: 26 });
    expect(result.songs.every((s) => s.isrc && s.seconds && s.album)).toBe(true);
  });
});

describe('TuneMyMusic and Soundiiz CSV', () => {
  it('reads TuneMyMusic, its playlist name as the title and a video row’s "Artist - Title" split', () => {
    const result = imported(parsePlaylistBytes(bytesOf('tunemymusic.csv'), 'tunemymusic.csv'));
    expect(result.title).toBe('Road Trip, Vol. 2 🚐');
    expect(result.songs).toEqual([
      {
        title: 'Copper Wire Heart',
        artist: 'Juniper Hale',
        album: 'Signal Fires',
        isrc: 'USRC12400552',
        line: 2,
      },
      {
        title: 'Saltwater Radio (feat. "Kiko" Ramirez)',
        artist: 'The Harbour Lights & Kiko Ramirez',
        album: 'Long Wave',
        line: 3,
      },
      { title: 'Paper Lanterns (Official Video)', artist: 'Marigold Avenue', line: 4 },
      // A hyphenated ISRC is read in its 12-character form.
      {
        title: 'Kite Season',
        artist: 'Noor Haddad, Tobias Wren',
        album: 'Open Windows',
        isrc: 'FRUM72200678',
        line: 5,
      },
    ]);
  });

  it('reads Soundiiz, leaving out a malformed ISRC', () => {
    const result = imported(parsePlaylistBytes(bytesOf('soundiiz.csv'), 'soundiiz.csv'));
    expect(result.songs).toEqual([
      { title: 'Brass Moon', artist: 'Otis Lindqvist', album: 'Brass Moon', isrc: 'SEAAA2301234', line: 2 },
      { title: 'Glasshouse, Part II', artist: 'Pilar Montes', album: 'Invernadero', line: 3 },
      {
        title: 'Velvet "Static"',
        artist: 'Kiko Ramirez, Vera Lund',
        album: 'Frecuencias',
        isrc: 'MXF012300099',
        line: 4,
      },
      { title: '☕ Cold Coffee Blues', artist: 'Eli Barrow', album: 'Diner Songs', line: 5 },
    ]);
  });

  it('reads a spreadsheet’s semicolon CSV, a "m:ss" length, and reports rows that name no song', () => {
    const csv = 'Artist;Title;Duration\r\nAda Finch;Quarry Lake;3:21\r\n;Nameless;\r\nHana Sato;;\r\n';
    const result = imported(parsePlaylist(csv, 'list.csv'));
    expect(result.songs).toEqual([{ title: 'Quarry Lake', artist: 'Ada Finch', seconds: 201, line: 2 }]);
    expect(result.skipped).toEqual([
      { line: 3, reason: '“Nameless” has no address and names no artist to look it up by.' },
      { line: 4, reason: 'An entry without an address was left out.' },
    ]);
  });

  it('refuses a CSV without title and artist columns, saying so', () => {
    const result = parsePlaylist('id,price\n1,2\n', 'prices.csv');
    expect(result.ok ? 'imported' : result.message).toBe(
      'This table has no columns Mixtape knows for a song’s title and artist.',
    );
  });
});

describe('Apple Music / iTunes exports', () => {
  it('reads "Export Playlist" as Unicode text: UTF-16 LE with BOM, tabs, CR line ends, Time in seconds', () => {
    const bytes = bytesOf('apple-music.txt');
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const result = imported(parsePlaylistBytes(bytes, 'Sunday Morning.txt'));
    expect(result.title).toBe('Sunday Morning');
    expect(result.songs).toEqual([
      {
        title: 'Hollow Pines',
        artist: 'Wren & The Weathervanes',
        album: 'Field Notes',
        seconds: 245,
        line: 2,
      },
      { title: 'Café "Noir", Pt. 1 🎷', artist: 'Lila Moreau', album: 'Ondes', seconds: 175, line: 3 },
      {
        title: 'Driftwood',
        artist: 'Hana Sato',
        album: 'Shoreline',
        seconds: 228,
        location:
          'Macintosh HD:Users:hana:Music:Music:Media.localized:Music:Hana Sato:Shoreline:05 Driftwood.m4a',
        line: 4,
      },
      {
        title: 'Rehearsal #1',
        artist: 'Garage Tapes',
        album: 'Basement Demos',
        seconds: 93,
        location: 'C:\\Users\\hana\\Music\\Garage Tapes\\rehearsal-1.mp3',
        line: 5,
      },
    ]);
  });

  it('reads "Export Playlist" as XML in the playlist’s order, skipping a track that names no artist', () => {
    const result = imported(parsePlaylistBytes(bytesOf('apple-music.xml'), 'Sunday Morning.xml'));
    expect(result.title).toBe('Sunday Morning ☀️');
    expect(result.songs).toEqual([
      { title: 'Hollow Pines', artist: 'Wren & The Weathervanes', album: 'Field Notes', seconds: 246 },
      {
        title: 'Tom & Jerry’s “Sunday” Waltz 🎻',
        artist: 'The Velvet Anchors & Lila Moreau',
        album: 'Harbour Days',
        seconds: 263,
      },
      {
        title: 'Driftwood',
        artist: 'Hana Sato',
        album: 'Shoreline',
        seconds: 228,
        location:
          'file:///Users/hana/Music/Music/Media.localized/Music/Hana%20Sato/Shoreline/05%20Driftwood.m4a',
      },
    ]);
    expect(result.skipped).toEqual([
      {
        reason:
          'file path “file:///Users/hana/Music/Voice%20Memos/memo-14.mp3” can’t be played from a browser: add the file itself instead',
      },
    ]);
  });

  it('reads a whole-library XML by its first playlist after the library, and refuses a plist of something else', () => {
    const library = textOf('apple-music.xml').replace(
      '<array>\n\t\t<dict>',
      '<array>\n\t\t<dict><key>Name</key><string>Library</string><key>Master</key><true/>' +
        '<key>Playlist Items</key><array><dict><key>Track ID</key><integer>812</integer></dict></array></dict>\n\t\t<dict>',
    );
    expect(imported(parsePlaylist(library, 'Library.xml')).songs.map((s) => s.title)).toEqual([
      'Hollow Pines',
      'Tom & Jerry’s “Sunday” Waltz 🎻',
      'Driftwood',
    ]);
    const prefs =
      '<?xml version="1.0"?><plist version="1.0"><dict><key>a</key><string>b</string></dict></plist>';
    const result = parsePlaylist(prefs, 'x.plist');
    expect(result.ok ? 'imported' : result.message).toMatch(/isn’t an iTunes or Music playlist/);
    const broken = parsePlaylist('<plist><dict><key>Tracks</key><dict>', 'x.xml');
    expect(broken.ok ? 'imported' : broken.message).toMatch(/^This property list can’t be read \(.+\)\.$/);
  });
});

describe('format detection: content first, then the extension', () => {
  it.each([
    ['exportify-25.csv', 'download', 'csv'],
    ['exportify-25.csv', 'playlist.txt', 'csv'],
    ['soundiiz.csv', 'soundiiz', 'csv'],
    ['tunemymusic.csv', 'x.m3u', 'csv'],
    ['apple-music.txt', 'Sunday Morning.txt', 'appleText'],
    ['apple-music.txt', 'export', 'appleText'],
    ['apple-music.xml', 'Sunday Morning.xml', 'plist'],
    ['apple-music.xml', 'x.xspf', 'plist'],
  ])('%s named “%s” is %s', (fixture, name, format) => {
    expect(detectFormat(textOf(fixture), name)).toBe(format);
  });

  it('reads "Artist – Title" lines last, after every other format, and plain prose not at all', () => {
    expect(detectFormat('Ada Finch – Quarry Lake\nHana Sato - Driftwood\n', 'list.txt')).toBe('songList');
    expect(detectFormat('https://a.example/1.mp3\nAda Finch - Quarry Lake\n', 'list.txt')).toBe('m3u');
    expect(detectFormat('hello there\nthis is a shopping list', 'notes.txt')).toBeUndefined();
  });
});

describe('ISRC (ISO 3901)', () => {
  it.each([
    ['GBKPL2400104', 'GBKPL2400104'],
    ['gb-kpl-24-00104', 'GBKPL2400104'],
    [' US RC1 24 00552 ', 'USRC12400552'],
    ['GBKPL240010', undefined],
    ['GBKPL24001045', undefined],
    ['G1KPL2400104', undefined],
    ['GBKPL24A0104', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, output) => {
    expect(normalIsrc(input)).toBe(output);
  });
});

describe('limits', () => {
  it('keeps tracks and songs together to a tape’s 500', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Song ${i},Artist ${i}`);
    const urls = Array.from({ length: 300 }, (_, i) => `#EXTINF:10,A - T${i}\nhttps://a.example/${i}.mp3`);
    const songs = imported(parsePlaylist(['Title,Artist', ...rows, ...rows].join('\n'), 'x.csv'));
    expect(songs.songs).toHaveLength(500);
    expect(songs.skipped.at(-1)?.reason).toBe(
      '100 more entries were left out: a tape holds at most 500 tracks.',
    );
    const locals = Array.from({ length: 300 }, (_, i) => `#EXTINF:10,B - L${i}\nC:\\m\\${i}.mp3`);
    const mixed = imported(parsePlaylist(['#EXTM3U', ...urls, ...locals].join('\n'), 'x.m3u'));
    expect([mixed.tracks.length, mixed.songs.length]).toEqual([300, 200]);
  });
});
