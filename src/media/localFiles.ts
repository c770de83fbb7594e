import { formatFromMime, formatFromName, titleFromName } from '../model/clipUrl';
import type { Track } from '../model/track';
import { localFiles } from '../persistence/localFiles';
import { probeClip } from './probeClip';

export interface LocalFilesResult {
  readonly tracks: Omit<Track, 'id'>[];
  readonly rejected: readonly string[];
}

/**
 * Audio files from the user's device become tracks that play from object URLs: they never leave
 * the device, so they are marked as such and cannot travel in a share link.
 */
export async function tracksFromFiles(
  files: Iterable<File>,
  keep: (songId: string, file: Blob) => Promise<boolean> = localFiles.keep,
): Promise<LocalFilesResult> {
  const tracks: Omit<Track, 'id'>[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (file.type && !file.type.startsWith('audio/') && !formatFromName(file.name)) {
      rejected.push(file.name);
      continue;
    }
    const url = URL.createObjectURL(file);
    const seconds = await probeClip(url);
    if (seconds === null) {
      URL.revokeObjectURL(url);
      rejected.push(file.name);
      continue;
    }
    // A device file's name may have no extension; the browser's File.type then says what it is.
    const format = formatFromName(file.name) ?? formatFromMime(file.type);
    const songId = `local:${file.name}:${file.size}`;
    // Kept so the track still plays after a reload; if the browser refuses, it plays for this visit.
    await keep(songId, file);
    tracks.push({
      songId,
      title: titleFromName(file.name),
      artist: 'On this device',
      previewUrl: url,
      ...(format ? { format } : {}),
      clipSeconds: seconds,
      source: 'local',
    });
  }
  return { tracks, rejected };
}
