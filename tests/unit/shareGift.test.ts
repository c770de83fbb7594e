import { describe, expect, it } from 'vitest';
import { BUILT_IN_TRACKS, junoTape } from '../../src/data/junoTape';
import { cleanMessage } from '../../src/model/giftText';
import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';
import { decodeTape, encodeTape, tapeContent } from '../../src/share/codec';
import { seal } from '../../src/share/envelope';
import { readTapeBody, writeTapeBody } from '../../src/share/format';
import { checkWireTape, type WireTape } from '../../src/share/schema';
import { toWire } from '../../src/share/toWire';
import { giftedJunoTape } from '../support/giftTape';

// Format 3 (issue 15): a dedication, a note per song, a reply reference, and songs named without an
// address. Its golden links are in tests/fixtures/share-links-v3.json, checked by shareCodec.test.ts.

const juno = junoTape();
const web = (n: number, overrides: Partial<Track> = {}): Track => ({
  id: `w${n}`,
  songId: `url:https://music.example.com/a/${n}.mp3`,
  title: `Web song ${n}`,
  artist: 'Someone',
  previewUrl: `https://music.example.com/a/${n}.mp3`,
  clipSeconds: 30,
  source: 'url',
  ...overrides,
});
const catalog = (id: string, note?: string): Track => ({
  id: `c${id}`,
  songId: `itunes:${id}`,
  title: 'Found',
  artist: 'Someone',
  previewUrl: 'https://audio.example/p.m4a',
  format: 'm4a',
  clipSeconds: 30,
  source: 'catalog',
  ...(note === undefined ? {} : { note }),
});

function decoded(payload: string): Tape {
  const result = decodeTape(payload);
  if (!result.ok) throw new Error(`expected a tape, got ${result.error.kind}: ${result.error.message}`);
  return result.tape;
}
const roundTrip = (tape: Tape) => decoded(encodeTape(tape).payload);

const SCRIPTS = [
  'Für dich, weil du „Süßer Song“ magst',
  'これは君のための曲です',
  '这首歌让我想起你',
  'שלום, זה השיר שלנו',
  'أغنيتنا في الطريق إلى البحر',
  'Это наша песня',
  'हमारा गाना',
  '👩‍👩‍👧 family road trip 🚗💨 🇸🇪',
  'e\u0301 combining, \uFEFF BOM, ‮ right-to-left override',
];

describe('format 3 carries the gift', () => {
  it('round-trips a dedication, a reply and notes in many scripts and emoji, on every kind of track', () => {
    const tracks = [...juno.tracks.slice(0, 3), web(1), catalog('1440857781')].map((t, i) => ({
      ...t,
      note: SCRIPTS[i] ?? '',
    }));
    const tape: Tape = {
      ...juno,
      tracks,
      sideBStart: 2,
      // The message as the editor keeps it (cleanMessage: each line's white space, a BOM included, made one space).
      dedication: { from: 'Алекс 🎧', to: 'サム', message: cleanMessage(SCRIPTS.join('\n')) },
      replyTo: { title: 'Juno — 答え', from: 'سام' },
    };
    const back = roundTrip(tape);
    expect(tapeContent(back)).toEqual(tapeContent(tape));
    expect(back.tracks.map((t) => t.note)).toEqual(tracks.map((t) => t.note));
    expect(back.dedication).toEqual(tape.dedication);
    expect(back.replyTo).toEqual(tape.replyTo);
  });

  it.each(SCRIPTS)('keeps the note “%s” exactly, at the cap too', (note) => {
    const long = Array.from(note.repeat(20)).reduce(
      (kept, ch) => (kept.length + ch.length <= 140 ? kept + ch : kept),
      '',
    );
    for (const text of [note, long]) {
      const back = roundTrip({ ...juno, tracks: [{ ...web(1), note: text }] });
      expect(back.tracks[0]?.note).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });

  it('notes only some songs, far apart, and gives each back to its own song', () => {
    const tracks = Array.from({ length: 300 }, (_, i) => web(i, i % 97 === 5 ? { note: `note ${i}` } : {}));
    const back = roundTrip({ ...juno, tracks, sideBStart: 150 });
    expect(back.tracks.flatMap((t, i) => (t.note ? [`${i}:${t.note}`] : []))).toEqual([
      '5:note 5',
      '102:note 102',
      '199:note 199',
      '296:note 296',
    ]);
  });

  it('keeps hostile text as text: markup and script tags travel as the characters they are', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const back = roundTrip({
      ...juno,
      tracks: [{ ...web(1), note: hostile }],
      dedication: { from: hostile.slice(0, 40), to: '"><b>', message: hostile },
    });
    expect(back.tracks[0]?.note).toBe(hostile);
    expect(back.dedication).toEqual({ from: hostile.slice(0, 40), to: '"><b>', message: hostile });
  });

  it('cleans what the reader would refuse: control characters, overlong names, messages and notes', () => {
    const back = roundTrip({
      ...juno,
      tracks: [
        { ...web(1), note: `a\u0007b\tc\n${'x'.repeat(200)}` },
        { ...web(2), note: ' \u0000 ' },
      ],
      dedication: {
        from: 'A'.repeat(60),
        to: 'S\u0001am',
        message: `line one\r\nline two\u0000${'m'.repeat(400)}`,
      },
    });
    expect(back.tracks[0]?.note).toBe(`a b c ${'x'.repeat(200)}`.slice(0, 140));
    expect(back.tracks[1]?.note).toBeUndefined();
    expect(back.dedication?.from).toBe('A'.repeat(40));
    expect(back.dedication?.to).toBe('S am');
    expect(back.dedication?.message).toBe(`line one\nline two ${'m'.repeat(400)}`.slice(0, 280));
  });
});

