import { describe, expect, it } from 'vitest';
import { estimateLeftMs, runMatches, timeLeftText } from '../../src/catalog/matchRun';
import { matchSong, type SongMatchResult } from '../../src/catalog/matchSong';
import { DEEZER_LIMIT, ITUNES_LIMIT } from '../../src/catalog/rateLimit';
import type { WantedSong } from '../../src/catalog/wantedSong';
import labelled from '../fixtures/catalog/match-labelled.json';
import { fixtureCatalogs } from '../support/matchCatalogs';

const entries: WantedSong[] = labelled.map((l) => l.entry);
const all = (list: readonly unknown[]) => list.map((_, i) => i);

describe('runMatches', () => {
  it('paces a long run under Deezer’s limit: never more than 50 requests in any 5 s', async () => {
    const catalogs = fixtureCatalogs();
    const results = new Map<number, SongMatchResult>();
    const long = Array.from({ length: 200 }, (_, i) => entries[i % entries.length] as WantedSong);
    await catalogs.clock.run(
      runMatches(long, all(long), (entry, signal) => matchSong(entry, catalogs.deezer, signal), {
        onResult: (i, r) => results.set(i, r),
      }),
    );
    expect(results.size).toBe(200);
    const requests = catalogs.asked.length;
    // The paced time is the simulated clock's: one window (and the arrival margin) per 50 requests after the first 50.
    expect(catalogs.clock.now()).toBe(Math.floor((requests - 1) / 50) * 5_500);
    const { sentAt } = catalogs;
    for (const t of sentAt)
      expect(sentAt.filter((u) => u >= t && u < t + 5_000).length).toBeLessThanOrEqual(50);
  });

  it('keeps every result reported before a cancel, and reports nothing after it', async () => {
    const catalogs = fixtureCatalogs();
    const controller = new AbortController();
    const results: number[] = [];
    await catalogs.clock.run(
      runMatches(entries, all(entries), (entry, signal) => matchSong(entry, catalogs.itunes, signal), {
        signal: controller.signal,
        onResult: (i) => {
          results.push(i);
          if (results.length === 5) controller.abort();
        },
      }),
    );
    expect(results).toHaveLength(5);
    // iTunes allows about 20 a minute: the five took no more than the first window's burst.
    expect(catalogs.clock.now()).toBe(0);
  });

  it('picks up only the pending entries it is given (a resumed run)', async () => {
    const catalogs = fixtureCatalogs();
    const seen: number[] = [];
    await runMatches(entries, [7, 3, 12], (entry, signal) => matchSong(entry, catalogs.deezer, signal), {
      onResult: (i) => seen.push(i),
    });
    expect(seen.sort((a, b) => a - b)).toEqual([3, 7, 12]);
  });

  it('stops on an offline or rate-limited answer, leaving that entry and the rest unreported', async () => {
    const seen: number[] = [];
    const busy = { kind: 'rate-limited' as const, message: 'The Deezer catalog is busy.' };
    const { stopped } = await runMatches(
      entries,
      all(entries),
      async (entry) =>
        entry === entries[4]
          ? { kind: 'failed', error: busy }
          : { kind: 'none', reason: 'nothing-found', others: [] },
      { onResult: (i) => seen.push(i), concurrency: 1 },
    );
    expect(stopped).toEqual(busy);
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});

describe('time left', () => {
  it('is what the limit allows before anything is done, then the pace kept if slower', () => {
    // 200 requests at 20 a minute, less the first 20 that go at once: 9 minutes.
    expect(estimateLeftMs({ startedAt: 0, doneInRun: 0, entriesLeft: 200 }, 200, ITUNES_LIMIT, 0)).toBe(
      540_000,
    );
    expect(estimateLeftMs({ startedAt: 0, doneInRun: 0, entriesLeft: 25 }, 50, DEEZER_LIMIT, 0)).toBe(0);
    expect(estimateLeftMs({ startedAt: 0, doneInRun: 10, entriesLeft: 10 }, 10, DEEZER_LIMIT, 20_000)).toBe(
      20_000,
    );
  });

  it('is said in rounded words', () => {
    expect(timeLeftText(0)).toBe('a few seconds left');
    expect(timeLeftText(23_000)).toBe('about 20 s left');
    expect(timeLeftText(70_000)).toBe('about 1 min left');
    expect(timeLeftText(540_000)).toBe('about 9 min left');
  });
});
