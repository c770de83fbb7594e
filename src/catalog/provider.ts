import type { CatalogName } from '../model/track';
import type { JsonpLoader } from './jsonp';
import type { RateLimiter } from './rateLimit';

export type CatalogId = CatalogName;

/** A song from a public catalog, with a 30-second preview that may be played next to its store page. */
export interface CatalogTrack {
  provider: CatalogId;
  /** Kept so a preview URL can be looked up again: Deezer's expire, and links carry only provider + id. */
  catalogId: string;
  title: string;
  artist: string;
  album?: string;
  durationSeconds?: number;
  previewUrl: string;
  /** howler cannot guess the codec: catalog preview URLs do not always end in an extension. */
  format: 'm4a' | 'mp3';
  artworkUrl?: string;
  /** The store page (trackViewUrl / link) the catalogs' terms ask previews be shown next to. */
  storeUrl?: string;
}

export type CatalogError = {
  kind: 'offline' | 'rate-limited' | 'unavailable' | 'bad-response' | 'aborted';
  message: string;
};

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; error: CatalogError };

/** What a lookup learned about one id. */
export type LookupOutcome =
  | { readonly kind: 'found'; readonly song: CatalogTrack }
  /** The catalog answered: no such track, or none with a preview. `reason` follows "Couldn’t play X: ". */
  | { readonly kind: 'missing'; readonly reason: string }
  /** No answer this time: the error says whether asking again can help. */
  | { readonly kind: 'failed'; readonly error: CatalogError };

/**
 * A lookup's answers id by id, so one id that fails costs only itself. Every id asked about (after
 * `numericIds`) is in exactly one list; `found` keeps the order asked.
 */
export interface LookupReport {
  readonly found: readonly CatalogTrack[];
  readonly missing: ReadonlyArray<{ readonly id: string; readonly reason: string }>;
  readonly failed: ReadonlyArray<{ readonly id: string; readonly error: CatalogError }>;
}

export interface SearchOptions {
  limit?: number;
  signal?: AbortSignal;
  /** Wait for a rate-limit slot rather than be refused (for matching runs, which nobody types). */
  paced?: boolean;
}

export interface CatalogProvider {
  id: CatalogId;
  name: string;
  search(term: string, options?: SearchOptions): Promise<CatalogResult<CatalogTrack[]>>;
  /** Every id's answer; never throws. Lookups wait for the rate limiter rather than being refused. */
  lookup(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<LookupReport>;
  /** The recording with this ISRC, where the catalog can look one up (paced like a lookup). */
  lookupIsrc?(isrc: string, options?: { signal?: AbortSignal }): Promise<LookupOutcome>;
}

/** Everything a provider touches outside itself, so tests can hand in fakes. */
export interface CatalogDeps {
  fetch?: typeof fetch;
  jsonp?: JsonpLoader;
  isOnline?: () => boolean;
  /** Shared by everything that asks one catalog; by default each provider counts on its own. */
  limiter?: RateLimiter;
}
