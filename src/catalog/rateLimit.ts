/** A catalog's published request limit: at most `requests` in any `windowMs`, from one address. */
export interface RequestLimit {
  readonly requests: number;
  readonly windowMs: number;
  /** The window in words, for messages: "a minute". */
  readonly window: string;
}

/** Deezer's simple API: "50 requests / 5 seconds" per IP address (developers.deezer.com/api, Quota). */
export const DEEZER_LIMIT: RequestLimit = { requests: 50, windowMs: 5_000, window: '5 seconds' };

/** Apple's iTunes Search API: "approximately 20 calls per minute" (Search API documentation). */
export const ITUNES_LIMIT: RequestLimit = { requests: 20, windowMs: 60_000, window: 'a minute' };

/**
 * A slot is held this long past the window: a request sent one window after another can reach the
 * catalog a little sooner than that, and its count is kept by arrival.
 */
const ARRIVAL_MARGIN_MS = 500;

/**
 * Counts requests (one per script or fetch the catalog sees), not calls: a Deezer lookup of 60 ids
 * is 60 requests, an iTunes lookup of 60 ids is one.
 */
export interface RateLimiter {
  readonly limit: RequestLimit;
  /** Takes a slot now, or says how many milliseconds until one frees up (for what a person waits on). */
  take(): { ok: true } | { ok: false; waitMs: number };
  /**
   * Waits until a slot frees up and takes it (for lookups, which are paced rather than refused).
   * Resolves false, without a slot, when the signal aborts first.
   */
  acquire(signal?: AbortSignal): Promise<boolean>;
}

/** Resolves after `ms`, or at once when the signal aborts. */
export type Pause = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/** The pause of a real clock: setTimeout, cut short by the signal. */
export const timerPause: Pause = (ms, signal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });

/**
 * A sliding window over the send times of the last `limit.requests` requests. `now` and `pause` are
 * the clock and the timer; a simulated pair (pause advances now) gives a paced run's time exactly.
 */
export function createRateLimiter(
  limit: RequestLimit,
  now: () => number = Date.now,
  pause: Pause = timerPause,
): RateLimiter {
  const sent: number[] = [];
  const heldMs = limit.windowMs + ARRIVAL_MARGIN_MS;
  const take = (): { ok: true } | { ok: false; waitMs: number } => {
    const t = now();
    while (sent.length > 0 && (sent[0] ?? 0) <= t - heldMs) sent.shift();
    if (sent.length >= limit.requests) return { ok: false, waitMs: (sent[0] ?? t) + heldMs - t };
    sent.push(t);
    return { ok: true };
  };
  return {
    limit,
    take,
    async acquire(signal) {
      // Every waiter wakes when the oldest slot frees; those who find it taken wait for the next one.
      while (!signal?.aborted) {
        const taken = take();
        if (taken.ok) return true;
        await pause(taken.waitMs, signal);
      }
      return false;
    },
  };
}
