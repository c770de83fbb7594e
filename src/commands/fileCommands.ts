import { newVersionAsks } from '../model/text';
import type { Track } from '../model/track';
import type { MixtapeState } from '../store/types';

/**
 * The commands that take files from this device, by id: the deck's drop zone and the pickers run them
 * instead of each reading files its own way. What they do (commands/files.ts) loads with the first file
 * picked or dropped, not with the page.
 */
export const FILE_COMMANDS = {
  /** Audio files join the open tape; playlists among them become new tapes. */
  addFiles: { label: 'Choose audio files' },
  /** Each playlist file becomes a new tape. */
  importPlaylist: { label: 'Import playlist' },
} as const;

export type FileCommandId = keyof typeof FILE_COMMANDS;

/**
 * Runs a file command on files the user picked or dropped; resolves once they are in and a message has
 * said so (or said what was wrong). `add` puts read audio on the tape (the store's addTracks unless the
 * caller asks before duplicates, as the picker does). Never rejects: a code file that is gone (a new
 * version was deployed since the page opened, see components/lazyPart.tsx) is said in a message too.
 */
export async function runFileCommand(
  id: FileCommandId,
  s: MixtapeState,
  files: readonly File[],
  add?: (tracks: readonly Omit<Track, 'id'>[]) => void,
): Promise<void> {
  if (files.length === 0) return;
  let perform: typeof import('./files');
  try {
    perform = await import('./files');
  } catch {
    s.notify('error', newVersionAsks('add files from this device'));
    return;
  }
  await perform[id](s, files, add);
}
