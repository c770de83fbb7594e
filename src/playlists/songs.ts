import { cleanText, durationSeconds, splitArtistTitle } from './clean';
import type { RawEntry } from './entries';
import type { SongEntry } from './songEntry';

/**
 * An ISRC (ISO 3901: country, registrant, year, designation; `^[A-Z]{2}[A-Z0-9]{3}\d{7}$`) in its
 * 12-character form, from the spellings exporters write: hyphenated ("US-ABC-12-34567"), lower case,
 * padded with spaces. Anything else gives undefined: a wrong code would match the wrong recording.
 */
export function normalIsrc(value: string | undefined): string | undefined {
  const code = value?.replace(/[-\s]/g, '').toUpperCase() ?? '';
  return /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(code) ? code : undefined;
}

/**
 * A streaming service's own track link or URI: it names a song but is a web page or an app link, never
 * audio a browser can play, so a named entry with one becomes a song to match.
 */
export function isServiceTrackLink(location: string): boolean {
  return (
    /^spotify:(track|local):/i.test(location) ||
    /^https?:\/\/(open|play)\.spotify\.com\/(intl-[a-z-]+\/)?track\//i.test(location) ||
    /^https?:\/\/(geo\.)?music\.apple\.com\//i.test(location) ||
    /^https?:\/\/(www\.)?deezer\.com\/([a-z]{2}\/)?track\//i.test(location) ||
    /^https?:\/\/(listen\.)?tidal\.com\/(browse\/)?track\//i.test(location)
  );
}

/**
 * The song an entry names, when it has a title and an artist (or an "Artist - Title" title the reader
 * can split); undefined for an entry that names nothing a catalog could look up.
 */
export function songOf(entry: RawEntry): SongEntry | undefined {
  let title = cleanText(entry.title);
  let artist = cleanText(entry.artist);
  if (title && !artist) {
    // TuneMyMusic puts a video's whole "Artist - Title" in its track column and leaves the artist empty.
    const split = splitArtistTitle(title);
    title = cleanText(split.title);
    artist = cleanText(split.artist);
  }
  if (!title || !artist) return undefined;
  const album = cleanText(entry.album);
  const seconds = entry.seconds === undefined ? undefined : durationSeconds(entry.seconds);
  const isrc = normalIsrc(entry.isrc);
  const location = cleanText(entry.location?.trim(), 2048);
  return {
    title,
    artist,
    ...(album === undefined ? {} : { album }),
    ...(seconds === undefined ? {} : { seconds: Math.max(1, Math.round(seconds)) }),
    ...(isrc === undefined ? {} : { isrc }),
    ...(location === undefined ? {} : { location }),
    ...(entry.line === undefined ? {} : { line: entry.line }),
  };
}
