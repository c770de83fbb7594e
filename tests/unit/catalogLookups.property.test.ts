import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeezerProvider } from '../../src/catalog/deezer';
import { createItunesProvider } from '../../src/catalog/itunes';
import type { JsonpLoader } from '../../src/catalog/jsonp';
import {
  LOOKUP_CHUNK,
  lookUpWithRetries,
  MAX_ATTEMPTS,
  RETRY_BASE_MS,
} from '../../src/catalog/lookupRetries';
import type { CatalogError, CatalogProvider, CatalogTrack, LookupReport } from '../../src/catalog/provider';
import type { RequestLimit } from '../../src/catalog/rateLimit';

type Answer = 'ok' | 'quota' | 'not-found' | 'network';

const song = (id: string): CatalogTrack => ({
  provider: 'deezer',
  catalogId: id,
  title: `Song ${id}`,
  artist: 'The Band',
  previewUrl: `https://cdnt-preview.dzcdn.net/${id}.mp3`,
  format: 'mp3',
});
const ERRORS: Record<'quota' | 'network', CatalogError> = {
  quota: { kind: 'rate-limited', message: 'The Deezer catalog is busy.' },
  network: { kind: 'unavailable', message: 'The Deezer catalog could not be reached.' },
};

/**
 * An id's answers, one per time it is asked: some throttled or unanswered tries, then a song or
 * "no data". Six or more tries that fail are more than the lookup waits for.
 */
const script = fc
  .tuple(
    fc.array(fc.constantFrom<Answer>('quota', 'network'), { maxLength: 7 }),
    fc.constantFrom<Answer>('ok', 'not-found'),
  )
  .map(([tries, last]) => [...tries, last]);
const batch = fc
  .uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String), { minLength: 1, maxLength: 70 })
  .chain((ids) =>
    fc.tuple(fc.constant(ids), fc.array(script, { minLength: ids.length, maxLength: ids.length })),
  );

describe('lookups that degrade, not fail (property)', () => {
  it('fills in every id that answers, retries throttled ones, names missing ones, loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async ([ids, scripts]) => {
        const answersOf = new Map(ids.map((id, i) => [id, scripts[i] ?? []]));
        const asks = new Map<string, number>();
        const catalog: Pick<CatalogProvider, 'lookup'> = {
          lookup: async (chunk) => {
            expect(chunk.length).toBeLessThanOrEqual(LOOKUP_CHUNK);
            const report = {
              found: [] as CatalogTrack[],
              missing: [] as LookupReport['missing'][number][],
              failed: [] as LookupReport['failed'][number][],
            };
            for (const id of chunk) {
              const n = asks.get(id) ?? 0;
              asks.set(id, n + 1);
              const answer = answersOf.get(id)?.[n] ?? 'ok';
              if (answer === 'ok') report.found.push(song(id));
              else if (answer === 'not-found')
                report.missing.push({ id, reason: 'no longer in the Deezer catalog' });
              else report.failed.push({ id, error: ERRORS[answer] });
            }
            return report;
          },
        };
        const found: string[] = [];
        const missing: Array<{ id: string; reason: string }> = [];
        const foundBeforeAnyWait = new Set<string>();
        const delays: number[] = [];
        const failed = await lookUpWithRetries(catalog, ids, {
          onReport: (report) => {
            for (const s of report.found) {
              found.push(s.catalogId);
              if (delays.length === 0) foundBeforeAnyWait.add(s.catalogId);
            }
            missing.push(...report.missing);
          },
          wait: async (ms) => {
            delays.push(ms);
          },
        });

        const failedIds = failed.map((f) => f.id);
        // Nothing lost, nothing twice: every id ends in exactly one place.
        expect([...found, ...missing.map((m) => m.id), ...failedIds].sort()).toEqual([...ids].sort());
        for (const id of ids) {
          const answers = answersOf.get(id) ?? [];
          const last = answers.at(-1);
          const triesBefore = answers.length - 1;
          if (triesBefore < MAX_ATTEMPTS) {
            // Throttled and unanswered tries are asked again until the real answer comes.
            expect(asks.get(id)).toBe(answers.length);
            if (last === 'ok') expect(found).toContain(id);
            else
              expect(missing).toContainEqual({
                id,
                reason: expect.stringMatching(/^no longer in the Deezer catalog$/),
              });
            // An id that answered the first time is filled in at once, before any pause.
            if (answers.length === 1 && last === 'ok') expect(foundBeforeAnyWait.has(id)).toBe(true);
          } else {
            expect(asks.get(id)).toBe(MAX_ATTEMPTS);
            expect(failedIds).toContain(id);
            const error = failed.find((f) => f.id === id)?.error;
            expect(error).toEqual(ERRORS[answers[MAX_ATTEMPTS - 1] === 'quota' ? 'quota' : 'network']);
          }
        }
        // Backoff: never sooner than a quota window, and never shorter than the pause before.
        expect(delays.every((ms, i) => ms >= RETRY_BASE_MS && ms >= (delays[i - 1] ?? 0))).toBe(true);
        expect(delays.length).toBeLessThan(MAX_ATTEMPTS);
      }),
      { numRuns: 300 },
    );
  });
});

