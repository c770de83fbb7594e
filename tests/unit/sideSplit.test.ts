import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillSplit, layoutToHold } from '../../src/model/sideSplit';
import { sideCapacitySeconds } from '../../src/model/tape';
import { sideUsage } from '../../src/model/tapeEdits';
import { createMixtapeStore } from '../../src/store/createMixtapeStore';
import { makeTape, makeTrack } from '../support/tapes';

const C60_SIDE = sideCapacitySeconds('C60');
const nextId = () => {
  let n = 0;
  return () => {
    n += 1;
    return `id${n}`;
  };
};
const sum = (seconds: readonly number[]) => seconds.reduce((n, s) => n + s, 0);
/** Some cut of the list, whole songs to a side, fits both sides. */
const fitsSomewhere = (seconds: readonly number[], side: number) =>
  Array.from({ length: seconds.length + 1 }, (_, k) => k).some(
    (k) => sum(seconds.slice(0, k)) <= side && sum(seconds.slice(k)) <= side,
  );

describe('fillSplit', () => {
  it('keeps a short playlist on side A: two 3-minute songs do not go one to a side', () => {
    expect(fillSplit([180, 180], C60_SIDE)).toBe(2);
  });

  it('keeps a playlist that fills side A exactly on side A', () => {
    expect(fillSplit([600, 600, 600], C60_SIDE)).toBe(3);
  });

  it('fills side A while songs fit, then side B', () => {
    // 10 + 10 + 10 minutes fill a 30-minute side; the fourth song starts side B.
    expect(fillSplit([600, 600, 600, 600, 600], C60_SIDE)).toBe(3);
    // The 25-minute song does not fit after the first 10; it and what follows go to side B.
    expect(fillSplit([600, 1500, 60], C60_SIDE)).toBe(1);
  });

  it('shares the overrun between the sides when no split fits', () => {
    // 80 minutes on a 60-minute tape: 40 | 40 rather than 30 | 50.
    expect(fillSplit([1200, 1200, 1200, 1200], C60_SIDE)).toBe(2);
  });

  it('handles an empty list', () => {
    expect(fillSplit([], C60_SIDE)).toBe(0);
  });
});

describe('layoutToHold', () => {
  it('picks the shortest cassette, and side A for a list that fits on it', () => {
    expect(layoutToHold([180, 180])).toEqual({ length: 'C46', sideBStart: 2 });
  });

  it('picks a longer cassette when whole songs do not fit a shorter one’s sides', () => {
    // 44 minutes fit a C46's 46 in total, but not as whole songs on two 23-minute sides.
    expect(layoutToHold([1200, 1200, 240])).toEqual({ length: 'C60', sideBStart: 1 });
  });

  it('takes a C90 for a list too long for any tape', () => {
    expect(layoutToHold(Array.from({ length: 40 }, () => 180)).length).toBe('C90');
  });
});

describe('fillSplit, for any list of songs', () => {
  const songs = fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 30 });
  const capacity = fc.constantFrom(...(['C46', 'C60', 'C90'] as const).map(sideCapacitySeconds));

  it('puts no side over its capacity when some split fits, and keeps a list that fits one side on A', () => {
    fc.assert(
      fc.property(songs, capacity, (seconds, side) => {
        const split = fillSplit(seconds, side);
        expect(Number.isInteger(split) && split >= 0 && split <= seconds.length).toBe(true);
        if (fitsSomewhere(seconds, side)) {
          expect(sum(seconds.slice(0, split))).toBeLessThanOrEqual(side);
          expect(sum(seconds.slice(split))).toBeLessThanOrEqual(side);
        }
        if (sum(seconds) <= side) expect(split).toBe(seconds.length);
      }),
    );
  });

  it('an imported playlist keeps every song, in order, on sides of the tape length it is given', () => {
    fc.assert(
      fc.property(songs, (seconds) => {
        const store = createMixtapeStore({ tape: makeTape(2), now: () => 1, newId: nextId() });
        const tracks = seconds.map((s, i) => {
          const { id: _id, ...song } = makeTrack(i + 1, { clipSeconds: 30, fullSeconds: s });
          return song;
        });
        store.getState().importTape('Imported', tracks, layoutToHold(seconds));
        const tape = store.getState().tape;
        expect(tape.tracks.map((t) => t.songId)).toEqual(tracks.map((t) => t.songId));
        const [a, b] = sideUsage(tape);
        if (fitsSomewhere(seconds, sideCapacitySeconds('C90'))) expect(a.over + b.over).toBe(0);
      }),
    );
  });
});
