import type { ParsedPlaylist } from './parsed';
import { type ColumnNames, columnsOf, headerKey, readTable } from './table';

/**
 * Apple Music's and iTunes' File > Library > Export Playlist… as "Unicode text": UTF-16 LE with a byte
 * order mark (decodePlaylistBytes reads it), one tab-separated row per track, lines ended by CR on a Mac.
 * The header is `Name Artist Composer Album Grouping Work Movement Number Movement Count Movement Name
 * Genre Size Time Disc Number Disc Count Track Number Track Count Year Date Modified Date Added Bit Rate
 * Sample Rate Volume Adjustment Kind Equaliser Comments Plays Last Played Skips Last Skipped My Rating
 * Location` (Music 1.4; "Equalizer" in US English). Time is in whole seconds; Location is a local path
 * (`Macintosh HD:Users:…` on a Mac, `C:\…` on Windows), empty for a song streamed from Apple Music.
 * The app localises the header; the English one is read.
 */
const APPLE_COLUMNS: ColumnNames = {
  title: ['name'],
  artist: ['artist'],
  album: ['album'],
  seconds: ['time'],
  location: ['location'],
};

/** Whether a first line is the header Apple's text export writes. */
export function isAppleTextHeader(firstLine: string): boolean {
  const keys = firstLine.split('\t').map(headerKey);
  return keys[0] === 'name' && keys.includes('artist') && columnsOf(keys, APPLE_COLUMNS) !== undefined;
}

export function parseAppleText(text: string): ParsedPlaylist {
  // Apple writes every cell as it is, quotes included: "Heroes" is a title, not a quoted cell.
  return readTable(text, APPLE_COLUMNS, { delimiter: '\t', quoted: false });
}
