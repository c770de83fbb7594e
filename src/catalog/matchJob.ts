import type { SongMatch, SongMatchResult } from './matchSong';
import type { WantedSong } from './wantedSong';

/**
 * A matching run over a list of songs, as the review shows it and as it is kept across a reload: every
 * entry, each one's result once the catalog answered (null until then), and the candidate the listener
 * chose for it (its index in candidatesOf, or null: none yet, so it would go on the tape awaiting a
 * preview).
 */
export interface MatchJob {
  readonly id: string;
  /** The tape it becomes: the playlist's title. */
  readonly title: string;
  readonly catalog: 'itunes' | 'deezer';
  readonly entries: readonly WantedSong[];
  readonly results: readonly (SongMatchResult | null)[];
  readonly chosen: readonly (number | null)[];
  /** 'paused': cancelled, stopped by the catalog, or brought back after a reload; resumable. */
  readonly status: 'running' | 'paused' | 'done';
  /** Why it stopped, when the catalog stopped it (offline, rate-limited). */
  readonly stopped?: string;
}

/** An entry's candidates, best first: the match and the others, or the weak ones of a no-match. */
export function candidatesOf(result: SongMatchResult | null | undefined): readonly SongMatch[] {
  if (!result || result.kind === 'failed') return [];
  return result.kind === 'found' ? [result.best, ...result.others] : result.others;
}

/** Indexes of the entries still to ask about, in order (a failed entry is asked again on resume). */
export const pendingOf = (job: MatchJob): number[] =>
  job.results.flatMap((r, i) => (r === null || r.kind === 'failed' ? [i] : []));

export const doneCount = (job: MatchJob): number => job.results.filter((r) => r !== null).length;

const withAt = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

export const recordResult = (job: MatchJob, index: number, result: SongMatchResult): MatchJob => ({
  ...job,
  results: withAt(job.results, index, result),
});

/** Chooses candidate `choice` for an entry, or none (null): it then goes on the tape awaiting a preview. */
export function chooseCandidate(job: MatchJob, index: number, choice: number | null): MatchJob {
  const valid = choice === null || (choice >= 0 && choice < candidatesOf(job.results[index]).length);
  return valid ? { ...job, chosen: withAt(job.chosen, index, choice) } : job;
}

/** "Use all confident matches": every entry whose best match is by ISRC or high confidence takes it. */
export function chooseConfident(job: MatchJob): MatchJob {
  const chosen = job.results.map((r, i) =>
    r?.kind === 'found' && r.best.confidence !== 'low' ? 0 : (job.chosen[i] ?? null),
  );
  return { ...job, chosen };
}

/** Entries the other catalog could be asked about: looked up without a match, and nothing chosen for them. */
export const unmatchedOf = (job: MatchJob): number[] =>
  job.results.flatMap((r, i) => (r !== null && r.kind !== 'found' && job.chosen[i] == null ? [i] : []));

/**
 * The job set to look up its unmatched entries (unmatchedOf) again, in `catalog`: those go back to
 * pending and the run resumes there. Matches found and choices made in the first catalog are kept as
 * they are (each match names its own catalog), so a tape can hold songs from both.
 */
export function lookUpUnmatchedIn(job: MatchJob, catalog: MatchJob['catalog']): MatchJob {
  const again = new Set(unmatchedOf(job));
  const { stopped: _was, ...rest } = job;
  return {
    ...rest,
    catalog,
    status: 'running',
    results: job.results.map((r, i) => (again.has(i) ? null : r)),
  };
}

/**
 * What the tape holds, in the entries' order: the chosen catalog song, or the entry itself as a wanted
 * track (named, with its stated length, no audio) — never dropped.
 */
export function chosenSongs(
  job: MatchJob,
): Array<
  | { readonly kind: 'song'; readonly match: SongMatch }
  | { readonly kind: 'wanted'; readonly entry: WantedSong }
> {
  return job.entries.map((entry, i) => {
    const choice = job.chosen[i];
    const match = choice === null || choice === undefined ? undefined : candidatesOf(job.results[i])[choice];
    return match ? { kind: 'song', match } : { kind: 'wanted', entry };
  });
}
