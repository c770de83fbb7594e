import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TRACKS, junoTape } from '../../src/data/junoTape';
import { TAPE_LENGTHS, type Tape } from '../../src/model/tape';
import {
  awaitingNames,
  CATALOG_NAMES,
  catalogSongId,
  isAwaitingLookup,
  parseCatalogSongId,
  type Track,
} from '../../src/model/track';
import { decodeTape, encodeTape, type ShareErrorKind, tapeContent } from '../../src/share/codec';
import { V1_DEFAULTS } from '../../src/share/defaults';
import { seal, wrap } from '../../src/share/envelope';
import { writeTapeBody } from '../../src/share/format';
import { toWire } from '../../src/share/toWire';
import goldenV1 from '../fixtures/share-links-v1.json';
import goldenV2 from '../fixtures/share-links-v2.json';

const CONTROL = /\p{Cc}/gu;
const CONTROL_BUT_LINES = /[^\P{Cc}\n\t]/gu;

/** Trims whole code points, so a cut never leaves half an emoji behind. */
function trimTo(text: string, max: number): string {
  const points = Array.from(text);
  while (points.join('').length > max) points.pop();
  return points.join('');
}

const text = (max: number, controls = CONTROL) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max }),
      fc.constantFrom('Juno', '', 'Süßer Song 🎸', '👩‍👩‍👧 family', 'שלום עולם', '\uFEFFbom'),
    )
    .map((s) => trimTo(s.replace(controls, ''), max));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const seconds = fc.oneof(
  fc.integer({ min: 0, max: 86_400 }),
  fc.integer({ min: 0, max: 86_400_000 }).map((ms) => ms / 1000),
  fc.double({ min: 0, max: 86_400, noNaN: true }),
);
const color = fc
  .tuple(fc.integer({ min: 0, max: 0xffffff }), fc.boolean())
  .map(([n, upper]) => `#${n.toString(16).padStart(6, '0')}`[upper ? 'toUpperCase' : 'toLowerCase']());
const webUrl = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((url) => url.length <= 2048);

const builtInTrack = fc
  .record({
    song: fc.constantFrom(...BUILT_IN_TRACKS.values()),
    title: optional(text(200)),
    artist: optional(text(200)),
  })
  .map(
    ({ song, title, artist }): Omit<Track, 'id'> => ({
      ...song,
      ...(title === undefined ? {} : { title }),
      ...(artist === undefined ? {} : { artist }),
    }),
  );

const customTrack = fc
  .record({
    previewUrl: webUrl,
    title: text(200),
    artist: text(200),
    album: optional(text(200)),
    format: optional(fc.constantFrom('mp3', 'm4a', 'ogg', 'flac')),
    source: fc.constantFrom('url', 'catalog'),
    songId: optional(text(200)),
    clipSeconds: seconds,
    fullSeconds: optional(seconds),
  })
  .map(
    ({ album, format, songId, fullSeconds, ...track }): Omit<Track, 'id'> => ({
      ...track,
      songId: songId ?? `url:${track.previewUrl}`,
      ...(album === undefined ? {} : { album }),
      ...(format === undefined ? {} : { format }),
      ...(fullSeconds === undefined ? {} : { fullSeconds }),
    }),
  );

/** Any id parseCatalogSongId accepts: real-looking ones, any value up to 20 digits, leading zeros. */
const catalogId = fc.oneof(
  fc.integer({ min: 100_000_000, max: 1_799_999_999 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }).map(String),
  fc.stringMatching(/^\d{1,20}$/),
);

/** A catalog song as a search gives it, or as a link gave it, still waiting for its lookup. */
const catalogSong = fc
  .record({
    provider: fc.constantFrom(...CATALOG_NAMES),
    catalogId,
    found: optional(customTrack),
  })
  .map(
    ({ provider, catalogId, found }): Omit<Track, 'id'> => ({
      ...(found ?? { title: '', artist: '', previewUrl: '', clipSeconds: 30 }),
      songId: catalogSongId({ provider, catalogId }),
      source: 'catalog',
    }),
  );

