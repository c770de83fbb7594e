/**
 * The iTunes catalog answers about 20 calls a minute from one address and then refuses for a while.
 * Counting our own calls lets the app say so before the catalog does, instead of after a failure.
 */
export interface RateLimiter {
  /** Takes a slot now, or says how many milliseconds until one frees up. */
  take(): { ok: true } | { ok: false; waitMs: number };
}

export function createRateLimiter(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): RateLimiter {
  const calls: number[] = [];
  return {
    take() {
      const t = now();
      while (calls.length > 0 && (calls[0] ?? 0) <= t - windowMs) calls.shift();
      if (calls.length >= limit) return { ok: false, waitMs: (calls[0] ?? t) + windowMs - t };
      calls.push(t);
      return { ok: true };
    },
  };
}

export const CATALOG_CALLS_PER_MINUTE = 20;
