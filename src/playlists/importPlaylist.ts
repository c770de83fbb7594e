import { titleFromName } from '../model/clipUrl';
import { wantedTrack } from '../model/track';
import { parseAppleText } from './appleText';
import { cleanText, IMPORT_LIMITS } from './clean';
import { parseCsv } from './csv';
import { decodePlaylistBytes } from './decode';
import { detectFormat, type PlaylistFormat } from './detect';
import { buildEntries, describeSkips, type ImportedTrack } from './entries';
import { hlsManifestProblem } from './hls';
import { parseItunesXml } from './itunesXml';
import { parseJspf } from './jspf';
import { parseM3u } from './m3u';
import type { ParsedPlaylist } from './parsed';
import { parsePls } from './pls';
import type { SongEntry } from './songEntry';
import { readSongList } from './songList';
import { parseXspf } from './xspf';

export type ImportResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly tracks: ImportedTrack[];
      /**
       * Entries that name a song (title and artist) but give no address a browser can play: a streaming
       * service's export, a local path, a ListenBrainz track without a location. They are to be matched to
       * catalog previews; in the file's order, with tracks and songs together within a tape's limit.
       */
      readonly songs: SongEntry[];
      /** Each song's place among tracks and songs together, in the file's order (0-based, ascending). */
      readonly songPlaces: number[];
      /** Entries that did not become tracks, each with why; `line` for line-based formats. */
      readonly skipped: { line?: number; reason: string }[];
    }
  | { readonly ok: false; readonly message: string };

export interface ImportOptions {
  /** Where the file itself was fetched from, if anywhere: relative XSPF locations resolve against it. */
  readonly address?: string;
}

const READERS: Record<PlaylistFormat, (text: string, options: ImportOptions) => ParsedPlaylist> = {
  xspf: parseXspf,
  jspf: parseJspf,
  m3u: parseM3u,
  pls: parsePls,
  plist: parseItunesXml,
  appleText: parseAppleText,
  csv: parseCsv,
  songList: readSongList,
};

const FORMAT_NAMES =
  'XSPF, JSPF, M3U, M3U8 and PLS playlists, CSV exports (Exportify, TuneMyMusic, Soundiiz), ' +
  'Apple Music or iTunes playlists exported as text or XML, and lists of “Artist – Title” lines';

const tooBigResult: ImportResult = {
  ok: false,
  message: 'This file is too big for a playlist (over 2 MB). Is it the right file?',
};

/**
 * Reads a playlist file's bytes, in whatever encoding its writer used (see decodePlaylistBytes), into
 * tracks and songs for a new tape. Never throws.
 */
export function parsePlaylistBytes(
  file: ArrayBuffer | Uint8Array,
  fileName: string,
  options?: ImportOptions,
): ImportResult {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  // The text is checked again once decoded; this spares decoding a file that is plainly too big.
  if (bytes.length > IMPORT_LIMITS.inputBytes * 2) return tooBigResult;
  return parsePlaylist(decodePlaylistBytes(bytes).text, fileName, options);
}

/**
 * Reads a playlist file of any supported format (see detectFormat) into tracks and songs for a new tape.
 * Never throws.
 */
export function parsePlaylist(text: string, fileName: string, options: ImportOptions = {}): ImportResult {
  if (tooBig(text)) return tooBigResult;
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, message: 'This file is empty.' };
  const format = detectFormat(body, fileName);
  const stream = format === 'm3u' || format === undefined ? hlsManifestProblem(body) : undefined;
  if (stream) return { ok: false, message: stream };
  if (!format) {
    return { ok: false, message: `This doesn’t look like a playlist. Mixtape reads ${FORMAT_NAMES}.` };
  }
  const parsed = READERS[format](body, options);
  if (!parsed.ok) return parsed;
  if (parsed.entries.length === 0)
    return { ok: false, message: 'This playlist is empty: it lists no tracks.' };
  const { tracks, songs, songPlaces, skipped } = buildEntries(parsed.entries);
  if (tracks.length === 0 && songs.length === 0) {
    // A radio directory's file holds one station or a few mirrors of it: say which and why.
    const live = skipped.every((skip) => skip.kind === 'live stream') ? ` ${skipped[0]?.reason ?? ''}` : '';
    return { ok: false, message: `This file has no playable tracks: ${describeSkips(skipped)}${live}` };
  }
  const title =
    cleanText(parsed.title, IMPORT_LIMITS.tapeTitle) ??
    cleanText(titleFromName(fileName), IMPORT_LIMITS.tapeTitle) ??
    'Imported playlist';
  return {
    ok: true,
    title,
    tracks,
    songs,
    songPlaces,
    skipped: skipped.map(({ line, reason }) => (line === undefined ? { reason } : { line, reason })),
  };
}

/**
 * The whole file as one tape's tracks, in the file's order: its playable tracks, and each song as a track
 * awaiting a preview (model/track.ts's wantedTrack) in its place, for "Find real previews" to match. For a
 * file that mixes the two, so nothing it lists moves or waits outside the tape.
 */
export function tracksInFileOrder(
  result: Pick<Extract<ImportResult, { ok: true }>, 'tracks' | 'songs' | 'songPlaces'>,
): ImportedTrack[] {
  const tracks = [...result.tracks];
  result.songs.forEach((song, i) => {
    tracks.splice(result.songPlaces[i] ?? tracks.length, 0, wantedTrack(song));
  });
  return tracks;
}

// A UTF-16 unit takes one to three bytes in UTF-8, so only a string near the limit needs counting exactly.
function tooBig(text: string): boolean {
  if (text.length > IMPORT_LIMITS.inputBytes) return true;
  if (text.length * 3 <= IMPORT_LIMITS.inputBytes) return false;
  return new TextEncoder().encode(text).length > IMPORT_LIMITS.inputBytes;
}
