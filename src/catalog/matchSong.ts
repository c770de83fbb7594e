import type { CatalogError, CatalogProvider, CatalogTrack } from './provider';
import { asideLikeness, matchQuery, songScore } from './songScore';
import type { WantedSong } from './wantedSong';

/**
 * How sure a match is: 'isrc' when the catalog found the recording by its ISRC; 'high' when artist and
 * title agree and the length does too (where both are known); 'low' when it is close enough to offer
 * but a person should listen first ("Use all confident matches" leaves it).
 */
export type MatchConfidence = 'isrc' | 'high' | 'low';

export interface SongMatch {
  readonly song: CatalogTrack;
  readonly confidence: MatchConfidence;
  /** songScore, 0–1 (1 for an ISRC match). */
  readonly score: number;
}

/** Why an entry has no match, for "No match: …". */
export type NoMatchReason = 'nothing-found' | 'weak-only';

export type SongMatchResult =
  | { readonly kind: 'found'; readonly best: SongMatch; readonly others: readonly SongMatch[] }
  /** `others`: the weak candidates, still offered to pick from. */
  | { readonly kind: 'none'; readonly reason: NoMatchReason; readonly others: readonly SongMatch[] }
  | { readonly kind: 'failed'; readonly error: CatalogError };

/** At or above this a candidate is offered as the match; the old scorer's MATCH_THRESHOLD. */
export const OFFER_SCORE = 0.8;
/** At or above this (and with a length that agrees) a match counts as confident. */
export const HIGH_SCORE = 0.9;
/** Below this a result is someone else's song, not worth listing even as a weak candidate. */
export const WEAK_SCORE = 0.5;
/** Candidates within this much of the best score are a tie, broken by the closer length. */
export const TIE_SCORE = 0.05;
/** A recording more than this many seconds longer or shorter than the entry's is likely another take. */
export const LENGTH_SLACK_SECONDS = 15;
/** Other candidates listed besides the best. */
export const MAX_OTHERS = 3;
const SEARCH_RESULTS = 10;

const lengthGap = (entry: WantedSong, song: CatalogTrack) =>
  entry.seconds !== undefined && song.durationSeconds !== undefined
    ? Math.abs(entry.seconds - song.durationSeconds)
    : undefined;

/**
 * Ranks search results for an entry: by score, and among scores within TIE_SCORE of each other by the
 * length nearer the entry's (unknown lengths last), then by the asides more alike ("Remastered 2011");
 * equal on all, the catalog's own order stands.
 */
export function rankCandidates(entry: WantedSong, songs: readonly CatalogTrack[]): SongMatchResult {
  const scored = songs
    .map((song, order) => ({
      song,
      order,
      score: songScore(entry, song),
      gap: lengthGap(entry, song),
      aside: asideLikeness(entry.title, song.title),
    }))
    .filter((c) => c.score >= WEAK_SCORE);
  if (scored.length === 0) return { kind: 'none', reason: 'nothing-found', others: [] };
  const top = Math.max(...scored.map((c) => c.score));
  const band = (score: number) => (score >= top - TIE_SCORE ? 0 : 1);
  scored.sort(
    (a, b) =>
      band(a.score) - band(b.score) ||
      (band(a.score) === 0 ? (a.gap ?? Infinity) - (b.gap ?? Infinity) || b.aside - a.aside : 0) ||
      b.score - a.score ||
      a.order - b.order,
  );
  const matches: SongMatch[] = scored.map((c) => ({
    song: c.song,
    score: c.score,
    confidence: c.score >= HIGH_SCORE && (c.gap ?? 0) <= LENGTH_SLACK_SECONDS ? 'high' : 'low',
  }));
  const [best, ...rest] = matches;
  const others = rest.slice(0, MAX_OTHERS);
  if (!best || best.score < OFFER_SCORE)
    return { kind: 'none', reason: 'weak-only', others: matches.slice(0, MAX_OTHERS) };
  return { kind: 'found', best, others };
}

/**
 * Matches one entry in one catalog: by ISRC first where the catalog can look one up (Deezer's
 * `/track/isrc:<ISRC>`), then by artist and title through songScore and rankCandidates. Never throws;
 * a catalog failure is a 'failed' result carrying the catalog's own message.
 */
export async function matchSong(
  entry: WantedSong,
  provider: CatalogProvider,
  signal?: AbortSignal,
): Promise<SongMatchResult> {
  const options = signal ? { signal } : {};
  if (entry.isrc && provider.lookupIsrc) {
    const byIsrc = await provider.lookupIsrc(entry.isrc, options);
    if (byIsrc.kind === 'found')
      return { kind: 'found', best: { song: byIsrc.song, confidence: 'isrc', score: 1 }, others: [] };
    if (byIsrc.kind === 'failed') return { kind: 'failed', error: byIsrc.error };
    // Not found (or no preview) by ISRC: the search may still find another release of the song.
  }
  const result = await provider.search(matchQuery(entry), { limit: SEARCH_RESULTS, paced: true, ...options });
  return result.ok ? rankCandidates(entry, result.value) : { kind: 'failed', error: result.error };
}

/** "No match" in words, for the review: what the catalog said, or why nothing it said was enough. */
export function noMatchText(result: Exclude<SongMatchResult, { kind: 'found' }>, catalog: string): string {
  if (result.kind === 'failed') return `the ${catalog} catalog failed: ${result.error.message}`;
  return result.reason === 'weak-only'
    ? `only weak matches in the ${catalog} catalog`
    : `nothing found in the ${catalog} catalog`;
}
