import { splitArtistTitle, strictNumber } from './clean';
import type { RawEntry } from './entries';
import type { ParsedPlaylist } from './parsed';

interface PlsEntry {
  file?: { value: string; line: number };
  title?: string;
  length?: string;
}

/** PLS, Winamp's and SHOUTcast's INI-style list: `File1=`, `Title1=`, `Length1=`, in any order. */
export function parsePls(text: string): ParsedPlaylist {
  const byNumber = new Map<number, PlsEntry>();
  let sawHeader = false;
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (/^\[playlist\]$/i.test(line)) sawHeader = true;
    // Lines are already split at CR and LF; `s` lets a title hold U+2028, which `.` would stop at.
    const match = /^(file|title|length)(\d+)\s*=(.*)$/is.exec(line);
    if (!match) continue;
    const [, key = '', digits = '', value = ''] = match;
    const n = Number(digits);
    const entry = byNumber.get(n) ?? {};
    byNumber.set(n, entry);
    const field = key.toLowerCase();
    if (field === 'file') entry.file = { value: value.trim(), line: index + 1 };
    else if (field === 'title') entry.title = value.trim();
    else entry.length = value;
  }
  if (!sawHeader && byNumber.size === 0) {
    return { ok: false, message: 'This PLS file has no [playlist] section and no File entries.' };
  }
  const entries = [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, e]): RawEntry => {
      const named = e.title ? splitArtistTitle(e.title) : {};
      const seconds = strictNumber(e.length);
      return { location: e.file?.value, ...named, seconds, live: seconds === -1, line: e.file?.line };
    });
  return { ok: true, title: undefined, entries };
}
