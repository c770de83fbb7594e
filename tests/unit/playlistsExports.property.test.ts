// @vitest-environment jsdom
import fc from 'fast-check';
import { unparse } from 'papaparse';
import { build } from 'plist';
import { describe, expect, it } from 'vitest';
import { parsePlaylist, parsePlaylistBytes, parseSongList, type SongEntry } from '../../src/playlists';
import { cleanText } from '../../src/playlists/clean';

// Random songs written the way each exporter writes them come back as the same songs (issue 14.5).

/** Text a field may hold and import keeps as it is: cleaning leaves it alone. Any Unicode, emoji included. */
const field = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
  .filter((s) => cleanText(s) === s && !/[\uFFFE\uFFFF]/.test(s));
const awkward = fc.oneof(
  field,
  fc.constantFrom(
    'Say "Hello", Goodbye',
    '"Heroes"',
    'Night Drive 🌙🚗',
    'a,b;c',
    'Tom & Jerry <live>',
    '’—–',
  ),
);
const artists = fc.array(awkward, { minLength: 1, maxLength: 3 });
const song = fc.record({
  title: awkward,
  artists,
  album: fc.option(awkward, { nil: undefined }),
  seconds: fc.option(fc.integer({ min: 1, max: 7200 }), { nil: undefined }),
  isrc: fc.option(fc.stringMatching(/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/), { nil: undefined }),
});
type Song = typeof song extends fc.Arbitrary<infer T> ? T : never;
const songs = fc.array(song, { minLength: 1, maxLength: 8 });

/** What import should give for a song, without the location and line the file adds. */
function expected(s: Song, joined: string, keep: { album?: boolean; seconds?: boolean; isrc?: boolean }) {
  return {
    title: s.title,
    artist: joined,
    ...(keep.album && s.album !== undefined ? { album: s.album } : {}),
    ...(keep.seconds && s.seconds !== undefined ? { seconds: s.seconds } : {}),
    ...(keep.isrc && s.isrc !== undefined ? { isrc: s.isrc } : {}),
  };
}
const bare = (list: readonly SongEntry[]) => list.map(({ location, line, ...rest }) => rest);
function songsOf(text: string | Uint8Array, name: string): readonly SongEntry[] {
  const result = typeof text === 'string' ? parsePlaylist(text, name) : parsePlaylistBytes(text, name);
  if (!result.ok) throw new Error(result.message);
  return result.songs;
}

