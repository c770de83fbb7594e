import type { SongMatchResult } from './matchSong';
import type { CatalogError } from './provider';
import type { RequestLimit } from './rateLimit';
import type { WantedSong } from './wantedSong';

/** Three entries in flight at once; the catalog's limiter, not this, sets the pace. */
export const RUN_CONCURRENCY = 3;

export interface MatchRunOptions {
  /** Each entry's result, by its index in `entries`, as it arrives. */
  readonly onResult: (index: number, result: SongMatchResult) => void;
  readonly signal?: AbortSignal;
  readonly concurrency?: number;
}

/** Failures that will repeat for every entry: the run stops and the entries not asked stay pending. */
const STOPS: ReadonlySet<CatalogError['kind']> = new Set(['offline', 'rate-limited']);

/**
 * Runs `match` over the entries at `pending` (indexes into `entries`, in order), a few at a time,
 * reporting each result as it arrives. Pacing is the catalog's: its provider waits for a slot of its
 * published limit (rateLimit.ts) before each request. Cancelling (the signal) keeps every result
 * already reported and reports nothing more; an offline or rate-limited answer stops the run
 * (`stopped`), leaving that entry and the rest unreported, so a later run can pick them up. Never throws.
 */
export async function runMatches(
  entries: readonly WantedSong[],
  pending: readonly number[],
  match: (entry: WantedSong, signal?: AbortSignal) => Promise<SongMatchResult>,
  { onResult, signal, concurrency = RUN_CONCURRENCY }: MatchRunOptions,
): Promise<{ stopped: CatalogError | null }> {
  const queue = [...pending];
  let stopped: CatalogError | null = null;
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const entry = entries[index];
      if (!entry || stopped || signal?.aborted) return;
      const result = await match(entry, signal);
      if (signal?.aborted) return;
      if (result.kind === 'failed' && result.error.kind === 'aborted') return;
      if (result.kind === 'failed' && STOPS.has(result.error.kind)) {
        stopped ??= result.error;
        return;
      }
      onResult(index, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return { stopped };
}

/** Requests one entry costs at most: an ISRC lookup where the catalog has one, then a search. */
export function requestsFor(entry: WantedSong, canLookUpIsrc: boolean): number {
  return entry.isrc && canLookUpIsrc ? 2 : 1;
}

/**
 * Milliseconds a run still needs, for "about 1 min left": what the catalog's limit allows for the
 * requests left (`requestsLeft` at `limit.requests` per `limit.windowMs`, less the burst the window
 * lets through at once), or, once this run has finished some entries, the pace it has actually kept,
 * whichever is slower.
 */
export function estimateLeftMs(
  run: { readonly startedAt: number; readonly doneInRun: number; readonly entriesLeft: number },
  requestsLeft: number,
  limit: RequestLimit,
  now: number,
): number {
  const paced = Math.max(0, requestsLeft - limit.requests) * (limit.windowMs / limit.requests);
  if (run.doneInRun === 0) return paced;
  const kept = ((now - run.startedAt) / run.doneInRun) * run.entriesLeft;
  return Math.max(paced, kept);
}

/** "about 1 min left", "about 20 s left", "a few seconds left": rounded, never falsely precise. */
export function timeLeftText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.round(seconds / 10) * 10} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
