import { tapeTracks } from '../../catalog/matchTape';
import { playlistLayout } from '../../model/sideSplit';
import type { MixtapeState } from '../../store/types';

/**
 * "Make tape": the reviewed job becomes a new tape on the shelf (importTape, one undo step) holding the
 * chosen matches as catalog tracks and every other entry awaiting a preview, in the playlist's order;
 * the job ends and a message says how many still await a preview.
 */
export function makeTapeFromJob(s: MixtapeState): void {
  const job = s.matchJob;
  if (!job) return;
  const tracks = tapeTracks(job);
  s.importTape(job.title, tracks, playlistLayout(tracks));
  s.endMatchJob();
  const waiting = tracks.filter((t) => t.source === 'wanted').length;
  s.notify(
    'info',
    `Made “${job.title}”: ${tracks.length - waiting} of ${tracks.length} songs with a preview` +
      (waiting ? `; ${waiting} await a preview (Find real previews can look again).` : '.'),
  );
}
