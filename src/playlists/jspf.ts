import type { Tape } from '../model/tape';
import type { RawEntry } from './entries';
import { type ExportOptions, type ExportResult, exportEntries } from './exportPlaylist';
import type { ParsedPlaylist } from './parsed';
import { firstWebLocation, msToSeconds } from './xspf';

/** JSPF, XSPF spelled as JSON (https://xspf.org/jspf), as ListenBrainz exports it. */
export function toJspf(tape: Tape, options?: ExportOptions): ExportResult {
  const { entries, omitted } = exportEntries(tape, options);
  const track = entries.map((e) => ({
    location: [e.location],
    title: e.title,
    creator: e.creator,
    ...(e.album === undefined ? {} : { album: e.album }),
    ...(e.durationMs === undefined ? {} : { duration: e.durationMs }),
    ...(e.image === undefined ? {} : { image: e.image }),
  }));
  return { text: `${JSON.stringify({ playlist: { title: tape.title, track } }, null, 2)}\n`, omitted };
}

export function parseJspf(text: string): ParsedPlaylist {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, message: `This JSPF file isn’t valid JSON (${detail.slice(0, 120)}).` };
  }
  const playlist = isRecord(json) ? json.playlist : undefined;
  if (!isRecord(playlist)) {
    return { ok: false, message: 'This JSON file isn’t a JSPF playlist: it has no “playlist” object.' };
  }
  const tracks = playlist.track ?? [];
  if (!Array.isArray(tracks)) {
    return { ok: false, message: 'This JSPF playlist is damaged: its “track” field isn’t a list.' };
  }
  const entries = tracks.map((track: unknown): RawEntry => {
    if (!isRecord(track)) return { location: undefined };
    return {
      location: firstWebLocation(strings(track.location)),
      title: stringOf(track.title),
      artist: stringOf(track.creator),
      album: stringOf(track.album),
      seconds: msToSeconds(typeof track.duration === 'number' ? track.duration : stringOf(track.duration)),
    };
  });
  return { ok: true, title: stringOf(playlist.title), entries };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

// The spec says an array of strings; plenty of writers put a single string.
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
