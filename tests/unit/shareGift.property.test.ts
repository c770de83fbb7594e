import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junoTape } from '../../src/data/junoTape';
import { GIFT_CAPS } from '../../src/model/giftCaps';
import { cleanDedication, cleanLine } from '../../src/model/giftText';
import type { Tape } from '../../src/model/tape';
import type { Track } from '../../src/model/track';
import { decodeTape, encodeTape, type ShareErrorKind, tapeContent } from '../../src/share/codec';
import { seal, wrap } from '../../src/share/envelope';
import { writeTapeBody } from '../../src/share/format';
import { toWire } from '../../src/share/toWire';
import goldenV3 from '../fixtures/share-links-v3.json';

// Format 3's gift under the same guarantees as shareCodec.property.test.ts: what is written opens as it
// was, and whatever a link holds, the reader gives a typed error or a tape within every cap, never throws.

const anyText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: max }),
    fc.string({ maxLength: max }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', '  ', '<img src=x onerror=alert(1)>', '👩‍👩‍👧 🚗', 'שלום', 'line\nbreak\r\n\u0000'),
  );
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const web = (n: number): Track => ({
  id: `w${n}`,
  songId: `url:https://music.example.com/${n}.mp3`,
  title: `Web ${n}`,
  artist: 'Someone',
  previewUrl: `https://music.example.com/${n}.mp3`,
  clipSeconds: 30,
  source: 'url',
});
const juno = junoTape();
const songs = [...juno.tracks, web(1), web(2), web(3)];

const giftTape: fc.Arbitrary<Tape> = fc
  .record({
    picks: fc.array(fc.nat(songs.length - 1), { maxLength: 30 }),
    notes: fc.array(optional(anyText(200)), { maxLength: 30 }),
    dedication: optional(fc.record({ from: anyText(60), to: anyText(60), message: anyText(400) })),
    replyTo: optional(fc.record({ title: anyText(120), from: anyText(60) })),
    sideBStart: fc.nat(30),
  })
  .map(({ picks, notes, dedication, replyTo, sideBStart }) => ({
    ...juno,
    tracks: picks.map((n, i) => {
      const note = notes[i];
      return { ...(songs[n] as Track), id: `e${i}`, ...(note === undefined ? {} : { note }) };
    }),
    sideBStart,
    ...(dedication === undefined ? {} : { dedication }),
    ...(replyTo === undefined ? {} : { replyTo }),
  }));

/** The tape as a link keeps it: text cleaned as the editors clean it, empty notes and dedications gone. */
function cleaned(tape: Tape): Tape {
  const { dedication, replyTo, ...rest } = tape;
  const d = dedication && cleanDedication(dedication);
  return {
    ...rest,
    tracks: tape.tracks.map(({ note, ...track }) => {
      const clean = cleanLine(note ?? '', GIFT_CAPS.note);
      return clean ? { ...track, note: clean } : track;
    }),
    ...(d ? { dedication: d } : {}),
    ...(replyTo
      ? { replyTo: { title: cleanLine(replyTo.title, 100), from: cleanLine(replyTo.from, 40) } }
      : {}),
  };
}

const noControls = (s: string) => !/\p{Cc}/u.test(s);
const KINDS: readonly ShareErrorKind[] = ['empty', 'malformed', 'unsupported-version', 'too-long', 'invalid'];

function expectSafe(payload: string): void {
  const result = decodeTape(payload);
  if (!result.ok) {
    expect(KINDS).toContain(result.error.kind);
    return;
  }
  const { dedication, replyTo, tracks } = result.tape;
  for (const t of tracks)
    expect(t.note === undefined || (t.note.length <= 140 && noControls(t.note))).toBe(true);
  if (dedication) {
    expect(
      dedication.from.length <= 40 && dedication.to.length <= 40 && dedication.message.length <= 280,
    ).toBe(true);
    expect(noControls(dedication.from + dedication.to + dedication.message.replace(/[\n\t]/g, ''))).toBe(
      true,
    );
  }
  if (replyTo) expect(replyTo.title.length <= 100 && replyTo.from.length <= 40).toBe(true);
}

describe('format 3 round trip', () => {
  it('decode(encode(tape)) is the tape as the editors would keep it, for any notes, dedication and reply', () => {
    fc.assert(
      fc.property(giftTape, (tape) => {
        const result = decodeTape(encodeTape(tape).payload);
        if (!result.ok) throw new Error(result.error.message);
        expect(tapeContent(result.tape)).toEqual(tapeContent(cleaned(tape)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('damaged and hostile format 3 links', () => {
  const tapes = fc.sample(giftTape, { numRuns: 40, seed: 2007 });
  const bodies = [
    ...tapes.map((tape) => writeTapeBody(toWire(tape).wire)),
    ...[1, 2].map((n) =>
      writeTapeBody({
        ...toWire(juno).wire,
        tracks: [
          { kind: 'named', title: `Named ${n}`, artist: 'Someone', album: 'A', seconds: 12.5, note: 'why' },
        ],
      }),
    ),
  ];
  const payloads = [
    ...tapes.map((tape) => encodeTape(tape).payload),
    ...goldenV3.links.map((l) => l.payload),
  ];

  it('mutated and truncated payloads each give a typed error or a valid tape', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...payloads), fc.nat(), fc.constantFrom(...'AZaz09-_3'), fc.boolean())
      .map(([p, at, ch, cut]) =>
        cut ? p.slice(0, at % p.length) : p.slice(0, at % p.length) + ch + p.slice((at % p.length) + 1),
      );
    fc.assert(fc.property(mutated, expectSafe), { numRuns: 3_000 });
  });

  it('damaged bodies under a valid checksum give a typed error or a valid tape', () => {
    const damage = fc.record({
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
      op: fc.constantFrom('set', 'insert', 'delete', 'cut'),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (body, edits, deflate) => {
          let bytes = [...body];
          for (const { at, value, op } of edits) {
            const i = at % (bytes.length + 1);
            if (op === 'cut') bytes = bytes.slice(0, i);
            else bytes.splice(i, op === 'insert' ? 0 : 1, ...(op === 'delete' ? [] : [value]));
          }
          expectSafe(seal(Uint8Array.from(bytes), { deflate, version: 3 }));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('random bytes as a format 3 body give a typed error or a valid tape', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 1 }), (bytes, flags) => {
        expectSafe(wrap(flags, bytes, 3));
      }),
      { numRuns: 2_000 },
    );
  });
});