/** The most requests in any window of `windowMs` among these send times. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while ((sorted[i] ?? 0) <= (sorted[j] ?? 0) - windowMs) i += 1;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

/** What the app may do to a catalog: search (one request) or look up so many ids, after a pause. */
const call = (maxPauseMs: number) =>
  fc.record({
    afterMs: fc.nat({ max: maxPauseMs }),
    kind: fc.constantFrom('search', 'lookup'),
    ids: fc.integer({ min: 0, max: 80 }),
  });

describe('the rate limiter counts requests, not calls (property)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const check = async (
    calls: ReadonlyArray<{ afterMs: number; kind: string; ids: number }>,
    limit: Pick<RequestLimit, 'requests' | 'windowMs'>,
    sentAt: number[],
    provider: CatalogProvider,
  ) => {
    let t = 0;
    const done: Array<Promise<unknown>> = [];
    for (const c of calls) {
      t += c.afterMs;
      const ids = Array.from({ length: c.ids }, (_, i) => String(1000 * t + i + 1));
      setTimeout(
        () => done.push(c.kind === 'search' ? provider.search('sea of love') : provider.lookup(ids)),
        t,
      );
    }
    await vi.advanceTimersByTimeAsync(t + 1);
    // Paced lookups finish within a few windows; nothing is left waiting.
    await vi.runAllTimersAsync();
    await Promise.all(done);
    expect(busiestWindow(sentAt, limit.windowMs)).toBeLessThanOrEqual(limit.requests);
  };

  it('never sends Deezer more than 50 requests in any 5 s, one per id looked up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(call(8_000), { maxLength: 12 }), async (calls) => {
        const sentAt: number[] = [];
        const jsonp: JsonpLoader = async (url) => {
          sentAt.push(Date.now());
          const id = Number(/track\/(\d+)/.exec(url)?.[1] ?? 1);
          return {
            id,
            title: 'Song',
            preview: 'https://cdnt-preview.dzcdn.net/x.mp3',
            artist: { name: 'Band' },
            data: [],
          };
        };
        const deezer = createDeezerProvider({ isOnline: () => true, jsonp });
        // Deezer's published limit, written out rather than read from the code under test.
        await check(calls, { requests: 50, windowMs: 5_000 }, sentAt, deezer);
        // Every id looked up is one request; refused searches are none.
        const looked = calls.filter((c) => c.kind === 'lookup').reduce((n, c) => n + c.ids, 0);
        expect(sentAt.length).toBeGreaterThanOrEqual(looked);
      }),
      { numRuns: 60 },
    );
  });

  it('never sends iTunes more than 20 requests in any minute, one per lookup, its JSONP retry included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(call(4_000), { minLength: 5, maxLength: 40 }),
        fc.boolean(),
        async (calls, corsHeaders) => {
          const sentAt: number[] = [];
          const empty = { resultCount: 0, results: [] };
          const fetch = async () => {
            sentAt.push(Date.now());
            // Without Apple's CORS headers the answer reaches Apple but not the page: fetch rejects.
            if (!corsHeaders) throw new TypeError('Failed to fetch');
            return new Response(JSON.stringify(empty));
          };
          const jsonp: JsonpLoader = async () => {
            sentAt.push(Date.now());
            return empty;
          };
          const itunes = createItunesProvider({ isOnline: () => true, fetch, jsonp });
          await check(calls, { requests: 20, windowMs: 60_000 }, sentAt, itunes);
          // One request per lookup, however many ids: a lookup is never refused, only paced.
          const lookups = calls.filter((c) => c.kind === 'lookup' && c.ids > 0).length;
          expect(sentAt.length).toBeGreaterThanOrEqual(lookups);
        },
      ),
      { numRuns: 60 },
    );
  });
});
