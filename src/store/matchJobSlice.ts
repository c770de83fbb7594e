import { trackFromCatalog } from '../catalog/catalogTrack';
import { chosenSongs, createMatchJob, type MatchJob, wantedSongId } from '../catalog/matchJob';
import type { WantedSong } from '../catalog/wantedSong';
import { playlistLayout } from '../model/sideSplit';
import type { Track } from '../model/track';
import type { SliceCreator } from './types';

/**
 * The playlist being matched to catalog previews (issue 14), reviewed before it becomes a tape. Its
 * steps (results, choices) are the pure functions of catalog/matchJob.ts, applied through updateMatchJob
 * by the review panel and the runner, which load only with it.
 */
export interface MatchJobSlice {
  matchJob: MatchJob | null;
  /** Starts matching `entries` in `catalog`; replaces any job before it. */
  startMatchJob: (title: string, entries: readonly WantedSong[], catalog: MatchJob['catalog']) => void;
  /** Applies one step to the job, if it is still job `id` (a late answer for a discarded job changes nothing). */
  updateMatchJob: (id: string, step: (job: MatchJob) => MatchJob) => void;
  /** Makes the tape: the chosen matches as catalog tracks, every other entry awaiting a preview. */
  makeTapeFromMatches: () => void;
  discardMatchJob: () => void;
  /** A job brought back from storage after a reload, paused until the listener resumes it. */
  restoreMatchJob: (job: MatchJob) => void;
}

function tapeTracks(job: MatchJob): Omit<Track, 'id'>[] {
  return chosenSongs(job).map((item) =>
    item.kind === 'song'
      ? trackFromCatalog(item.match.song)
      : {
          songId: wantedSongId(item.entry),
          title: item.entry.title,
          artist: item.entry.artist,
          ...(item.entry.album ? { album: item.entry.album } : {}),
          previewUrl: '',
          clipSeconds: 0,
          ...(item.entry.seconds ? { fullSeconds: item.entry.seconds } : {}),
          source: 'wanted',
        },
  );
}

export const createMatchJobSlice =
  (newId: () => string): SliceCreator<MatchJobSlice> =>
  (set, get) => ({
    matchJob: null,
    startMatchJob: (title, entries, catalog) =>
      set({ matchJob: createMatchJob(newId(), title, catalog, entries) }),
    updateMatchJob: (id, step) => set((s) => (s.matchJob?.id === id ? { matchJob: step(s.matchJob) } : {})),
    makeTapeFromMatches: () => {
      const job = get().matchJob;
      if (!job) return;
      const tracks = tapeTracks(job);
      get().importTape(job.title, tracks, playlistLayout(tracks));
      set({ matchJob: null });
      const waiting = tracks.filter((t) => t.source === 'wanted').length;
      get().notify(
        'info',
        `Made “${job.title}”: ${tracks.length - waiting} of ${tracks.length} songs with a preview` +
          (waiting ? `; ${waiting} await a preview (Find real previews can look again).` : '.'),
      );
    },
    discardMatchJob: () => set({ matchJob: null }),
    restoreMatchJob: (job) => set({ matchJob: { ...job, status: 'paused' } }),
  });
