import type { CatalogName } from '../model/track';
import { createDeezerProvider } from './deezer';
import { createItunesProvider } from './itunes';
import type { CatalogDeps, CatalogProvider } from './provider';

/** Every catalog the app can search, by name; the rest of the app asks here and knows no more. */
export interface Catalogs {
  readonly all: readonly CatalogProvider[];
  get(name: CatalogName): CatalogProvider;
}

/**
 * Each provider counts its own requests against its catalog's published limit; search, lookups and
 * "Find real previews" share that count, since the catalog counts them all against one address.
 */
export function createCatalogs(deps: Omit<CatalogDeps, 'limiter'> = {}): Catalogs {
  const all = [createItunesProvider(deps), createDeezerProvider(deps)];
  return {
    all,
    get: (name) => all.find((p) => p.id === name) ?? all[0] ?? createItunesProvider(deps),
  };
}

let shared: Catalogs | undefined;

/** The page's one set of catalogs, made on first use, so every caller shares the rate limits. */
export function appCatalogs(): Catalogs {
  shared ??= createCatalogs();
  return shared;
}
