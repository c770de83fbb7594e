import { checkClipUrl, formatFromName, titleFromName } from '../model/clipUrl';
import type { Track } from '../model/track';
import { cleanText, durationSeconds, IMPORT_LIMITS } from './clean';
import type { SongEntry } from './songEntry';
import { isServiceTrackLink, songOf } from './songs';

/** One entry as a playlist format states it, before anything is checked. */
export interface RawEntry {
  readonly location: string | undefined;
  readonly title?: string | undefined;
  readonly artist?: string | undefined;
  readonly album?: string | undefined;
  readonly seconds?: number | undefined;
  /** As the file spells it; checked (see normalIsrc) when the entry becomes a song. */
  readonly isrc?: string | undefined;
  /**
   * The file marks the entry as having no end: length -1 in M3U's #EXTINF and PLS's LengthN, which radio
   * directories (SHOUTcast, Icecast) write for every station.
   */
  readonly live?: boolean | undefined;
  /** The reader's own reason this entry names nothing usable (a pasted line that isn't "Artist – Title"). */
  readonly problem?: string | undefined;
  /** Where the entry's location sits, for formats that are read line by line. */
  readonly line?: number | undefined;
}

export type SkipKind =
  | 'relative path'
  | 'file path'
  | 'unplayable address'
  | 'streaming link'
  | 'no address'
  | 'live stream'
  | 'not a song'
  | 'over the limit';

export interface Skip {
  readonly line?: number;
  readonly reason: string;
  readonly kind: SkipKind;
}

export type ImportedTrack = Omit<Track, 'id'>;

// Most stores' previews run 30 seconds; the app measures the real length once the clip loads.
const TYPICAL_PREVIEW_SECONDS = 30;

// What a named entry may still be when a browser cannot play its location: a song to match to a preview.
const SONG_KINDS: ReadonlySet<SkipKind> = new Set([
  'relative path',
  'file path',
  'no address',
  'streaming link',
]);

/**
 * Sorts a file's entries into tracks (a web address a browser can play), songs (a title and an artist
 * with no such address, to be matched to catalog previews) and skips, each skip with why. Tracks and
 * songs together keep to a tape's track limit, in the file's order.
 */
export function buildEntries(entries: readonly RawEntry[]): {
  tracks: ImportedTrack[];
  songs: SongEntry[];
  songPlaces: number[];
  skipped: Skip[];
} {
  const tracks: ImportedTrack[] = [];
  const songs: SongEntry[] = [];
  const songPlaces: number[] = [];
  const skipped: Skip[] = [];
  for (const [index, entry] of entries.entries()) {
    if (tracks.length + songs.length === IMPORT_LIMITS.tracks) {
      const more = entries.length - index;
      const reason = `${more} more ${more === 1 ? 'entry was' : 'entries were'} left out: a tape holds at most ${IMPORT_LIMITS.tracks} tracks.`;
      skipped.push({ ...lineOf(entry), reason, kind: 'over the limit' });
      break;
    }
    const result = toTrack(entry);
    const song = 'reason' in result && SONG_KINDS.has(result.kind) ? songOf(entry) : undefined;
    if (song) {
      songPlaces.push(tracks.length + songs.length);
      songs.push(song);
    } else if ('reason' in result) skipped.push({ ...lineOf(entry), ...namedSkip(entry, result) });
    else tracks.push(result);
  }
  return { tracks, songs, songPlaces, skipped };
}

// A title alone cannot be looked up in a catalog: say which entry it was, not just that it had no address.
function namedSkip(entry: RawEntry, skip: Omit<Skip, 'line'>): Omit<Skip, 'line'> {
  const title = skip.kind === 'no address' ? cleanText(entry.title) : undefined;
  return title
    ? { ...skip, reason: `“${title}” has no address and names no artist to look it up by.` }
    : skip;
}

function lineOf(entry: RawEntry): { line?: number } {
  return entry.line === undefined ? {} : { line: entry.line };
}

