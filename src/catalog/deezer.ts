import { ABORTED, clampLimit, jsonpFailure, numericIds, OFFLINE, resolveDeps } from './common';
import { readDeezerSearch, readDeezerTrack } from './deezerSchema';
import type { CatalogDeps, CatalogProvider, CatalogResult, CatalogTrack } from './provider';

const BASE = 'https://api.deezer.com';
const NAME = 'Deezer';
export const DEEZER_DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
/** One request per id; 25 at a time keeps a tape's worth under Deezer's 50 requests per 5 seconds. */
const LOOKUP_BATCH = 25;

export function deezerSearchUrl(term: string, limit: number): string {
  const query = new URLSearchParams({ q: term, limit: String(limit), output: 'jsonp' });
  return `${BASE}/search?${query}`;
}

export const deezerTrackUrl = (id: string): string => `${BASE}/track/${id}?output=jsonp`;

type Lookup = CatalogResult<CatalogTrack | undefined>;

/** Deezer sends no CORS headers, so every call is JSONP. */
export function createDeezerProvider(deps: CatalogDeps = {}): CatalogProvider {
  const { jsonp, isOnline } = resolveDeps(deps);

  async function get(url: string, signal: AbortSignal | undefined): Promise<CatalogResult<unknown>> {
    if (signal?.aborted) return ABORTED;
    if (!isOnline()) return OFFLINE;
    try {
      return { ok: true, value: await jsonp(url, 'callback', signal ? { signal } : {}) };
    } catch (thrown) {
      return isOnline() ? jsonpFailure(thrown, signal, NAME) : OFFLINE;
    }
  }

  async function lookupOne(id: string, signal: AbortSignal | undefined): Promise<Lookup> {
    const answer = await get(deezerTrackUrl(id), signal);
    return answer.ok ? readDeezerTrack(answer.value) : answer;
  }

  return {
    id: 'deezer',
    name: NAME,
    async search(term, options = {}) {
      const text = term.trim();
      if (!text) return { ok: true, value: [] };
      const limit = clampLimit(options.limit, DEEZER_DEFAULT_LIMIT, MAX_LIMIT);
      const answer = await get(deezerSearchUrl(text, limit), options.signal);
      return answer.ok ? readDeezerSearch(answer.value) : answer;
    },
    async lookup(ids, options = {}) {
      const found: CatalogTrack[] = [];
      const wanted = numericIds(ids);
      for (let start = 0; start < wanted.length; start += LOOKUP_BATCH) {
        const batch = wanted.slice(start, start + LOOKUP_BATCH);
        const answers = await Promise.all(batch.map((id) => lookupOne(id, options.signal)));
        for (const answer of answers) {
          if (!answer.ok) return answer;
          if (answer.value) found.push(answer.value);
        }
      }
      return { ok: true, value: found };
    },
  };
}
