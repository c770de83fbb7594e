import { createMatchJob, type MatchJob } from '../catalog/matchJob';
import type { WantedSong } from '../catalog/wantedSong';
import type { SliceCreator } from './types';

/**
 * The playlist being matched to catalog previews (issue 14), reviewed before it becomes a tape. Its
 * steps (results, choices, the tape it makes) are the pure functions of catalog/matchJob.ts and
 * matchTape.ts, applied by the review panel and its runner, which load only with it: the first screen
 * carries just this state.
 */
export interface MatchJobSlice {
  matchJob: MatchJob | null;
  /** Starts matching `entries` in `catalog`; replaces any job before it. */
  startMatchJob: (title: string, entries: readonly WantedSong[], catalog: MatchJob['catalog']) => void;
  /** Applies one step to the job, if it is still job `id` (a late answer for a discarded job changes nothing). */
  updateMatchJob: (id: string, step: (job: MatchJob) => MatchJob) => void;
  /** Ends the job: discarded, or made into a tape. */
  endMatchJob: () => void;
  /** A job brought back from storage after a reload, paused until the listener resumes it. */
  restoreMatchJob: (job: MatchJob) => void;
}

export const createMatchJobSlice =
  (newId: () => string): SliceCreator<MatchJobSlice> =>
  (set) => ({
    matchJob: null,
    startMatchJob: (title, entries, catalog) =>
      set({ matchJob: createMatchJob(newId(), title, catalog, entries) }),
    updateMatchJob: (id, step) => set((s) => (s.matchJob?.id === id ? { matchJob: step(s.matchJob) } : {})),
    endMatchJob: () => set({ matchJob: null }),
    restoreMatchJob: (job) => set({ matchJob: { ...job, status: 'paused' } }),
  });
