import * as v from 'valibot';
import type { MatchJob } from '../catalog/matchJob';
import type { MixtapeStore } from '../store/createMixtapeStore';

/** Where a matching run in progress is kept, beside the shelf, so a reload can offer to resume it. */
export const MATCH_JOB_KEY = 'mixtape:match-job';

const Song = v.object({
  provider: v.picklist(['itunes', 'deezer']),
  catalogId: v.string(),
  title: v.string(),
  artist: v.string(),
  album: v.exactOptional(v.string()),
  durationSeconds: v.exactOptional(v.number()),
  previewUrl: v.string(),
  format: v.picklist(['m4a', 'mp3']),
  artworkUrl: v.exactOptional(v.string()),
  storeUrl: v.exactOptional(v.string()),
});
const Match = v.object({ song: Song, confidence: v.picklist(['isrc', 'high', 'low']), score: v.number() });
const Result = v.variant('kind', [
  v.object({ kind: v.literal('found'), best: Match, others: v.array(Match) }),
  v.object({
    kind: v.literal('none'),
    reason: v.picklist(['nothing-found', 'weak-only']),
    others: v.array(Match),
  }),
  v.object({
    kind: v.literal('failed'),
    error: v.object({
      kind: v.picklist(['offline', 'rate-limited', 'unavailable', 'bad-response', 'aborted']),
      message: v.string(),
    }),
  }),
]);
const Entry = v.object({
  title: v.string(),
  artist: v.string(),
  album: v.exactOptional(v.string()),
  seconds: v.exactOptional(v.number()),
  isrc: v.exactOptional(v.string()),
});
/** The stored job, checked whole: a value that does not fit is dropped (it holds no tape). */
const Job = v.pipe(
  v.object({
    id: v.string(),
    title: v.string(),
    catalog: v.picklist(['itunes', 'deezer']),
    entries: v.array(Entry),
    results: v.array(v.nullable(Result)),
    chosen: v.array(v.nullable(v.number())),
    status: v.picklist(['running', 'paused', 'done']),
    stopped: v.exactOptional(v.string()),
  }),
  v.check((job) => job.results.length === job.entries.length && job.chosen.length === job.entries.length),
);

/** The kept job, or null when there is none or it cannot be read. */
export function readKeptMatchJob(storage: Storage): MatchJob | null {
  try {
    const raw = storage.getItem(MATCH_JOB_KEY);
    if (raw === null) return null;
    const parsed = v.safeParse(Job, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/**
 * Brings back a job the last visit left unfinished (paused, for the review to offer "Resume matching"
 * or "Discard"), then keeps the store's job in `storage` as it changes: its entries and the results so
 * far, so a reload midway loses none of them. A full or refusing storage only costs the resume. Returns
 * the teardown.
 */
export function keepMatchJob(store: MixtapeStore, storage: Storage): () => void {
  const kept = readKeptMatchJob(storage);
  if (kept && store.getState().matchJob === null) store.getState().restoreMatchJob(kept);
  return store.subscribe(
    (s) => s.matchJob,
    (job) => {
      try {
        if (job) storage.setItem(MATCH_JOB_KEY, JSON.stringify(job));
        else storage.removeItem(MATCH_JOB_KEY);
      } catch {
        // Not kept: the run goes on in this tab; only a reload would lose it.
      }
    },
  );
}