describe('exports read back to the songs written', () => {
  it('Exportify: every cell quoted, artists joined with ", " and a comma in a name written "\\,"', () => {
    const noBackslash = (s: Song) => !s.artists.some((a) => a.includes('\\'));
    fc.assert(
      fc.property(fc.array(song.filter(noBackslash), { minLength: 1, maxLength: 8 }), (list) => {
        const rows = list.map((s, i) => ({
          'Track URI': `spotify:track:${String(i).padStart(22, '0')}`,
          'Track Name': s.title,
          'Artist Name(s)': s.artists.map((a) => a.replace(/,/g, '\\,')).join(', '),
          'Album Name': s.album ?? '',
          'Track Duration (ms)': s.seconds === undefined ? '' : String(s.seconds * 1000),
          ISRC: s.isrc ?? '',
        }));
        const csv = `${unparse(rows, { quotes: true, newline: '\n' })}\n`;
        expect(bare(songsOf(csv, 'x.csv'))).toEqual(
          list.map((s) => expected(s, s.artists.join(', '), { album: true, seconds: true, isrc: true })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'TuneMyMusic',
      ['Track name', 'Artist name', 'Album', 'Playlist name', 'Type', 'ISRC', 'Spotify - id'],
      ' & ',
    ],
    ['Soundiiz', ['title', 'artist', 'album', 'isrc'], ', '],
  ] as const)('%s: quoted only where needed, CRLF', (_name, header, join) => {
    fc.assert(
      fc.property(songs, (list) => {
        const rows = list.map((s) => {
          const cells: Record<string, string> = {
            'Track name': s.title,
            title: s.title,
            'Artist name': s.artists.join(join),
            artist: s.artists.join(join),
            Album: s.album ?? '',
            album: s.album ?? '',
            'Playlist name': 'Mix',
            Type: 'Playlist',
            ISRC: s.isrc ?? '',
            isrc: s.isrc ?? '',
            'Spotify - id': '',
          };
          return header.map((h) => cells[h] ?? '');
        });
        const csv = unparse({ fields: [...header], data: rows }, { newline: '\r\n' });
        expect(bare(songsOf(csv, 'export.csv'))).toEqual(
          list.map((s) => expected(s, s.artists.join(join), { album: true, isrc: true })),
        );
      }),
      {
        numRuns: 300,
        // Found by this property: an artist named "\\" beside another made "\\, !", which was read with
        // Exportify's comma escape although the table was not Exportify's.
        examples: [
          [
            [
              { title: '!', artists: ['\\', '!'], album: undefined, seconds: undefined, isrc: undefined },
              {
                title: '!',
                artists: ['Say "Hello", Goodbye'],
                album: undefined,
                seconds: undefined,
                isrc: undefined,
              },
            ],
          ],
        ],
      },
    );
  });

  it('Apple Music text: UTF-16 LE with BOM, tabs, no quoting, CR line ends, Time in seconds', () => {
    const header = 'Name\tArtist\tComposer\tAlbum\tGrouping\tWork\tGenre\tSize\tTime\tKind\tLocation';
    fc.assert(
      fc.property(songs, (list) => {
        const lines = list.map((s) =>
          [
            s.title,
            s.artists.join(' & '),
            '',
            s.album ?? '',
            '',
            '',
            '',
            '123',
            s.seconds ?? '',
            'AAC',
            '',
          ].join('\t'),
        );
        const text = `\uFEFF${[header, ...lines].join('\r')}\r`;
        const bytes = new Uint8Array(text.length * 2);
        const view = new DataView(bytes.buffer);
        for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), true);
        expect(bare(songsOf(bytes, 'Playlist.txt'))).toEqual(
          list.map((s) => expected(s, s.artists.join(' & '), { album: true, seconds: true })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('iTunes XML: a plist with Tracks by ID, read in the playlist’s order', () => {
    fc.assert(
      fc.property(
        songs.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, i) => i),
              {
                minLength: list.length,
                maxLength: list.length,
              },
            ),
          ),
        ),
        ([list, order]) => {
          const tracks = Object.fromEntries(
            list.map((s, i) => [
              String(100 + i),
              {
                'Track ID': 100 + i,
                Name: s.title,
                Artist: s.artists.join(', '),
                ...(s.album === undefined ? {} : { Album: s.album }),
                ...(s.seconds === undefined ? {} : { 'Total Time': s.seconds * 1000 }),
              },
            ]),
          );
          const xml = build({
            'Major Version': 1,
            Tracks: tracks,
            Playlists: [{ Name: 'P', 'Playlist Items': order.map((i) => ({ 'Track ID': 100 + i })) }],
          });
          expect(bare(songsOf(xml, 'P.xml'))).toEqual(
            order.map((i) => {
              const s = list[i] as Song;
              return expected(s, s.artists.join(', '), { album: true, seconds: true });
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('pasted "Artist – Title" lines, with any common dash', () => {
    // An artist with a dash or list marker of its own cannot be told apart from the separator.
    const artist = field.filter(
      (a) =>
        !/\s[-\u2012-\u2015\u2212]\s|\u2014/.test(` ${a} `) &&
        !/^(\d{1,4}[.)]|[-*\u2022\u00b7])(\s|$)/.test(a),
    );
    const dash = fc.constantFrom(' - ', ' – ', ' — ', '—', ' − ', ' ‒ ', ' ― ', '\t-\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(artist, dash, field), { minLength: 1, maxLength: 10 }), (lines) => {
        const result = parseSongList(lines.map(([a, d, t]) => `${a}${d}${t}`).join('\n'));
        expect(result.ok && result.songs).toEqual(
          lines.map(([a, , t], i) => ({ title: t, artist: a, line: i + 1 })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
