import type { CatalogName } from '../model/track';
import type { JsonpLoader } from './jsonp';

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

export interface SearchOptions {
  limit?: number;
  signal?: AbortSignal;
}

export interface CatalogProvider {
  id: CatalogId;
  name: string;
  search(term: string, options?: SearchOptions): Promise<CatalogResult<CatalogTrack[]>>;
  /** Tracks for the ids that still exist, in the order asked; missing ids are left out, not errors. */
  lookup(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<CatalogResult<CatalogTrack[]>>;
}

/** Everything a provider touches outside itself, so tests can hand in fakes. */
export interface CatalogDeps {
  fetch?: typeof fetch;
  jsonp?: JsonpLoader;
  isOnline?: () => boolean;
}
