import type { TapeColors } from '../model/tape';

/**
 * The Juno tape's words and colours as format 1 knows them, so the tape everyone starts with shares as a
 * few flag bits. Frozen: links already shared depend on these exact values. If the Juno tape changes, its
 * links simply spell the new values out (and the length test in shareCodec.test.ts will notice).
 */
export const V1_DEFAULTS = {
  title: 'Juno',
  subtitle: 'Music from the Motion Picture, 2007',
  linerNotes:
    'The soundtrack to Juno (2007): lo-fi, warm and a little awkward, like a tape from an old friend. Six songs by Kimya Dawson.',
  colors: { shell: '#2f2a26', label: '#f4e3b5' } satisfies TapeColors,
} as const;

/** Built-in songs travel as their number: j01 is 1. Ids outside that pattern cannot be referenced. */
export function builtInNumber(songId: string): number | null {
  const match = /^j(\d\d)$/.exec(songId);
  return match ? Number(match[1]) : null;
}

export function builtInSongId(n: number): string {
  return `j${String(n).padStart(2, '0')}`;
}
