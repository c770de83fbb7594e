import * as v from 'valibot';
import { BUILT_IN_TRACKS } from '../data/junoTape';
import { CATALOG_NAMES } from '../model/track';
import { controlChars, LIMITS } from './limits';

// Messages are phrases that checkWireTape begins with their owner: "track 3’s title is longer…".

const text = (max: number, what: string, keepLines = false) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `${what} is longer than ${max} characters`),
    v.check((s) => !controlChars(keepLines).test(s), `${what} contains control characters`),
  );

const seconds = (what: string) =>
  v.pipe(
    v.number(`${what} is not a number`),
    v.finite(`${what} is not a number`),
    v.minValue(0, `${what} is negative`),
    v.maxValue(LIMITS.seconds, `${what} is longer than a day`),
  );

const color = (what: string) => v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, `${what} is not a colour`));

function schemeOf(text: string): string | null {
  try {
    return new URL(text).protocol;
  } catch {
    return null;
  }
}

/** Only web addresses may reach the player: never javascript:, data:, blob: or file:. */
export function isWebUrl(text: string): boolean {
  const scheme = schemeOf(text);
  return scheme === 'https:' || scheme === 'http:';
}

const webUrl = v.pipe(
  text(LIMITS.url, 'audio address'),
  v.check(isWebUrl, (issue) => {
    const scheme = typeof issue.input === 'string' ? schemeOf(issue.input) : null;
    const shown = scheme && scheme.length <= 20 ? ` (this one is ${scheme})` : '';
    return `audio address must start with http:// or https://${shown}`;
  }),
);

/** Why a song is on the tape (format 3 on): one line. */
const note = v.exactOptional(text(LIMITS.note, 'note'));

export const WireBuiltIn = v.object({
  kind: v.literal('built-in'),
  songId: v.pipe(
    v.string(),
    v.check(
      (id) => BUILT_IN_TRACKS.has(id),
      (issue) => `song ${issue.input} isn’t one this version of Mixtape knows`,
    ),
  ),
  title: v.exactOptional(text(LIMITS.trackText, 'title')),
  artist: v.exactOptional(text(LIMITS.trackText, 'artist')),
  note,
});

export const WireCustom = v.object({
  kind: v.literal('custom'),
  source: v.picklist(['url', 'catalog']),
  songId: v.exactOptional(text(LIMITS.songId, 'song id')),
  title: text(LIMITS.trackText, 'title'),
  artist: text(LIMITS.trackText, 'artist'),
  album: v.exactOptional(text(LIMITS.trackText, 'album')),
  previewUrl: webUrl,
  format: v.exactOptional(text(LIMITS.format, 'audio format')),
  clipSeconds: seconds('clip length'),
  fullSeconds: v.exactOptional(seconds('full length')),
  note,
});

/** A catalog song by provider and id alone (format 2 on); the receiver looks the rest up again. */
export const WireCatalogRef = v.object({
  kind: v.literal('catalog'),
  provider: v.picklist(CATALOG_NAMES, 'catalog is not one this version of Mixtape knows'),
  catalogId: v.pipe(v.string(), v.regex(/^\d{1,20}$/, 'catalog id is not 1 to 20 digits')),
  note,
});

/**
 * A song named without an address to play (format 3 on): title, artist, maybe album and the recording's
 * length, for the receiver to find a preview for (issue 14's tracks awaiting a preview).
 */
export const WireNamed = v.object({
  kind: v.literal('named'),
  title: text(LIMITS.trackText, 'title'),
  artist: text(LIMITS.trackText, 'artist'),
  album: v.exactOptional(text(LIMITS.trackText, 'album')),
  seconds: v.exactOptional(seconds('length')),
  note,
});

export const WireTape = v.object({
  title: text(LIMITS.tapeTitle, 'title'),
  subtitle: v.exactOptional(text(LIMITS.subtitle, 'subtitle')),
  linerNotes: v.exactOptional(text(LIMITS.linerNotes, 'liner notes', true)),
  dedication: v.exactOptional(
    v.object({
      from: text(LIMITS.giftName, 'dedication’s From'),
      to: text(LIMITS.giftName, 'dedication’s To'),
      message: text(LIMITS.giftMessage, 'message', true),
    }),
  ),
  replyTo: v.exactOptional(
    v.object({
      title: text(LIMITS.tapeTitle, 'reply’s title'),
      from: text(LIMITS.giftName, 'reply’s sender'),
    }),
  ),
  colors: v.object({ shell: color('shell colour'), label: color('label colour') }),
  length: v.picklist(['C46', 'C60', 'C90'], 'length is not C46, C60 or C90'),
  sideBStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
  tracks: v.pipe(
    v.array(v.variant('kind', [WireBuiltIn, WireCustom, WireCatalogRef, WireNamed])),
    v.maxLength(LIMITS.tracks, `track list holds more than ${LIMITS.tracks} tracks`),
  ),
});

/** A tape as the link carries it: built-in and catalog songs by reference, everything else spelled out. */
export type WireTape = v.InferOutput<typeof WireTape>;
export type WireTrack = WireTape['tracks'][number];
export type WireCustom = v.InferOutput<typeof WireCustom>;
export type WireCatalogRef = v.InferOutput<typeof WireCatalogRef>;
export type WireNamed = v.InferOutput<typeof WireNamed>;

/** The first problem, phrased for a person: "track 3’s audio address must start with…". */
export function checkWireTape(
  input: WireTape,
): { ok: true; wire: WireTape } | { ok: false; problem: string } {
  const result = v.safeParse(WireTape, input, { abortEarly: true });
  if (result.success) return { ok: true, wire: result.output };
  const issue = result.issues[0];
  const [first, second] = issue.path ?? [];
  const owner =
    first?.key === 'tracks' && typeof second?.key === 'number' ? `track ${second.key + 1}’s` : 'the tape’s';
  return { ok: false, problem: `${owner} ${issue.message}` };
}
