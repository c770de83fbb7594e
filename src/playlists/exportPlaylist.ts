import type { Tape } from '../model/tape';
import { songSeconds, type Track } from '../model/track';

export interface ExportResult {
  readonly text: string;
  /** Tracks left out because their audio lives only on this device (local files behind blob: URLs). */
  readonly omitted: Track[];
}

/** What every export format states about a track, in one place, so formats only differ in spelling. */
export interface ExportEntry {
  readonly location: string;
  readonly title: string;
  readonly creator: string;
  readonly album?: string;
  /** Whole milliseconds; absent when the length is unknown. */
  readonly durationMs?: number;
  readonly image?: string;
}

export interface ExportOptions {
  /**
   * Where the app is served from (`document.baseURI`): the built-in stand-in clips have app-relative
   * addresses, which another player could not find without it.
   */
  readonly baseUrl?: string;
}

// Tracks have no artwork yet; accepting it here means a future `artworkUrl` needs no change to the writers.
type ExportableTrack = Track & { readonly artworkUrl?: string };

export function exportEntries(
  tape: Tape,
  options: ExportOptions = {},
): { entries: ExportEntry[]; omitted: Track[] } {
  const entries: ExportEntry[] = [];
  const omitted: Track[] = [];
  for (const track of tape.tracks) {
    if (track.source === 'local' || track.previewUrl.startsWith('blob:')) omitted.push(track);
    else entries.push(toEntry(track, options.baseUrl));
  }
  return { entries, omitted };
}

function toEntry(track: ExportableTrack, baseUrl: string | undefined): ExportEntry {
  // The song's length only where it is known: a preview's 30 seconds is not the length of the song.
  const seconds = songSeconds(track);
  const durationMs =
    seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : undefined;
  return {
    location: absolute(track.previewUrl, baseUrl),
    title: track.title,
    creator: track.artist,
    ...(track.album ? { album: track.album } : {}),
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(track.artworkUrl ? { image: track.artworkUrl } : {}),
  };
}

function absolute(url: string, baseUrl: string | undefined): string {
  if (baseUrl === undefined) return url;
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}
