// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { junoTape } from '../../src/data/junoTape';
import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';
import { downloadName, type ImportResult, parsePlaylist, toJspf, toM3u8, toXspf } from '../../src/playlists';
import iptvM3u8 from '../fixtures/playlists/iptv.m3u8?raw';
import listenbrainzJspf from '../fixtures/playlists/listenbrainz.jspf?raw';
import vlcXspf from '../fixtures/playlists/vlc.xspf?raw';
import winampPls from '../fixtures/playlists/winamp.pls?raw';

const web = (n: number, overrides: Partial<Track> = {}): Track => ({
  id: `w${n}`,
  songId: `url:https://music.example.com/a/${n}.mp3`,
  title: `Web song ${n}`,
  artist: 'Someone',
  previewUrl: `https://music.example.com/a/${n}.mp3`,
  format: 'mp3',
  clipSeconds: 29.98857142857143,
  source: 'url',
  ...overrides,
});
const local: Track = {
  ...web(9),
  id: 'l1',
  songId: 'local:song.mp3:1234',
  previewUrl: 'blob:https://x.example/1',
  source: 'local',
};
const tape: Tape = {
  ...junoTape(),
  title: `Mix & "Match" <for> 'you' — Süß 🎸`,
  tracks: [
    web(1, {
      title: 'Süßer Song 🎸',
      artist: 'Ça va & <Friends>',
      album: `"Quotes" 'n' stuff`,
      previewUrl: 'https://music.example.com/a/1.mp3?x=1&y=2',
      fullSeconds: 245.5,
    }),
    local,
    web(2, { title: `Tom & "Jerry" <3 'em`, artist: 'Ça va', clipSeconds: 30.0004, format: 'ogg' }),
  ],
  sideBStart: 1,
};

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a playlist, got: ${result.message}`);
  return result;
}
const failure = (result: ImportResult) => (result.ok ? 'imported' : result.message);

describe('export then import', () => {
  const expectedFirst = (seconds: number) => ({
    songId: 'url:https://music.example.com/a/1.mp3?x=1&y=2',
    title: 'Süßer Song 🎸',
    artist: 'Ça va & <Friends>',
    album: `"Quotes" 'n' stuff`,
    previewUrl: 'https://music.example.com/a/1.mp3?x=1&y=2',
    format: 'mp3',
    clipSeconds: seconds,
    fullSeconds: seconds,
    source: 'url',
  });
  const expectedSecond = (seconds: number) => ({
    songId: 'url:https://music.example.com/a/2.mp3',
    title: `Tom & "Jerry" <3 'em`,
    artist: 'Ça va',
    previewUrl: 'https://music.example.com/a/2.mp3',
    format: 'mp3',
    clipSeconds: seconds,
    fullSeconds: seconds,
    source: 'url',
  });

  it.each([
    ['XSPF', toXspf, 'mine.xspf', 245.5, 30],
    ['JSPF', toJspf, 'mine.jspf', 245.5, 30],
    ['M3U8', toM3u8, 'mine.m3u8', 246, 30],
  ] as const)(
    '%s keeps titles, artists, albums and lengths, and leaves local files out',
    (_name, write, file, first, second) => {
      const { text, omitted } = write(tape);
      expect(omitted).toEqual([local]);
      expect(text).not.toContain('blob:');
      const result = imported(parsePlaylist(text, file));
      expect(result.title).toBe(tape.title);
      expect(result.tracks).toEqual([expectedFirst(first), expectedSecond(second)]);
      expect(result.skipped).toEqual([]);
    },
  );

  it('is recognised by its content even without a telling file name', () => {
    for (const write of [toXspf, toJspf, toM3u8]) {
      expect(imported(parsePlaylist(write(tape).text, 'download')).tracks).toHaveLength(2);
    }
  });

  it('writes well-formed, namespaced XSPF with every special character escaped', () => {
    const { text } = toXspf({ ...tape, title: 'a\u0001b & c' });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://xspf.org/ns/0/');
    expect(doc.documentElement.getAttribute('version')).toBe('1');
    expect(text).toContain('<title>ab &amp; c</title>');
    expect(text).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;3 &apos;em</title>');
    expect(text).toContain('<duration>245500</duration>');
    expect(text).toContain('<location>https://music.example.com/a/1.mp3?x=1&amp;y=2</location>');
  });

  it('writes JSPF durations in whole milliseconds and locations as lists', () => {
    const json = JSON.parse(toJspf(tape).text);
    expect(json.playlist.title).toBe(tape.title);
    expect(json.playlist.track[1]).toEqual({
      location: ['https://music.example.com/a/2.mp3'],
      title: `Tom & "Jerry" <3 'em`,
      creator: 'Ça va',
      duration: 30000,
    });
  });

  it('writes M3U8 with one entry per track, even when a title holds a line break', () => {
    const broken = { ...tape, tracks: [web(3, { title: 'two\nlines', album: 'LP' })] };
    expect(toM3u8(broken).text).toBe(
      '#EXTM3U\n' +
        `#PLAYLIST:${tape.title}\n` +
        '#EXTINF:30,Someone - two lines\n#EXTALB:LP\nhttps://music.example.com/a/3.mp3\n',
    );
  });

  it('gives the built-in clips full addresses when told where the app lives', () => {
    const juno = junoTape();
    const first = juno.tracks[0]?.previewUrl ?? '';
    expect(first.startsWith('/')).toBe(true);
    const { text } = toM3u8(juno, { baseUrl: 'https://mixtape.example/app/' });
    const result = imported(parsePlaylist(text, 'juno.m3u8'));
    expect(result.tracks).toHaveLength(juno.tracks.length);
    expect(result.tracks[0]?.previewUrl).toBe(`https://mixtape.example${first}`);
  });

  it('writes artwork where the format has a place for it, once tracks carry it', () => {
    const withArt = { ...tape, tracks: [{ ...web(4), artworkUrl: 'https://img.example.com/4.jpg' }] };
    expect(toXspf(withArt).text).toContain('<image>https://img.example.com/4.jpg</image>');
    expect(JSON.parse(toJspf(withArt).text).playlist.track[0].image).toBe('https://img.example.com/4.jpg');
    expect(toM3u8(withArt).text).toContain('#EXTIMG:https://img.example.com/4.jpg');
  });
});

