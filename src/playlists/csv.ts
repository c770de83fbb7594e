import type { ParsedPlaylist } from './parsed';
import { type ColumnNames, columnsOf, headerDelimiter, headerKey, readTable } from './table';

/**
 * The column sets of the CSV exporters people use to get a playlist out of a streaming service, by
 * header key (see headerKey); tests/fixtures/exports/README.md says where each was read.
 * - Exportify (Spotify): `Track URI`, `Track Name`, `Artist Name(s)`, `Album Name`,
 *   `Track Duration (ms)`, `ISRC`, …; artists joined with ", ", a comma inside a name written `\,`.
 * - TuneMyMusic: `Track name`, `Artist name`, `Album`, `Playlist name`, `Type`, `ISRC`, then a
 *   `<Service> - id` column; a video's row has all of "Artist - Title" in `Track name`.
 * - Soundiiz: `title`, `artist`, `album`, `isrc`.
 * Other spreadsheets with a title and an artist column read too.
 */
const CSV_COLUMNS: ColumnNames = {
  title: ['trackname', 'title', 'name', 'songname', 'song', 'songtitle', 'tracktitle', 'track'],
  artist: ['artistnames', 'artistname', 'artist', 'artists', 'creator'],
  album: ['albumname', 'album', 'albumtitle'],
  isrc: ['isrc'],
  location: ['trackuri', 'spotifyuri', 'uri', 'url', 'location'],
  ms: ['trackdurationms', 'durationms'],
  seconds: ['duration', 'length', 'time'],
  playlist: ['playlistname', 'playlist'],
};

/**
 * Exportify's own: it escapes a comma inside one artist's name (`Crosby\, Stills`) so it is not read as two
 * artists. Only its tables, known by their `Artist Name(s)` column: elsewhere a backslash is the name's own.
 */
const EXPORTIFY_COLUMNS: ColumnNames = { ...CSV_COLUMNS, artistText: (cell) => cell.replace(/\\,/g, ',') };

/** Whether a first line is the header of a song table: a title column and an artist column by name. */
export function isSongTableHeader(firstLine: string): boolean {
  const delimiter = headerDelimiter(firstLine);
  if (!firstLine.includes(delimiter)) return false;
  const header = headerNames(firstLine, delimiter);
  return columnsOf(header, CSV_COLUMNS) !== undefined && header.every((name) => headerKey(name).length < 40);
}

/** A streaming-service export or any song table as CSV (RFC 4180; comma, semicolon or tab). */
export function parseCsv(text: string): ParsedPlaylist {
  const firstLine = text.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = headerDelimiter(firstLine);
  const exportify = headerNames(firstLine, delimiter).some((name) => headerKey(name) === 'artistnames');
  return readTable(text, exportify ? EXPORTIFY_COLUMNS : CSV_COLUMNS, { delimiter, quoted: true });
}

const headerNames = (firstLine: string, delimiter: string) =>
  firstLine.split(delimiter).map((name) => name.replace(/^\s*"|"\s*$/g, ''));
