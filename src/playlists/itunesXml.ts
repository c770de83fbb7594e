import { type PlistValue, parse } from 'plist';
import type { RawEntry } from './entries';
import type { ParsedPlaylist } from './parsed';

type Dict = { readonly [key: string]: PlistValue };

/**
 * iTunes' and Apple Music's File > Library > Export Playlist… as XML: an Apple property list
 * (PropertyList-1.0.dtd) whose `Tracks` dict holds every track by its Track ID (`Name`, `Artist`,
 * `Album`, `Total Time` in milliseconds, `Location` as a file:// URL, none for a streamed song) and whose
 * `Playlists` array lists each playlist's `Playlist Items`, Track IDs in playing order. A whole-library
 * export lists the library itself first (`Master`) and then every playlist: the first other one with
 * items is read. The plist parser is `plist` (see docs/playlists.md for why).
 */
export function parseItunesXml(text: string): ParsedPlaylist {
  let root: PlistValue;
  try {
    root = parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : undefined;
    return { ok: false, message: `This property list can’t be read (${detail || 'unreadable'}).` };
  }
  const tracks = isDict(root) ? root.Tracks : undefined;
  if (!isDict(root) || !isDict(tracks)) {
    return {
      ok: false,
      message: 'This property list isn’t an iTunes or Music playlist: it has no “Tracks”.',
    };
  }
  const playlists = Array.isArray(root.Playlists) ? root.Playlists.filter(isDict) : [];
  const chosen =
    playlists.find((p) => p.Master !== true && itemsOf(p).length > 0) ??
    playlists.find((p) => itemsOf(p).length > 0);
  // Without a playlist the file is a bare library: its tracks in the order written.
  const ids = chosen ? itemsOf(chosen) : Object.keys(tracks);
  const entries = ids.map((id): RawEntry => {
    const track = tracks[id];
    if (!isDict(track)) return { location: undefined };
    const ms = track['Total Time'];
    return {
      location: stringOf(track.Location),
      title: stringOf(track.Name),
      artist: stringOf(track.Artist) ?? stringOf(track['Album Artist']),
      album: stringOf(track.Album),
      seconds: typeof ms === 'number' ? ms / 1000 : undefined,
    };
  });
  return { ok: true, title: chosen ? stringOf(chosen.Name) : undefined, entries };
}

function isDict(value: PlistValue | undefined): value is Dict {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !ArrayBuffer.isView(value)
  );
}

const stringOf = (value: PlistValue | undefined) => (typeof value === 'string' ? value : undefined);

function itemsOf(playlist: Dict): string[] {
  const items = playlist['Playlist Items'];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    const id = isDict(item) ? item['Track ID'] : undefined;
    return typeof id === 'number' || typeof id === 'string' ? [String(id)] : [];
  });
}