const tapeArb: fc.Arbitrary<Tape> = fc
  .record({
    title: text(100),
    subtitle: optional(fc.oneof(fc.constant(V1_DEFAULTS.subtitle), text(200))),
    linerNotes: optional(fc.oneof(fc.constant(V1_DEFAULTS.linerNotes), text(2000, CONTROL_BUT_LINES))),
    shell: fc.oneof(fc.constant(V1_DEFAULTS.colors.shell), color),
    label: fc.oneof(fc.constant(V1_DEFAULTS.colors.label), color),
    length: fc.constantFrom(...TAPE_LENGTHS),
    tracks: fc.array(fc.oneof(builtInTrack, customTrack, catalogSong), { maxLength: 60, size: 'max' }),
    sideBStart: fc.nat(64),
  })
  .map(({ subtitle, linerNotes, shell, label, tracks, ...rest }) => ({
    ...rest,
    id: 'original',
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(linerNotes === undefined ? {} : { linerNotes }),
    colors: { shell, label },
    tracks: tracks.map((track, i) => ({ ...track, id: `e${i}` })),
  }));

const isWeb = (url: string) => ['http:', 'https:'].includes(new URL(url).protocol);
const noControls = (s: string | undefined) => s === undefined || !/\p{Cc}/u.test(s);

