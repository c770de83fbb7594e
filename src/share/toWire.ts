import { BUILT_IN_TRACKS } from '../data/junoTape';
import { cleanDedication, cleanLine } from '../model/giftText';
import { clampSplit, type Tape } from '../model/tape';
import type { Track } from '../model/track';
import { catalogRefOf } from './catalogRefs';
import { builtInNumber, V1_DEFAULTS } from './defaults';
import { controlChars, LIMITS } from './limits';
import { isWebUrl, type WireTape, type WireTrack } from './schema';

/** Text as the reader will accept it: no control characters, within its cap, no half emoji at the cut. */
function clean(text: string, max: number, keepLines = false): string {
  const bare = text.replace(controlChars(keepLines), '');
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function seconds(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, value), LIMITS.seconds) : 0;
}

/** Links carry #rrggbb only; the colour pickers never make anything else. */
function color(value: string, fallback: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : fallback;
}

/** The address as the reader will accept it, or null when no one else could open it. */
function webAddress(url: string): string | null {
  if (!isWebUrl(url)) return null;
  // Browsers read control characters out of an address anyway; their own spelling of it has none.
  const clean = controlChars().test(url) ? new URL(url).href : url;
  return clean.length <= LIMITS.url ? clean : null;
}

/** A built-in song by reference, keeping a title or artist the listener renamed. */
function builtIn(track: Track, known: Track): WireTrack {
  const title = clean(track.title, LIMITS.trackText);
  const artist = clean(track.artist, LIMITS.trackText);
  return {
    kind: 'built-in',
    songId: known.songId,
    ...(title === known.title ? {} : { title }),
    ...(artist === known.artist ? {} : { artist }),
  };
}

/** null when the track cannot travel: a local file, or audio with no web address anyone else can open. */
function toWireTrack(track: Track): WireTrack | null {
  const known = BUILT_IN_TRACKS.get(track.songId);
  if (known && track.source === 'stand-in' && builtInNumber(known.songId) !== null)
    return builtIn(track, known);
  // Whatever else the track holds, the receiver looks it up again; this also lets a catalog song still
  // waiting for its lookup (no preview yet) travel on.
  const ref = catalogRefOf(track);
  if (ref) return { kind: 'catalog', ...ref };
  // A song awaiting a preview travels by name (format 3), for the friend's app to find a preview for.
  if (track.source === 'wanted') return named(track);
  const previewUrl = webAddress(track.previewUrl);
  if (track.source === 'local' || previewUrl === null) return null;
  const songId = track.songId === `url:${track.previewUrl}` ? undefined : clean(track.songId, LIMITS.songId);
  const format = track.format === undefined ? undefined : clean(track.format, LIMITS.format);
  return {
    kind: 'custom',
    source: track.source === 'catalog' ? 'catalog' : 'url',
    ...(songId === undefined ? {} : { songId }),
    title: clean(track.title, LIMITS.trackText),
    artist: clean(track.artist, LIMITS.trackText),
    ...(track.album === undefined ? {} : { album: clean(track.album, LIMITS.trackText) }),
    previewUrl,
    ...(format === undefined ? {} : { format }),
    clipSeconds: seconds(track.clipSeconds),
    ...(track.fullSeconds === undefined ? {} : { fullSeconds: seconds(track.fullSeconds) }),
  };
}

function named(track: Track): WireTrack {
  return {
    kind: 'named',
    title: clean(track.title, LIMITS.trackText),
    artist: clean(track.artist, LIMITS.trackText),
    ...(track.album === undefined ? {} : { album: clean(track.album, LIMITS.trackText) }),
    ...(track.fullSeconds === undefined ? {} : { seconds: seconds(track.fullSeconds) }),
  };
}

export interface Travelling {
  readonly wire: WireTape;
  readonly omitted: readonly Track[];
}

/** What of a tape can go into a link (at most `maxTracks` tracks), and the tracks that stay behind. */
export function toWire(tape: Tape, maxTracks: number = LIMITS.tracks): Travelling {
  const split = clampSplit(tape.sideBStart, tape.tracks.length);
  const tracks: WireTrack[] = [];
  const omitted: Track[] = [];
  let sideBStart = 0;
  tape.tracks.forEach((track, index) => {
    const wire = tracks.length < maxTracks ? toWireTrack(track) : null;
    if (!wire) {
      omitted.push(track);
      return;
    }
    const note = track.note === undefined ? '' : cleanLine(track.note, LIMITS.note);
    tracks.push(note ? { ...wire, note } : wire);
    if (index < split) sideBStart += 1;
  });
  return {
    wire: {
      title: clean(tape.title, LIMITS.tapeTitle),
      ...(tape.subtitle === undefined ? {} : { subtitle: clean(tape.subtitle, LIMITS.subtitle) }),
      ...(tape.linerNotes === undefined
        ? {}
        : { linerNotes: clean(tape.linerNotes, LIMITS.linerNotes, true) }),
      ...giftOf(tape),
      colors: {
        shell: color(tape.colors.shell, V1_DEFAULTS.colors.shell),
        label: color(tape.colors.label, V1_DEFAULTS.colors.label),
      },
      length: tape.length,
      sideBStart,
      tracks,
    },
    omitted,
  };
}

/** The dedication and reply reference as the reader will accept them (cleaned as the editors clean them). */
function giftOf(tape: Tape): Pick<WireTape, 'dedication' | 'replyTo'> {
  const dedication = tape.dedication && cleanDedication(tape.dedication);
  const reply = tape.replyTo;
  return {
    ...(dedication ? { dedication } : {}),
    ...(reply
      ? {
          replyTo: {
            title: cleanLine(reply.title, LIMITS.tapeTitle),
            from: cleanLine(reply.from, LIMITS.giftName),
          },
        }
      : {}),
  };
}
