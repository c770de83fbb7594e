// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportResult, parsePlaylist, parsePlaylistBytes } from '../../src/playlists';
import { decodePlaylistBytes } from '../../src/playlists/decode';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'real-world');
/** A fixture's bytes exactly as stored: `?raw` would have read them as UTF-8 already. */
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const textOf = (name: string) => new TextDecoder().decode(bytesOf(name));

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a playlist, got: ${result.message}`);
  return result;
}
const failure = (result: ImportResult) => (result.ok ? 'imported' : result.message);
const names = (result: ImportResult) => imported(result).tracks.map((t) => `${t.artist} — ${t.title}`);

describe('text in the encoding its writer used (issue 13.2)', () => {
  it('reads the Winamp Windows-1252 case (r02) with every accent and curly quote', () => {
    const bytes = bytesOf('r02-winamp-cp1252.m3u');
    expect(decodePlaylistBytes(bytes).encoding).toBe('windows-1252');
    const result = parsePlaylistBytes(bytes, 'r02-winamp-cp1252.m3u');
    expect(names(result)).toEqual([
      'Zoë Brontë — Été à Paris',
      'Jürgen Blümchen — Straße nach Süden',
      'The Quiet Ones — Don’t Look Back',
    ]);
    expect(imported(result).tracks.map((t) => t.clipSeconds)).toEqual([233, 198, 176]);
    // The app hands over what File.arrayBuffer() gives.
    expect(parsePlaylistBytes(bytes.slice().buffer, 'r02-winamp-cp1252.m3u')).toEqual(result);
  });

  const m3u = '#EXTM3U\r\n#EXTINF:200,Sigur Rós - Hoppípolla ☕\r\nhttps://a.example/h.mp3\r\n';
  const utf16 = (text: string, littleEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    const view = new DataView(out.buffer);
    for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    return out;
  };
  const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

  it.each([
    ['UTF-8', new TextEncoder().encode(m3u), 'utf-8'],
    ['UTF-8 with a BOM (Notepad)', withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(m3u)), 'utf-8'],
    ['UTF-16 LE with a BOM (Notepad "Unicode")', withBom([0xff, 0xfe], utf16(m3u, true)), 'utf-16le'],
    ['UTF-16 BE with a BOM', withBom([0xfe, 0xff], utf16(m3u, false)), 'utf-16be'],
    ['UTF-16 LE without a BOM', utf16(m3u, true), 'utf-16le'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodePlaylistBytes(bytes).encoding).toBe(encoding);
    expect(names(parsePlaylistBytes(bytes, 'x.m3u'))).toEqual(['Sigur Rós — Hoppípolla ☕']);
  });

  it('never puts a U+FFFD in a title: bytes that are not UTF-8 are read as Windows-1252', () => {
    // é then a byte no UTF-8 sequence continues with; 0x81 is one of the five bytes Windows-1252 leaves
    // undefined (a C1 control character, dropped); 0x85 is its "…".
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('#EXTM3U\n#EXTINF:1,Caf'),
      0xe9,
      0x81,
      0x20,
      0x85,
    ]);
    const result = parsePlaylistBytes(
      new Uint8Array([...bytes, ...new TextEncoder().encode('\nhttps://a.example/c.mp3\n')]),
      'x.m3u',
    );
    expect(imported(result).tracks[0]?.title).toBe('Café …');
  });
});

describe('what the encoding properties found', () => {
  it('keeps a PLS title that holds a Unicode line separator (U+2028)', () => {
    const text = '[playlist]\nFile1=https://a.example/1.mp3\nTitle1=Band - a\u2028b\nLength1=100\n';
    expect(names(parsePlaylist(text, 'x.pls'))).toEqual(['Band — a\u2028b']);
  });
});

describe('streaming manifests are not song lists (issue 13.3)', () => {
  const stream = /^This is a streaming \(HLS\) manifest, not a list of songs: /;

  it.each([
    ['r04-hls-media.m3u8', /segments of one stream/],
    ['r04-hls-master.m3u8', /one stream at several qualities/],
    ['ffmpeg-hls-vod.m3u8', /segments of one stream/],
  ])('refuses %s as a streaming manifest', (file, what) => {
    for (const name of [file, 'renamed.m3u', 'download']) {
      const message = failure(parsePlaylistBytes(bytesOf(file), name));
      expect(message).toMatch(stream);
      expect(message).toMatch(what);
    }
  });

  it('refuses a radio directory PLS whose only station is live, naming it', () => {
    const message = failure(parsePlaylistBytes(bytesOf('shoutcast-tunein.pls'), 'tunein-station.pls'));
    expect(message).toBe(
      'This file has no playable tracks: 2 entries were skipped (live streams). ' +
        '“(#1 - 212/500) Kaffeehaus Radio - Jazz & Chanson” is a live stream (its length is given as -1), ' +
        'and a tape holds only recordings that end.',
    );
  });

  it('leaves out a Winamp M3U stream entry (#EXTINF:-1) and keeps the songs around it', () => {
    const text =
      '#EXTM3U\r\n#EXTINF:-1,Radio Kaffeehaus\r\nhttp://stream.example.net:8000/\r\n' +
      '#EXTINF:201,Nina Simone - Feeling Good\r\nhttps://a.example/feeling-good.mp3\r\n';
    const result = imported(parsePlaylist(text, 'mixed.m3u'));
    expect(result.tracks.map((t) => t.title)).toEqual(['Feeling Good']);
    expect(result.skipped).toEqual([
      {
        line: 3,
        reason:
          '“Radio Kaffeehaus” is a live stream (its length is given as -1), and a tape holds only recordings that end.',
      },
    ]);
  });
});

describe('XSPF as real programs write it (issue 13.4)', () => {
  it('reads the case whose namespace lacks the trailing slash (r06)', () => {
    const result = imported(parsePlaylist(textOf('r06-xspf-ns-noslash.xspf'), 'r06-xspf-ns-noslash.xspf'));
    expect(result.title).toBe('Gallery soundtrack');
    expect(result.tracks.map((t) => [t.title, t.artist, t.previewUrl])).toEqual([
      ['Opening Room', 'Studio Nine', 'https://gallery.example.org/audio/opening-room.mp3'],
      ['Long Corridor', 'Studio Nine', 'https://gallery.example.org/audio/long-corridor.mp3'],
    ]);
  });

  it('resolves relative locations against xml:base, nested, and then the file’s own address', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<playlist version="1" xmlns="http://xspf.org/ns/0/" xml:base="https://media.example.org/shows/">
  <trackList xml:base="ep12/">
    <track><location>one.mp3</location><title>One</title></track>
    <track xml:base="/archive/"><location>two%20b.mp3</location><title>Two</title></track>
    <track><location>https://other.example.com/three.mp3</location><title>Three</title></track>
  </trackList>
</playlist>`;
    expect(imported(parsePlaylist(text, 'x.xspf')).tracks.map((t) => t.previewUrl)).toEqual([
      'https://media.example.org/shows/ep12/one.mp3',
      'https://media.example.org/archive/two%20b.mp3',
      'https://other.example.com/three.mp3',
    ]);
    const bare =
      '<playlist xmlns="http://xspf.org/ns/0/"><trackList><track><location>a/one.mp3</location></track></trackList></playlist>';
    const address = { address: 'https://lists.example.net/mine/list.xspf' };
    expect(imported(parsePlaylist(bare, 'x.xspf', address)).tracks[0]?.previewUrl).toBe(
      'https://lists.example.net/mine/a/one.mp3',
    );
    // A file from the disk has no address: the location stays relative and is reported so.
    expect(failure(parsePlaylist(bare, 'x.xspf'))).toMatch(
      /no playable tracks: 1 entry was skipped \(relative path\)/,
    );
  });

  it('never calls a file that lists tracks empty', () => {
    const foreign =
      '<playlist version="1" xmlns="https://xspf.org/ns/0/"><track><location>https://a.example/1.mp3</location>' +
      '<title>Loose</title></track></playlist>';
    expect(imported(parsePlaylist(foreign, 'x.xspf')).tracks.map((t) => t.title)).toEqual(['Loose']);
  });

  it('still ignores the titles inside VLC’s extension blocks', () => {
    const text = `<playlist xmlns="http://xspf.org/ns/0" xmlns:vlc="http://www.videolan.org/vlc/playlist/ns/0/">
  <trackList><track><location>https://a.example/1.mp3</location>
    <extension application="http://www.videolan.org/vlc/playlist/0"><vlc:id>0</vlc:id><title>not me</title></extension>
    <vlc:title>nor me</vlc:title>
  </track></trackList></playlist>`;
    expect(imported(parsePlaylist(text, 'x.xspf')).tracks.map((t) => t.title)).toEqual(['1']);
  });
});

