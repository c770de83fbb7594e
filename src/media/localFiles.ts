import { formatFromName, titleFromName } from '../model/clipUrl';
import type { Track } from '../model/track';
import { probeDuration } from './probeDuration';

export interface LocalFilesResult {
  readonly tracks: Omit<Track, 'id'>[];
  readonly rejected: readonly string[];
}

/**
 * Audio files from the user's device become tracks that play from object URLs: they never leave
 * the device, so they are marked as such and cannot travel in a share link.
 */
export async function tracksFromFiles(files: Iterable<File>): Promise<LocalFilesResult> {
  const tracks: Omit<Track, 'id'>[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    if (file.type && !file.type.startsWith('audio/') && !formatFromName(file.name)) {
      rejected.push(file.name);
      continue;
    }
    const url = URL.createObjectURL(file);
    const seconds = await probeDuration(url);
    if (seconds === null) {
      URL.revokeObjectURL(url);
      rejected.push(file.name);
      continue;
    }
    const format = formatFromName(file.name);
    tracks.push({
      songId: `local:${file.name}:${file.size}`,
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
