import { describe, expect, it } from 'vitest';
import {
  mulberry32,
  nextCursor,
  nextPlayable,
  playOrder,
  previousCursor,
  shuffled,
} from '../../src/model/queueOrder';

const ids = Array.from({ length: 19 }, (_, i) => `j${i + 1}`);

describe('playOrder', () => {
  it('keeps album order when not shuffling', () => {
    expect(playOrder(ids, false, 7)).toEqual(ids);
  });

  it('shuffles every track exactly once with the current one first', () => {
    const order = playOrder(ids, true, 7, 'j5');
    expect(order[0]).toBe('j5');
    expect([...order].sort()).toEqual([...ids].sort());
    expect(order).not.toEqual(ids);
  });

  it('is reproducible from its seed and differs between seeds', () => {
    expect(playOrder(ids, true, 42)).toEqual(playOrder(ids, true, 42));
    expect(playOrder(ids, true, 42)).not.toEqual(playOrder(ids, true, 43));
  });

  it('ignores a current id that is not on the tape', () => {
    expect(playOrder(ids, true, 3, 'ghost')).toHaveLength(19);
  });
});

describe('shuffled', () => {
  it('moves items around fairly over many seeds', () => {
    const firstCounts = new Map<string, number>();
    for (let seed = 1; seed <= 2000; seed += 1) {
      const first = shuffled(['a', 'b', 'c', 'd'], seed)[0] ?? '';
      firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    }
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(firstCounts.get(key)).toBeGreaterThan(400);
      expect(firstCounts.get(key)).toBeLessThan(600);
    }
  });

  it('uses a PRNG in [0, 1)', () => {
    const random = mulberry32(9);
    for (let i = 0; i < 1000; i += 1) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('nextCursor', () => {
  it('stops at the end with repeat off and wraps with repeat all', () => {
    expect(nextCursor(3, 1, 'off')).toBe(2);
    expect(nextCursor(3, 2, 'off')).toBeNull();
    expect(nextCursor(3, 2, 'all')).toBe(0);
  });

  it('moves on with repeat one too (Next, and a track that will not play)', () => {
    expect(nextCursor(3, 1, 'one')).toBe(2);
    expect(nextCursor(3, 2, 'one')).toBe(0);
  });

  it('has nothing to play on an empty tape', () => {
    expect(nextCursor(0, 0, 'all')).toBeNull();
  });
});

describe('previousCursor', () => {
  it('steps back, wrapping only with repeat all', () => {
    expect(previousCursor(3, 2, 'off')).toBe(1);
    expect(previousCursor(3, 0, 'off')).toBeNull();
    expect(previousCursor(3, 0, 'all')).toBe(2);
    expect(previousCursor(0, 0, 'all')).toBeNull();
  });
});

describe('nextPlayable', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('skips entries that are known to be broken', () => {
    expect(nextPlayable(order, 0, 'off', (id) => id !== 'b')).toBe(2);
  });

  it('gives up at the end when repeat is off', () => {
    expect(nextPlayable(order, 2, 'off', (id) => id !== 'd')).toBeNull();
  });

  it('wraps with repeat all, and never loops forever when nothing plays', () => {
    expect(nextPlayable(order, 2, 'all', (id) => id === 'a')).toBe(0);
    expect(nextPlayable(order, 2, 'all', () => false)).toBeNull();
  });
});
