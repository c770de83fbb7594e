import {
  ABORTED,
  clampLimit,
  fail,
  jsonpFailure,
  numericIds,
  OFFLINE,
  reportOf,
  requestSlot,
  resolveDeps,
  wasAborted,
} from './common';
import { itunesTracks } from './itunesSchema';
import type { CatalogDeps, CatalogProvider, CatalogResult, CatalogTrack } from './provider';
import { ITUNES_LIMIT } from './rateLimit';

const BASE = 'https://itunes.apple.com';
const NAME = 'iTunes';
export const ITUNES_DEFAULT_LIMIT = 25;
const MAX_LIMIT = 200;

const BUSY = fail(
  'rate-limited',
  'The iTunes catalog is busy (it allows about 20 searches a minute). Try again in a minute.',
);
/** iTunes leaves an unknown id (or one without a preview) out of its answer, without saying which. */
const GONE = 'no longer in the iTunes catalog';
const UNREADABLE = fail('bad-response', 'The iTunes catalog sent an answer Mixtape cannot read.');

export function itunesSearchUrl(term: string, limit: number): string {
  const query = new URLSearchParams({ term, entity: 'song', media: 'music', limit: String(limit) });
  return `${BASE}/search?${query}`;
}

export function itunesLookupUrl(ids: readonly string[]): string {
  // Commas stay literal: the documented form is id=1,2,3.
  return `${BASE}/lookup?id=${ids.join(',')}&entity=song`;
}

/**
 * iTunes answers with CORS headers most of the time, and as JSONP when they are missing. Each request
 * (the JSONP retry too: Apple saw the failed fetch) takes a slot of the limit of about 20 a minute; a
 * search is refused when none is free, a lookup waits for one.
 */
export function createItunesProvider(deps: CatalogDeps = {}): CatalogProvider {
  const { fetch, jsonp, isOnline, limiter } = resolveDeps(deps, ITUNES_LIMIT);

  async function viaJsonp(
    url: string,
    signal: AbortSignal | undefined,
    paced: boolean,
  ): Promise<CatalogResult<unknown>> {
    const refused = await requestSlot(limiter, NAME, paced, signal);
    if (refused) return refused;
    try {
      return { ok: true, value: await jsonp(url, 'callback', signal ? { signal } : {}) };
    } catch (thrown) {
      return jsonpFailure(thrown, signal, NAME);
    }
  }

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
    let response: Response;
    try {
      response = await fetch(url, signal ? { signal } : {});
    } catch (thrown) {
      if (wasAborted(thrown, signal)) return ABORTED;
      if (!isOnline()) return OFFLINE;
      // A TypeError is how a network or CORS failure looks from here; Apple's CORS headers come and go,
      // and JSONP needs none.
      if (thrown instanceof TypeError) return viaJsonp(url, signal, paced);
      return fail('unavailable', 'The iTunes catalog could not be reached. Try again in a minute.');
    }
    if (response.status === 403 || response.status === 429) return BUSY;
    if (!response.ok) {
      return fail(
        'unavailable',
        `The iTunes catalog is not answering (HTTP ${response.status}). Try again later.`,
      );
    }
    try {
      return { ok: true, value: await response.json() };
    } catch (thrown) {
      return wasAborted(thrown, signal) ? ABORTED : UNREADABLE;
    }
  }

  async function tracks(
    url: string,
    signal: AbortSignal | undefined,
    paced: boolean,
  ): Promise<CatalogResult<CatalogTrack[]>> {
    const answer = await get(url, signal, paced);
    if (!answer.ok) return answer;
    const value = itunesTracks(answer.value);
    return value ? { ok: true, value } : UNREADABLE;
  }

  return {
    id: 'itunes',
    name: NAME,
    async search(term, options = {}) {
      const text = term.trim();
      if (!text) return { ok: true, value: [] };
      const limit = clampLimit(options.limit, ITUNES_DEFAULT_LIMIT, MAX_LIMIT);
      return tracks(itunesSearchUrl(text, limit), options.signal, options.paced ?? false);
    },
    async lookup(ids, options = {}) {
      const wanted = numericIds(ids);
      if (wanted.length === 0) return reportOf([]);
      // One request answers every id, so it fails or succeeds for all of them together.
      const result = await tracks(itunesLookupUrl(wanted), options.signal, true);
      if (!result.ok) return reportOf(wanted.map((id) => [id, { kind: 'failed', error: result.error }]));
      // An album id would bring its whole track list: keep only what was asked, in the order asked.
      const byId = new Map(result.value.map((track) => [track.catalogId, track]));
      return reportOf(
        wanted.map((id) => {
          const song = byId.get(id);
          return [id, song ? { kind: 'found', song } : { kind: 'missing', reason: GONE }];
        }),
      );
    },
  };
}
