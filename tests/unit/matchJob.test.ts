import { describe, expect, it } from 'vitest';
import { lookUpUnmatchedIn, type MatchJob, pendingOf, unmatchedOf } from '../../src/catalog/matchJob';
import type { SongMatch, SongMatchResult } from '../../src/catalog/matchSong';

const match = (title: string, confidence: SongMatch['confidence']): SongMatch => ({
  song: {
    provider: 'deezer',
    catalogId: String(title.length),
    title,
    artist: 'Ada Finch',
    previewUrl: `https://cdns-preview-e.dzcdn.net/stream/${title.length}.mp3`,
    format: 'mp3',
  },
  confidence,
  score: confidence === 'low' ? 0.5 : 0.9,
});
const found: SongMatchResult = { kind: 'found', best: match('Quarry Lake', 'high'), others: [] };
const weak: SongMatchResult = {
  kind: 'none',
  reason: 'weak-only',
  others: [match('Quarry Lake Live', 'low')],
};
const nothing: SongMatchResult = { kind: 'none', reason: 'nothing-found', others: [] };
const failed: SongMatchResult = { kind: 'failed', error: { kind: 'offline', message: 'offline' } };

const job: MatchJob = {
  id: 'j',
  title: 'From Spotify',
  catalog: 'deezer',
  entries: ['A', 'B', 'C', 'D', 'E', 'F'].map((title) => ({ title, artist: 'Ada Finch' })),
  // found; weak and chosen by the listener; weak, nothing chosen; nothing found; failed; not asked yet
  results: [found, weak, weak, nothing, failed, null],
  chosen: [0, 0, null, null, null, null],
  status: 'paused',
  stopped: 'The Deezer catalog is not answering.',
};

describe('looking up the unmatched songs in the other catalog', () => {
  it('asks again only about songs looked up without a match and with nothing chosen', () => {
    expect(unmatchedOf(job)).toEqual([2, 3, 4]);
    const again = lookUpUnmatchedIn(job, 'itunes');
    expect(again.catalog).toBe('itunes');
    expect(again.status).toBe('running');
    expect(again.stopped).toBeUndefined();
    // The match found and the weak candidate the listener chose are kept; the rest is pending.
    expect(again.results).toEqual([found, weak, null, null, null, null]);
    expect(again.chosen).toEqual(job.chosen);
    expect(pendingOf(again)).toEqual([2, 3, 4, 5]);
    expect(unmatchedOf(again)).toEqual([]);
  });
});