function toTrack(entry: RawEntry): ImportedTrack | Omit<Skip, 'line'> {
  if (entry.problem) return { kind: 'not a song', reason: entry.problem };
  const stated = entry.location?.trim() ?? '';
  // A protocol-relative address means "whatever the page uses", and pages are served over https.
  const location = stated.startsWith('//') ? `https:${stated}` : stated;
  if (!location) return { kind: 'no address', reason: 'An entry without an address was left out.' };
  const problem = locationProblem(location);
  if (problem) return problem;
  const checked = checkClipUrl(location);
  if (!checked.ok || checked.url.length > IMPORT_LIMITS.url) {
    const message = checked.ok ? 'That address is too long.' : checked.message;
    return { kind: 'unplayable address', reason: `“${shown(location)}” can’t be played: ${message}` };
  }
  const url = checked.url;
  // -1 means "no end or unknown" in both formats. A tape moves on when a clip ends, so a live station would
  // hold it for good (the player lets a clip run up to a day); playing stations as "live" would need the
  // deck, the tape's length and share links to learn a clip without a length. Refusing names the station,
  // and a real file marked -1 is rare: players write its length once they have read it.
  if (entry.live) {
    // Put back the "Artist - Title" the reader split: station names are not songs.
    const name = cleanText([entry.artist, entry.title].filter(Boolean).join(' - ')) ?? shown(location);
    return {
      kind: 'live stream',
      reason: `“${name}” is a live stream (its length is given as -1), and a tape holds only recordings that end.`,
    };
  }
  const seconds = entry.seconds === undefined ? undefined : durationSeconds(entry.seconds);
  const album = cleanText(entry.album);
  const format = formatFromName(url);
  return {
    songId: `url:${url}`,
    title: cleanText(entry.title) ?? titleFromName(url),
    artist: cleanText(entry.artist) ?? 'Unknown artist',
    ...(album === undefined ? {} : { album }),
    previewUrl: url,
    ...(format === undefined ? {} : { format }),
    clipSeconds: seconds ?? TYPICAL_PREVIEW_SECONDS,
    ...(seconds === undefined ? {} : { fullSeconds: seconds }),
    source: 'url',
  };
}

const LOCAL_FIX = 'can’t be played from a browser: add the file itself instead';

// Paths are the commonest thing in playlists made by desktop players; say so plainly rather than
// repeating the URL parser's complaint.
function locationProblem(location: string): Omit<Skip, 'line'> | undefined {
  if (/^file:/i.test(location) || /^[a-z]:[\\/]/i.test(location) || /^[\\/]/.test(location)) {
    return { kind: 'file path', reason: `file path “${shown(location)}” ${LOCAL_FIX}` };
  }
  if (isServiceTrackLink(location)) {
    return {
      kind: 'streaming link',
      reason: `“${shown(location)}” is a streaming service’s link, not audio`,
    };
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(location)) {
    return { kind: 'relative path', reason: `relative path “${shown(location)}” ${LOCAL_FIX}` };
  }
  return undefined;
}

function shown(location: string): string {
  const text = cleanText(location, 80) ?? '';
  return text.length === 80 ? `${text}…` : text;
}

const KIND_PLURALS: Record<SkipKind, string> = {
  'relative path': 'relative paths',
  'file path': 'file paths',
  'unplayable address': 'unplayable addresses',
  'streaming link': 'streaming links',
  'no address': 'entries without an address',
  'live stream': 'live streams',
  'not a song': 'lines that name no song',
  'over the limit': 'over the limit',
};

/** "3 entries were skipped (relative paths)." or "(2 file paths, 1 relative path)". */
export function describeSkips(skipped: readonly Skip[]): string {
  const counts = new Map<SkipKind, number>();
  for (const skip of skipped) counts.set(skip.kind, (counts.get(skip.kind) ?? 0) + 1);
  const kinds = [...counts.entries()].sort(([, a], [, b]) => b - a);
  const name = (kind: SkipKind, n: number) => (n === 1 ? kind : KIND_PLURALS[kind]);
  const n = skipped.length;
  const only = kinds.length === 1 ? kinds[0] : undefined;
  const detail = only ? name(only[0], n) : kinds.map(([kind, k]) => `${k} ${name(kind, k)}`).join(', ');
  return `${n} ${n === 1 ? 'entry was' : 'entries were'} skipped (${detail}).`;
}