describe('songs named without a playable address (issue 14)', () => {
  it('reads the ListenBrainz case (r03) as exactly its 3 songs, by title and artist, on a new tape', () => {
    const result = imported(parsePlaylistBytes(bytesOf('r03-listenbrainz.jspf'), 'r03-listenbrainz.jspf'));
    expect(result.title).toBe('Weekly Exploration for listener, week of 2026-11-23');
    expect(result.tracks).toEqual([]);
    expect(result.songs).toEqual([
      { title: 'Paper Lanterns', artist: 'Marigold Avenue', album: 'Low Tide Letters', seconds: 214 },
      { title: 'Sleeper Car', artist: 'The Overnight Club', seconds: 187 },
      { title: 'Quarry Lake', artist: 'Ada Finch' },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('keeps an M3U’s named local paths as songs and still refuses a file of bare paths', () => {
    const foobar =
      '#EXTM3U\r\n#EXTINF:233,Zoë Brontë - Été à Paris\r\nD:\\Musik\\Zoë\\01.flac\r\n' +
      '#EXTINF:198,Jürgen Blümchen - Straße\r\n/home/j/Musik/02.mp3\r\n';
    expect(imported(parsePlaylist(foobar, 'foobar.m3u8')).songs).toEqual([
      {
        title: 'Été à Paris',
        artist: 'Zoë Brontë',
        seconds: 233,
        location: 'D:\\Musik\\Zoë\\01.flac',
        line: 3,
      },
      { title: 'Straße', artist: 'Jürgen Blümchen', seconds: 198, location: '/home/j/Musik/02.mp3', line: 5 },
    ]);
    expect(failure(parsePlaylist('#EXTM3U\n/home/x.mp3\nC:\\Music\\a.mp3\n', 'x.m3u'))).toBe(
      'This file has no playable tracks: 2 entries were skipped (file paths).',
    );
  });

  it('makes a song of a named streaming-service link, which is no audio', () => {
    const jspf = JSON.stringify({
      playlist: {
        track: [
          {
            title: 'Sleeper Car',
            creator: 'The Overnight Club',
            location: ['spotify:track:4uLU6hMCjMI75M1A2tKUQC'],
          },
          {
            title: 'Quarry Lake',
            creator: 'Ada Finch',
            location: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
          },
          { location: 'https://open.spotify.com/track/0000000000000000000000' },
        ],
      },
    });
    const result = imported(parsePlaylist(jspf, 'x.jspf'));
    expect(result.tracks).toEqual([]);
    expect(result.songs.map((s) => [s.artist, s.title, s.location])).toEqual([
      ['The Overnight Club', 'Sleeper Car', 'spotify:track:4uLU6hMCjMI75M1A2tKUQC'],
      ['Ada Finch', 'Quarry Lake', 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC'],
    ]);
    expect(result.skipped).toEqual([
      {
        reason:
          '“https://open.spotify.com/track/0000000000000000000000” is a streaming service’s link, not audio',
      },
    ]);
  });
});
