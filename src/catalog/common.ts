import { checkClipUrl } from '../model/clipUrl';
import { createJsonpLoader, JsonpError, type JsonpLoader } from './jsonp';
import type { CatalogDeps, CatalogError, CatalogTrack, LookupOutcome, LookupReport } from './provider';
import { createRateLimiter, type RateLimiter, type RequestLimit } from './rateLimit';

export type Failure = { ok: false; error: CatalogError };

export const fail = (kind: CatalogError['kind'], message: string): Failure => ({
  ok: false,
  error: { kind, message },
});

export const OFFLINE = fail('offline', 'You’re offline: catalog search needs a connection.');
export const ABORTED = fail('aborted', 'The search was cancelled.');

export function wasAborted(thrown: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted) return true;
  return typeof thrown === 'object' && thrown !== null && 'name' in thrown && thrown.name === 'AbortError';
}

/** What went wrong with a JSONP call, for a catalog called `name`. */
export function jsonpFailure(thrown: unknown, signal: AbortSignal | undefined, name: string): Failure {
  if (wasAborted(thrown, signal)) return ABORTED;
  if (thrown instanceof JsonpError && thrown.reason === 'no-callback') {
    return fail('bad-response', `The ${name} catalog sent an answer Mixtape cannot read.`);
  }
  if (thrown instanceof JsonpError && thrown.reason === 'timeout') {
    return fail('unavailable', `The ${name} catalog took too long to answer. Try again in a minute.`);
  }
  return fail('unavailable', `The ${name} catalog could not be reached. Try again in a minute.`);
}

/** Our own limiter's refusal, said the way a catalog would say it, with how long to wait. */
export function limitReached(name: string, limit: RequestLimit, waitMs: number): Failure {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return fail(
    'rate-limited',
    `That’s as many requests as the ${name} catalog takes in ${limit.window} (about ${limit.requests}). Try again in ${seconds} s.`,
  );
}

/**
 * Takes a rate-limit slot for one request: a search, which a person waits on, is refused at once when
 * none is free; a lookup (`paced`) waits for one. Null when the request may go.
 */
export async function requestSlot(
  limiter: RateLimiter,
  name: string,
  paced: boolean,
  signal: AbortSignal | undefined,
): Promise<Failure | null> {
  if (paced) return (await limiter.acquire(signal)) ? null : ABORTED;
  const taken = limiter.take();
  return taken.ok ? null : limitReached(name, limiter.limit, taken.waitMs);
}

/** Sorts each id's outcome into a LookupReport, keeping the order asked. */
export function reportOf(outcomes: ReadonlyArray<readonly [string, LookupOutcome]>): LookupReport {
  const found: CatalogTrack[] = [];
  const missing: Array<{ id: string; reason: string }> = [];
  const failed: Array<{ id: string; error: CatalogError }> = [];
  for (const [id, outcome] of outcomes) {
    if (outcome.kind === 'found') found.push(outcome.song);
    else if (outcome.kind === 'missing') missing.push({ id, reason: outcome.reason });
    else failed.push({ id, error: outcome.error });
  }
  return { found, missing, failed };
}

/** Catalog data ends up in src and href attributes: only http(s) addresses may get there. */
export function webUrl(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const check = checkClipUrl(text);
  return check.ok ? check.url : undefined;
}

export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(limit)));
}

/** Catalog ids are digits; anything else cannot be one, so it is dropped rather than sent. */
export const numericIds = (ids: readonly string[]): string[] => [
  ...new Set(ids.map((id) => id.trim()).filter((id) => /^\d{1,20}$/.test(id))),
];

export function resolveDeps(deps: CatalogDeps, limit: RequestLimit) {
  let jsonp = deps.jsonp;
  // Made on first use: the document does not exist in tests or workers that never need JSONP.
  const lazyJsonp: JsonpLoader = (url, param, options) => {
    jsonp ??= createJsonpLoader();
    return jsonp(url, param, options);
  };
  return {
    // fetch called with `this` other than window throws "Illegal invocation"; the wrapper avoids that.
    fetch: deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    jsonp: lazyJsonp,
    isOnline: deps.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false),
    limiter: deps.limiter ?? createRateLimiter(limit),
  };
}
