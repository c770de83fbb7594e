import * as v from 'valibot';
import { candidatesOf, type MatchJob } from '../catalog/matchJob';
import type { SongMatchResult } from '../catalog/matchSong';
import type { WantedSong } from '../catalog/wantedSong';
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
const Status = v.picklist(['running', 'paused', 'done']);

/** A kept job that could be read, and what of it could not. */
export interface KeptMatchJob {
  readonly job: MatchJob;
  /** Songs of the playlist left out: their entry could not be read. */
  readonly lostEntries: number;
  /** Catalog results set back to pending (asked again on resume): they could not be read. */
  readonly lostResults: number;
}

const valid = <T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> | undefined => {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : undefined;
};

/**
 * Reads a kept job entry by entry (the value as JSON.parse gave it), so one damaged song, result or
 * choice costs only itself: a song whose entry cannot be read is left out (with its result), a result
 * or a choice that cannot be read goes back to pending, and a missing title or catalog takes a default.
 * Null when no song can be read. The job comes back with the status it was kept with; the store pauses it.
 */
export function salvageMatchJob(value: unknown): KeptMatchJob | null {
  if (typeof value !== 'object' || value === null) return null;
  const kept = value as Record<string, unknown>;
  const list = (key: string): readonly unknown[] => {
    const found = kept[key];
    return Array.isArray(found) ? found : [];
  };
  const [entries, results, chosen] = [list('entries'), list('results'), list('chosen')];
  const keptEntries: WantedSong[] = [];
  const keptResults: (SongMatchResult | null)[] = [];
  const keptChosen: (number | null)[] = [];
  let lostEntries = 0;
  let lostResults = 0;
  entries.forEach((raw, i) => {
    const entry = valid(Entry, raw);
    if (!entry) {
      lostEntries += 1;
      return;
    }
    const result = results[i] == null ? null : (valid(Result, results[i]) ?? null);
    if (results[i] != null && result === null) lostResults += 1;
    // A choice names one of the result's candidates; any other number is no choice.
    const choice = valid(v.pipe(v.number(), v.integer(), v.minValue(0)), chosen[i]);
    keptEntries.push(entry);
    keptResults.push(result);
    keptChosen.push(choice !== undefined && choice < candidatesOf(result).length ? choice : null);
  });
  if (keptEntries.length === 0) return null;
  const stopped = valid(v.string(), kept.stopped);
  const job: MatchJob = {
    id: valid(v.string(), kept.id) ?? 'kept',
    title: valid(v.string(), kept.title) ?? 'Playlist',
    catalog: valid(v.picklist(['itunes', 'deezer']), kept.catalog) ?? 'deezer',
    entries: keptEntries,
    results: keptResults,
    chosen: keptChosen,
    status: valid(Status, kept.status) ?? 'paused',
    ...(stopped === undefined ? {} : { stopped }),
  };
  return { job, lostEntries, lostResults };
}

/** Where a kept job that could not be read whole is copied as it was, before anything replaces it. */
export const UNREADABLE_MATCH_JOB_KEY = 'mixtape:match-job:unreadable';

const readKept = (raw: string): KeptMatchJob | null => {
  try {
    return salvageMatchJob(JSON.parse(raw));
  } catch {
    return null;
  }
};

const storedValue = (storage: Storage): string | null => {
  try {
    return storage.getItem(MATCH_JOB_KEY);
  } catch {
    return null;
  }
};

/** The kept job, or null when there is none or no song of it can be read (see salvageMatchJob). */
export function readKeptMatchJob(storage: Storage): KeptMatchJob | null {
  const raw = storedValue(storage);
  return raw === null ? null : readKept(raw);
}

/** What the listener is told when a kept job could not be read whole (null: none of it), or undefined. */
export function keptJobMessage(kept: KeptMatchJob | null): string | undefined {
  if (!kept)
    return 'The playlist being matched when Mixtape last closed could not be read, so it cannot be resumed.';
  const { lostEntries, lostResults } = kept;
  const songs = (n: number) => (n === 1 ? '1 song' : `${n} songs`);
  const parts = [
    lostEntries > 0
      ? `${songs(lostEntries)} could not be read and ${lostEntries === 1 ? 'was' : 'were'} left out`
      : '',
    lostResults > 0 ? `${songs(lostResults)} will be looked up again` : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `Part of “${kept.job.title}”, the playlist being matched when Mixtape last closed, was damaged: ${parts.join(', and ')}.`;
}

/**
 * Brings back a job the last visit left unfinished (paused, for the review to offer "Resume matching"
 * or "Discard"), then keeps the store's job in `storage` as it changes: its entries and the results so
 * far, so a reload midway loses none of them. A kept job that cannot be read whole comes back as far as
 * it can (salvageMatchJob), a message says what was lost, and the stored value is first copied as it
 * was to UNREADABLE_MATCH_JOB_KEY. A full or refusing storage only costs the resume. Returns the teardown.
 */
export function keepMatchJob(store: MixtapeStore, storage: Storage): () => void {
  const raw = storedValue(storage);
  const kept = raw === null ? null : readKept(raw);
  const said = raw === null ? undefined : keptJobMessage(kept);
  if (raw !== null && said !== undefined) {
    try {
      storage.setItem(UNREADABLE_MATCH_JOB_KEY, raw);
    } catch {
      // A full or refusing storage: the message still says what was lost.
    }
    store.getState().notify('error', said);
  }
  if (kept && store.getState().matchJob === null) store.getState().restoreMatchJob(kept.job);
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
