import { downloadText } from '../media/download';
import { isPlaylistFile, MAX_PLAYLIST_BYTES } from '../media/playlistFiles';
import { newVersionAsks } from '../model/text';
import type { Track } from '../model/track';
import type { MixtapeState } from '../store/types';

// What the file commands of commands/fileCommands.ts do, one export per command id. They call store
// actions and say what happened in a message; bad files never throw.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Each playlist file (XSPF, JSPF, M3U, PLS; CSV and Apple Music exports, song lists) becomes a new tape, or a message says what is wrong with
 * it; the open tape is never touched either way. The parser loads only now.
 */
export async function importPlaylist(s: MixtapeState, files: readonly File[]): Promise<void> {
  for (const file of files) {
    if (file.size > MAX_PLAYLIST_BYTES) {
      s.notify('error', `“${file.name}” is too large to be a playlist (over 2 MB). Nothing was imported.`);
      continue;
    }
    // Bytes, not file.text(): that reads every file as UTF-8, and Winamp's Windows-1252 "Zoë" became "Zo�".
    const [{ parsePlaylistBytes, playlistLayout, tracksInFileOrder }, bytes] = await Promise.all([
      import('../playlists'),
      file.arrayBuffer(),
    ]);
    const result = parsePlaylistBytes(bytes, file.name);
    if (!result.ok) {
      s.notify('error', `Couldn’t import “${file.name}”: ${result.message} Your tapes are untouched.`);
      continue;
    }
    if (result.songs.length > 0 && result.tracks.length === 0) {
      // Songs named without an address are matched to catalog previews and reviewed before they become a
      // tape. Deezer: it looks ISRCs up, and allows 50 requests every 5 s where iTunes allows 20 a minute.
      s.startMatchJob(result.title, result.songs, 'deezer');
      s.notify(
        'info',
        `“${result.title}” names ${count(result.songs.length, 'song', 'songs')} to match to catalog previews: review the matches, then make the tape.`,
      );
      continue;
    }
    // Recorded from the top: a playlist that fits on side A stays there (model/sideSplit.ts). Songs named
    // beside playable tracks wait in their places for Find real previews, which uses the same matcher.
    const tracks = tracksInFileOrder(result);
    s.importTape(result.title, tracks, playlistLayout(tracks));
    const skipped = result.skipped.length;
    const waiting = result.songs.length;
    s.notify(
      'info',
      `Imported “${result.title}” as a new tape: ${count(result.tracks.length, 'track', 'tracks')}` +
        (waiting
          ? `, and ${count(waiting, 'song', 'songs')} awaiting a preview (“Find real previews” looks them up).`
          : '.') +
        (skipped
          ? ` ${count(skipped, 'entry was', 'entries were')} left out: ${result.skipped[0]?.reason ?? ''}`
          : ''),
    );
  }
}

/**
 * Files from this device: playlists become new tapes (as importPlaylist), audio files join the open
 * tape through `add` (the store's addTracks, whose message says "Added … — Undo"), and the rest are
 * named in a message. Reading audio (probing each file, keeping it for later visits) loads only when
 * there is audio to read.
 */
export async function addFiles(
  s: MixtapeState,
  files: readonly File[],
  add: (tracks: readonly Omit<Track, 'id'>[]) => void = s.addTracks,
): Promise<void> {
  await importPlaylist(s, files.filter(isPlaylistFile));
  const audio = files.filter((f) => !isPlaylistFile(f));
  if (audio.length === 0) return;
  let read: typeof import('../media/localFiles');
  try {
    read = await import('../media/localFiles');
  } catch {
    s.notify('error', newVersionAsks('add files from this device'));
    return;
  }
  const { tracks, rejected } = await read.tracksFromFiles(audio);
  if (tracks.length) add(tracks);
  if (rejected.length)
    s.notify('error', `These files aren’t audio this browser can play: ${rejected.join(', ')}.`);
}

/** The playlist formats a tape exports to (src/playlists/ writes each). */
export type PlaylistFormat = 'xspf' | 'jspf' | 'm3u8';

/**
 * Exports the open tape as a playlist file of `format` (XSPF, JSPF or M3U8, saved with MIME `type`), and
 * says which tracks were left out: files from this device have no address another player could open.
 */
export async function exportPlaylist(s: MixtapeState, format: PlaylistFormat, type: string): Promise<void> {
  const playlists = await import('../playlists');
  const write = { xspf: playlists.toXspf, jspf: playlists.toJspf, m3u8: playlists.toM3u8 }[format];
  const { text, omitted } = write(s.tape, { baseUrl: document.baseURI });
  downloadText(playlists.downloadName(s.tape, format), text, type);
  if (omitted.length > 0) {
    s.notify(
      'info',
      `Left out of the playlist: ${omitted.map((t) => `“${t.title}”`).join(', ')}. Files from this device have no address another player could open.`,
    );
  }
}
