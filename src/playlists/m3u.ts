import type { Tape } from '../model/tape';
import { splitArtistTitle, strictNumber } from './clean';
import type { RawEntry } from './entries';
import { type ExportOptions, type ExportResult, exportEntries } from './exportPlaylist';
import type { ParsedPlaylist } from './parsed';

/** Extended M3U in UTF-8, the lingua franca of players since Winamp. */
export function toM3u8(tape: Tape, options?: ExportOptions): ExportResult {
  const { entries, omitted } = exportEntries(tape, options);
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(tape.title)}`];
  for (const e of entries) {
    // Whole seconds: older players read #EXTINF with an integer parser; -1 means "unknown".
    const seconds = e.durationMs === undefined ? -1 : Math.max(1, Math.round(e.durationMs / 1000));
    lines.push(`#EXTINF:${seconds},${oneLine(e.creator)} - ${oneLine(e.title)}`);
    if (e.album !== undefined) lines.push(`#EXTALB:${oneLine(e.album)}`);
    if (e.image !== undefined) lines.push(`#EXTIMG:${oneLine(e.image)}`);
    lines.push(oneLine(e.location));
  }
  return { text: `${lines.join('\n')}\n`, omitted };
}

// A line break inside a title would start a new entry in the file.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

interface Pending {
  seconds?: number | undefined;
  live?: boolean | undefined;
  title?: string | undefined;
  artist?: string | undefined;
  album?: string | undefined;
}

export function parseM3u(text: string): ParsedPlaylist {
  const entries: RawEntry[] = [];
  let title: string | undefined;
  let pending: Pending = {};
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const [tag = '', value = ''] = splitTag(line);
      if (tag === '#EXTINF') pending = { ...pending, ...readExtinf(value) };
      else if (tag === '#EXTALB') pending.album = value;
      else if (tag === '#EXTART') pending.artist ??= value;
      else if (tag === '#PLAYLIST') title = value;
      continue;
    }
    entries.push({ location: line, ...pending, line: index + 1 });
    pending = {};
  }
  return { ok: true, title, entries };
}

function splitTag(line: string): [string, string] {
  const colon = line.indexOf(':');
  return colon < 0 ? [line.toUpperCase(), ''] : [line.slice(0, colon).toUpperCase(), line.slice(colon + 1)];
}

/**
 * `#EXTINF:<seconds> [key="value" …],<artist> - <title>`. IPTV lists put attributes such as
 * tvg-logo="…" before the comma, and their quoted values may hold commas of their own.
 */
function readExtinf(value: string): Pending {
  let inQuotes = false;
  let comma = -1;
  for (let i = 0; i < value.length && comma < 0; i += 1) {
    if (value[i] === '"') inQuotes = !inQuotes;
    else if (value[i] === ',' && !inQuotes) comma = i;
  }
  const head = comma < 0 ? value : value.slice(0, comma);
  const name = comma < 0 ? '' : value.slice(comma + 1).trim();
  const seconds = strictNumber(/^\s*([-+]?[\d.]+)/.exec(head)?.[1]);
  return { seconds, live: seconds === -1, ...(name ? splitArtistTitle(name) : {}) };
}