/** What every opened link must satisfy, checked independently of the codec's own schema. */
function expectValidTape(tape: Tape): void {
  expect(tape.id).toMatch(/^shared-/);
  expect(tape.title.length).toBeLessThanOrEqual(100);
  expect((tape.subtitle ?? '').length).toBeLessThanOrEqual(200);
  expect((tape.linerNotes ?? '').length).toBeLessThanOrEqual(2000);
  expect(noControls(tape.title) && noControls(tape.subtitle)).toBe(true);
  expect(noControls(tape.linerNotes?.replace(/[\n\t]/g, ''))).toBe(true);
  expect(tape.colors.shell).toMatch(/^#[0-9a-f]{6}$/i);
  expect(tape.colors.label).toMatch(/^#[0-9a-f]{6}$/i);
  expect(TAPE_LENGTHS).toContain(tape.length);
  expect(tape.tracks.length).toBeLessThanOrEqual(500);
  expect(Number.isInteger(tape.sideBStart) && tape.sideBStart >= 0).toBe(true);
  expect(tape.sideBStart).toBeLessThanOrEqual(tape.tracks.length);
  expect(new Set(tape.tracks.map((t) => t.id)).size).toBe(tape.tracks.length);
  for (const t of tape.tracks) {
    expect(t.title.length <= 200 && t.artist.length <= 200 && (t.album ?? '').length <= 200).toBe(true);
    expect(noControls(t.title) && noControls(t.artist) && noControls(t.album)).toBe(true);
    if (t.source === 'stand-in') {
      const known = BUILT_IN_TRACKS.get(t.songId);
      expect({ ...t, title: known?.title, artist: known?.artist }).toEqual({ ...known, id: t.id });
      continue;
    }
    if (isAwaitingLookup(t)) {
      expect(t.songId).toMatch(/^(itunes|deezer):\d{1,20}$/);
      const names = awaitingNames(parseCatalogSongId(t.songId) ?? { provider: 'itunes', catalogId: '' });
      expect([t.title, t.artist, t.previewUrl, t.clipSeconds]).toEqual([names.title, names.artist, '', 30]);
      continue;
    }
    expect(['url', 'catalog']).toContain(t.source);
    expect(t.previewUrl.length).toBeLessThanOrEqual(2048);
    expect(isWeb(t.previewUrl)).toBe(true);
    for (const s of [t.clipSeconds, t.fullSeconds ?? 0]) {
      expect(Number.isFinite(s) && s >= 0 && s <= 86_400).toBe(true);
    }
  }
}

const KINDS: readonly ShareErrorKind[] = ['empty', 'malformed', 'unsupported-version', 'too-long', 'invalid'];

/** A typed error or a valid tape: never an exception, never a tape that skipped validation. */
function expectSafe(payload: string): void {
  const result = decodeTape(payload);
  if (result.ok) {
    expectValidTape(result.tape);
  } else {
    expect(KINDS).toContain(result.error.kind);
    expect(result.error.message.length).toBeGreaterThan(10);
  }
}

describe('round trip', () => {
  it('decode(encode(tape)) has the tape’s content, for any tape without local files', () => {
    fc.assert(
      fc.property(tapeArb, (tape) => {
        const { payload, omitted } = encodeTape(tape);
        expect(omitted).toEqual([]);
        const result = decodeTape(payload);
        if (!result.ok) throw new Error(result.error.message);
        expect(tapeContent(result.tape)).toEqual(tapeContent(tape));
        expectValidTape(result.tape);
      }),
      { numRuns: 300 },
    );
  });

  it('any catalog id comes back exactly, from either catalog, in a format 2 link', () => {
    fc.assert(
      fc.property(fc.array(catalogSong, { minLength: 1, maxLength: 20 }), (songs) => {
        const tape = { ...junoTape(), tracks: songs.map((song, i) => ({ ...song, id: `c${i}` })) };
        const { payload } = encodeTape(tape);
        expect(payload.charAt(0)).toBe('2');
        const result = decodeTape(payload);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.tape.tracks.map((t) => t.songId)).toEqual(songs.map((song) => song.songId));
        expect(result.tape.tracks.every(isAwaitingLookup)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the Juno tape in any order, with any split, fits in 63 characters', () => {
    const juno = junoTape();
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...juno.tracks], { minLength: 19, maxLength: 19 }),
        fc.nat(19),
        (tracks, sideBStart) => {
          const tape = { ...juno, tracks, sideBStart };
          const { payload } = encodeTape(tape);
          expect(payload.length).toBeLessThanOrEqual(63);
          const result = decodeTape(payload);
          expect(result.ok && tapeContent(result.tape)).toEqual(tapeContent(tape));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('damaged and hostile links', () => {
  // Sampled once: generating a fresh tape per run would spend the time budget on generation.
  const tapes = fc.sample(tapeArb, { numRuns: 40, seed: 2007 });
  const payloads = [
    ...tapes.map((tape) => encodeTape(tape).payload),
    encodeTape(junoTape()).payload,
    ...goldenV1.links.map((link) => link.payload),
    ...goldenV2.links.map((link) => link.payload),
  ];
  // Format 2 links must be among the payloads mutated below, not only format 1 ones.
  it('the sampled links include both formats', () => {
    expect(new Set(payloads.map((p) => p.charAt(0)))).toEqual(new Set(['1', '2']));
    expect(payloads.filter((p) => p.startsWith('2')).length).toBeGreaterThan(10);
  });
  const bodies = tapes.map((tape) => writeTapeBody(toWire(tape).wire));
  const version = fc.constantFrom(1 as const, 2 as const);
  const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=. %#1';

  const edit = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...CHARS) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...CHARS) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
  );
  const mutated = fc
    .tuple(fc.constantFrom(...payloads), fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([payload, edits]) =>
      edits.reduce((p, { op, at, char }) => {
        const i = at % (p.length + 1);
        return p.slice(0, i) + char + p.slice(op === 'insert' ? i : i + 1);
      }, payload),
    );
  const truncated = fc
    .tuple(fc.constantFrom(...payloads), fc.nat())
    .map(([payload, n]) => payload.slice(0, n % payload.length));
  const random = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 400 }).map((s) => `1${s}`),
  );

  it('10,000 mutated, truncated and random payloads each give a typed error or a valid tape', () => {
    fc.assert(fc.property(fc.oneof(mutated, truncated, random), expectSafe), { numRuns: 10_000 });
  });

  // The checksum turns away almost every change above, so also hand the reader damaged bodies
  // under a valid checksum, to show the parser and the schema hold on their own.
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
        version,
        (body, edits, deflate, v) => {
          let bytes = [...body];
          for (const { at, value, op } of edits) {
            const i = at % (bytes.length + 1);
            if (op === 'cut') bytes = bytes.slice(0, i);
            else bytes.splice(i, op === 'insert' ? 0 : 1, ...(op === 'delete' ? [] : [value]));
          }
          expectSafe(seal(Uint8Array.from(bytes), { deflate, version: v }));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('random bytes, plain or as deflate data, under a valid checksum give a typed error or a valid tape', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 0, max: 3 }),
        version,
        (bytes, flags, v) => {
          expectSafe(wrap(flags, bytes, v));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
