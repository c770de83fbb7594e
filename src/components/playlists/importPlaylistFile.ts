import { MAX_PLAYLIST_BYTES } from '../../media/playlistFiles';
import type { MixtapeState } from '../../store/types';

/**
 * Reads a playlist file into a new tape, or says what is wrong with it. The parser loads only now,
 * and the open tape is never touched either way.
 */
export async function importPlaylistFile(
  file: File,
  s: Pick<MixtapeState, 'importTape' | 'notify'>,
): Promise<boolean> {
  if (file.size > MAX_PLAYLIST_BYTES) {
    s.notify('error', `“${file.name}” is too large to be a playlist (over 2 MB). Nothing was imported.`);
    return false;
  }
  // Bytes, not file.text(): that reads every file as UTF-8, and Winamp's Windows-1252 "Zoë" became "Zo�".
  const [{ parsePlaylistBytes, playlistLayout }, bytes] = await Promise.all([
    import('../../playlists'),
    file.arrayBuffer(),
  ]);
  const result = parsePlaylistBytes(bytes, file.name);
  if (!result.ok) {
    s.notify('error', `Couldn’t import “${file.name}”: ${result.message} Your tapes are untouched.`);
    return false;
  }
  // Recorded from the top: a playlist that fits on side A stays there (see fillSplit).
  s.importTape(result.title, result.tracks, playlistLayout(result.tracks));
  const skipped = result.skipped.length;
  s.notify(
    'info',
    `Imported “${result.title}” as a new tape: ${result.tracks.length} ${result.tracks.length === 1 ? 'track' : 'tracks'}.` +
      (skipped
        ? ` ${skipped} ${skipped === 1 ? 'entry was' : 'entries were'} left out: ${result.skipped[0]?.reason ?? ''}`
        : ''),
  );
  return true;
}
