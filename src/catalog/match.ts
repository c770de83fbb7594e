import type { CatalogTrack } from './provider';

/** Lower case, accents and punctuation gone, "&" as "and", bracketed asides ("(Remastered)") dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*[([].*?[)\]]/g, '')
    .replace(/&/g, ' and ')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (text: string) => new Set(normalise(text).split(' ').filter(Boolean));

/** Share of the wanted words the candidate has, 0–1. */
function overlap(wanted: string, candidate: string): number {
  const want = words(wanted);
  if (want.size === 0) return 0;
  const have = words(candidate);
  let found = 0;
  for (const word of want) if (have.has(word)) found += 1;
  return found / want.size;
}

/** How well a catalog song answers to a title and artist: 0 (not it) to 1 (the same words). */
export function matchScore(wanted: { title: string; artist: string }, song: CatalogTrack): number {
  const title = normalise(wanted.title) === normalise(song.title) ? 1 : overlap(wanted.title, song.title);
  // Duets and features list more names than the tape does: the tape's artist must be among them.
  const artist = overlap(wanted.artist, song.artist);
  return title * 0.6 + artist * 0.4;
}

/** Below this a result is someone else's song; a person confirms every match above it anyway. */
export const MATCH_THRESHOLD = 0.8;

/** The best catalog song for a track, or null when none is close enough to offer. */
export function bestMatch(
  wanted: { title: string; artist: string },
  songs: readonly CatalogTrack[],
): CatalogTrack | null {
  let best: CatalogTrack | null = null;
  let bestScore = MATCH_THRESHOLD;
  for (const song of songs) {
    const score = matchScore(wanted, song);
    // Ties keep the catalog's own order: it ranks the original album above compilations.
    if (score > bestScore || (best === null && score >= bestScore)) {
      best = song;
      bestScore = score;
    }
  }
  return best;
}
