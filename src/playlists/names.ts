import type { Tape } from '../model/tape';

/** A file name every system accepts: "Juno (Music From…)" → "juno-music-from.xspf". */
export function downloadName(tape: Pick<Tape, 'title'>, ext: string): string {
  const base = tape.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const extension = ext
    .replace(/^\.+/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${base || 'mixtape'}.${extension || 'txt'}`;
}
