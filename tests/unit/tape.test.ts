import { describe, expect, it } from 'vitest';
import { balancedSplit, clampSplit, findTrack, sideOfIndex, sidesOf } from '../../src/model/tape';
import { countedSeconds } from '../../src/model/track';
import { makeTape, makeTrack } from '../support/tapes';

describe('balancedSplit', () => {
  it('splits equal songs down the middle, giving side A the odd one', () => {
    expect(balancedSplit([60, 60, 60, 60])).toBe(2);
    expect(balancedSplit([60, 60, 60])).toBe(2);
  });

  it('balances running time rather than count', () => {
    // 300 | 100 100 100 is an exact balance; counting tracks would say 2 | 2.
    expect(balancedSplit([300, 100, 100, 100])).toBe(1);
    expect(balancedSplit([100, 100, 100, 300])).toBe(3);
  });

  it('handles empty and single-song tapes', () => {
    expect(balancedSplit([])).toBe(0);
    expect(balancedSplit([200])).toBe(1);
  });
});

describe('sides', () => {
  const tape = makeTape(5, 3);

  it('cuts the tracks at sideBStart', () => {
    const [a, b] = sidesOf(tape);
    expect(a.tracks.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(b.tracks.map((t) => t.id)).toEqual(['t4', 't5']);
    expect(b.offset).toBe(3);
  });

  it('clamps a split that lies outside the tape', () => {
    expect(sidesOf({ ...tape, sideBStart: 99 })[1].tracks).toHaveLength(0);
    expect(sidesOf({ ...tape, sideBStart: -4 })[0].tracks).toHaveLength(0);
    expect(clampSplit(2.6, 5)).toBe(3);
  });

  it('knows which side an index is on', () => {
    expect(sideOfIndex(tape, 2)).toBe('A');
    expect(sideOfIndex(tape, 3)).toBe('B');
    // Everything on side B: the first song is on B.
    expect(sideOfIndex({ ...tape, sideBStart: 0 }, 0)).toBe('B');
  });

  it('puts an empty tape on side A, wherever its turn was left', () => {
    for (const sideBStart of [0, 1, 7]) expect(sideOfIndex({ ...tape, tracks: [], sideBStart }, 0)).toBe('A');
  });

  it('finds tracks by entry id', () => {
    expect(findTrack(tape, 't4')?.title).toBe('Song 4');
    expect(findTrack(tape, 'nope')).toBeUndefined();
    expect(findTrack(tape, undefined)).toBeUndefined();
  });
});

describe('countedSeconds', () => {
  it('prefers the full song length and falls back to the clip', () => {
    expect(countedSeconds(makeTrack(1, { clipSeconds: 20, fullSeconds: 200 }))).toBe(200);
    expect(countedSeconds(makeTrack(1, { clipSeconds: 20 }))).toBe(20);
  });
});
