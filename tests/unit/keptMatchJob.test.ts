import { describe, expect, it } from 'vitest';
import { keepMatchJob, MATCH_JOB_KEY, readKeptMatchJob } from '../../src/app/keptMatchJob';
import { pendingOf, recordResult } from '../../src/catalog/matchJob';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { MemoryStorage } from '../support/memoryStorage';
import { makeTape } from '../support/tapes';

const tape = { ...makeTape(2), id: 'builtin' };
const ENTRIES = [
  { title: 'Paper Lanterns', artist: 'Marigold Avenue', seconds: 214, isrc: 'GBKPL2400101' },
  { title: 'Sleeper Car', artist: 'The Overnight Club' },
  { title: 'Quarry Lake', artist: 'Ada Finch' },
];

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

  it('is forgotten once the job ends, and an unreadable value is dropped rather than trusted', () => {
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
});
