import {
  ABORTED,
  clampLimit,
  jsonpFailure,
  numericIds,
  OFFLINE,
  reportOf,
  requestSlot,
  resolveDeps,
} from './common';
import { readDeezerSearch, readDeezerTrack } from './deezerSchema';
import type { CatalogDeps, CatalogProvider, CatalogResult, LookupOutcome } from './provider';
import { DEEZER_LIMIT } from './rateLimit';

const BASE = 'https://api.deezer.com';
const NAME = 'Deezer';
export const DEEZER_DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
/** One request per id, at most this many scripts loading at once; the rate limiter paces the rest. */
const LOOKUP_BATCH = 25;

export function deezerSearchUrl(term: string, limit: number): string {
  const query = new URLSearchParams({ q: term, limit: String(limit), output: 'jsonp' });
  return `${BASE}/search?${query}`;
}

export const deezerTrackUrl = (id: string): string => `${BASE}/track/${id}?output=jsonp`;

/**
 * Deezer's ISRC lookup, `GET /track/isrc:<ISRC>`: the same track object as `/track/<id>`. The ISRC is
 * well-formed (A–Z and digits only, see SongEntry), so it needs no escaping.
 */
export const deezerIsrcUrl = (isrc: string): string => deezerTrackUrl(`isrc:${isrc}`);

/**
 * Deezer sends no CORS headers, so every call is JSONP. Each request takes a slot of Deezer's limit
 * (50 per 5 s): a search is refused when none is free, a lookup waits for one.
 */
export function createDeezerProvider(deps: CatalogDeps = {}): CatalogProvider {
  const { jsonp, isOnline, limiter } = resolveDeps(deps, DEEZER_LIMIT);

  async function get(
    url: string,
    signal: AbortSignal | undefined,
    paced: boolean,
  ): Promise<CatalogResult<unknown>> {
    if (signal?.aborted) return ABORTED;
    if (!isOnline()) return OFFLINE;
    const refused = await requestSlot(limiter, NAME, paced, signal);
    if (refused) return refused;
    if (!isOnline()) return OFFLINE;
    try {
      return { ok: true, value: await jsonp(url, 'callback', signal ? { signal } : {}) };
    } catch (thrown) {
      return isOnline() ? jsonpFailure(thrown, signal, NAME) : OFFLINE;
    }
  }

  async function lookupOne(id: string, signal: AbortSignal | undefined): Promise<LookupOutcome> {
    const answer = await get(deezerTrackUrl(id), signal, true);
    return answer.ok ? readDeezerTrack(answer.value) : { kind: 'failed', error: answer.error };
  }

  return {
    id: 'deezer',
    name: NAME,
    async search(term, options = {}) {
      const text = term.trim();
      if (!text) return { ok: true, value: [] };
      const limit = clampLimit(options.limit, DEEZER_DEFAULT_LIMIT, MAX_LIMIT);
      const answer = await get(deezerSearchUrl(text, limit), options.signal, options.paced ?? false);
      return answer.ok ? readDeezerSearch(answer.value) : answer;
    },
    async lookup(ids, options = {}) {
      const outcomes: Array<readonly [string, LookupOutcome]> = [];
      const wanted = numericIds(ids);
      for (let start = 0; start < wanted.length; start += LOOKUP_BATCH) {
        const batch = wanted.slice(start, start + LOOKUP_BATCH);
        // Each id answers for itself: a quota error on one leaves the others' songs standing.
        const answers = await Promise.all(
          batch.map(async (id) => [id, await lookupOne(id, options.signal)] as const),
        );
        outcomes.push(...answers);
      }
      return reportOf(outcomes);
    },
    async lookupIsrc(isrc, options = {}) {
      const answer = await get(deezerIsrcUrl(isrc), options.signal, true);
      return answer.ok ? readDeezerTrack(answer.value) : { kind: 'failed', error: answer.error };
    },
  };
}
