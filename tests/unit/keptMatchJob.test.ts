import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keepMatchJob,
  MATCH_JOB_KEY,
  readKeptMatchJob,
  salvageMatchJob,
  UNREADABLE_MATCH_JOB_KEY,
} from '../../src/app/keptMatchJob';
import { type MatchJob, pendingOf, recordResult } from '../../src/catalog/matchJob';
import type { SongMatchResult } from '../../src/catalog/matchSong';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

const tape = { ...makeTape(2), id: 'builtin' };
const ENTRIES = [
  { title: 'Paper Lanterns', artist: 'Marigold Avenue', seconds: 214, isrc: 'GBKPL2400101' },
  { title: 'Sleeper Car', artist: 'The Overnight Club' },
  { title: 'Quarry Lake', artist: 'Ada Finch' },
];

const FOUND: SongMatchResult = {
  kind: 'found',
  best: {
    song: {
      provider: 'deezer',
      catalogId: '3135556',
      title: 'Paper Lanterns',
      artist: 'Marigold Avenue',
      previewUrl: 'https://cdns-preview-e.dzcdn.net/stream/c-e77d23e0c8ed7567a507a6d1f6a9ca1b-9.mp3',
      format: 'mp3',
    },
    confidence: 'isrc',
    score: 1,
  },
  others: [],
};
const JOB: MatchJob = {
  id: 'job1',
  title: 'From Spotify',
  catalog: 'deezer',
  entries: ENTRIES,
  results: [FOUND, null, null],
  chosen: [0, null, null],
  status: 'running',
};

describe('a matching run kept across a reload', () => {
  it('comes back paused with its entries and the results so far, and only the rest is pending', () => {
    const storage = new MemoryStorage();
    const first = createMixtapeStore({ tape, storage });
    keepMatchJob(first, storage);
    first.getState().startMatchJob('From Spotify', ENTRIES, 'deezer');
    const id = first.getState().matchJob?.id ?? '';
    first
      .getState()
      .updateMatchJob(id, (j) => recordResult(j, 0, { kind: 'none', reason: 'nothing-found', others: [] }));

    const again = createMixtapeStore({ tape, storage });
    keepMatchJob(again, storage);
    const job = again.getState().matchJob;
    expect(job?.status).toBe('paused');
    expect(job?.entries).toEqual(ENTRIES);
    expect(job && pendingOf(job)).toEqual([1, 2]);
  });

  it('is forgotten once the job ends, and a value with no readable song is not trusted', () => {
    const storage = new MemoryStorage();
    const store = createMixtapeStore({ tape, storage });
    keepMatchJob(store, storage);
    store.getState().startMatchJob('From Spotify', ENTRIES, 'deezer');
    expect(storage.getItem(MATCH_JOB_KEY)).not.toBeNull();
    store.getState().endMatchJob();
    expect(storage.getItem(MATCH_JOB_KEY)).toBeNull();
    storage.setItem(MATCH_JOB_KEY, '{"id":"x","entries":[{"title":1}]}');
    expect(readKeptMatchJob(storage)).toBeNull();
    storage.setItem(MATCH_JOB_KEY, 'not json');
    expect(readKeptMatchJob(storage)).toBeNull();
  });

  it('a damaged song, result or choice costs only itself, says so, and the stored value is copied aside first', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      ...JOB,
      entries: [ENTRIES[0], { title: 7 }, ENTRIES[2]],
      results: [FOUND, null, { kind: 'found', best: 'garbled' }],
      chosen: [5, null, 0],
    });
    storage.setItem(MATCH_JOB_KEY, raw);
    const store = createMixtapeStore({ tape, storage });
    keepMatchJob(store, storage);
    const job = store.getState().matchJob;
    expect(job?.entries).toEqual([ENTRIES[0], ENTRIES[2]]);
    // The first song keeps its match; a choice past its candidates is no choice; the garbled one is pending.
    expect(job?.results).toEqual([FOUND, null]);
    expect(job?.chosen).toEqual([null, null]);
    expect(job?.status).toBe('paused');
    expect(store.getState().messages.at(-1)).toMatchObject({
      kind: 'error',
      text: 'Part of “From Spotify”, the playlist being matched when Mixtape last closed, was damaged: 1 song could not be read and was left out, and 1 song will be looked up again.',
    });
    expect(storage.getItem(UNREADABLE_MATCH_JOB_KEY)).toBe(raw);
    // What is kept from now on is the job as it came back.
    expect(readKeptMatchJob(storage)?.job.entries).toEqual([ENTRIES[0], ENTRIES[2]]);
  });

  it('a value that is not JSON is said, copied aside and not offered; a whole job says nothing', () => {
    const storage = new MemoryStorage();
    storage.setItem(MATCH_JOB_KEY, '{"id":"x","entr');
    const store = createMixtapeStore({ tape, storage });
    keepMatchJob(store, storage);
    expect(store.getState().matchJob).toBeNull();
    expect(store.getState().messages.at(-1)?.text).toBe(
      'The playlist being matched when Mixtape last closed could not be read, so it cannot be resumed.',
    );
    expect(storage.getItem(UNREADABLE_MATCH_JOB_KEY)).toBe('{"id":"x","entr');

    const fresh = new MemoryStorage();
    fresh.setItem(MATCH_JOB_KEY, JSON.stringify(JOB));
    const again = createMixtapeStore({ tape, storage: fresh });
    keepMatchJob(again, fresh);
    expect(again.getState().matchJob?.entries).toEqual(ENTRIES);
    expect(again.getState().messages).toEqual([]);
    expect(fresh.getItem(UNREADABLE_MATCH_JOB_KEY)).toBeNull();
  });

  it('property: any damage to a kept job keeps every readable song in order and counts the rest', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.constant({ title: 1 }),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ hurtEntry: fc.boolean(), hurtResult: fc.boolean(), junk }), {
          minLength: 1,
          maxLength: 12,
        }),
        (plan) => {
          const entries = plan.map((p, i) => (p.hurtEntry ? p.junk : { title: `Song ${i}`, artist: 'A' }));
          const results = plan.map((p) => (p.hurtResult && p.junk !== null ? p.junk : FOUND));
          const kept = salvageMatchJob(JSON.parse(JSON.stringify({ ...JOB, entries, results, chosen: [] })));
          const whole = plan.flatMap((p, i) => (p.hurtEntry ? [] : [{ title: `Song ${i}`, artist: 'A' }]));
          if (whole.length === 0) {
            expect(kept).toBeNull();
            return;
          }
          expect(kept?.job.entries).toEqual(whole);
          expect(kept?.lostEntries).toBe(plan.length - whole.length);
          const hurt = plan.filter((p) => !p.hurtEntry && p.hurtResult && p.junk !== null).length;
          expect(kept?.lostResults).toBe(hurt);
          expect(kept?.job.results.filter((r) => r === null)).toHaveLength(hurt);
        },
      ),
    );
  });
});