describe('the oldest format that holds it', () => {
  it('stays 1 or 2 without a gift, so those links are byte for byte what they were', () => {
    expect(encodeTape(juno).payload).toMatch(/^1/);
    expect(encodeTape({ ...juno, tracks: [catalog('1')] }).payload).toMatch(/^2/);
    // An empty note or dedication is no gift: nothing is left of it to carry.
    const blank: Tape = {
      ...juno,
      tracks: [{ ...web(1), note: '  ' }],
      dedication: { from: ' ', to: '', message: '' },
    };
    expect(encodeTape(blank).payload).toBe(encodeTape({ ...juno, tracks: [web(1)] }).payload);
  });

  it('is 3 with a dedication, a reply, or a single note', () => {
    const tapes: Tape[] = [
      { ...juno, dedication: { from: '', to: 'Sam', message: '' } },
      { ...juno, replyTo: { title: 'Juno', from: '' } },
      { ...juno, tracks: [catalog('1', 'why')] },
    ];
    for (const tape of tapes) expect(encodeTape(tape).payload).toMatch(/^3/);
  });

  it('a gift with flags this version does not know is from a newer Mixtape', () => {
    // Juno's title and colours, C60, split 0, one built-in song, then the gift's flags byte.
    const result = decodeTape(seal(Uint8Array.of(0b1101, 0, 1, 1, 0b1000), { deflate: false, version: 3 }));
    expect(result.ok ? null : result.error.kind).toBe('unsupported-version');
  });

  it('a note for a song the tape does not have is damage', () => {
    const result = decodeTape(
      seal(Uint8Array.of(0b1101, 0, 1, 1, 0b100, 1, 1, 1, 0x41), { deflate: false, version: 3 }),
    );
    expect(result.ok ? null : result.error.kind).toBe('malformed');
  });
});

describe('a song named without an address (format 3’s record for issue 14)', () => {
  const named: WireTape = {
    ...toWire(juno).wire,
    tracks: [
      { kind: 'built-in', songId: 'j01' },
      { kind: 'named', title: 'Anyone Else But You', artist: 'The Moldy Peaches', note: 'ours' },
      { kind: 'named', title: 'Tire Swing', artist: 'Kimya Dawson', album: 'Juno', seconds: 174 },
      { kind: 'named', title: 'Sea of Love', artist: 'Cat Power', seconds: 142.5 },
    ],
  };

  it('reads back as written, and passes the reader’s checks', () => {
    const read = readTapeBody(writeTapeBody(named), 3);
    expect(read).toEqual(named);
    expect(checkWireTape(read).ok).toBe(true);
  });

  it('is damage in a link marked as format 1 or 2', () => {
    const body = writeTapeBody({ ...named, tracks: named.tracks.slice(1, 3).map(({ note: _n, ...t }) => t) });
    expect(() => readTapeBody(body, 2)).toThrow();
    expect(() => readTapeBody(body, 1)).toThrow();
  });

  it('opens as songs awaiting a preview in their places, named, noted and timed as written', () => {
    const tape = decoded(seal(writeTapeBody({ ...named, sideBStart: 3 }), { version: 3 }));
    expect(tape.tracks.map((t) => [t.source, t.title, t.artist, t.album, t.fullSeconds, t.note])).toEqual([
      [
        'stand-in',
        'All I Want Is You',
        'Barry Louis Polisar',
        'Juno (Music from the Motion Picture)',
        159,
        undefined,
      ],
      ['wanted', 'Anyone Else But You', 'The Moldy Peaches', undefined, undefined, 'ours'],
      ['wanted', 'Tire Swing', 'Kimya Dawson', 'Juno', 174, undefined],
      ['wanted', 'Sea of Love', 'Cat Power', undefined, 142.5, undefined],
    ]);
    expect(tape.sideBStart).toBe(3);
    expect(tape.tracks.filter((t) => t.source === 'wanted').map((t) => t.previewUrl)).toEqual(['', '', '']);
  });
});

describe('the length budget (issue 15)', () => {
  it('the Juno tape with a 200-character message and a 60-character note on every song fits in 1,800 characters', () => {
    const tape = giftedJunoTape();
    expect(tape.dedication?.message).toHaveLength(200);
    expect(tape.tracks).toHaveLength(BUILT_IN_TRACKS.size);
    expect(tape.tracks.every((t) => t.note?.length === 60)).toBe(true);
    const { payload } = encodeTape(tape);
    // The link is the app's address, `#`, and the payload; the budget is the payload's.
    expect(payload.length).toBeLessThanOrEqual(1800);
    expect(tapeContent(decoded(payload))).toEqual(tapeContent(tape));
  });
});
