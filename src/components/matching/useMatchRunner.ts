import { type RefObject, useEffect, useRef } from 'react';
import { pendingOf, recordResult } from '../../catalog/matchJob';
import { runMatches } from '../../catalog/matchRun';
import { matchSong } from '../../catalog/matchSong';
import { useMixtape, useMixtapeStore } from '../../store/StoreContext';
import { useCatalogs } from '../catalog/CatalogsContext';

/** When the run that is going now began, and how many entries it has finished: for the time left. */
export interface RunClock {
  readonly startedAt: number;
  readonly doneInRun: number;
}

/**
 * Runs the store's match job while its status is 'running': the entries still pending, paced by the
 * catalog's limiter, each result recorded as it arrives. Cancel (status 'paused'), Discard or closing
 * the panel aborts the run; the results already recorded stay. Returns the run's clock.
 */
export function useMatchRunner(now: () => number = Date.now): RefObject<RunClock> {
  const store = useMixtapeStore();
  const catalogs = useCatalogs();
  const clock = useRef<RunClock>({ startedAt: now(), doneInRun: 0 });
  const running = useMixtape((s) => (s.matchJob?.status === 'running' ? s.matchJob.id : null));
  useEffect(() => {
    const job = store.getState().matchJob;
    if (!running || !job) return;
    const controller = new AbortController();
    const { updateMatchJob } = store.getState();
    clock.current = { startedAt: now(), doneInRun: 0 };
    const provider = catalogs.get(job.catalog);
    void runMatches(job.entries, pendingOf(job), (entry, signal) => matchSong(entry, provider, signal), {
      signal: controller.signal,
      onResult: (index, result) => {
        clock.current = { ...clock.current, doneInRun: clock.current.doneInRun + 1 };
        updateMatchJob(running, (j) => recordResult(j, index, result));
      },
    }).then(({ stopped }) => {
      if (controller.signal.aborted) return;
      updateMatchJob(running, (j) =>
        stopped ? { ...j, status: 'paused', stopped: stopped.message } : { ...j, status: 'done' },
      );
    });
    return () => controller.abort();
  }, [running, store, catalogs, now]);
  return clock;
}
