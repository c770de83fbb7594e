import type { CatalogName } from '../model/track';
import { fail } from './common';
import { createDeezerProvider } from './deezer';
import { createItunesProvider } from './itunes';
import type { CatalogDeps, CatalogProvider } from './provider';
import { CATALOG_CALLS_PER_MINUTE, createRateLimiter, type RateLimiter } from './rateLimit';

/** Every catalog the app can search, by name; the rest of the app asks here and knows no more. */
export interface Catalogs {
  readonly all: readonly CatalogProvider[];
  get(name: CatalogName): CatalogProvider;
}

/**
 * Refuses a call before the catalog would, with how long to wait. The count is shared by search,
 * lookups and "Find real previews", since the catalog counts them all against the same address.
 */
export function rateLimited(provider: CatalogProvider, limiter: RateLimiter): CatalogProvider {
  const slot = () => {
    const taken = limiter.take();
    if (taken.ok) return null;
    const seconds = Math.max(1, Math.ceil(taken.waitMs / 1000));
    return fail(
      'rate-limited',
      `That’s as many requests as the ${provider.name} catalog takes in a minute (about ${CATALOG_CALLS_PER_MINUTE}). Try again in ${seconds} s.`,
    );
  };
  return {
    id: provider.id,
    name: provider.name,
    search: async (term, options) => slot() ?? provider.search(term, options),
    lookup: async (ids, options) =>
      ids.length === 0 ? provider.lookup(ids, options) : (slot() ?? provider.lookup(ids, options)),
  };
}

export function createCatalogs(deps: CatalogDeps = {}, now: () => number = Date.now): Catalogs {
  const all = [createItunesProvider(deps), createDeezerProvider(deps)].map((provider) =>
    rateLimited(provider, createRateLimiter(CATALOG_CALLS_PER_MINUTE, 60_000, now)),
  );
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
