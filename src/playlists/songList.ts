import { IMPORT_LIMITS } from './clean';
import { buildEntries, type RawEntry } from './entries';
import type { ParsedPlaylist } from './parsed';
import type { SongEntry } from './songEntry';

/**
 * One song per line as people paste or save them: "Artist – Title". The separator is a dash with space
 * on both sides, any of hyphen-minus, en dash, em dash, minus sign, figure dash or horizontal bar, or an
 * em dash without spaces (typographers' style); names keep their own unspaced hyphens (Jay-Z, Blink-182).
 * The first separator splits, since titles carry more of them than names ("Song - Remastered 2011").
 * A list's "1." or "•" in front is dropped. "Title by Artist" is not read: "Stand by Me" and
 * "Killed by Death" are titles, so "by" cannot say where a name starts.
 */
const SEPARATOR = /\s+[-\u2012\u2013\u2014\u2015\u2212]\s+|\u2014/;
const MARKER = /^(\d{1,4}[.)]|[-*\u2022\u00b7])\s+/;

/** A line's artist and title, or undefined when it has no separator with words either side. */
export function splitSongLine(line: string): { artist: string; title: string } | undefined {
  const text = line.trim().replace(MARKER, '');
  const match = SEPARATOR.exec(text);
  if (!match) return undefined;
  const artist = text.slice(0, match.index).trim();
  const title = text.slice(match.index + match[0].length).trim();
  return artist && title ? { artist, title } : undefined;
}

/** Whether text reads as a song list: most of its first lines split as "Artist – Title". */
export function looksLikeSongList(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim())
    .slice(0, 50);
  const songs = lines.filter((line) => splitSongLine(line)).length;
  return songs > 0 && songs * 2 >= lines.length;
}

/** The list's lines as entries; a line that names no song says so, by its line number. */
export function readSongList(text: string): ParsedPlaylist {
  const entries: RawEntry[] = [];
  for (const [index, line] of text.split(/\r\n|\r|\n/).entries()) {
    if (!line.trim()) continue;
    const song = splitSongLine(line);
    entries.push(
      song
        ? { location: undefined, ...song, line: index + 1 }
        : { location: undefined, line: index + 1, problem: 'This line doesn’t read “Artist – Title”.' },
    );
  }
  return { ok: true, title: undefined, entries };
}

export type SongListResult =
  | {
      readonly ok: true;
      readonly songs: SongEntry[];
      /** Lines that named no song, and lines past a tape's limit, each with why. */
      readonly skipped: { line?: number; reason: string }[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * A pasted list, one "Artist – Title" per line (see splitSongLine), as songs to match, each with its line
 * number; blank lines are passed over. Keeps to a tape's track limit. Never throws; refuses, with a
 * message, text that names no song at all.
 */
export function parseSongList(text: string): SongListResult {
  if (text.length > IMPORT_LIMITS.inputBytes) {
    return { ok: false, message: 'This list is too long for a tape (over 2 MB of text).' };
  }
  const parsed = readSongList(text);
  if (!parsed.ok) return parsed;
  const { songs, skipped } = buildEntries(parsed.entries);
  if (songs.length === 0) {
    return {
      ok: false,
      message: 'No line here names a song. Write one song per line as “Artist – Title”.',
    };
  }
  return {
    ok: true,
    songs,
    skipped: skipped.map(({ line, reason }) => (line === undefined ? { reason } : { line, reason })),
  };
}