describe('downloadName', () => {
  it.each([
    ['Juno', 'xspf', 'juno.xspf'],
    ['Juno (Music From The Motion Picture)', 'm3u8', 'juno-music-from-the-motion-picture.m3u8'],
    ['Süßer Mix — Ça va!', '.jspf', 'susser-mix-ca-va.jspf'],
    ['🎸🎸', 'xspf', 'mixtape.xspf'],
    ['../../etc/passwd', 'pls', 'etc-passwd.pls'],
    ['a'.repeat(80), 'xspf', `${'a'.repeat(60)}.xspf`],
  ])('%s → %s', (title, ext, name) => {
    expect(downloadName({ title }, ext)).toBe(name);
  });
});

describe('playlists written by other players (tests/fixtures/playlists)', () => {
  it('reads a VLC XSPF, keeping its local file as a song and ignoring its extensions and comments', () => {
    const result = imported(parsePlaylist(vlcXspf, 'Wiedergabeliste.xspf'));
    expect(result.title).toBe('Wiedergabeliste');
    expect(result.tracks).toEqual([
      {
        songId: 'url:https://cdn.example.org/previews/ca%C3%A7%C3%A3o-do-mar.ogg?sig=a1&exp=99',
        title: 'Canção do Mar',
        artist: 'Dulce Pontes',
        album: 'Lágrimas',
        previewUrl: 'https://cdn.example.org/previews/ca%C3%A7%C3%A3o-do-mar.ogg?sig=a1&exp=99',
        format: 'ogg',
        clipSeconds: 185.6,
        fullSeconds: 185.6,
        source: 'url',
      },
      {
        songId: 'url:https://radio.example.net/stream/tom-&-jerry.mp3',
        title: 'Tom & Jerry <live>',
        artist: 'Unknown artist',
        previewUrl: 'https://radio.example.net/stream/tom-&-jerry.mp3',
        format: 'mp3',
        clipSeconds: 30,
        source: 'url',
      },
      {
        songId: 'url:http://media.example.com/a/02_sea-of-love.m4a',
        title: '02 sea of love',
        artist: 'Cat Power',
        previewUrl: 'http://media.example.com/a/02_sea-of-love.m4a',
        format: 'm4a',
        clipSeconds: 30,
        source: 'url',
      },
    ]);
    // The local file names its song, so it is kept as a song to match to a preview (issue 14).
    expect(result.songs).toEqual([
      {
        title: 'Pink Moon',
        artist: 'Nick Drake',
        album: 'Pink Moon',
        seconds: 124,
        location: 'file:///home/anna/Musik/Nick%20Drake/Pink%20Moon/01%20Pink%20Moon.mp3',
      },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads a ListenBrainz JSPF with missing and mistyped fields', () => {
    const result = imported(parsePlaylist(listenbrainzJspf, 'late-night.json'));
    expect(result.title).toBe('Late night (ListenBrainz export)');
    expect(result.tracks.map((t) => [t.title, t.artist, t.album, t.clipSeconds, t.fullSeconds])).toEqual([
      ['Harvest Moon', 'Neil Young', 'Harvest Moon', 303, 303],
      ['untitled track 03', 'Unknown artist', undefined, 30, undefined],
      ['Pink Moon', 'Nick Drake', undefined, 30, undefined],
      ['odd', 'Unknown artist', undefined, 30, undefined],
    ]);
    expect(result.tracks[2]?.previewUrl).toBe('https://previews.example.com/pink-moon.mp3');
    expect(result.tracks[3]?.format).toBe('opus');
    expect(result.songs).toEqual([{ title: 'No location here', artist: 'Nobody' }]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['An entry without an address was left out.']);
  });

  it('reads an IPTV-style M3U8 with a BOM, CRLF line ends, attributes, comments, relative paths and a live channel', () => {
    // Named local paths are songs to match (issue 14); the bare "song.mp3" names nothing and is skipped.
    expect(iptvM3u8.startsWith('\uFEFF#EXTM3U\r\n')).toBe(true);
    const result = imported(parsePlaylist(iptvM3u8, 'cafe.m3u8'));
    expect(result.title).toBe('Café Sessions ☕');
    expect(result.tracks.map((t) => [t.artist, t.title, t.album, t.clipSeconds, t.previewUrl])).toEqual([
      [
        'Édith Piaf',
        'La Vie en rose',
        'La Vie en rose (1947)',
        212,
        'https://stream.example.com/piaf/la-vie-en-rose.aac',
      ],
      ['Sigur Rós', 'Hoppípolla', undefined, 241.5, 'https://stream.example.com/sigur-ros/hoppipolla.ogg'],
      [
        'Unknown artist',
        'Title Without Artist',
        undefined,
        30,
        'https://stream.example.com/misc/no-artist.mp3',
      ],
    ]);
    expect(result.skipped).toEqual([
      {
        line: 6,
        reason:
          '“Nina Simone - Feeling Good” is a live stream (its length is given as -1), and a tape holds only recordings that end.',
      },
      {
        line: 14,
        reason: 'relative path “song.mp3” can’t be played from a browser: add the file itself instead',
      },
    ]);
    expect(result.songs).toEqual([
      {
        title: 'Garage Demo',
        artist: 'Local Band',
        seconds: 187,
        location: '../Music/garage-demo.mp3',
        line: 11,
      },
      {
        title: 'On Disk',
        artist: 'Someone',
        seconds: 95,
        location: 'C:\\Users\\anna\\Music\\on-disk.mp3',
        line: 13,
      },
    ]);
  });

  it('reads a Winamp PLS with mixed-case keys, entries out of order and a live station', () => {
    expect(winampPls).toContain('\r\n');
    const result = imported(parsePlaylist(winampPls, 'radio.pls'));
    expect(result.title).toBe('radio');
    expect(result.tracks.map((t) => [t.artist, t.title, t.clipSeconds, t.fullSeconds])).toEqual([
      ['Unknown artist', 'Just A Title', 201, 201],
      ['Unknown artist', 'four', 30, undefined],
    ]);
    expect(result.songs).toEqual([
      { title: 'Song', artist: 'Second', seconds: 180, location: 'C:\\Music\\two.mp3', line: 9 },
    ]);
    expect(result.skipped).toEqual([
      {
        line: 3,
        reason:
          '“Third Artist - Third Song” is a live stream (its length is given as -1), and a tape holds only recordings that end.',
      },
    ]);
  });
});

describe('files that cannot be imported', () => {
  it.each([
    ['garbage', 'hello there\nthis is a shopping list', 'notes.txt', /^This doesn’t look like a playlist\./],
    ['an empty file', '\uFEFF  \r\n', 'x.m3u', /^This file is empty\.$/],
    [
      'broken XML',
      '<?xml version="1.0"?>\n<playlist version="1" xmlns="http://xspf.org/ns/0/">\n<trackList><track></trackList>',
      'x.xspf',
      /^This XSPF file isn’t valid XML \(line 3: .+\)\.$/,
    ],
    ['XML that is not XSPF', '<rss><channel/></rss>', 'feed.xspf', /its outermost element is <rss>/],
    ['broken JSON', '{"playlist": {"track": [', 'x.jspf', /^This JSPF file isn’t valid JSON \(.+\)\.$/],
    ['JSON that is not JSPF', '{"name": "x", "songs": []}', 'x.json', /isn’t a JSPF playlist/],
    ['JSPF whose tracks are not a list', '{"playlist": {"track": 3}}', 'x.jspf', /isn’t a list/],
    ['an empty XSPF', toXspf({ ...tape, tracks: [] }).text, 'x.xspf', /^This playlist is empty/],
    ['an empty JSPF', '{"playlist": {"title": "x"}}', 'x.jspf', /^This playlist is empty/],
    ['an empty M3U', '#EXTM3U\r\n#PLAYLIST:Nothing\r\n', 'x.m3u', /^This playlist is empty/],
    ['an empty PLS', '[playlist]\nNumberOfEntries=0\nVersion=2\n', 'x.pls', /^This playlist is empty/],
    ['a PLS without a section', 'just words', 'x.pls', /no \[playlist\] section/],
    [
      'only relative paths',
      'a.mp3\r\nsub/b.mp3\r\n../c.mp3\r\n',
      'x.m3u',
      /^This file has no playable tracks: 3 entries were skipped \(relative paths\)\.$/,
    ],
    [
      'only local and unplayable entries',
      '#EXTM3U\n/home/x.mp3\nC:\\Music\\a.mp3\njavascript:alert(1)\n',
      'x.m3u',
      /^This file has no playable tracks: 3 entries were skipped \(2 file paths, 1 unplayable address\)\.$/,
    ],
  ])('%s', (_name, text, file, message) => {
    expect(failure(parsePlaylist(text, file))).toMatch(message);
  });

  it('refuses input over 2 MB, counting UTF-8 bytes', () => {
    const big = `#EXTM3U\n${'https://a.example/x.mp3\n'.repeat(90_000)}`;
    expect(failure(parsePlaylist(big, 'big.m3u'))).toMatch(/too big/);
    const accented = `#EXTM3U\n#PLAYLIST:${'é'.repeat(1_100_000)}\nhttps://a.example/x.mp3\n`;
    expect(accented.length).toBeLessThan(2 * 1024 * 1024);
    expect(failure(parsePlaylist(accented, 'big.m3u'))).toMatch(/too big/);
    const justUnder = `#EXTM3U\n#PLAYLIST:${'e'.repeat(2 * 1024 * 1024 - 100)}\nhttps://a.example/x.mp3\n`;
    expect(imported(parsePlaylist(justUnder, 'ok.m3u')).title).toHaveLength(100);
  });
});

describe('what an import keeps', () => {
  it('takes at most 500 tracks and says how many more were left out', () => {
    const lines = Array.from({ length: 510 }, (_, i) => `https://a.example/${i}.mp3`);
    const result = imported(parsePlaylist(lines.join('\n'), 'long.m3u'));
    expect(result.tracks).toHaveLength(500);
    expect(result.tracks.at(-1)?.previewUrl).toBe('https://a.example/499.mp3');
    expect(result.skipped).toEqual([
      { line: 501, reason: '10 more entries were left out: a tape holds at most 500 tracks.' },
    ]);
  });

  it('cleans text: control characters out, trimmed, capped at 200 without splitting an emoji', () => {
    const long = `${'x'.repeat(199)}🎸 and more`;
    const text = `#EXTM3U\n#EXTINF:10,  Bell\u0007 \tBand  - ${long}\nhttps://a.example/a.mp3\n`;
    const [track] = imported(parsePlaylist(text, 'x.m3u')).tracks;
    expect(track?.artist).toBe('Bell Band');
    expect(track?.title).toBe('x'.repeat(199));
  });

  it('caps lengths at a day and ignores ones that are not lengths', () => {
    const text = [
      '[playlist]',
      'File1=https://a.example/1.mp3',
      'Length1=999999',
      'File2=https://a.example/2.mp3',
      'Length2=Infinity',
      'File3=https://a.example/3.mp3',
      'Length3=0',
      'File4=https://a.example/4.mp3',
      'Length4=12abc',
    ].join('\n');
    const seconds = imported(parsePlaylist(text, 'x.pls')).tracks.map((t) => [t.clipSeconds, t.fullSeconds]);
    expect(seconds).toEqual([
      [86_400, 86_400],
      [30, undefined],
      [30, undefined],
      [30, undefined],
    ]);
  });

  it('refuses addresses a browser should not open and URLs too long for a share link', () => {
    const text = [
      'data:audio/mp3;base64,AAAA',
      'javascript:alert(1)',
      `https://a.example/${'a'.repeat(2100)}.mp3`,
      `https://a.example/${'ü'.repeat(500)}.mp3`,
      '//cdn.example.com/protocol-relative.mp3',
    ].join('\n');
    const result = imported(parsePlaylist(text, 'x.m3u'));
    expect(result.tracks.map((t) => t.previewUrl)).toEqual(['https://cdn.example.com/protocol-relative.mp3']);
    expect(result.skipped.map((s) => s.line)).toEqual([1, 2, 3, 4]);
    expect(result.skipped[0]?.reason).toMatch(/Only http and https addresses can be played, not data:/);
    expect(result.skipped[3]?.reason).toMatch(/too long/);
  });

  it('reads files that start with a byte order mark, as Windows Notepad saves them', () => {
    for (const [text, file] of [
      [toXspf(tape).text, 'x.xspf'],
      [toJspf(tape).text, 'x.jspf'],
      [winampPls, 'x.pls'],
    ]) {
      expect(imported(parsePlaylist(`\uFEFF${text}`, file ?? '')).tracks.length).toBeGreaterThan(0);
    }
  });

  it('lets the content decide when the file name is misleading', () => {
    expect(imported(parsePlaylist(winampPls, 'radio.m3u')).tracks).toHaveLength(2);
    expect(imported(parsePlaylist(vlcXspf, 'playlist.txt')).tracks).toHaveLength(3);
    expect(imported(parsePlaylist(listenbrainzJspf, 'playlist')).tracks).toHaveLength(4);
    expect(imported(parsePlaylist('https://a.example/1.mp3\n', 'untitled')).tracks).toHaveLength(1);
  });

  it('reads an XSPF without a namespace and takes the first web location of several', () => {
    const text =
      '<playlist><trackList><track><location>song.mp3</location>' +
      '<location>https://a.example/song.mp3</location><title> Song </title></track></trackList></playlist>';
    const result = imported(parsePlaylist(text, 'x.xspf'));
    expect(result.tracks.map((t) => [t.title, t.previewUrl])).toEqual([
      ['Song', 'https://a.example/song.mp3'],
    ]);
    expect(result.title).toBe('x');
  });
});
