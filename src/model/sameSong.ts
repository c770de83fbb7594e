import type { Tape } from './tape';
import type { Track } from './track';

/** A song about to be added: a track before the tape gives it an entry id. */
export type NewSong = Omit<Track, 'id'>;

/** A name as a reader compares it: letter case, Unicode forms and runs of spaces aside. */
const plain = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether two tracks are the same song: the same song id (a built-in clip, a catalog id, a link's address,
 * a device file's name and size), the same clip address, or, for two catalog songs, the same title and
 * artist (one recording is listed under different ids in each catalog). A stand-in is not the song it
 * stands in for: adding the real one beside it is what "Find real previews" is for. A catalog song still
 * waiting for its details has no address to compare.
 */
export function isSameSong(a: NewSong, b: NewSong): boolean {
  if (a.songId === b.songId) return true;
  if (a.previewUrl !== '' && a.previewUrl === b.previewUrl) return true;
  return (
    a.source === 'catalog' &&
    b.source === 'catalog' &&
    plain(a.title) === plain(b.title) &&
    plain(a.artist) === plain(b.artist)
  );
}

/** The songs of `songs` that are already on the tape, in the order given; empty when all are new. */
export function songsAlreadyOn(tape: Tape, songs: readonly NewSong[]): NewSong[] {
  return songs.filter((song) => tape.tracks.some((track) => isSameSong(track, song)));
}
