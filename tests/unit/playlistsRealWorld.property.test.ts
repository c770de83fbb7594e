// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ImportResult, parsePlaylist, parsePlaylistBytes } from '../../src/playlists';

/** Text an import hands back unchanged: no control characters or lone surrogates, no surrounding space. */
const keepsAsIs = (text: string) => text.length > 0 && text === text.trim() && !/[\p{Cc}\p{Cs}]/u.test(text);

const titles = (unit: fc.Arbitrary<string> | 'binary' | 'grapheme') =>
  fc.array(fc.string({ unit, minLength: 1, maxLength: 16 }).filter(keepsAsIs), {
    minLength: 1,
    maxLength: 5,
  });

function titlesOf(result: ImportResult): string[] {
  if (!result.ok) throw new Error(`expected a playlist, got: ${result.message}`);
  return result.tracks.map((t) => `${t.artist} | ${t.title}`);
}

type Kind = 'm3u' | 'pls';
/** An "Artist - Title" list as Winamp writes it, in either of its two formats. */
function list(kind: Kind, names: readonly string[], eol: string): string {
  const lines =
    kind === 'm3u'
      ? [
          '#EXTM3U',
          ...names.flatMap((name, i) => [`#EXTINF:${100 + i},Band - ${name}`, `https://a.example/${i}.mp3`]),
        ]
      : [
          '[playlist]',
          `NumberOfEntries=${names.length}`,
          ...names.flatMap((name, i) => [
            `File${i + 1}=https://a.example/${i}.mp3`,
            `Title${i + 1}=Band - ${name}`,
            `Length${i + 1}=${100 + i}`,
          ]),
          'Version=2',
        ];
  return lines.join(eol) + eol;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const ENCODERS: Record<string, (text: string) => Uint8Array> = {
  'UTF-8': (text) => new TextEncoder().encode(text),
  'UTF-8 with BOM': (text) => new TextEncoder().encode(`\uFEFF${text}`),
  'UTF-16 LE with BOM': (text) => utf16(`\uFEFF${text}`, true),
  'UTF-16 BE with BOM': (text) => utf16(`\uFEFF${text}`, false),
  'UTF-16 LE': (text) => utf16(text, true),
  'UTF-16 BE': (text) => utf16(text, false),
};

/**
 * Windows-1252 from its published table (WHATWG index-windows-1252, the same as Microsoft's cp1252.txt):
 * Latin-1 outside 0x80-0x9F, and these code points there; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned.
 */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const CP1252_BYTE = new Map<string, number>();
for (let byte = 0x20; byte <= 0xff; byte += 1) {
  const code = byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : byte === 0x7f ? 0 : byte;
  if (code) CP1252_BYTE.set(String.fromCodePoint(code), byte);
}
// Below 0x20 (the line ends) the code page is ASCII.
const cp1252 = (text: string) => new Uint8Array([...text].map((c) => CP1252_BYTE.get(c) ?? c.charCodeAt(0)));

describe('titles come back the same in every encoding their writers use (issue 13.2)', () => {
  it('any Unicode, in UTF-8 or UTF-16, with or without a byte order mark, LF or CRLF', () => {
    fc.assert(
      fc.property(
        fc.oneof(titles('binary'), titles('grapheme')),
        fc.constantFrom<Kind>('m3u', 'pls'),
        fc.constantFrom(...Object.keys(ENCODERS)),
        fc.constantFrom('\n', '\r\n'),
        (names, kind, encoding, eol) => {
          const bytes = ENCODERS[encoding]?.(list(kind, names, eol)) ?? new Uint8Array();
          expect(titlesOf(parsePlaylistBytes(bytes, `x.${kind}`))).toEqual(names.map((n) => `Band | ${n}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the Windows-1252 repertoire, in Windows-1252 bytes as Winamp 5 saves them (CRLF)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const isUtf8 = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        titles(fc.constantFrom(...CP1252_BYTE.keys())),
        fc.constantFrom<Kind>('m3u', 'pls'),
        (names, kind) => {
          const bytes = cp1252(list(kind, names, '\r\n'));
          // Bytes that also happen to be UTF-8 ("Ã©") are read as UTF-8, as browsers do: not this property.
          fc.pre(!isUtf8(bytes) || bytes.every((b) => b < 0x80));
          const found = titlesOf(parsePlaylistBytes(bytes, `x.${kind}`));
          expect(found).toEqual(names.map((n) => `Band | ${n}`));
          expect(found.join('')).not.toContain('\uFFFD');
        },
      ),
      { numRuns: 300 },
    );
  });
});

const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The ways XSPF's namespace is spelled in files people have: the spec's, VLC-tolerated and none. */
const spelling = fc.record({
  uri: fc.constantFrom('http://xspf.org/ns/0/', 'http://xspf.org/ns/0', 'https://xspf.org/ns/0/'),
  style: fc.constantFrom('default', 'prefixed', 'none'),
  prefix: fc.constantFrom('xspf', 'x', 'pl'),
  declaration: fc.boolean(),
  vlcExtensions: fc.boolean(),
});

describe('XSPF gives the same tracks whatever its namespace spelling (issue 13.4)', () => {
  it('default, prefixed or no namespace, with or without the trailing slash', () => {
    const track = fc.record({
      title: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
        .filter((t) => keepsAsIs(t) && XML_TEXT.test(t)),
      creator: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
        .filter((t) => keepsAsIs(t) && XML_TEXT.test(t)),
    });
    fc.assert(
      fc.property(spelling, fc.array(track, { minLength: 1, maxLength: 4 }), (ns, tracks) => {
        const p = ns.style === 'prefixed' ? `${ns.prefix}:` : '';
        const xmlns =
          ns.style === 'default'
            ? ` xmlns="${ns.uri}"`
            : ns.style === 'prefixed'
              ? ` xmlns:${p.slice(0, -1)}="${ns.uri}"`
              : '';
        const vlc = ' xmlns:vlc="http://www.videolan.org/vlc/playlist/ns/0/"';
        const el = (name: string, text: string) => `<${p}${name}>${escapeXml(text)}</${p}${name}>`;
        const body = tracks.map(
          (t, i) =>
            `<${p}track>${el('location', `https://a.example/${i}.mp3`)}${el('title', t.title)}${el('creator', t.creator)}` +
            (ns.vlcExtensions
              ? `<${p}extension application="http://www.videolan.org/vlc/playlist/0"><vlc:id>${i}</vlc:id>` +
                `<${p}title>decoy</${p}title></${p}extension><vlc:title>decoy</vlc:title>`
              : '') +
            `</${p}track>`,
        );
        const text =
          (ns.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') +
          `<${p}playlist version="1"${xmlns}${ns.vlcExtensions ? vlc : ''}>\n` +
          `${el('title', 'Mix')}<${p}trackList>\n${body.join('\n')}\n</${p}trackList></${p}playlist>\n`;
        const result = parsePlaylist(text, 'x.xspf');
        if (!result.ok) throw new Error(`${result.message}\n${text}`);
        expect(result.title).toBe('Mix');
        expect(result.tracks.map((t) => [t.title, t.artist, t.previewUrl])).toEqual(
          tracks.map((t, i) => [t.title, t.creator, `https://a.example/${i}.mp3`]),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** Tags of RFC 8216 (and its 2nd edition draft) with values of the kind packagers write. */
const HLS_TAGS = [
  '#EXT-X-VERSION:3',
  '#EXT-X-TARGETDURATION:10',
  '#EXT-X-MEDIA-SEQUENCE:1092',
  '#EXT-X-DISCONTINUITY-SEQUENCE:2',
  '#EXT-X-PLAYLIST-TYPE:VOD',
  '#EXT-X-PLAYLIST-TYPE:EVENT',
  '#EXT-X-ENDLIST',
  '#EXT-X-I-FRAMES-ONLY',
  '#EXT-X-INDEPENDENT-SEGMENTS',
  '#EXT-X-START:TIME-OFFSET=-12.5',
  '#EXT-X-DISCONTINUITY',
  '#EXT-X-BYTERANGE:75232@0',
  '#EXT-X-KEY:METHOD=AES-128,URI="https://keys.example.com/k1"',
  '#EXT-X-MAP:URI="init.mp4"',
  '#EXT-X-PROGRAM-DATE-TIME:2024-03-01T10:00:00.000Z',
  '#EXT-X-DATERANGE:ID="ad1",START-DATE="2024-03-01T10:00:05Z",DURATION=30',
  '#EXT-X-STREAM-INF:BANDWIDTH=128000,CODECS="mp4a.40.2"',
  '#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=86000,URI="iframes.m3u8"',
  '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aac",NAME="English",DEFAULT=YES,URI="en.m3u8"',
  '#EXT-X-SESSION-DATA:DATA-ID="com.example.title",VALUE="Episode 12"',
  '#EXT-X-SESSION-KEY:METHOD=AES-128,URI="https://keys.example.com/k1"',
  '#EXT-X-GAP',
  '#EXT-X-BITRATE:128',
  '#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=1.0',
  '#EXT-X-PART-INF:PART-TARGET=0.33334',
  '#EXT-X-PART:DURATION=0.33334,URI="part1.0.mp4"',
  '#EXT-X-PRELOAD-HINT:TYPE=PART,URI="part1.1.mp4"',
  '#EXT-X-ALLOW-CACHE:YES',
];

describe('HLS manifests are refused, whatever tags they carry (issue 13.3)', () => {
  it('any #EXT-X- tag among playable-looking segment addresses', () => {
    const segment = fc
      .tuple(
        fc.double({ min: 0.5, max: 12, noNaN: true }),
        fc.nat(99_999),
        fc.constantFrom('ts', 'aac', 'm4s', 'mp3'),
      )
      .map(([seconds, n, ext]) => [
        `#EXTINF:${seconds.toFixed(3)},`,
        `https://media.example.com/seg_${n}.${ext}`,
      ]);
    const line = fc.oneof(
      fc.constantFrom(...HLS_TAGS).map((tag) => [tag]),
      segment,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...HLS_TAGS),
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('index.m3u8', 'prog_index.m3u8', 'x.m3u', 'stream.txt', ''),
        (tag, lines, at, header, eol, name) => {
          const body = lines.flat();
          body.splice(at % (body.length + 1), 0, tag);
          const text = [...(header ? ['#EXTM3U'] : []), ...body, 'https://media.example.com/last.aac'].join(
            eol,
          );
          const result = parsePlaylist(text, name);
          expect(result.ok ? 'imported' : result.message).toMatch(
            /^This is a streaming \(HLS\) manifest, not a list of songs: /,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parsePlaylistBytes never throws', () => {
  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.m3u', 'x.pls', 'x.xspf', 'x.jspf', 'x.csv', 'x.txt', 'x.xml', ''),
        (bytes, name) => {
          const result = parsePlaylistBytes(bytes, name);
          if (result.ok) expect(result.tracks.length + result.songs.length).toBeGreaterThan(0);
          else expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
