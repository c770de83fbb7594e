import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charactersLeft, NEAR_LIMIT } from '../../src/model/charactersLeft';

describe('charactersLeft', () => {
  it('counts down to the limit, in words, and is near from NEAR_LIMIT on', () => {
    expect(charactersLeft('', 100)).toEqual({ left: 100, text: '100 characters left', near: false });
    expect(charactersLeft('x'.repeat(99), 100)).toEqual({ left: 1, text: '1 character left', near: true });
    expect(charactersLeft('x'.repeat(100), 100).text).toBe('0 characters left');
    expect(charactersLeft('x'.repeat(100 - NEAR_LIMIT), 100).near).toBe(true);
    expect(charactersLeft('x'.repeat(99 - NEAR_LIMIT), 100).near).toBe(false);
  });

  it('counts as maxLength does (UTF-16 code units): an emoji takes two', () => {
    expect(charactersLeft('🎵', 100).left).toBe(98);
  });

  it('for any text and limit: never below 0, and left + length = limit while it fits', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (v, max) => {
          const room = charactersLeft(v, max);
          expect(room.left).toBeGreaterThanOrEqual(0);
          if (v.length <= max) expect(room.left + v.length).toBe(max);
          expect(room.text.startsWith(`${room.left} `)).toBe(true);
        },
      ),
    );
  });
});
