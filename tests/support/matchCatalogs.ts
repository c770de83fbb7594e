import { createDeezerProvider } from '../../src/catalog/deezer';
import { createItunesProvider } from '../../src/catalog/itunes';
import type { CatalogProvider } from '../../src/catalog/provider';
import {
  createRateLimiter,
  DEEZER_LIMIT,
  ITUNES_LIMIT,
  type Pause,
  type RateLimiter,
} from '../../src/catalog/rateLimit';
import deezerAnswers from '../fixtures/catalog/deezer-match-answers.json';
import itunesAnswers from '../fixtures/catalog/itunes-match-answers.json';

/**
 * A simulated clock, like fake timers: `pause` waits on it, and `run(work)` moves time on to the next
 * pause's end only once everything else has settled, so a run paced under a catalog's limit takes no
 * real time and its paced time is exact (`now()` when it ends).
 */
export function simulatedClock() {
  let t = 0;
  const timers: Array<{ until: number; resolve: () => void }> = [];
  const pause: Pause = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      timers.push({ until: t + ms, resolve });
      signal?.addEventListener('abort', () => resolve());
    });
  async function run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.finally(() => {
      done = true;
    });
    while (!done) {
      // A macrotask turn: every microtask the fakes queued has run by then.
      await new Promise((settled) => setImmediate(settled));
      if (done) break;
      timers.sort((a, b) => a.until - b.until);
      const next = timers.shift();
      if (!next) continue;
      t = Math.max(t, next.until);
      next.resolve();
    }
    return work;
  }
  return { now: () => t, pause, run };
}

const EMPTY_DEEZER = { data: [], total: 0 };
const NOT_FOUND = { error: { type: 'DataException', message: 'no data', code: 800 } };

/** What the Deezer fixture answers an API address with (the JSONP payload), as api.deezer.com would. */
export function deezerAnswer(url: string): unknown {
  const u = new URL(url);
  const isrc = /^\/track\/isrc:(.+)$/.exec(u.pathname)?.[1];
  if (isrc) return (deezerAnswers.isrc as Record<string, unknown>)[decodeURIComponent(isrc)] ?? NOT_FOUND;
  const q = u.searchParams.get('q') ?? '';
  return (deezerAnswers.search as Record<string, unknown>)[q] ?? EMPTY_DEEZER;
}

/** What the iTunes fixture answers a search address with. */
export function itunesAnswer(url: string): unknown {
  const term = new URL(url).searchParams.get('term') ?? '';
  return (itunesAnswers as Record<string, unknown>)[term] ?? { resultCount: 0, results: [] };
}

/**
 * The real providers (their schemas, URLs, pacing) answered from the match fixtures: Deezer through a
 * fake JSONP loader, iTunes through a fake fetch, each paced by its limit on `clock`. `asked` records
 * every address requested, `sentAt` when each Deezer request went.
 */
export function fixtureCatalogs(
  clock: ReturnType<typeof simulatedClock> = simulatedClock(),
  limiters: { deezer?: RateLimiter; itunes?: RateLimiter } = {},
) {
  const asked: string[] = [];
  const sentAt: number[] = [];
  // Paced under each catalog's published limit, on the simulated clock.
  const deezerLimiter = limiters.deezer ?? createRateLimiter(DEEZER_LIMIT, clock.now, clock.pause);
  const itunesLimiter = limiters.itunes ?? createRateLimiter(ITUNES_LIMIT, clock.now, clock.pause);
  const deezer: CatalogProvider = createDeezerProvider({
    isOnline: () => true,
    jsonp: async (url) => {
      asked.push(url);
      sentAt.push(clock.now());
      return deezerAnswer(url);
    },
    limiter: deezerLimiter,
  });
  const itunes: CatalogProvider = createItunesProvider({
    isOnline: () => true,
    fetch: async (input) => {
      const url = String(input);
      asked.push(url);
      return new Response(JSON.stringify(itunesAnswer(url)), {
        headers: { 'content-type': 'application/json' },
      });
    },
    limiter: itunesLimiter,
  });
  return { deezer, itunes, asked, sentAt, clock };
}
