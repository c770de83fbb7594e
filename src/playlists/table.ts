import { parse } from 'papaparse';
import { strictNumber } from './clean';
import type { RawEntry } from './entries';
import type { ParsedPlaylist } from './parsed';

/** Which header names (see headerKey) hold what, for one exporter or a family of them. */
export interface ColumnNames {
  readonly title: readonly string[];
  readonly artist: readonly string[];
  readonly album?: readonly string[];
  readonly isrc?: readonly string[];
  readonly location?: readonly string[];
  /** A length in milliseconds. */
  readonly ms?: readonly string[];
  /** A length in seconds, or "m:ss" / "h:mm:ss". */
  readonly seconds?: readonly string[];
  /** The playlist's name, repeated on every row (TuneMyMusic). */
  readonly playlist?: readonly string[];
  /** The artist cell as the exporter wrote it, back to plain names. */
  readonly artistText?: (cell: string) => string;
}

/** "Artist Name(s)" → "artistnames": exporters differ in case, spacing and punctuation, not in words. */
export const headerKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The column each field comes from: the header that fits its first name, else its second, and so on
 * (a "Name" column beside "Track Name" is the playlist's).
 * Undefined when the header has no title or no artist column, so the rows cannot be songs.
 */
export function columnsOf(header: readonly string[], names: ColumnNames) {
  const keys = header.map(headerKey);
  const at = (wanted: readonly string[] = []) => {
    for (const name of wanted) {
      const index = keys.indexOf(name);
      if (index >= 0) return index;
    }
    return undefined;
  };
  const title = at(names.title);
  const artist = at(names.artist);
  if (title === undefined || artist === undefined) return undefined;
  return {
    title,
    artist,
    album: at(names.album),
    isrc: at(names.isrc),
    location: at(names.location),
    ms: at(names.ms),
    seconds: at(names.seconds),
    playlist: at(names.playlist),
  };
}

/** How a table is written: its delimiter, and whether double quotes enclose cells (RFC 4180) or not. */
export interface TableDialect {
  readonly delimiter: string;
  readonly quoted: boolean;
}

/**
 * The CSV delimiter a header line uses: the commonest of comma, semicolon and tab in it (spreadsheet
 * programs in much of Europe save CSV with semicolons). Told from the header, whose names hold none of
 * them, rather than guessed from rows whose titles may hold any.
 */
export function headerDelimiter(firstLine: string): string {
  const count = (d: string) => firstLine.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/**
 * Rows of delimited text (any line ends) as playlist entries, columns found by header name, read with
 * papaparse. `line` is the row's number counting the header as 1, which is its line in the file unless a
 * quoted cell holds a line break.
 */
export function readTable(text: string, names: ColumnNames, dialect: TableDialect): ParsedPlaylist {
  const { data } = parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimiter: dialect.delimiter,
    // A quote character that text never holds: unquoted formats write a title's leading " as it is.
    quoteChar: dialect.quoted ? '"' : '\u0000',
  });
  const [header = [], ...rows] = data;
  const columns = columnsOf(header, names);
  if (!columns) {
    return {
      ok: false,
      message: 'This table has no columns Mixtape knows for a song’s title and artist.',
    };
  }
  const cell = (row: readonly string[], index: number | undefined) =>
    index === undefined ? undefined : row[index]?.trim() || undefined;
  const entries = rows.map((row, index): RawEntry => {
    const artist = cell(row, columns.artist);
    return {
      location: cell(row, columns.location),
      title: cell(row, columns.title),
      artist: artist !== undefined && names.artistText ? names.artistText(artist) : artist,
      album: cell(row, columns.album),
      isrc: cell(row, columns.isrc),
      seconds: lengthOf(cell(row, columns.ms), cell(row, columns.seconds)),
      line: index + 2,
    };
  });
  const title = rows.map((row) => cell(row, columns.playlist)).find(Boolean);
  return { ok: true, title, entries };
}

function lengthOf(ms: string | undefined, seconds: string | undefined): number | undefined {
  const millis = strictNumber(ms);
  if (millis !== undefined) return millis / 1000;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(seconds ?? '');
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return strictNumber(seconds);
}
