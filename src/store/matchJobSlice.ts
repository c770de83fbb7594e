import type { MatchJob } from '../catalog/matchJob';
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
    // Made here rather than by a helper of catalog/matchJob.ts: importing that module cost the first screen ~280 B.
    startMatchJob: (title, entries, catalog) =>
      set({
        matchJob: {
          id: newId(),
          title,
          catalog,
          entries,
          results: entries.map(() => null),
          chosen: entries.map(() => null),
          status: 'running',
        },
      }),
    updateMatchJob: (id, step) => set((s) => (s.matchJob?.id === id ? { matchJob: step(s.matchJob) } : {})),
    endMatchJob: () => set({ matchJob: null }),
    restoreMatchJob: (job) => set({ matchJob: { ...job, status: 'paused' } }),
  });
